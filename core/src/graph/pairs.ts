// Each (task, data source) pair of `check`'s connectivity as a path over the graph's edges
// (a `missing` edge where a hop is absent), and the statuses those paths give nodes and edges.
import type { PairEvaluation, Step } from '../analysis/connectivity';
import { describeStep } from '../stepText';
import type { Topology } from '../analysis/topology';
import { pairStatus } from '../explain';
import type { Localizer } from '../l10n/index';
import type { Vpc } from '../model';
import { connectivityResults } from '../validate';
import { GraphBuilder, INTERNET_ID, nodeIds } from './builder';
import { bindingEnd, isExclusive, networkNode, placeOf } from './entities';
import type { GraphEdge, GraphFailure, GraphNode, GraphPair, GraphStatus } from './types';
import { targetOf } from '../references';

/** A pair, with the very nodes and edges of its path (statuses are marked on them). */
export interface WalkedPair {
  pair: GraphPair;
  nodes: (GraphNode | undefined)[];
  edges: GraphEdge[];
  dataSource: GraphNode | undefined;
}

/** Where along a path each step breaks it. */
type HopOf = (step: Step) => number;

export function pairOf(
  graph: GraphBuilder,
  topology: Topology,
  pair: PairEvaluation,
  row: ReturnType<typeof connectivityResults>[number],
  l10n: Localizer,
): WalkedPair {
  const { path, hopOf } = pathOf(topology, pair);
  const hops: GraphEdge[] = [];
  let previous: string | undefined;
  for (const node of path) {
    if (previous !== undefined) hops.push(graph.hop(previous, node));
    previous = node;
  }
  const edges = hops.map((edge) => edge.id);

  const failures: GraphFailure[] = [];
  if (pair.unresolved && edges.length > 0) {
    failures.push({
      code: pair.unresolved,
      text: l10n.t(
        pair.unresolved === 'schema' ? 'graph.unresolved.schema' : 'graph.unresolved.reference',
      ),
      hop: 0,
    });
  }
  for (const step of pair.steps) {
    if (step.ok) continue;
    const hop = Math.max(0, Math.min(edges.length - 1, hopOf(step)));
    if (edges.length > 0)
      failures.push({ code: step.code, text: describeStep(pair, step, l10n), hop });
  }
  let failingHop: number | undefined;
  for (const failure of failures) {
    failingHop = failingHop === undefined ? failure.hop : Math.min(failingHop, failure.hop);
  }
  // Each hop that fails carries its missing steps in words.
  for (const hop of new Set(failures.map((failure) => failure.hop))) {
    const edge = hops[hop];
    if (!edge) continue; // never: a failure's hop is clamped to the edges
    const texts = failures.filter((f) => f.hop === hop).map((f) => f.text);
    edge.label = mergeLabel(edge.kind === 'missing' ? undefined : edge.label, edge, texts, l10n);
  }

  const result: GraphPair = {
    task: row.task,
    resourceGroup: row.resourceGroup,
    dataSource: row.dataSource,
    scenario: row.scenario,
    binding: row.binding,
    ok: row.ok,
    missing: row.missing,
    path,
    edges,
    failures,
    state: pairStatus(pair, topology).text,
  };
  if (failingHop !== undefined) result.failingHop = failingHop;
  return {
    pair: result,
    nodes: path.map((id) => graph.nodes.get(id)),
    edges: hops,
    dataSource: pair.ds ? graph.nodes.get(nodeIds.dataSource(pair.ds.id)) : undefined,
  };
}

/** The steps written on an edge, each once; a crowded edge says how many more there are. */
const stepLabels = new WeakMap<GraphEdge, { base: string | undefined; texts: Set<string> }>();

function mergeLabel(
  base: string | undefined,
  edge: GraphEdge,
  texts: string[],
  l10n: Localizer,
): string {
  let entry = stepLabels.get(edge);
  if (!entry) stepLabels.set(edge, (entry = { base, texts: new Set() }));
  for (const text of texts) entry.texts.add(text);
  const shown: string[] = [];
  for (const text of entry.texts) {
    if (shown.length === 3) break;
    shown.push(text);
  }
  const more = entry.texts.size - shown.length;
  const lines = [...shown, ...(more > 0 ? [l10n.t('graph.more', { count: more })] : [])];
  return [entry.base, ...lines].filter((line) => line !== undefined).join('\n');
}

/**
 * The nodes from the resource group to the data source, and for each step the index of the
 * hop it breaks. Steps on the binding or its security group break the first hop; a missing
 * connection or route, the hop leaving the binding's VPC; the NAT steps, theirs; the
 * whitelist and the data source's security group, the last.
 */
