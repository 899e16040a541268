// The topology as a graph (SPEC §9), from the analysis the diagnostics come from: every
// entity a node, every binding, membership, NAT hop and location an edge, and every
// (task, data source) pair of `check`'s connectivity a path over those edges. A hop a pair
// needs and does not have (no connection, no binding, no NAT gateway) is a `missing` edge,
// so a broken path is still drawn from the resource group to the data source, red up to
// the hop that fails and labelled with the missing step.
import { contains, hostRange, overlaps } from '../cidr';
import { describeStep, type PairEvaluation, type Step } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import { pairStatus } from '../explain';
import type { Binding, DataSource, Model, ResourceGroup, Vpc } from '../model';
import { escapePointerSegment } from '../parse';
import { localizer, type Localizer } from '../l10n/index';
import { connectivityResults, type Analysis } from '../validate';
import type {
  BuildGraphOptions,
  GraphEdge,
  GraphEdgeKind,
  GraphFailure,
  GraphNode,
  GraphPair,
  GraphStatus,
  TopologyGraph,
} from './types';

export const INTERNET_ID = 'internet';

const esc = escapePointerSegment;
export const nodeIds = {
  resourceGroup: (id: string) => `rg:${esc(id)}`,
  vpc: (id: string) => `vpc:${esc(id)}`,
  vSwitch: (vpc: string, id: string) => `vsw:${esc(vpc)}/${esc(id)}`,
  natGateway: (vpc: string, id: string) => `nat:${esc(vpc)}/${esc(id)}`,
  dataCenter: (id: string) => `dc:${esc(id)}`,
  connection: (id: string) => `conn:${esc(id)}`,
  dataSource: (id: string) => `ds:${esc(id)}`,
};

