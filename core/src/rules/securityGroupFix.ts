// What the three security group rules say and offer when a group refuses the traffic a
// pair needs (SPEC §4 "Fix safety"): the rules (or the default) that decide and why they
// win, and a quick fix that only adds an accept rule for exactly the needed source and
// port. A drop rule is never changed unattended: when one sits at priority 1 or is aimed
// at the source itself, the only fix offered is a non-preferred change of that rule.
import { contains, parseCidr, type Ipv4Range } from '../cidr';
import { acceptPriorityAbove, aimedAt, type Denial } from '../analysis/securityGroups';
import type { SecurityGroup, SecurityGroupRule } from '../model';
import { pathOf } from '../parse';
import type { FixDescriptor, FixOperation } from '../types';

export interface SecurityGroupNeed {
  group: SecurityGroup;
  direction: 'ingress' | 'egress';
  /** Exactly the source (ingress) or destination (egress) the pair needs. */
  cidr: string;
  /** `"3306"`, or `"1-65535"` when any port will do. */
  ports: string;
  /** What refuses the traffic; the analysis records it on the failing step. */
  denial: Denial | undefined;
}

export interface SecurityGroupVerdict {
  /** Which rule decides and why it wins, as sentences. */
  why: string;
  /** What to do, as a sentence. */
  advice: string;
  fixes: FixDescriptor[];
}

const MAX_NAMED = 3;

function portsText([from, to]: readonly [number, number]): string {
  if (from === 1 && to === 65535) return 'all ports';
  return from === to ? `port ${from}` : `ports ${from}-${to}`;
}

function neededPortsText(ports: string): string {
  return ports === '1-65535' ? 'all ports' : `port ${ports}`;
}

/** `rule 0 (drop 0.0.0.0/0, port 3306, priority 1)`. */
export function ruleText(rule: SecurityGroupRule): string {
  return `rule ${rule.index} (${rule.policy} ${rule.cidr?.value ?? 'without a CIDR block'}, ${portsText(rule.ports)}, priority ${rule.priority})`;
}

function listOf(rules: readonly SecurityGroupRule[]): string {
  const named = rules.slice(0, MAX_NAMED).map(ruleText);
  if (rules.length > MAX_NAMED) named.push(`${rules.length - MAX_NAMED} more`);
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]!;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function defaultText(group: SecurityGroup, direction: 'ingress' | 'egress'): string {
  return `${group.type === 'advanced' ? 'an advanced' : 'a basic'} security group denies ${direction === 'egress' ? 'outbound' : 'inbound'} traffic that no rule accepts`;
}

function why(need: SecurityGroupNeed, found: Denial): string {
  const { drops, outranked, implicit } = found;
  if (drops.length === 0)
    return `No rule accepts it, and ${defaultText(need.group, need.direction)}.`;
  const parts = [
    `${capitalised(listOf(drops))} ${drops.length > 1 ? 'decide' : 'decides'}: the matching rule with the highest priority wins (1 is the highest), and drop wins over accept at equal priority.`,
  ];
  if (outranked.length > 0)
    parts.push(
      `${capitalised(listOf(outranked))} ${outranked.length > 1 ? 'match' : 'matches'} too, but ${outranked.length > 1 ? 'lose' : 'loses'} to ${drops.length > 1 ? 'them' : 'it'}.`,
    );
  if (implicit)
    parts.push(
      `Other addresses of ${need.cidr} match no rule, and ${defaultText(need.group, need.direction)}.`,
    );
  return parts.join(' ');
}

function acceptRule(need: SecurityGroupNeed, priority: number) {
  return {
    direction: need.direction,
    cidr: need.cidr,
    ports: need.ports,
    policy: 'accept',
    priority,
  };
}

function addTitle(need: SecurityGroupNeed, priority: number): string {
  const toOrFrom = need.direction === 'egress' ? 'outbound traffic to' : 'inbound traffic from';
  return `Add an ${need.direction} rule accepting ${toOrFrom} ${need.cidr} on ${neededPortsText(need.ports)} to '${need.group.id}'${priority === 1 ? '' : ` at priority ${priority}`}`;
}

