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
 * Whether `group` accepts traffic of `direction` with every address of `peer` on `port`.
 * The decision can only change at the start of the peer's range and at the edges of the
 * rule CIDRs that cut into it, so those addresses stand for all. A host name or a single
 * address is one point: nearly every call (a data source's address).
 */
export function accepts(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  port: number,
): boolean {
  if ('hostName' in peer) return decision(group, direction, peer, 0, port);
  const { start, end } = peer.range;
  if (!decision(group, direction, peer, start, port)) return false;
  if (start === end) return true;
  for (const rule of group.rules) {
    const parsed = rule.cidr?.parsed;
    if (rule.direction !== direction || !parsed?.ok) continue;
    const r = parsed.range;
    if (r.start > start && r.start <= end && !decision(group, direction, peer, r.start, port))
      return false;
    if (r.end >= start && r.end < end && !decision(group, direction, peer, r.end + 1, port))
      return false;
  }
  return true;
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
