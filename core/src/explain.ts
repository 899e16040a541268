// `dwnet explain` and hovers: each task's path hop by hop and the reference document's
// checklist for its scenario, with each step's state. A pair's state is worked out here,
// once, for every surface (explain, hover, code lens, Explain Task): from the steps
// `check` reports as missing, the steps the file cannot decide, and the notices `check`
// reports about the pair.
import { localizer, type Locale, type Localizer } from './l10n';
import type { PairEvaluation } from './analysis/connectivity';
import { CLASSIC_TITLE, describeStep, SCENARIO_TITLES } from './stepText';
import type { Topology } from './analysis/topology';
import type { DataSource, Vpc } from './model';
import { targetOf } from './references';
import { analyse, type Analysis } from './validate';
import type { ChecklistStep, Finding, PairExplanation, PathHop, TaskExplanation } from './types';

/** A step the file cannot decide: what it would need, and why it is not checked. */
interface UndecidedStep {
  code: string;
  description: string;
  reason: string;
}

/**
 * The steps of a pair that the file says nothing about, so dwnet cannot check them: the
 * whitelist of a managed database given without `whitelist`, the security group of an
 * ECS instance given without `securityGroup`. Listed where the pair's traffic has a known
 * source (the binding's vSwitch, or the public address over the Internet), as the steps
 * they stand for would be.
 */
function undecidedSteps(
  pair: PairEvaluation,
  topology: Topology | undefined,
  l10n: Localizer,
): UndecidedStep[] {
  const ds = pair.ds;
  if (!ds || pair.unresolved) return [];
  const source = sourceOf(pair, topology, l10n);
  if (!source) return [];
  const steps: UndecidedStep[] = [];
  if (ds.whitelist === undefined && ds.whitelistNode === undefined && isManaged(ds)) {
    steps.push({
      code: 'whitelist-missing',
      description: l10n.t('explain.undecided.whitelist', { source: source.text, ds: ds.id }),
      reason: l10n.t('explain.undecided.whitelist.reason'),
    });
  }
  if (ds.hosting === 'ecs' && ds.securityGroup === undefined) {
    steps.push({
      code: 'ds-sg-ingress-missing',
      description: l10n.t('explain.undecided.securityGroup', {
        cidr: source.cidr,
        port: ds.port ?? '',
        ds: ds.id,
      }),
      reason: l10n.t('explain.undecided.securityGroup.reason'),
    });
  }
  return steps;
}

function isManaged(ds: DataSource): boolean {
  return ds.hosting === undefined || ds.hosting === 'managed';
}

/** Where the data source sees the pair's traffic come from, when the file says. */
function sourceOf(
  pair: PairEvaluation,
  topology: Topology | undefined,
  l10n: Localizer,
): { text: string; cidr: string } | undefined {
  if (pair.overInternet) {
    return pair.publicIp === undefined
      ? undefined
      : { text: l10n.t('explain.source.eip', { eip: pair.publicIp }), cidr: pair.publicIp };
  }
  const binding = pair.binding;
  if (!binding?.vpc || !binding.vSwitch || !topology) return undefined;
  const vSwitch = targetOf(topology.model, binding.vSwitch);
  const parsed = vSwitch?.cidr?.parsed;
  if (!vSwitch || !parsed?.ok) return undefined;
  return {
    text: l10n.t('explain.source.vSwitch', { cidr: parsed.network, vSwitch: vSwitch.id }),
    cidr: parsed.network,
  };
}

/** The document's Step 3, the last of every explanation: dwnet reads a file, not the network. */
function connectivityTest(pair: PairEvaluation, l10n: Localizer): ChecklistStep {
  const ds = pair.ds?.id ?? pair.dataSourceRefNode.value;
  const rg = pair.rg?.id ?? pair.task.resourceGroup?.value ?? '';
  return {
    description: l10n.t('explain.connectivityTest', { rg, ds }),
    ok: false,
    status: 'notChecked',
    reason: l10n.t('explain.connectivityTest.reason'),
  };
}

/** How a pair stands, in the same words on every surface. */
export interface PairStatus {
  /** Every step `check` looks at holds. */
  ok: boolean;
  /** Steps `check` reports as missing. */
  missing: number;
  /** Steps the file cannot decide (not counting the connectivity test every pair ends with). */
  notChecked: number;
  /** "connected", "connected, 1 step not checked", "3 steps missing", "not checked". */
  text: string;
}

/** The state of a pair: derived from exactly the steps `check` reports for it. */
export function pairStatus(
  pair: PairEvaluation,
  topology: Topology | undefined,
  l10n: Localizer = localizer(),
): PairStatus {
  return statusOf(pair, undecidedSteps(pair, topology, l10n).length + afterApplyCount(pair), l10n);
}

/** Steps that values known only after apply decide: not checked until applied. */
function afterApplyCount(pair: PairEvaluation): number {
  return pair.steps.reduce((count, step) => count + (step.afterApply ? 1 : 0), 0);
}

