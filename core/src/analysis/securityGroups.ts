// Security group decisions with Alibaba Cloud's semantics: among the rules of one
// direction that match the traffic, the highest priority (lowest number) decides and
// `drop` beats `accept` at equal priority; with no match, the group type's default.
// A range of peers (a vSwitch CIDR block) is accepted only when every address in it is.
// When traffic is refused, `denial` says what decides: the drop rules, or the default.
// DataWorks connects over TCP: a rule for UDP, ICMP or GRE matches none of its traffic,
// neither to accept nor to drop (Alibaba Cloud's IpProtocol).
import { contains, type Ipv4Range } from '../cidr';
import type { SecurityGroup, SecurityGroupRule } from '../model';

export type Direction = 'ingress' | 'egress';

/** The peer of the traffic: a range of addresses, or a host name (only `0.0.0.0/0` matches it). */
export type Peer = { range: Ipv4Range } | { hostName: string };

/** Whether a rule applies to TCP traffic, the only traffic DataWorks sends: `tcp` or `all`. */
export function matchesTcp(rule: SecurityGroupRule): boolean {
  return rule.protocol === 'tcp' || rule.protocol === 'all';
}

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

/** Whether the rule would match, whatever its protocol. */
function ruleMatchesAnyProtocol(
  rule: SecurityGroupRule,
  direction: Direction,
  peer: Peer,
  address: number,
  port: number,
): boolean {
  return (
    rule.direction === direction &&
    port >= rule.ports[0] &&
    port <= rule.ports[1] &&
    ruleMatchesAddress(rule, peer, address)
  );
}

function ruleMatches(
  rule: SecurityGroupRule,
  direction: Direction,
  peer: Peer,
  address: number,
  port: number,
): boolean {
  return matchesTcp(rule) && ruleMatchesAnyProtocol(rule, direction, peer, address, port);
}

/** The rule that decides for one address (or a host name) on one port; none: the default. */
function decidingRule(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  address: number,
  port: number,
): SecurityGroupRule | undefined {
  let best: SecurityGroupRule | undefined;
  // Indexed: this runs for every pair, often before the engine has optimised it, when an
  // iterator is an object per call.
  const rules = group.rules;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!rule || !ruleMatches(rule, direction, peer, address, port)) continue;
    if (
      !best ||
      rule.priority < best.priority ||
      (rule.priority === best.priority && rule.policy === 'drop')
    ) {
      best = rule;
    }
  }
  return best;
}

/** The decision for one address (or a host name) on one port. */
function decision(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  address: number,
  port: number,
): boolean {
  const best = decidingRule(group, direction, peer, address, port);
  return best ? best.policy === 'accept' : defaultAccepts(group, direction);
}

/**
 * The addresses that stand for all of `peer`: the decision can only change at the start of
 * its range and at the edges of the rule CIDRs that cut into it.
 */
function representatives(group: SecurityGroup, direction: Direction, peer: Peer): number[] {
  if ('hostName' in peer) return [0];
  const { start, end } = peer.range;
  const points = [start];
  for (const rule of group.rules) {
    const parsed = rule.cidr?.parsed;
    // Rules of any protocol: an accept rule for UDP is named where it would have matched.
    if (rule.direction !== direction || !parsed?.ok) continue;
    const r = parsed.range;
    if (r.start > start && r.start <= end) points.push(r.start);
    if (r.end >= start && r.end < end) points.push(r.end + 1);
  }
  return points;
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
  const rules = group.rules;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    const parsed = rule?.cidr?.parsed;
    if (!rule || rule.direction !== direction || !matchesTcp(rule) || !parsed?.ok) continue;
    const r = parsed.range;
    if (r.start > start && r.start <= end && !decision(group, direction, peer, r.start, port))
      return false;
    if (r.end >= start && r.end < end && !decision(group, direction, peer, r.end + 1, port))
      return false;
  }
  return true;
}

/** A rule as `tableAccepts` reads it: its CIDR block's first and last address, ports, priority. */
interface TableRule {
  start: number;
  end: number;
  firstPort: number;
  lastPort: number;
  priority: number;
  drop: boolean;
}

/**
 * A group's rules of one direction that can match TCP traffic with an address, in their
 * written order, as plain numbers: `tableAccepts` decides one address on one port as `accepts`
 * does, in one loop without a call per rule (it runs for every pair, mostly before the engine
 * has optimised it).
 */
export interface RuleTable {
  rules: TableRule[];
  /** The group type's default, when no rule matches. */
  byDefault: boolean;
}

export function ruleTable(group: SecurityGroup, direction: Direction): RuleTable {
  const rules: TableRule[] = [];
  // The rules `ruleMatches` can match with an address: a rule without a valid block matches none.
  for (const rule of group.rules) {
    const parsed = rule.cidr?.parsed;
    if (rule.direction !== direction || !matchesTcp(rule) || !parsed?.ok) continue;
    rules.push({
      start: parsed.range.start,
      end: parsed.range.end,
      firstPort: rule.ports[0],
      lastPort: rule.ports[1],
      priority: rule.priority,
      drop: rule.policy === 'drop',
    });
  }
  return { rules, byDefault: defaultAccepts(group, direction) };
}

