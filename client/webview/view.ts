// What the diagram shows of a graph: filtered to a task or a data source, collapsed by VPC
// or region, the ok data sources of each place drawn as one node. Pure functions over the
// graph's plain data (SPEC §9), so that the picture's content is tested without a browser.
import type {
  GraphEdge,
  GraphNode,
  GraphPair,
  GraphStatus,
  TopologyGraph,
} from '../../protocol/index';
import { plural, t } from './l10n';

export type CollapseMode = 'none' | 'vpc' | 'region';

export interface ViewOptions {
  task?: string;
  dataSource?: string;
  collapse: CollapseMode;
  aggregateOk: boolean;
}

/** Past this many nodes a graph is first shown collapsed by VPC, with the ok data sources aggregated. */
export const COLLAPSE_VPC_ABOVE = 300;
/** Past this many nodes, collapsed by region. */
export const COLLAPSE_REGION_ABOVE = 1500;

/** The options a graph is first shown with: everything for a small one, collapsed for a large one. */
export function defaultOptions(graph: TopologyGraph): ViewOptions {
  const size = graph.nodes.length;
  if (size > COLLAPSE_REGION_ABOVE) return { collapse: 'region', aggregateOk: true };
  if (size > COLLAPSE_VPC_ABOVE) return { collapse: 'vpc', aggregateOk: true };
  return { collapse: 'none', aggregateOk: false };
}

const RANK: Record<GraphStatus, number> = { unused: 0, ok: 1, broken: 2 };

function worst(a: GraphStatus, b: GraphStatus): GraphStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The pairs a filter keeps. */
export function visiblePairs(graph: TopologyGraph, options: ViewOptions): GraphPair[] {
  return graph.pairs.filter(
    (pair) =>
      (options.task === undefined || pair.task === options.task) &&
      (options.dataSource === undefined || pair.dataSource === options.dataSource),
  );
}

/** A pair's key in the view: `task → data source`. */
export function pairKey(pair: Pick<GraphPair, 'task' | 'dataSource'>): string {
  return `${pair.task}\u0000${pair.dataSource}`;
}

export function viewGraph(graph: TopologyGraph, options: ViewOptions): TopologyGraph {
  let { nodes, edges } = graph;
  const pairs = visiblePairs(graph, options);
  if (options.task !== undefined || options.dataSource !== undefined) {
    // Only what the kept pairs go through, with the VPCs that hold it.
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const keep = new Set(pairs.flatMap((pair) => pair.path));
    for (const id of [...keep]) {
      const parent = byId.get(id)?.parent;
      if (parent) keep.add(parent);
    }
    const onPath = new Set(pairs.flatMap((pair) => pair.edges));
    nodes = nodes.filter((node) => keep.has(node.id));
    edges = edges.filter((edge) => onPath.has(edge.id));
  }
  const filtered: TopologyGraph = { version: 1, nodes, edges, pairs };
  return collapse(filtered, options);
}

/** Where each node is drawn once collapsed (itself when it stays). */
function representatives(graph: TopologyGraph, options: ViewOptions): Map<string, GraphNode> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, GraphNode>();
  const target = new Map<string, GraphNode>();
  const group = (id: string, label: string, details: string[]): GraphNode => {
    let node = groups.get(id);
    if (!node) {
      node = { id, kind: 'group', pointer: '', label, details, status: 'unused', members: [] };
      groups.set(id, node);
    }
    return node;
  };
  for (const node of graph.nodes) {
    let drawnAs = node;
    if (options.collapse === 'vpc' && node.parent) drawnAs = byId.get(node.parent) ?? node;
    if (options.collapse === 'region' && node.region !== undefined && node.kind !== 'dataSource')
      drawnAs = group(`region:${node.region}`, node.region, [t('region')]);
    target.set(node.id, drawnAs);
  }
  if (options.collapse === 'region') {
    // Connections between the same regions (and data centers) are drawn as one.
    const members = new Map<string, string[]>();
    for (const edge of graph.edges) {
      if (edge.kind !== 'member') continue;
      const list = members.get(edge.from) ?? [];
      list.push(target.get(edge.to)?.id ?? edge.to);
      members.set(edge.from, list);
    }
    for (const node of graph.nodes) {
      if (node.kind !== 'connection') continue;
      const between = [...new Set(members.get(node.id) ?? [])].sort().join(' ');
      target.set(node.id, group(`connections:${between}`, t('connections'), []));
    }
  }
  // Data sources per place they live: the ok ones when asked, every one by region.
  const okTogether = options.aggregateOk;
  const brokenTogether = options.collapse === 'region';
  if (okTogether || brokenTogether) {
    const place = new Map<string, string>();
    for (const edge of graph.edges)
      if (edge.kind === 'location') place.set(edge.to, target.get(edge.from)?.id ?? edge.from);
    for (const node of graph.nodes) {
      if (node.kind !== 'dataSource') continue;
      const broken = node.status === 'broken';
      if (broken ? !brokenTogether : !okTogether) continue;
      const where = place.get(node.id) ?? 'nowhere';
      target.set(node.id, group(`${broken ? 'broken' : 'ok'}:${where}`, t('data sources'), []));
    }
  }
  for (const [id, drawnAs] of target) if (drawnAs.kind === 'group') drawnAs.members?.push(id);
  for (const node of groups.values()) {
    const count = node.members?.length ?? 0;
    if (node.id.startsWith('ok:')) node.label = plural(count, '1 data source', '{0} data sources');
    else if (node.id.startsWith('broken:'))
      node.label = plural(count, '1 data source, broken', '{0} data sources, broken');
    else if (node.id.startsWith('connections:'))
      node.label = plural(count, '1 connection', '{0} connections');
    else node.details = [plural(count, 'region · 1 entity', 'region · {0} entities')];
  }
  return target;
}

