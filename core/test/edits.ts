// Edits a user could make to a topology, drawn from a seeded generator: the differential
// tests of incremental analysis (core/test/incremental.test.ts) and of the server's cache
// (server/test/analysisCache.test.ts) replay them.
import type { Node } from '../src/parse';
import type { Analysis } from '../src/validate';

/** A deterministic PRNG: a failure names its seed and replays. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

function leaves(node: Node | undefined, into: Node[] = []): Node[] {
  if (!node) return into;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') into.push(node);
  for (const child of node.children ?? []) leaves(child, into);
  return into;
}

/**
 * The entities of a document, where incremental edits land: data sources and tasks first
 * (analysed again alone), then the others (only parsed again alone).
 */
function entityValues(analysis: Analysis): { own: Node[]; others: Node[] } {
  const model = analysis.model;
  if (!model) return { own: [], others: [] };
  const own = [...model.dataSources.byId.values(), ...model.tasks.byId.values()];
  const others = [
    ...model.vpcs.byId.values(),
    ...model.dataCenters.byId.values(),
    ...model.connections.byId.values(),
    ...model.securityGroups.byId.values(),
    ...model.resourceGroups.byId.values(),
  ];
  return { own: own.map((e) => e.node), others: others.map((e) => e.node) };
}

/**
 * One edit a user could make: mostly inside a data source or task (a value replaced by
 * another value of the document, a character typed or deleted, a property added or
 * removed), sometimes anywhere.
 */
export function randomEdit(text: string, analysis: Analysis, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const { own, others } = entityValues(analysis);
  // Three edits in four inside a data source or task, as in a large topology.
  const entities = others.length > 0 && next() < 0.25 ? others : own;
  const all = leaves(analysis.document.root);
  const pool = [
    ...new Set(all.filter((n) => n.type === 'string').map((n) => String(n.value))),
    '10.0.0.5',
    '192.168.1.300',
    '47.100.1.1',
    'internet',
    'vpc',
    'dataCenter',
  ];
  const insertAt = (at: number, what: string) => text.slice(0, at) + what + text.slice(at);
  if (entities.length === 0 || next() < 0.1) {
    const at = Math.floor(next() * (text.length + 1));
    return next() < 0.5
      ? insertAt(at, pick(['1', 'a', ' ', '"', ',', '}', '\n']))
      : text.slice(0, at) + text.slice(at + 1);
  }
  const entity = pick(entities);
  const inside = leaves(entity);
  const choice = next();
  if (inside.length > 0 && choice < 0.45) {
    const leaf = pick(inside);
    return (
      text.slice(0, leaf.offset) +
      (leaf.type === 'string' ? JSON.stringify(pick(pool)) : String(Math.floor(next() * 70000))) +
      text.slice(leaf.offset + leaf.length)
    );
  }
  if (inside.length > 0 && choice < 0.65) {
    const leaf = pick(inside);
    const at = leaf.offset + 1 + Math.floor(next() * Math.max(1, leaf.length - 2));
    return next() < 0.6
      ? insertAt(at, pick(['1', '0', '.', 'x', '-', '/']))
      : text.slice(0, at) + text.slice(at + 1);
  }
  if (choice < 0.75) return insertAt(entity.offset + 1, ' "port": 5432,');
  if (choice < 0.85 && entity.children && entity.children.length > 1) {
    const property = pick(entity.children.slice(0, -1));
    const following = entity.children[entity.children.indexOf(property) + 1]!;
    return text.slice(0, property.offset) + text.slice(following.offset);
  }
  const at = entity.offset + 1 + Math.floor(next() * Math.max(1, entity.length - 2));
  return insertAt(at, pick(['1', ' ', '"', ',', '{', '}', '// x\n']));
}

function nodesOfType(node: Node | undefined, type: Node['type'], into: Node[] = []): Node[] {
  if (!node) return into;
  if (node.type === type) into.push(node);
  for (const child of node.children ?? []) nodesOfType(child, type, into);
  return into;
}

/** Values a network entity's fields take, besides those the document already holds. */
const NETWORK_VALUES = [
  '0.0.0.0/0',
  '10.0.0.0/8',
  '10.0.1.0/24',
  '192.168.0.0/16',
  '172.16.0.0/12',
  '100.64.0.0/10',
  '3306',
  '1-65535',
  '80-443',
  'all',
  'drop',
  'tcp',
  'udp',
  'icmp',
  'accept',
  'ingress',
  'egress',
  'advanced',
  'basic',
  'cen',
  'vpcPeering',
  'expressConnect',
  'vpnGateway',
  'serverless',
  'exclusiveDataIntegration',
];

/**
 * One edit inside a VPC (its CIDR block, a vSwitch, a NAT gateway and its SNAT entries), a
 * data center, a connection, a security group or a resource group: a value replaced by
 * another (a CIDR block, a port range, a priority, a policy, an id the document holds), a
 * character typed or deleted, an array element repeated or removed.
 */
export function randomNetworkEdit(text: string, analysis: Analysis, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const { others } = entityValues(analysis);
  if (others.length === 0) return randomEdit(text, analysis, next);
  const entity = pick(others);
  const inside = leaves(entity);
  const pool = [
    ...new Set(
      leaves(analysis.document.root).flatMap((n) => (n.type === 'string' ? [String(n.value)] : [])),
    ),
    ...NETWORK_VALUES,
  ];
  const choice = next();
  if (inside.length > 0 && choice < 0.5) {
    const leaf = pick(inside);
    const value =
      leaf.type === 'number' || next() < 0.1
        ? String(Math.floor(next() * 200))
        : JSON.stringify(pick(pool));
    return text.slice(0, leaf.offset) + value + text.slice(leaf.offset + leaf.length);
  }
  if (inside.length > 0 && choice < 0.75) {
    const leaf = pick(inside);
    const at = leaf.offset + 1 + Math.floor(next() * Math.max(1, leaf.length - 2));
    return next() < 0.6
      ? text.slice(0, at) + pick(['1', '0', '.', '/', '2', '-']) + text.slice(at)
      : text.slice(0, at) + text.slice(at + 1);
  }
  const arrays = nodesOfType(entity, 'array').filter((a) => (a.children?.length ?? 0) > 0);
  if (arrays.length === 0) return randomEdit(text, analysis, next);
  const array = pick(arrays);
  const items = array.children ?? [];
  const item = pick(items);
  if (next() < 0.6 || items.length === 1) {
    // The element again, first: a second rule, member, route or SNAT entry like it.
    const copy = text.slice(item.offset, item.offset + item.length);
    const first = items[0]!;
    return `${text.slice(0, first.offset)}${copy}, ${text.slice(first.offset)}`;
  }
  const index = items.indexOf(item);
  const following = items[index + 1];
  const previous = items[index - 1];
  return following
    ? text.slice(0, item.offset) + text.slice(following.offset)
    : text.slice(0, previous!.offset + previous!.length) + text.slice(item.offset + item.length);
}