function statusOf(pair: PairEvaluation, notChecked: number, l10n: Localizer): PairStatus {
  const missing = pair.steps.reduce((count, step) => count + (step.ok ? 0 : 1), 0);
  let text: string;
  if (pair.unresolved) text = l10n.t('status.notChecked');
  else if (missing > 0) text = l10n.t('status.missing', { count: missing });
  else if (!pair.ok) text = l10n.t('status.notConnected');
  else if (notChecked > 0) text = l10n.t('status.connectedNotChecked', { count: notChecked });
  else text = l10n.t('status.connected');
  return { ok: pair.ok, missing, notChecked, text };
}

// --- path -------------------------------------------------------------------------------

function hopsOf(pair: PairEvaluation, topology: Topology | undefined, l10n: Localizer): PathHop[] {
  const hops: PathHop[] = [];
  const rg = pair.rg;
  const ds = pair.ds;
  if (rg)
    hops.push({ kind: 'resourceGroup', id: rg.id, detail: rg.type ?? l10n.t('hop.resourceGroup') });
  // A group bound only to a VPC that reaches the data source's network indirectly has no
  // chosen binding (scenario 1): its path is still that binding's.
  const binding = pair.binding ?? pair.transitive?.binding;
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
        detail: pair.publicIp
          ? l10n.t('hop.snatVia', { eip: pair.publicIp })
          : pair.steps.some((s) => s.code === 'snat-eip-unknown' && !s.ok)
            ? l10n.t('hop.snatUnknownEip')
            : l10n.t('hop.noSnat'),
      });
    } else if (rg && rg.type !== 'serverless' && rg.type !== undefined) {
      hops.push({
        kind: 'internet',
        id: 'internet',
        detail: pair.publicIp
          ? l10n.t('hop.rgEip', { eip: pair.publicIp })
          : l10n.t('hop.rgEipUnknown'),
      });
    }
    hops.push({ kind: 'internet', id: 'internet', detail: l10n.t('hop.internet') });
  } else if (ds?.network?.type === 'vpc' || ds?.network?.type === 'dataCenter') {
    const targetId =
      ds.network.type === 'vpc' ? ds.network.vpc?.value : ds.network.dataCenter?.value;
    const bindingVpc = binding?.vpc?.value;
    const transitive = pair.transitive;
    if (pair.via) {
      hops.push({
        kind: 'connection',
        id: pair.via.id,
        detail: pair.via.type ?? l10n.t('hop.connection'),
      });
    } else if (transitive && topology && targetId && transitive.binding === binding) {
      hops.push(...indirectHops(topology, transitive.vpc, targetId, l10n));
    } else if (bindingVpc && bindingVpc !== targetId && binding) {
      hops.push({
        kind: 'connection',
        id: '',
        detail: l10n.t('hop.noDirectConnection'),
        missing: true,
      });
    }
    if (targetId && targetId !== bindingVpc) {
      hops.push({
        kind: ds.network.type === 'vpc' ? 'vpc' : 'dataCenter',
        id: targetId,
        detail: l10n.t(ds.network.type === 'vpc' ? 'hop.vpc' : 'hop.dataCenter'),
      });
    }
  }
  if (ds) {
    const address = ds.network?.address?.value;
    hops.push({
      kind: 'dataSource',
      id: ds.id,
      detail: address
        ? l10n.t('hop.dataSourceAt', {
            engine: ds.engine ?? l10n.t('hop.dataSource'),
            address,
            port: ds.port ?? '',
          })
        : (ds.engine ?? l10n.t('hop.dataSource')),
    });
  }
  return hops;
}

/**
 * The connections and networks between a VPC and a network it reaches only through two or
 * more connections, hop by hop, up to (not including) that network. Each connection is
 * marked `indirect`: routes are not propagated across them by default.
 */
function indirectHops(topology: Topology, from: Vpc, targetId: string, l10n: Localizer): PathHop[] {
  const hops: PathHop[] = [];
  const path = topology.pathHops(from.id, targetId);
  path.forEach(({ connection, network }, i) => {
    hops.push({
      kind: 'connection',
      id: connection.id,
      detail: connection.type ?? l10n.t('hop.connection'),
      indirect: true,
    });
    if (i === path.length - 1) return;
    const kind = topology.network(network)?.kind ?? 'vpc';
    hops.push({ kind, id: network, detail: l10n.t(kind === 'vpc' ? 'hop.vpc' : 'hop.dataCenter') });
  });
  return hops;
}

// --- notices ----------------------------------------------------------------------------

/**
 * Findings about a pair that are not checklist steps (`transitive-path`,
 * `internet-unstable`, `eip-may-change`, …), by the pointer of the task's reference to the
 * data source: every finding about a pair lists that reference among its related locations.
 * Read from the findings `check` reports, after suppressions, so the explanation says what
 * `check` says.
 */
const noticeIndexes = new WeakMap<Analysis, Map<string, Finding[]>>();

function noticesByPair(analysis: Analysis): Map<string, Finding[]> {
  let index = noticeIndexes.get(analysis);
  if (index) return index;
  index = new Map();
  for (const finding of analysis.rawFindings) {
    if (STEP_CODES.has(finding.code)) continue;
    for (const related of finding.related) {
      const list = index.get(related.pointer);
      if (!list) index.set(related.pointer, [finding]);
      else if (!list.includes(finding)) list.push(finding);
    }
  }
  noticeIndexes.set(analysis, index);
  return index;
}