/** Whether an accept rule at priority 1 takes the whole need on `port` once no drop rule ties it. */
function covers(rule: SecurityGroupRule, needed: Ipv4Range, port: number): boolean {
  const parsed = rule.cidr?.parsed;
  return (
    rule.priority <= 1 &&
    parsed?.ok === true &&
    contains(parsed.range, needed) &&
    rule.ports[0] <= port &&
    port <= rule.ports[1]
  );
}

/** The reasons, the advice and the quick fixes for a security group that refuses `need`. */
export function securityGroupVerdict(need: SecurityGroupNeed): SecurityGroupVerdict {
  const found: Denial = need.denial ?? { port: 0, drops: [], implicit: true, outranked: [] };
  const parsed = parseCidr(need.cidr, true);
  const needed = parsed.ok ? parsed.range : undefined;
  // Only 0.0.0.0/0 matches a data source known by its host name: offered, never preferred.
  const open = needed?.prefix === 0;
  const rulesPath = ['securityGroups', need.group.id, 'rules'];
  const append = (priority: number): FixOperation => ({
    op: 'append',
    path: rulesPath,
    value: acceptRule(need, priority),
  });
  const sentence = `an ${need.direction} rule accepting ${need.cidr} on ${neededPortsText(need.ports)}`;
  // The analysis always gives a CIDR block; without one, no drop rule can be judged.
  const priority = needed
    ? acceptPriorityAbove(found, needed)
    : found.drops.length === 0
      ? 1
      : undefined;

  if (priority !== undefined) {
    const highest = found.drops[0];
    const above = highest ? `, one above rule ${highest.index}` : '';
    return {
      why: why(need, found),
      advice:
        `Add ${sentence}${priority === 1 ? '' : ` at priority ${priority}`}${above}.` +
        (open
          ? ` Only 0.0.0.0/0 matches a host name, so this is not applied unattended: give the data source's IP address to accept just that.`
          : ''),
      fixes: [
        {
          title: addTitle(need, priority) + (highest ? `, above rule ${highest.index}` : ''),
          isPreferred: !open && needed !== undefined,
          operations: [append(priority)],
        },
      ],
    };
  }

  // A drop rule at priority 1, or one aimed at the source: a decision someone made.
  const highest = found.drops[0];
  if (!highest) return { why: why(need, found), advice: '', fixes: [] };
  const aimed = needed ? found.drops.filter((rule) => aimedAt(rule, needed)) : [];
  const aimedNames = () =>
    aimed.length === found.drops.length
      ? aimed.length > 1
        ? 'These drop rules are'
        : 'That rule is'
      : `${capitalised(listOf(aimed))} ${aimed.length > 1 ? 'are' : 'is'}`;
  const advice =
    aimed.length > 0
      ? `${aimedNames()} aimed at ${need.cidr} itself: a decision about this traffic, not a gap, so no fix is applied unattended. Change ${aimed.length > 1 ? 'them' : 'it'} if the resource group must get through.`
      : `No accept rule can rank above a drop rule at priority 1, so no fix is applied unattended: lower the priority of rule ${highest.index} if the resource group must get through.`;
  let fix: FixDescriptor;
  if (highest.priority <= 1) {
    // Lowered to 2, the drop rules lose to an accept rule at priority 1 for this traffic:
    // one already there when it covers the whole need, else a new one.
    const lowered = found.drops.filter((rule) => rule.priority <= 1);
    const standing = needed && found.outranked.find((rule) => covers(rule, needed, found.port));
    const names = lowered.map((r) => r.index).join(', ');
    fix = {
      title:
        `Lower the priority of drop rule ${names} of '${need.group.id}' from ${highest.priority} to 2, ` +
        (standing ? `below accept rule ${standing.index}` : `and add ${sentence} at priority 1`),
      isPreferred: false,
      operations: [
        ...lowered.map((rule): FixOperation => ({
          op: 'set',
          path: [...pathOf(rule.node), 'priority'],
          value: 2,
        })),
        ...(standing ? [] : [append(1)]),
      ],
    };
  } else {
    const overridden = aimed.length > 0 ? aimed : [highest];
    fix = {
      title: `Override drop rule ${overridden.map((r) => r.index).join(', ')} of '${need.group.id}': add ${sentence} at priority ${highest.priority - 1}`,
      isPreferred: false,
      operations: [append(highest.priority - 1)],
    };
  }
  return { why: why(need, found), advice, fixes: [fix] };
}
