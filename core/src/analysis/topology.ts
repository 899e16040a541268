// Lookups built once per document version: networks by id, the connection graph,
// vSwitches by id across VPCs. Rules and the connectivity analysis read these
// instead of scanning the model.
import type { Connection, DataCenter, Model, VSwitch, Vpc } from '../model';

export type NetworkRef = { kind: 'vpc'; vpc: Vpc } | { kind: 'dataCenter'; dataCenter: DataCenter };

export interface Topology {
  model: Model;
  network(id: string): NetworkRef | undefined;
  /** Connections that list both networks (undirected). */
  directConnections(a: string, b: string): Connection[];
  /** Networks reachable from `from` through connections, with their hop count. */
  reachable(from: string): Map<string, number>;
  /** Every vSwitch with this id, in any VPC. */
  vSwitchesById(id: string): VSwitch[];
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
  for (const connection of model.connections.byId.values()) {
    const members = [...new Set(connection.members.map((m) => m.value))];
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

  const reachCache = new Map<string, Map<string, number>>();

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
      const cached = reachCache.get(from);
      if (cached) return cached;
      const distance = new Map<string, number>([[from, 0]]);
      const queue = [from];
      for (let head = 0; head < queue.length; head++) {
        const current = queue[head]!;
        const d = distance.get(current)!;
        for (const next of adjacency.get(current)?.keys() ?? []) {
          if (!distance.has(next)) {
            distance.set(next, d + 1);
            queue.push(next);
          }
        }
      }
      reachCache.set(from, distance);
      return distance;
    },
    vSwitchesById(id) {
      return switches.get(id) ?? [];
    },
  };
}
