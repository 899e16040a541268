// Lookups built once per document version: networks by id, the connection graph,
// vSwitches by id across VPCs. Rules and the connectivity analysis read these
// instead of scanning the model.
import type { Ipv4Range } from '../cidr';
import type { CidrValue, Connection, DataCenter, Model, VSwitch, Vpc } from '../model';

export type NetworkRef = { kind: 'vpc'; vpc: Vpc } | { kind: 'dataCenter'; dataCenter: DataCenter };

export interface Topology {
  model: Model;
  network(id: string): NetworkRef | undefined;
  /** Connections that list both networks (undirected). */
  directConnections(a: string, b: string): Connection[];
  /** Networks reachable from `from` through connections, with their hop count. */
  reachable(from: string): Map<string, number>;
  /** The connections of a shortest path between two networks (empty when unreachable). */
  pathConnections(from: string, to: string): Connection[];
  /** Connections that list this network among their members. */
  connectionsListing(id: string): Connection[];
  /** Every vSwitch with this id, in any VPC. */
  vSwitchesById(id: string): VSwitch[];
}

/** The valid CIDR blocks of a VPC or data center, and how to name them in a message. */
export interface NetworkBlocks {
  ranges: Ipv4Range[];
  text: string;
}

export function networkBlocks(network: NetworkRef): NetworkBlocks {
  const cidrs: CidrValue[] =
    network.kind === 'vpc'
      ? network.vpc.cidr
        ? [network.vpc.cidr]
        : []
      : network.dataCenter.cidrs;
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
 * The topology of a model that differs from the one `topology` was built on only in its
 * data sources and tasks, which no lookup here reads: the lookups, and the reachability
 * they have already computed, carry over.
 */
export function withSameNetworks(topology: Topology, model: Model): Topology {
  return { ...topology, model };
}

export function buildTopology(model: Model): Topology {
  const adjacency = new Map<string, Map<string, Connection[]>>();
  const link = (a: string, b: string, connection: Connection): void => {
    let neighbours = adjacency.get(a);
    if (!neighbours) adjacency.set(a, (neighbours = new Map()));
    const list = neighbours.get(b);
    if (list) {
      if (!list.includes(connection)) list.push(connection);
    } else {
      neighbours.set(b, [connection]);
    }
  };
  const listing = new Map<string, Connection[]>();
  for (const connection of model.connections.byId.values()) {
    const members = [...new Set(connection.members.map((m) => m.value))];
    for (const member of members) {
      const list = listing.get(member);
      if (list) list.push(connection);
      else listing.set(member, [connection]);
    }
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        link(members[i]!, members[j]!, connection);
        link(members[j]!, members[i]!, connection);
      }
    }
  }

  const switches = new Map<string, VSwitch[]>();
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values()) {
      const list = switches.get(sw.id);
      if (list) list.push(sw);
      else switches.set(sw.id, [sw]);
    }
  }

  const reachCache = new Map<
    string,
    { distance: Map<string, number>; via: Map<string, [string, Connection]> }
  >();
  const search = (from: string) => {
    const cached = reachCache.get(from);
    if (cached) return cached;
    const distance = new Map<string, number>([[from, 0]]);
    const via = new Map<string, [string, Connection]>();
    const queue = [from];
    for (let head = 0; head < queue.length; head++) {
      const current = queue[head]!;
      const d = distance.get(current)!;
      for (const [next, connections] of adjacency.get(current) ?? []) {
        if (!distance.has(next)) {
          distance.set(next, d + 1);
          via.set(next, [current, connections[0]!]);
          queue.push(next);
        }
      }
    }
    const result = { distance, via };
    reachCache.set(from, result);
    return result;
  };

  return {
    model,
    network(id) {
      const vpc = model.vpcs.byId.get(id);
      if (vpc) return { kind: 'vpc', vpc };
      const dataCenter = model.dataCenters.byId.get(id);
      return dataCenter ? { kind: 'dataCenter', dataCenter } : undefined;
    },
    directConnections(a, b) {
      return adjacency.get(a)?.get(b) ?? [];
    },
    reachable(from) {
      return search(from).distance;
    },
    pathConnections(from, to) {
      const { via } = search(from);
      const path: Connection[] = [];
      for (let node = to; via.has(node);) {
        const [previous, connection] = via.get(node)!;
        path.push(connection);
        node = previous;
      }
      return path.reverse();
    },
    connectionsListing(id) {
      return listing.get(id) ?? [];
    },
    vSwitchesById(id) {
      return switches.get(id) ?? [];
    },
  };
}