export function edgeId(kind: GraphEdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

/** The graph being built: nodes and edges by id, in the order they were added. */
class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Undirected adjacency: the edge joining two nodes, whichever way it points. */
  private readonly between = new Map<string, GraphEdge>();

  node(node: Omit<GraphNode, 'status'>): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, { ...node, status: 'unused' });
  }

  edge(kind: GraphEdgeKind, from: string, to: string, label?: string): GraphEdge {
    const id = edgeId(kind, from, to);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { id, from, to, kind, status: 'unused' };
      if (label !== undefined) edge.label = label;
      this.edges.set(id, edge);
      const key = pairKey(from, to);
      // The first edge between two nodes is the one paths take (a binding before a
      // location, say); `missing` edges are only made where none exists.
      if (!this.between.has(key)) this.between.set(key, edge);
    }
    return edge;
  }

  /** The edge a path takes between two nodes: an existing one, else a `missing` one. */
  hop(from: string, to: string): GraphEdge {
    return this.between.get(pairKey(from, to)) ?? this.edge('missing', from, to);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** Builds the graph of an analysis: the one `validate` and `check` report from. */
export function buildGraph(analysis: Analysis, options: BuildGraphOptions = {}): TopologyGraph {
  const model = analysis.model;
  const topology = analysis.topology;
  const graph = new GraphBuilder();
  if (!model || !topology) return { version: 1, nodes: [], edges: [], pairs: [] };
  addEntities(graph, model);

  const evaluations = analysis.connectivity?.pairs ?? [];
  const rows = connectivityResults(analysis);
  const pairs: GraphPair[] = [];
  const walked: WalkedPair[] = [];
  evaluations.forEach((evaluation, index) => {
    if (options.task !== undefined && evaluation.task.id !== options.task) return;
    const each = pairOf(graph, topology, evaluation, rows[index]!, localizer(options.locale));
    pairs.push(each.pair);
    walked.push(each);
  });
  markStatuses(graph, walked);

  let nodes = [...graph.nodes.values()];
  let edges = [...graph.edges.values()];
  if (options.task !== undefined) {
    // Only what the task's paths go through, with the VPCs that hold it.
    const keep = new Set(pairs.flatMap((pair) => pair.path));
    for (const id of [...keep]) {
      const parent = graph.nodes.get(id)?.parent;
      if (parent) keep.add(parent);
    }
    const onPath = new Set(pairs.flatMap((pair) => pair.edges));
    nodes = nodes.filter((node) => keep.has(node.id));
    edges = edges.filter(
      (edge) => onPath.has(edge.id) || (edge.kind === 'contains' && keep.has(edge.to)),
    );
  }
  return { version: 1, nodes, edges, pairs };
}

// --- entities ---------------------------------------------------------------------------

function addEntities(graph: GraphBuilder, model: Model): void {
  for (const rg of model.resourceGroups.byId.values()) {
    graph.node({
      id: nodeIds.resourceGroup(rg.id),
      kind: 'resourceGroup',
      pointer: rg.pointer,
      label: rg.id,
      details: compact([rg.type, rg.regionId, rg.eip ? `EIP ${rg.eip.value}` : undefined]),
      region: rg.regionId,
    });
  }
  for (const vpc of model.vpcs.byId.values()) {
    const vpcId = nodeIds.vpc(vpc.id);
    graph.node({
      id: vpcId,
      kind: 'vpc',
      pointer: vpc.pointer,
      label: vpc.id,
      details: compact([vpc.cidr?.value, vpc.regionId, vpc.accountId]),
      region: vpc.regionId,
    });
    for (const vSwitch of vpc.vSwitches.values()) {
      const id = nodeIds.vSwitch(vpc.id, vSwitch.id);
      graph.node({
        id,
        kind: 'vSwitch',
        pointer: vSwitch.pointer,
        label: vSwitch.id,
        details: compact([vSwitch.cidr?.value, vSwitch.zone?.value]),
        parent: vpcId,
        region: vpc.regionId,
      });
      graph.edge('contains', vpcId, id);
    }
    for (const gateway of vpc.natGateways.values()) {
      const eips = gateway.eips.map((eip) => eip.value);
      graph.node({
        id: nodeIds.natGateway(vpc.id, gateway.id),
        kind: 'natGateway',
        pointer: gateway.pointer,
        // SPEC §9 and the issue: a NAT gateway shows its EIPs.
        label: eips.length > 0 ? `${gateway.id} (EIP ${eips.join(', ')})` : gateway.id,
        details: [eips.length > 0 ? `EIP ${eips.join(', ')}` : 'no EIP'],
        parent: vpcId,
        region: vpc.regionId,
      });
    }
  }
  for (const dc of model.dataCenters.byId.values()) {
    graph.node({
      id: nodeIds.dataCenter(dc.id),
      kind: 'dataCenter',
      pointer: dc.pointer,
      label: dc.id,
      details: dc.cidrs.map((cidr) => cidr.value),
    });
  }
  for (const connection of model.connections.byId.values()) {
    graph.node({
      id: nodeIds.connection(connection.id),
      kind: 'connection',
      pointer: connection.pointer,
      label: connection.id,
      details: compact([connection.type]),
    });
  }
  const internet = [...model.dataSources.byId.values()].some(
    (ds) => ds.network?.type === 'internet',
  );
  if (internet) {
    graph.node({
      id: INTERNET_ID,
      kind: 'internet',
      pointer: '',
      label: 'Internet',
      details: [],
    });
  }
  for (const ds of model.dataSources.byId.values()) {
    const address = ds.network?.address?.value;
    graph.node({
      id: nodeIds.dataSource(ds.id),
      kind: 'dataSource',
      pointer: ds.pointer,
      label: ds.id,
      details: compact([
        ds.engine,
        address !== undefined ? `${address}:${ds.port}` : undefined,
        ds.network?.type === 'classic' ? 'classic network' : undefined,
      ]),
    });
  }

  // Edges, in the order paths prefer them.
  for (const rg of model.resourceGroups.byId.values()) {
    for (const binding of rg.bindings) {
      const end = bindingEnd(model, binding);
      if (end) graph.edge('binding', nodeIds.resourceGroup(rg.id), end);
    }
    if (internet && rg.eip && isExclusive(rg))
      graph.edge('eip', nodeIds.resourceGroup(rg.id), INTERNET_ID, `EIP ${rg.eip.value}`);
  }
  for (const connection of model.connections.byId.values()) {
    for (const member of connection.members) {
      const network = networkNode(model, member.value);
      if (network) graph.edge('member', nodeIds.connection(connection.id), network);
    }
  }
  for (const vpc of model.vpcs.byId.values()) {
    for (const gateway of vpc.natGateways.values()) {
      const natId = nodeIds.natGateway(vpc.id, gateway.id);
      for (const entry of gateway.snatEntries) {
        const source = entry.source;
        if (!source) continue;
        const label = entry.eip ? `SNAT ${entry.eip.value}` : 'SNAT';
        if (!source.cidr) {
          if (vpc.vSwitches.has(source.value))
            graph.edge('snat', nodeIds.vSwitch(vpc.id, source.value), natId, label);
          continue;
        }
        const range = source.cidr.parsed.ok ? source.cidr.parsed.range : undefined;
        let any = false;
        for (const vSwitch of vpc.vSwitches.values()) {
          const switchRange = vSwitch.cidr?.parsed.ok ? vSwitch.cidr.parsed.range : undefined;
          // Coverage is the union of the entries: an entry for part of a vSwitch still
          // carries that part's traffic, so it is drawn from the vSwitch too.
          if (range && switchRange && overlaps(range, switchRange)) {
            graph.edge('snat', nodeIds.vSwitch(vpc.id, vSwitch.id), natId, label);
            any = true;
          }
        }
        if (!any) graph.edge('snat', nodeIds.vpc(vpc.id), natId, label);
      }
      if (internet && gateway.eips.length > 0) {
        const eips = gateway.eips.map((eip) => eip.value).join(', ');
        graph.edge('nat', natId, INTERNET_ID, `EIP ${eips}`);
      }
    }
  }
  for (const ds of model.dataSources.byId.values()) {
    const place = placeOf(model, ds);
    if (place) graph.edge('location', place, nodeIds.dataSource(ds.id));
  }
}

function compact(values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value !== '');
}