/** `accepts` for one address (the peer `{ range: hostRange(address) }`), through its group's table. */
export function tableAccepts(table: RuleTable, address: number, port: number): boolean {
  const rules = table.rules;
  // The deciding rule as decidingRule picks it.
  let best: TableRule | undefined;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (
      !rule ||
      !(port >= rule.firstPort && port <= rule.lastPort) ||
      !(rule.start <= address && address <= rule.end)
    )
      continue;
    if (!best || rule.priority < best.priority || (rule.priority === best.priority && rule.drop))
      best = rule;
  }
  return best ? !best.drop : table.byDefault;
}

/** Whether `group` accepts traffic of `direction` with every address of `peer` on at least one port. */
export function acceptsSomePort(group: SecurityGroup, direction: Direction, peer: Peer): boolean {
  return portCandidates(group, direction).some((port) => accepts(group, direction, peer, port));
}

/** What refuses traffic that a group does not accept: the finding names it (SPEC §4). */
export interface Denial {
  /** The port the decision was made for. */
  port: number;
  /** The drop rules that decide for some refused address, highest priority first. */
  drops: SecurityGroupRule[];
  /** Some refused address matches no rule: the group type's default decides. */
  implicit: boolean;
  /** Accept rules that match a refused address but lose to a drop rule there. */
  outranked: SecurityGroupRule[];
  /**
   * Accept rules for another protocol (UDP, ICMP, GRE) that match a refused address and
   * the port: they would have accepted the traffic were it not TCP ("accepts UDP only").
   */
  otherProtocol: SecurityGroupRule[];
}

/** Why `group` refuses traffic of `direction` with some address of `peer` on `port`; undefined when it accepts all. */
export function denial(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  port: number,
): Denial | undefined {
  const drops = new Set<SecurityGroupRule>();
  const outranked = new Set<SecurityGroupRule>();
  const otherProtocol = new Set<SecurityGroupRule>();
  let implicit = false;
  for (const address of representatives(group, direction, peer)) {
    const best = decidingRule(group, direction, peer, address, port);
    if (best ? best.policy === 'accept' : defaultAccepts(group, direction)) continue;
    for (const rule of group.rules) {
      if (
        rule.policy === 'accept' &&
        !matchesTcp(rule) &&
        ruleMatchesAnyProtocol(rule, direction, peer, address, port)
      )
        otherProtocol.add(rule);
    }
    if (!best) {
      implicit = true;
      continue;
    }
    drops.add(best);
    for (const rule of group.rules) {
      if (rule.policy === 'accept' && ruleMatches(rule, direction, peer, address, port))
        outranked.add(rule);
    }
  }
  if (drops.size === 0 && !implicit) return undefined;
  return {
    port,
    drops: [...drops].sort((a, b) => a.priority - b.priority || a.index - b.index),
    implicit,
    outranked: [...outranked].sort((a, b) => a.index - b.index),
    otherProtocol: [...otherProtocol].sort((a, b) => a.index - b.index),
  };
}

/**
 * Whether a drop rule is aimed at the needed source itself (its CIDR lies inside the needed
 * block, or is it): a decision about that source rather than a blanket deny with a gap.
 */
export function aimedAt(rule: SecurityGroupRule, needed: Ipv4Range): boolean {
  const parsed = rule.cidr?.parsed;
  return parsed?.ok === true && contains(needed, parsed.range);
}

/**
 * The priority at which an accept rule for exactly the needed source and port lifts the
 * denial without overriding a decision (SPEC §4 "Fix safety"): 1 when only the default
 * refuses, one above the highest blocking drop rule when every blocking drop is a blanket
 * deny below priority 1; undefined when a drop rule is at priority 1 or aimed at the source.
 */
export function acceptPriorityAbove(found: Denial, needed: Ipv4Range): number | undefined {
  const [highest] = found.drops;
  if (!highest) return 1;
  if (highest.priority <= 1 || found.drops.some((rule) => aimedAt(rule, needed))) return undefined;
  return highest.priority - 1;
}

/**
 * Why `group` refuses `peer` on every port: the denial on the port where an accept rule can
 * lift it most simply (the first such port), else on the first port tried. Undefined when
 * some port is accepted.
 */
export function denialOnEveryPort(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer,
  needed: Ipv4Range,
): Denial | undefined {
  let first: Denial | undefined;
  for (const port of portCandidates(group, direction)) {
    const found = denial(group, direction, peer, port);
    if (!found) return undefined;
    if (acceptPriorityAbove(found, needed) !== undefined) return found;
    first ??= found;
  }
  return first;
}

function portCandidates(group: SecurityGroup, direction: Direction): number[] {
  // The decision only changes at the edges of rule port ranges, so those ports suffice.
  const candidates = new Set<number>([1, 65535]);
  for (const rule of group.rules) {
    if (rule.direction !== direction || !matchesTcp(rule)) continue;
    candidates.add(rule.ports[0]);
    if (rule.ports[1] < 65535) candidates.add(rule.ports[1] + 1);
  }
  return [...candidates].filter((port) => port >= 1 && port <= 65535);
}
