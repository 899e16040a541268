// Lookups built once per document version: networks by id, the connection graph,
// vSwitches by id across VPCs. Rules and the connectivity analysis read these
// instead of scanning the model.
import { localizer, type Localizer } from '../l10n';
import type { Ipv4Range } from '../cidr';
import { vpcBlocks } from './vpcSpace';
import type { CidrValue, Connection, DataCenter, Model, VSwitch, Vpc } from '../model';

export type NetworkRef = { kind: 'vpc'; vpc: Vpc } | { kind: 'dataCenter'; dataCenter: DataCenter };

export interface Topology {
  model: Model;
  network(id: string): NetworkRef | undefined;
  /**
   * Connections that list both networks (undirected). Here and below, only connections
   * that can join their members (no connectionProblem): an invalid one connects nothing.
   */
  directConnections(a: string, b: string): Connection[];
  /** Networks reachable from `from` through connections, with their hop count. */
  reachable(from: string): Map<string, number>;
  /** The connections of a shortest path between two networks (empty when unreachable). */
  pathConnections(from: string, to: string): Connection[];
  /**
   * The same path, each connection with the network it leads to (the last leads to `to`):
   * what explain and the graph show hop by hop.
   */
  pathHops(from: string, to: string): { connection: Connection; network: string }[];
  /** Connections that list this network among their members. */
  connectionsListing(id: string): Connection[];
  /** Every vSwitch with this id, in any VPC. */
  vSwitchesById(id: string): VSwitch[];
}

/**
 * Why a connection cannot join its members, in a sentence (connection-type-mismatch), or
 * undefined when it can. A connection with a problem connects nothing (SPEC §2): the
 * connection graph leaves it out, so no path uses it, and it is never `unused`'s "used".
 */
export function connectionProblem(
  connection: Connection,
  network: (id: string) => NetworkRef | undefined,
  l10n: Localizer = localizer(),
): string | undefined {
  const problem = problemOf(connection, network);
  if (problem === undefined) return undefined;
  const listed = l10n.t('connection.listed', { count: problem.count });
  return l10n.t(problem.key, { connection: connection.id, listed });
}

/** Why a connection cannot join its members, as a message key; undefined when it can. */
function problemOf(
  connection: Connection,
  network: (id: string) => NetworkRef | undefined,
):
  | {
      key:
        | 'connection.expressConnect.count'
        | 'connection.vpnGateway.count'
        | 'connection.expressConnect.noVpc'
        | 'connection.vpnGateway.noVpc'
        | 'connection.vpcPeering.count'
        | 'connection.vpcPeering.dataCenter'
        | 'connection.cen.count'
        | 'connection.cen.noVpc';
      count: number;
    }
  | undefined {
  // Index loops, no arrays or Set: every check asks this of every connection, twice or more.
  const members = connection.members;
  let knownCount = 0;
  let vpcs = 0;
  let count = 0;
  for (let i = 0; i < members.length; i++) {
    const id = (members[i] as (typeof members)[number]).value;
    const ref = network(id);
    if (ref !== undefined) {
      knownCount++;
      if (ref.kind === 'vpc') vpcs++;
    }
    if (firstIndexOf(members, id) === i) count++;
  }
  const dataCenters = knownCount - vpcs;
  switch (connection.type) {
    case 'expressConnect':
    case 'vpnGateway': {
      const expressConnect = connection.type === 'expressConnect';
      if (count !== 2)
        return {
          key: expressConnect ? 'connection.expressConnect.count' : 'connection.vpnGateway.count',
          count,
        };
      if (knownCount === 2 && vpcs === 0)
        return {
          key: expressConnect ? 'connection.expressConnect.noVpc' : 'connection.vpnGateway.noVpc',
          count,
        };
      return undefined;
    }
    case 'vpcPeering':
      if (count !== 2) return { key: 'connection.vpcPeering.count', count };
      if (dataCenters > 0) return { key: 'connection.vpcPeering.dataCenter', count };
      return undefined;
    case 'cen':
      if (count < 2) return { key: 'connection.cen.count', count };
      if (knownCount === count && vpcs === 0) return { key: 'connection.cen.noVpc', count };
      return undefined;
    default:
      return undefined;
  }
}

/** The index of the first member with this id: members are few, a scan beats a Set. */
function firstIndexOf(members: Connection['members'], id: string): number {
  for (let j = 0; j < members.length; j++)
    if ((members[j] as (typeof members)[number]).value === id) return j;
  return -1;
}

/**
 * Whether a connection can join its members (connectionProblem finds nothing), without
 * writing the message: the connection graph asks it of every connection.
 */
export function connectionJoins(
  connection: Connection,
  network: (id: string) => NetworkRef | undefined,
): boolean {
  return problemOf(connection, network) === undefined;
}

/** The valid CIDR blocks of a VPC or data center, and how to name them in a message. */
export interface NetworkBlocks {
  ranges: Ipv4Range[];
  text: string;
}

export function networkBlocks(network: NetworkRef): NetworkBlocks {
  // A VPC's address space is its CIDR block and its secondary CIDR blocks.
  const cidrs: CidrValue[] =
    network.kind === 'vpc' ? vpcBlocks(network.vpc) : network.dataCenter.cidrs;
  const ranges: Ipv4Range[] = [];
  const texts: string[] = [];
  for (const cidr of cidrs) {
    if (!cidr.parsed.ok) continue;
    ranges.push(cidr.parsed.range);
    texts.push(cidr.value);
  }
  return { ranges, text: texts.join(', ') };
}