/** Codes of findings that stand for a checklist step: the checklist shows them already. */
const STEP_CODES = new Set([
  'vpc-not-associated',
  'connection-missing',
  'route-missing',
  'whitelist-missing',
  'nat-missing',
  'nat-no-eip',
  'snat-missing',
  'eip-missing',
  'rg-sg-egress-missing',
  'rg-sg-ingress-missing',
  'ds-sg-ingress-missing',
  'classic-network',
  'binding-out-of-scope',
  'binding-vpc-unsupported',
  'binding-vswitch-mismatch',
  'ip-invalid',
  'address-not-public',
  'snat-eip-unknown',
  'sg-vpc-mismatch',
  'task-kind-mismatch',
  'unknown-reference',
  'schema',
  // A step not checked until applied: the checklist shows it as not checked, with why.
  'value-after-apply',
]);

// --- explanations -----------------------------------------------------------------------

const SECURITY_GROUP_STEPS = new Set([
  'rg-sg-egress-missing',
  'rg-sg-ingress-missing',
  'ds-sg-ingress-missing',
]);

function explainPair(analysis: Analysis, pair: PairEvaluation): PairExplanation {
  const topology = analysis.topology;
  const l10n = localizer(analysis.locale);
  const notes: string[] = [];
  if (pair.unresolved === 'unknown-reference') notes.push(l10n.t('explain.note.unknownReference'));
  if (pair.unresolved === 'schema') notes.push(l10n.t('explain.note.schema'));
  for (const finding of noticesByPair(analysis).get(pair.dataSourceRefNode.pointer) ?? [])
    notes.push(finding.message);

  const steps: ChecklistStep[] = pair.steps.map((step) =>
    step.afterApply
      ? {
          code: step.code,
          description: describeStep(pair, step, l10n),
          ok: false,
          status: 'notChecked',
          reason: l10n.t('explain.afterApply.reason', {
            values: l10n.list(step.afterApply),
            count: step.afterApply.length,
          }),
        }
      : {
          code: step.code,
          description: describeStep(pair, step, l10n),
          ok: step.ok,
          status: step.ok ? 'done' : 'missing',
        },
  );
  const undecided = undecidedSteps(pair, topology, l10n);
  for (const each of undecided) {
    const step: ChecklistStep = { ...each, ok: false, status: 'notChecked' };
    // Where the step it stands for would be: a whitelist before the security groups.
    const before =
      each.code === 'whitelist-missing'
        ? steps.findIndex((s) => s.code !== undefined && SECURITY_GROUP_STEPS.has(s.code))
        : -1;
    if (before < 0) steps.push(step);
    else steps.splice(before, 0, step);
  }
  steps.push(connectivityTest(pair, l10n));

  return {
    dataSource: pair.dataSourceRefNode.value,
    roles: pair.roles,
    scenario: pair.unresolved ? null : pair.scenario,
    scenarioTitle: l10n.t(
      pair.scenario
        ? SCENARIO_TITLES[pair.scenario]
        : pair.steps.some((s) => s.code === 'classic-network')
          ? CLASSIC_TITLE
          : 'scenario.unknown',
    ),
    binding: pair.binding?.index ?? null,
    ok: pair.ok,
    state: statusOf(pair, undecided.length + afterApplyCount(pair), l10n).text,
    hops: hopsOf(pair, topology, l10n),
    steps,
    notes,
  };
}

/** Explanations of every task, from an analysis already computed (hover reuses it). */
export function explainAnalysis(analysis: Analysis): TaskExplanation[] {
  const model = analysis.model;
  if (!model) return [];
  const explained = new Map(
    explainPairs(analysis, analysis.connectivity?.pairs ?? []).map((task) => [task.task, task]),
  );
  // Every task, in file order, also those that name no data source.
  return [...model.tasks.byId.values()].map(
    (task) =>
      explained.get(task.id) ?? {
        task: task.id,
        kind: task.kind,
        resourceGroup: task.resourceGroup?.value,
        pairs: [],
      },
  );
}

/** Explanations of the given pairs only, grouped by task (a hover explains a few pairs). */
export function explainPairs(
  analysis: Analysis,
  pairs: readonly PairEvaluation[],
): TaskExplanation[] {
  const byTask = new Map<PairEvaluation['task'], TaskExplanation>();
  for (const pair of pairs) {
    let explained = byTask.get(pair.task);
    if (!explained) {
      explained = {
        task: pair.task.id,
        kind: pair.task.kind,
        resourceGroup: pair.task.resourceGroup?.value,
        pairs: [],
      };
      byTask.set(pair.task, explained);
    }
    explained.pairs.push(explainPair(analysis, pair));
  }
  return [...byTask.values()];
}

export function explain(text: string, locale: Locale = 'en'): TaskExplanation[] {
  try {
    return explainAnalysis(analyse(text, locale));
  } catch {
    return [];
  }
}
