// Security group decisions with Alibaba Cloud's semantics: among the rules of one
// direction that match the traffic, the highest priority (lowest number) decides and
// `drop` beats `accept` at equal priority; with no match, the group type's default.
// A range of peers (a vSwitch CIDR block) is accepted only when every address in it is.
import type { Ipv4Range } from '../cidr';
import type { SecurityGroup, SecurityGroupRule } from '../model';

export type Direction = 'ingress' | 'egress';

/** The peer of the traffic: a range of addresses, or a host name (only `0.0.0.0/0` matches it). */
export type Peer = { range: Ipv4Range } | { hostName: string };

function ruleMatchesAddress(rule: SecurityGroupRule, peer: Peer, address: number): boolean {
  const parsed = rule.cidr?.parsed;
  if (!parsed?.ok) return false;
  if ('hostName' in peer) return parsed.range.prefix === 0;
  return parsed.range.start <= address && address <= parsed.range.end;
}

function defaultAccepts(group: SecurityGroup, direction: Direction): boolean {
  // Basic groups allow outbound traffic by default; every group denies unmatched inbound
  // traffic, and advanced groups deny unmatched outbound traffic too.
  return direction === 'egress' && group.type === 'basic';
}

/** The decision for one address (or a host name) on one port. */
function decision(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  address: number,
  port: number,
): boolean {
  let best: SecurityGroupRule | undefined;
  for (const rule of group.rules) {
    if (rule.direction !== direction) continue;
    if (port < rule.ports[0] || port > rule.ports[1]) continue;
    if (!ruleMatchesAddress(rule, peer, address)) continue;
    if (
      !best ||
      rule.priority < best.priority ||
      (rule.priority === best.priority && rule.policy === 'drop')
    ) {
      best = rule;
    }
  }
  return best ? best.policy === 'accept' : defaultAccepts(group, direction);
}

/**
 * The addresses where the decision can change inside the peer's range: its start and
 * the edges of every rule CIDR that cuts into it. Checking these is checking them all.
 */
function samplePoints(group: SecurityGroup, direction: Direction, peer: Peer): number[] {
  if ('hostName' in peer) return [0];
  const { start, end } = peer.range;
  const points = new Set<number>([start]);
  for (const rule of group.rules) {
    const parsed = rule.cidr?.parsed;
    if (rule.direction !== direction || !parsed?.ok) continue;
    const r = parsed.range;
    if (r.start > start && r.start <= end) points.add(r.start);
    if (r.end >= start && r.end < end) points.add(r.end + 1);
  }
  return [...points];
}

/** Whether `group` accepts traffic of `direction` with every address of `peer` on `port`. */
export function accepts(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  port: number,
): boolean {
  return samplePoints(group, direction, peer).every((address) =>
    decision(group, direction, peer, address, port),
  );
}

/** Whether `group` accepts traffic of `direction` with every address of `peer` on at least one port. */
export function acceptsSomePort(group: SecurityGroup, direction: Direction, peer: Peer): boolean {
  // The decision only changes at the edges of rule port ranges, so those ports suffice.
  const candidates = new Set<number>([1, 65535]);
  for (const rule of group.rules) {
    if (rule.direction !== direction) continue;
    candidates.add(rule.ports[0]);
    if (rule.ports[1] < 65535) candidates.add(rule.ports[1] + 1);
  }
  for (const port of candidates) {
    if (port >= 1 && port <= 65535 && accepts(group, direction, peer, port)) return true;
  }
  return false;
}