/**
 * The topology of a model that differs from the one `topology` was built on only in what no
 * lookup here reads (data sources, tasks, security groups, resource groups): the lookups,
 * and the reachability they have already computed, carry over.
 */
export function withSameNetworks(topology: Topology, model: Model): Topology {
  return { ...topology, model };
}

/**
 * The topology of a model whose networks changed only inside (a VPC's CIDR block, its
 * vSwitches' blocks, a data center's blocks: the same ids, kinds and connections): the
 * connection graph and the reachability worked out carry over; networks and vSwitches are
 * read from the new model.
 */
export function withSameGraph(topology: Topology, model: Model): Topology {
  return { ...topology, model, network: networkLookup(model), vSwitchesById: switchLookup(model) };
}

function networkLookup(model: Model): (id: string) => NetworkRef | undefined {
  return (id) => {
    const vpc = model.vpcs.byId.get(id);
    if (vpc) return { kind: 'vpc', vpc };
    const dataCenter = model.dataCenters.byId.get(id);
    return dataCenter ? { kind: 'dataCenter', dataCenter } : undefined;
  };
}

/**
 * The vSwitches of an id, in every VPC. Made when first asked: only a binding whose vSwitch
 * is not in its VPC asks (binding-vswitch-mismatch), and a map of every vSwitch is 2 000
 * entries and lists in the benchmark's file.
 */
function switchLookup(model: Model): (id: string) => VSwitch[] {
  let switches: Map<string, VSwitch[]> | undefined;
  return (id) => (switches ??= switchesById(model)).get(id) ?? [];
}

function switchesById(model: Model): Map<string, VSwitch[]> {
  const switches = new Map<string, VSwitch[]>();
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values()) {
      const list = switches.get(sw.id);
      if (list) list.push(sw);
      else switches.set(sw.id, [sw]);
    }
  }
  return switches;
}

export function buildTopology(model: Model): Topology {
  const adjacency = new Map<string, Map<string, Connection[]>>();
  // The same edges as lists, in the adjacency's order: the reachability search walks them
  // with index loops (for…of over a Map made an iterator result per edge).
  const edges = new Map<string, { next: string; connections: Connection[] }[]>();
  const link = (a: string, b: string, connection: Connection): void => {
    let neighbours = adjacency.get(a);
    let out = edges.get(a);
    if (!neighbours || !out) {
      adjacency.set(a, (neighbours = new Map()));
      edges.set(a, (out = []));
    }
    const list = neighbours.get(b);
    if (list) {
      if (!list.includes(connection)) list.push(connection);
    } else {
      const connections = [connection];
      neighbours.set(b, connections);
      out.push({ next: b, connections });
    }
  };
  const listing = new Map<string, Connection[]>();
  const network = networkLookup(model);
  for (const connection of model.connections.byId.values()) {
    // A connection its type cannot make connects nothing: as if it were absent.
    if (!connectionJoins(connection, network)) continue;
    const members: string[] = [];
    for (let i = 0; i < connection.members.length; i++) {
      const id = (connection.members[i] as Connection['members'][number]).value;
      if (!members.includes(id)) members.push(id);
    }
    for (let i = 0; i < members.length; i++) {
      const member = members[i] as string;
      const list = listing.get(member);
      if (list) list.push(connection);
      else listing.set(member, [connection]);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        link(members[i] as string, members[j] as string, connection);
        link(members[j] as string, members[i] as string, connection);
      }
    }
  }

  const vSwitchesById = switchLookup(model);

  const reachCache = new Map<
    string,
    { distance: Map<string, number>; via: Map<string, [string, Connection]> }
  >();
  const search = (from: string) => {
    const cached = reachCache.get(from);
    if (cached) return cached;
    const distance = new Map<string, number>([[from, 0]]);
    const via = new Map<string, [string, Connection]>();
    // Breadth first: the queue grows while it is read, each network with its distance.
    const queue: string[] = [from];
    const depths: number[] = [0];
    for (let q = 0; q < queue.length; q++) {
      const current = queue[q] as string;
      const d = depths[q] as number;
      const out = edges.get(current);
      if (!out) continue;
      for (let e = 0; e < out.length; e++) {
        const { next, connections } = out[e] as { next: string; connections: Connection[] };
        const first = connections[0]; // every list of the adjacency has one
        if (first && !distance.has(next)) {
          distance.set(next, d + 1);
          via.set(next, [current, first]);
          queue.push(next);
          depths.push(d + 1);
        }
      }
    }
    const result = { distance, via };
    reachCache.set(from, result);
    return result;
  };

  function pathHops(from: string, to: string): { connection: Connection; network: string }[] {
    const { via } = search(from);
    const path: { connection: Connection; network: string }[] = [];
    let node = to;
    for (let hop = via.get(node); hop; hop = via.get(node)) {
      const [previous, connection] = hop;
      path.push({ connection, network: node });
      node = previous;
    }
    return path.reverse();
  }

  return {
    model,
    network,
    directConnections(a, b) {
      return adjacency.get(a)?.get(b) ?? [];
    },
    reachable(from) {
      return search(from).distance;
    },
    pathConnections(from, to) {
      return pathHops(from, to).map((hop) => hop.connection);
    },
    pathHops,
    connectionsListing(id) {
      return listing.get(id) ?? [];
    },
    vSwitchesById,
  };
}
