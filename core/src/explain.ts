// `dwnet explain` and hovers: each task's path hop by hop and the reference document's
// checklist for its scenario, with each step's state.
import {
  CLASSIC_TITLE,
  describeStep,
  SCENARIO_TITLES,
  type PairEvaluation,
} from './analysis/connectivity';
import { analyse, type Analysis } from './validate';
import type { PairExplanation, PathHop, TaskExplanation } from './types';

function hopsOf(pair: PairEvaluation): PathHop[] {
  const hops: PathHop[] = [];
  const rg = pair.rg;
  const ds = pair.ds;
  if (rg) hops.push({ kind: 'resourceGroup', id: rg.id, detail: rg.type ?? 'resource group' });
  const binding = pair.binding;
  if (binding) {
    hops.push({
      kind: 'binding',
      id: String(binding.index),
      detail: `${binding.vpc?.value ?? '?'} / ${binding.vSwitch?.value ?? '?'}`,
    });
  }
  if (pair.overInternet) {
    if (pair.natGateway) {
      hops.push({
        kind: 'natGateway',
        id: pair.natGateway.id,
        detail: pair.publicIp ? `SNAT via EIP ${pair.publicIp}` : 'no SNAT entry for this vSwitch',
      });
    } else if (rg && rg.type !== 'serverless' && rg.type !== undefined) {
      hops.push({
        kind: 'internet',
        id: 'internet',
        detail: pair.publicIp
          ? `EIP ${pair.publicIp} of the resource group`
          : 'EIP of the resource group unknown',
      });
    }
    hops.push({ kind: 'internet', id: 'internet', detail: 'the Internet' });
  } else if (ds?.network?.type === 'vpc' || ds?.network?.type === 'dataCenter') {
    const targetId =
      ds.network.type === 'vpc' ? ds.network.vpc?.value : ds.network.dataCenter?.value;
    const bindingVpc = binding?.vpc?.value;
    if (pair.via)
      hops.push({ kind: 'connection', id: pair.via.id, detail: pair.via.type ?? 'connection' });
    else if (bindingVpc && bindingVpc !== targetId && binding)
      hops.push({ kind: 'connection', id: '', detail: 'no direct connection', missing: true });
    if (targetId && targetId !== bindingVpc) {
      hops.push({
        kind: ds.network.type === 'vpc' ? 'vpc' : 'dataCenter',
        id: targetId,
        detail: ds.network.type === 'vpc' ? 'VPC' : 'data center',
      });
    }
  }
  if (ds) {
    const address = ds.network?.address?.value;
    hops.push({
      kind: 'dataSource',
      id: ds.id,
      detail: `${ds.engine ?? 'data source'}${address ? ` at ${address}:${ds.port}` : ''}`,
    });
  }
  return hops;
}

function explainPair(pair: PairEvaluation): PairExplanation {
  const notes: string[] = [];
  if (pair.unresolved === 'unknown-reference')
    notes.push('A reference of this pair names nothing; fix the unknown reference first.');
  if (pair.unresolved === 'schema')
    notes.push("The data source's network is incomplete; fix the schema error first.");
  if (pair.transitive) {
    notes.push(
      `VPC '${pair.transitive.vpc.id}' reaches this network only through ${pair.transitive.hops} connections; routes are not propagated across connections by default.`,
    );
  }
  if (pair.overInternet && pair.task.kind === 'sync') {
    notes.push(
      'Synchronizing over the Internet: the efficiency and stability of the task cannot be ensured.',
    );
  }
  return {
    dataSource: pair.dataSourceRefNode.value,
    roles: pair.roles,
    scenario: pair.unresolved ? null : pair.scenario,
    scenarioTitle: pair.scenario
      ? SCENARIO_TITLES[pair.scenario]!
      : pair.steps.some((s) => s.code === 'classic-network')
        ? CLASSIC_TITLE
        : 'Unknown',
    binding: pair.binding?.index ?? null,
    ok: pair.ok,
    hops: hopsOf(pair),
    steps: pair.steps.map((s) => ({ code: s.code, description: describeStep(pair, s), ok: s.ok })),
    notes,
  };
}

/** Explanations of every task, from an analysis already computed (hover reuses it). */
export function explainAnalysis(analysis: Analysis): TaskExplanation[] {
  const model = analysis.model;
  if (!model) return [];
  const pairs = analysis.connectivity?.pairs ?? [];
  return [...model.tasks.byId.values()].map((task) => ({
    task: task.id,
    kind: task.kind,
    resourceGroup: task.resourceGroup?.value,
    pairs: pairs.filter((p) => p.task === task).map(explainPair),
  }));
}

export function explain(text: string): TaskExplanation[] {
  try {
    return explainAnalysis(analyse(text));
  } catch {
    return [];
  }
}
