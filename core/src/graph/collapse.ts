// Large topologies stay readable: a VPC drawn as one box with its vSwitches and NAT
// gateways inside it, each region as one box, and the data sources whose pairs all connect
// drawn as one node per place they live. Every pair stays, with its path over the nodes
// that remain; a hop inside a collapsed box disappears, and a failure on it moves to the
// hop before.
import { localizer } from '../l10n';
import { edgeId, nodeIds } from './model';
import type {
  CollapseOptions,
  GraphEdge,
  GraphFailure,
  GraphNode,
  GraphPair,
  GraphStatus,
  TopologyGraph,
} from './types';

const SEVERITY: Record<GraphStatus, number> = { unused: 0, ok: 1, broken: 2 };

function worse(a: GraphStatus, b: GraphStatus): GraphStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export function collapseGraph(graph: TopologyGraph, options: CollapseOptions): TopologyGraph {
  const l10n = localizer(options.locale);
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  /** Each node id to the id of the node it is drawn as. */
  const into = new Map<string, string>();
  const groups = new Map<string, GraphNode>();
  const group = (id: string, make: () => Omit<GraphNode, 'members' | 'status'>): GraphNode => {
    let node = groups.get(id);
    if (!node) groups.set(id, (node = { ...make(), status: 'unused', members: [] }));
    return node;
  };
  const join = (member: GraphNode, target: GraphNode) => {
    into.set(member.id, target.id);
    if (target.members && !target.members.includes(member.id)) target.members.push(member.id);
    target.status = worse(target.status, member.status);
  };

  if (options.by === 'vpc' || options.by === 'region') {
    for (const node of graph.nodes) {
      if (node.kind !== 'vSwitch' && node.kind !== 'natGateway') continue;
      const parent = node.parent !== undefined ? byId.get(node.parent) : undefined;
      if (parent) into.set(node.id, parent.id);
    }
  }
  if (options.by === 'region') {
    for (const node of graph.nodes) {
      if (node.kind !== 'vpc' || node.region === undefined) continue;
      const region = node.region;
      const target = group(`region:${region}`, () => ({
        id: `region:${region}`,
        kind: 'group',
        pointer: '/vpcs',
        label: region,
        details: [],
        region,
      }));
      join(node, target);
    }
    // What was drawn as a VPC is now drawn as its region.
    for (const [member, target] of into) {
      const next = into.get(target);
      if (next !== undefined) into.set(member, next);
    }
  }
  const drawnAs = (id: string) => into.get(id) ?? id;

  if (options.aggregateOk) {
    // Where each data source lives, as drawn, from its location edge.
    const place = new Map<string, string>();
    for (const edge of graph.edges)
      if (edge.kind === 'location') place.set(edge.to, drawnAs(edge.from));
    const broken = new Set(
      graph.pairs.filter((pair) => !pair.ok).map((pair) => nodeIds.dataSource(pair.dataSource)),
    );
    const byPlace = new Map<string, GraphNode[]>();
    for (const node of graph.nodes) {
      if (node.kind !== 'dataSource' || node.status !== 'ok' || broken.has(node.id)) continue;
      const where = place.get(node.id);
      if (where === undefined) continue;
      const list = byPlace.get(where);
      if (list) list.push(node);
      else byPlace.set(where, [node]);
    }
    for (const [where, nodes] of byPlace) {
      if (nodes.length < 2) continue;
      const target = group(`ok:${where}`, () => ({
        id: `ok:${where}`,
        kind: 'group',
        pointer: '/dataSources',
        label: l10n.t('graph.group.okDataSources', { count: nodes.length }),
        details: nodes.slice(0, 3).map((node) => node.label),
      }));
      for (const node of nodes) join(node, target);
      if (nodes.length > 3) target.details.push(l10n.t('graph.more', { count: nodes.length - 3 }));
    }
  }

  const nodes: GraphNode[] = [];
  const added = new Set<string>();
  for (const node of graph.nodes) {
    const id = drawnAs(node.id);
    if (added.has(id)) continue;
    added.add(id);
    const shown = groups.get(id) ?? byId.get(id);
    if (!shown) continue;
    const copy = { ...shown };
    if (copy.parent !== undefined && into.has(copy.parent)) copy.parent = drawnAs(copy.parent);
    if (copy.parent === copy.id) delete copy.parent;
    nodes.push(copy);
  }

  const edges = new Map<string, GraphEdge>();
  /** Old edge id → new edge id (absent when the edge is now inside one node). */
  const edgeInto = new Map<string, string>();
  for (const edge of graph.edges) {
    const from = drawnAs(edge.from);
    const to = drawnAs(edge.to);
    if (from === to) continue;
    const id = edgeId(edge.kind, from, to);
    edgeInto.set(edge.id, id);
    const existing = edges.get(id);
    if (!existing) {
      edges.set(id, { ...edge, id, from, to });
      continue;
    }
    existing.status = worse(existing.status, edge.status);
    if (edge.label !== undefined && existing.label !== edge.label) {
      const lines = new Set([...(existing.label ?? '').split('\n'), ...edge.label.split('\n')]);
      lines.delete('');
      existing.label = [...lines].join('\n');
    }
  }

  const pairs = graph.pairs.map((pair) => collapsePair(pair, drawnAs, edgeInto));
  return { version: 1, nodes, edges: [...edges.values()], pairs };
}

function collapsePair(
  pair: GraphPair,
  drawnAs: (id: string) => string,
  edgeInto: ReadonlyMap<string, string>,
): GraphPair {
  const path: string[] = [];
  const edges: string[] = [];
  /** Old hop index → new hop index. */
  const hopInto: number[] = [];
  pair.path.forEach((id, i) => {
    const shown = drawnAs(id);
    if (path.length === 0 || path[path.length - 1] !== shown) {
      path.push(shown);
      if (i > 0) {
        const hop = pair.edges[i - 1];
        const edge = hop === undefined ? undefined : edgeInto.get(hop);
        if (edge !== undefined) edges.push(edge);
      }
    }
    if (i > 0) hopInto.push(Math.max(0, path.length - 2));
  });
  const failures: GraphFailure[] = pair.failures.map((failure) => ({
    ...failure,
    hop: hopInto[failure.hop] ?? 0,
  }));
  const result: GraphPair = { ...pair, path, edges, failures };
  delete result.failingHop;
  if (pair.failingHop !== undefined && edges.length > 0)
    result.failingHop = hopInto[pair.failingHop] ?? 0;
  return result;
}