function pathOf(topology: Topology, pair: PairEvaluation): { path: string[]; hopOf: HopOf } {
  const model = topology.model;
  const rg = pair.rg;
  const ds = pair.ds;
  const start = rg ? [nodeIds.resourceGroup(rg.id)] : [];
  const end = ds ? nodeIds.dataSource(ds.id) : undefined;
  const finish = (middle: string[], hops: Partial<Record<Step['code'], number>>) => {
    const path = dedupeConsecutive([...start, ...middle, ...(end ? [end] : [])]);
    const last = path.length - 2;
    return {
      path,
      hopOf: (step: Step) => {
        // What the data source itself must change breaks the hop that reaches it.
        if (
          step.code === 'whitelist-missing' ||
          step.code === 'ds-sg-ingress-missing' ||
          step.code === 'address-not-public'
        )
          return last;
        return hops[step.code] ?? 0;
      },
    };
  };
  if (!rg || !ds || pair.unresolved || ds.network?.type === 'classic') return finish([], {});

  const binding = pair.binding ?? pair.transitive?.binding;
  const bindEnd = binding ? bindingEnd(model, binding) : undefined;
  const bindVpc = targetOf(model, binding?.vpc);

  if (pair.overInternet) {
    if (isExclusive(rg)) return finish([INTERNET_ID], {});
    if (!bindEnd || !bindVpc) return finish([INTERNET_ID], {});
    const gateway = pair.natGateway;
    if (!gateway) return finish([bindEnd, INTERNET_ID], { 'nat-missing': 1 });
    const natId = nodeIds.natGateway(bindVpc.id, gateway.id);
    return finish([bindEnd, natId, INTERNET_ID], {
      'snat-missing': 1,
      'snat-eip-unknown': 1,
      'nat-no-eip': 2,
    });
  }

  const targetId =
    ds.network?.type === 'vpc' ? ds.network.vpc?.value : ds.network?.dataCenter?.value;
  const target = targetId !== undefined ? networkNode(model, targetId) : undefined;
  const place = placeOf(model, ds);
  if (!target || !place) return finish([], {});
  const intoTarget = place === target ? [target] : [target, place];

  if (!bindEnd || !bindVpc) return finish(intoTarget, {});
  const vpcNode = nodeIds.vpc(bindVpc.id);
  const fromBinding = bindEnd === vpcNode ? [bindEnd] : [bindEnd, vpcNode];
  if (bindVpc.id === targetId) {
    // The same VPC: from the binding's vSwitch through the VPC to the data source's.
    if (place === bindEnd) return finish([bindEnd], {});
    return finish([...fromBinding, ...(place === vpcNode ? [] : [place])], {});
  }
  // Across networks: the hop leaving the binding's VPC is where routes and connections count.
  const leaving = fromBinding.length; // index of the edge from the VPC onwards
  let link: string[] = [];
  if (pair.via) link = [nodeIds.connection(pair.via.id)];
  else if (pair.transitive && pair.transitive.binding === binding && targetId !== undefined)
    link = indirectNodes(topology, bindVpc, targetId);
  return finish([...fromBinding, ...link, ...intoTarget], {
    'connection-missing': leaving,
    'route-missing': leaving,
    'vpc-not-associated': pair.transitive ? leaving : 0,
  });
}

/** The connections and networks between a VPC and a network it reaches through 2+ connections. */
function indirectNodes(topology: Topology, from: Vpc, targetId: string): string[] {
  const nodes: string[] = [];
  const path = topology.pathHops(from.id, targetId);
  path.forEach(({ connection, network }, i) => {
    nodes.push(nodeIds.connection(connection.id));
    if (i === path.length - 1) return;
    const node = networkNode(topology.model, network);
    if (node !== undefined) nodes.push(node);
  });
  return nodes;
}

function dedupeConsecutive(ids: string[]): string[] {
  return ids.filter((id, i) => i === 0 || ids[i - 1] !== id);
}

// --- statuses ---------------------------------------------------------------------------

/**
 * Each node and edge: `broken` when a broken pair's path reaches it up to the failing hop
 * (its data source too), `ok` when some pair's path goes through it, `unused` otherwise.
 */
export function markStatuses(graph: GraphBuilder, walked: readonly WalkedPair[]): void {
  const mark = (item: { status: GraphStatus } | undefined, status: GraphStatus) => {
    if (!item || item.status === 'broken') return;
    item.status = status;
  };
  for (const { pair, nodes, edges, dataSource } of walked) {
    if (pair.ok) {
      for (const node of nodes) mark(node, 'ok');
      for (const edge of edges) mark(edge, 'ok');
      continue;
    }
    // Red up to the last hop that fails (each failing hop is labelled); what the path
    // goes through after it is used, and not known to be broken.
    let upTo = pair.failures.length > 0 ? 0 : edges.length - 1;
    for (const failure of pair.failures) upTo = Math.max(upTo, failure.hop);
    nodes.forEach((node, i) => mark(node, i <= upTo ? 'broken' : 'ok'));
    edges.forEach((edge, i) => mark(edge, i <= upTo ? 'broken' : 'ok'));
    mark(dataSource, 'broken');
  }
  // What a used vSwitch or NAT gateway is drawn inside is used too.
  for (const node of graph.nodes.values()) {
    if (node.status === 'unused' || !node.parent) continue;
    const parent = graph.nodes.get(node.parent);
    if (parent?.status === 'unused') parent.status = 'ok';
  }
  for (const edge of graph.edges.values()) {
    if (edge.kind !== 'contains' || edge.status !== 'unused') continue;
    if (graph.nodes.get(edge.to)?.status !== 'unused') edge.status = 'ok';
  }
}