function collapse(graph: TopologyGraph, options: ViewOptions): TopologyGraph {
  if (options.collapse === 'none' && !options.aggregateOk) return graph;
  const target = representatives(graph, options);
  const nodes = new Map<string, GraphNode>();
  for (const node of graph.nodes) {
    const drawnAs = target.get(node.id) ?? node;
    const existing = nodes.get(drawnAs.id);
    if (existing) existing.status = worst(existing.status, node.status);
    else nodes.set(drawnAs.id, { ...drawnAs, status: node.status });
  }
  // A node drawn inside a parent that is collapsed away is drawn on its own.
  for (const node of nodes.values())
    if (node.parent !== undefined && !nodes.has(node.parent)) delete node.parent;
  const edges = new Map<string, GraphEdge>();
  const mapped = new Map<string, string>();
  for (const edge of graph.edges) {
    const from = target.get(edge.from)?.id ?? edge.from;
    const to = target.get(edge.to)?.id ?? edge.to;
    if (from === to) continue;
    const id = `${edge.kind}:${from}->${to}`;
    mapped.set(edge.id, id);
    const existing = edges.get(id);
    if (existing) {
      existing.status = worst(existing.status, edge.status);
      if (edge.label && existing.label !== edge.label && edge.status === 'broken')
        existing.label = edge.label;
    } else edges.set(id, { ...edge, id, from, to });
  }
  const pairs = graph.pairs.map((pair) => {
    const path = pair.path
      .map((id) => target.get(id)?.id ?? id)
      .filter((id, index, all) => index === 0 || all[index - 1] !== id);
    const pairEdges = pair.edges.flatMap((id) => {
      const to = mapped.get(id);
      return to ? [to] : [];
    });
    return { ...pair, path, edges: pairEdges };
  });
  return { version: 1, nodes: [...nodes.values()], edges: [...edges.values()], pairs };
}

/** The summary of a node for its hover: what it is, and the pairs through it with their missing steps. */
export function nodeSummary(graph: TopologyGraph, node: GraphNode): string[] {
  const lines = [t('{0} {1}', kindName(node), node.label).trim(), ...node.details];
  const through = graph.pairs.filter((pair) => pair.path.includes(node.id));
  for (const pair of through.slice(0, 8)) {
    lines.push(`${pair.task} → ${pair.dataSource}: ${pair.state}`);
    for (const failure of pair.failures) lines.push(`  ✗ ${failure.text}`);
  }
  if (through.length > 8) lines.push(t('… and {0} more pairs', through.length - 8));
  return lines;
}

/** The kinds' names in the page's language. */
function kindNames(): Record<GraphNode['kind'], string> {
  return {
    resourceGroup: t('Resource group'),
    vpc: t('VPC'),
    vSwitch: t('vSwitch'),
    dataCenter: t('Data center'),
    connection: t('Connection'),
    natGateway: t('NAT gateway'),
    internet: '',
    dataSource: t('Data source'),
    group: t('Group'),
  };
}

export function kindName(node: GraphNode): string {
  if (node.kind === 'group') return node.id.startsWith('region:') ? t('Region') : t('Aggregated');
  return kindNames()[node.kind];
}

/** The accessible name of a node: kind, name and state. */
export function ariaLabel(node: GraphNode): string {
  const state =
    node.status === 'broken'
      ? t('broken')
      : node.status === 'ok'
        ? t('connected')
        : t('on no path');
  return t('{0} {1}, {2}', kindName(node), node.label, state).trim();
}

/** Changes only when what is laid out changes (nodes, nesting, edges), not with statuses or labels. */
export function structureKey(graph: TopologyGraph): string {
  const nodes = graph.nodes.map((node) => `${node.id}<${node.parent ?? ''}`).join('\n');
  const edges = graph.edges.map((edge) => edge.id).join('\n');
  return `${nodes}\n\n${edges}`;
}