function isExclusive(rg: ResourceGroup): boolean {
  return rg.type !== undefined && rg.type !== 'serverless';
}

/** The node a binding leads to: its vSwitch when that is in its VPC, else the VPC. */
function bindingEnd(model: Model, binding: Binding): string | undefined {
  const vpc = binding.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;
  if (!vpc) return undefined;
  const vSwitch = binding.vSwitch ? vpc.vSwitches.get(binding.vSwitch.value) : undefined;
  return vSwitch ? nodeIds.vSwitch(vpc.id, vSwitch.id) : nodeIds.vpc(vpc.id);
}

function networkNode(model: Model, id: string): string | undefined {
  if (model.vpcs.byId.has(id)) return nodeIds.vpc(id);
  if (model.dataCenters.byId.has(id)) return nodeIds.dataCenter(id);
  return undefined;
}

/**
 * Where a data source lives: the vSwitch of its VPC holding its address (else the VPC), its
 * data center, or the Internet. Nothing for the classic network or a reference to nothing.
 */
function placeOf(model: Model, ds: DataSource): string | undefined {
  const network = ds.network;
  switch (network?.type) {
    case 'internet':
      return INTERNET_ID;
    case 'dataCenter': {
      const id = network.dataCenter?.value;
      return id !== undefined && model.dataCenters.byId.has(id)
        ? nodeIds.dataCenter(id)
        : undefined;
    }
    case 'vpc': {
      const vpc = network.vpc ? model.vpcs.byId.get(network.vpc.value) : undefined;
      if (!vpc) return undefined;
      const address = network.address?.parsed;
      if (address?.ok) {
        for (const vSwitch of vpc.vSwitches.values()) {
          const range = vSwitch.cidr?.parsed.ok ? vSwitch.cidr.parsed.range : undefined;
          if (range && contains(range, hostRange(address.value)))
            return nodeIds.vSwitch(vpc.id, vSwitch.id);
        }
      }
      return nodeIds.vpc(vpc.id);
    }
    default:
      return undefined;
  }
}

// --- pairs ------------------------------------------------------------------------------

/** A pair, with the very nodes and edges of its path (statuses are marked on them). */
interface WalkedPair {
  pair: GraphPair;
  nodes: (GraphNode | undefined)[];
  edges: GraphEdge[];
  dataSource: GraphNode | undefined;
}

/** Where along a path each step breaks it. */
type HopOf = (step: Step) => number;

function pairOf(
  graph: GraphBuilder,
  topology: Topology,
  pair: PairEvaluation,
  row: ReturnType<typeof connectivityResults>[number],
  l10n: Localizer,
): WalkedPair {
  const { path, hopOf } = pathOf(topology, pair);
  const hops: GraphEdge[] = [];
  for (let i = 1; i < path.length; i++) hops.push(graph.hop(path[i - 1]!, path[i]!));
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
    const edge = hops[hop]!;
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
  const bindVpc = binding?.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;

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
function markStatuses(graph: GraphBuilder, walked: readonly WalkedPair[]): void {
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
