// Values known only after apply (`"${alicloud_eip_address.nat.ip_address}"`) in the
// connectivity analysis. Two symbolic values with the same origin are equal; anything else
// a symbolic value meets may or may not equal it once applied. A step that such a value
// decides is neither done nor missing: it is not checked until applied (`value-after-apply`).
// Without a symbolic value every function here answers exactly what the plain analysis does.
import {
  NON_PUBLIC_RANGES,
  contains,
  overlaps,
  parseCidr,
  type CidrParse,
  type IpParse,
  type Ipv4Range,
} from '../cidr';
import type { CidrValue, SecurityGroup, SecurityGroupRule } from '../model';
import { oncePerObject } from '../util/memo';
import { accepts, acceptsSomePort, type Direction, type Peer } from './securityGroups';

/** The origin of a symbolic value, when the value is one. */
export function originOf(parsed: CidrParse | IpParse | undefined): string | undefined {
  return parsed && !parsed.ok && parsed.problem === 'symbolic' ? parsed.origin : undefined;
}

/** A value as the analysis compares it: a symbolic one by its origin (`${ a }` is `${a}`). */
export function valueKey(value: { value: string; parsed: CidrParse | IpParse }): string {
  const origin = originOf(value.parsed);
  return origin === undefined ? value.value : `\${${origin}}`;
}

/** A value that can stand where an address is needed: a valid one, or a symbolic one. */
export function knownOrSymbolic(value: { parsed: CidrParse | IpParse } | undefined): boolean {
  return value !== undefined && (value.parsed.ok || value.parsed.problem === 'symbolic');
}

/** The symbolic values among CIDR entries (whitelists, routes), in their canonical form. */
export function symbolicEntries(entries: readonly CidrValue[] | undefined): string[] {
  const found: string[] = [];
  if (entries === undefined) return found;
  // An index loop: fewer bytecodes than `for … of`, so V8 optimises it sooner (issue 17).
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as CidrValue;
    if (originOf(entry.parsed) !== undefined) found.push(valueKey(entry));
  }
  return found;
}

/**
 * Whether a public address known only after apply may be one of `entries`: a symbolic
 * entry may be anything, a concrete one only when it reaches public address space.
 */
export function mayHoldPublicAddress(entries: readonly CidrValue[] | undefined): boolean {
  return (entries ?? []).some((entry) => {
    const parsed = entry.parsed;
    if (!parsed.ok) return parsed.problem === 'symbolic';
    return !NON_PUBLIC_RANGES.some((block) => contains(block.range, parsed.range));
  });
}

/** The peer of traffic whose address is known only after apply. */
export interface SymbolicPeer {
  symbolic: string;
  /** Where the address lies for certain: the blocks of its network. */
  within?: readonly Ipv4Range[];
  /** An EIP: no private, shared or reserved block holds it. */
  isPublic?: boolean;
}

/** Whether a concrete block holds an address of `peer` surely, maybe, or never (undefined). */
function concreteMatch(range: Ipv4Range, peer: SymbolicPeer): 'always' | 'maybe' | undefined {
  if (range.prefix === 0) return undefined; // 0.0.0.0/0 matches it as written
  if (peer.within !== undefined && peer.within.length > 0) {
    if (peer.within.every((block) => contains(range, block))) return 'always';
    return peer.within.some((block) => overlaps(range, block)) ? 'maybe' : undefined;
  }
  if (peer.isPublic && NON_PUBLIC_RANGES.some((block) => contains(block.range, range)))
    return undefined;
  return 'maybe';
}

/** A security group's answer when symbolic values may decide it. */
export type AfterApplyDecision = { answer: 'yes' | 'no' } | { answer: 'maybe'; values: string[] };

const ANY: CidrParse = parseCidr('0.0.0.0/0', false);

/** Whether a rule of the group is known only after apply (else it decides as written). */
export const hasSymbolicRule = oncePerObject((group: SecurityGroup): boolean => {
  // A loop, not `some` with a callback made per group: V8 keeps a function's optimised code
  // only while one of its closures lives.
  const rules = group.rules;
  for (let i = 0; i < rules.length; i++)
    if (originOf((rules[i] as SecurityGroupRule).cidr?.parsed) !== undefined) return true;
  return false;
});

/** How a rule of `direction` matches `peer` when a symbolic value is involved; undefined: as written. */
function symbolicMatch(
  rule: SecurityGroupRule,
  direction: Direction,
  peer: Peer | SymbolicPeer,
): 'always' | 'maybe' | undefined {
  if (rule.direction !== direction || !rule.cidr) return undefined;
  const parsed = rule.cidr.parsed;
  const origin = originOf(parsed);
  if ('symbolic' in peer) {
    if (origin !== undefined) return valueKey(rule.cidr) === peer.symbolic ? 'always' : 'maybe';
    return parsed.ok ? concreteMatch(parsed.range, peer) : undefined;
  }
  return origin !== undefined ? 'maybe' : undefined;
}

/**
 * The group with every rule a symbolic value may decide made to match (`0.0.0.0/0`) or not
 * (removed): `permissive` lets the uncertain accept rules match and not the drop rules,
 * the other way round otherwise. The decision is monotonic in both, so the two bound it.
 */
function boundingGroup(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer | SymbolicPeer,
  permissive: boolean,
  values: Set<string>,
): SecurityGroup {
  const rules: SecurityGroupRule[] = [];
  for (const rule of group.rules) {
    const match = symbolicMatch(rule, direction, peer);
    if (match === undefined) {
      rules.push(rule);
      continue;
    }
    if (match === 'maybe' && rule.cidr && originOf(rule.cidr.parsed) !== undefined)
      values.add(valueKey(rule.cidr));
    const matches = match === 'always' || (rule.policy === 'accept') === permissive;
    if (matches && rule.cidr) rules.push({ ...rule, cidr: { ...rule.cidr, parsed: ANY } });
  }
  return { ...group, rules };
}

/**
 * Whether `group` accepts traffic of `direction` with `peer` on `port` (on some port, when
 * `port` is undefined), where symbolic values in the peer or in the rules may decide it.
 */
export function acceptsAfterApply(
  group: SecurityGroup,
  direction: Direction,
  peer: Peer | SymbolicPeer,
  port: number | undefined,
): AfterApplyDecision {
  const check = (g: SecurityGroup): boolean => {
    // A symbolic peer is matched by 0.0.0.0/0 only, as a host name is.
    const plain: Peer = 'symbolic' in peer ? { hostName: peer.symbolic } : peer;
    return port === undefined
      ? acceptsSomePort(g, direction, plain)
      : accepts(g, direction, plain, port);
  };
  if (!('symbolic' in peer) && !hasSymbolicRule(group))
    return { answer: check(group) ? 'yes' : 'no' };
  const values = new Set<string>('symbolic' in peer ? [peer.symbolic] : []);
  if (check(boundingGroup(group, direction, peer, false, values))) return { answer: 'yes' };
  if (!check(boundingGroup(group, direction, peer, true, values))) return { answer: 'no' };
  return { answer: 'maybe', values: [...values] };
}
