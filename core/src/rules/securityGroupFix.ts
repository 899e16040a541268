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
import { localizer, type Localizer } from '../l10n';

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

function portsText([from, to]: readonly [number, number], l10n: Localizer): string {
  if (from === 1 && to === 65535) return l10n.t('sg.ports.all');
  return from === to
    ? l10n.t('sg.ports.one', { port: from })
    : l10n.t('sg.ports.range', { from, to });
}

function neededPortsText(ports: string, l10n: Localizer): string {
  return ports === '1-65535' ? l10n.t('sg.ports.all') : l10n.t('sg.ports.one', { port: ports });
}

/** `rule 0 (drop 0.0.0.0/0, port 3306, priority 1)`; `rule 2 (accept UDP 10.0.0.0/8, …)`. */
export function ruleText(rule: SecurityGroupRule, l10n: Localizer = localizer()): string {
  return l10n.t('sg.ruleText', {
    index: rule.index,
    policy: rule.policy === 'drop' ? l10n.t('sg.policy.drop') : l10n.t('sg.policy.accept'),
    protocol: rule.protocol,
    protocolName: l10n.t('sg.protocol', { protocol: rule.protocol }),
    cidr: rule.cidr?.value ?? l10n.t('sg.noCidr'),
    ports: portsText(rule.ports, l10n),
    priority: rule.priority,
  });
}

function listOf(rules: readonly SecurityGroupRule[], l10n: Localizer): string {
  const named = rules.slice(0, MAX_NAMED).map((rule) => ruleText(rule, l10n));
  if (rules.length > MAX_NAMED) named.push(l10n.t('sg.more', { count: rules.length - MAX_NAMED }));
  // Never empty: callers list the rules that decide.
  const last = named.pop() ?? '';
  return named.length > 0 ? l10n.t('list.and', { first: l10n.list(named), last }) : last;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function defaultText(
  group: SecurityGroup,
  direction: 'ingress' | 'egress',
  l10n: Localizer,
): string {
  return l10n.t('sg.default', { type: group.type ?? 'basic', direction });
}

/** Accept rules for UDP, ICMP or GRE that would have matched: "rule 2 accepts UDP only". */
function otherProtocolText(rules: readonly SecurityGroupRule[], l10n: Localizer): string {
  const protocols = [...new Set(rules.map((rule) => rule.protocol))].map((protocol) =>
    l10n.t('sg.protocol', { protocol }),
  );
  return l10n.t('sg.why.otherProtocol', {
    rules: capitalised(listOf(rules, l10n)),
    count: rules.length,
    protocols: l10n.list(protocols),
  });
}

function why(need: SecurityGroupNeed, found: Denial, l10n: Localizer): string {
  const reasons = decidingText(need, found, l10n);
  return found.otherProtocol.length === 0
    ? reasons
    : reasons + l10n.t('sg.why.separator') + otherProtocolText(found.otherProtocol, l10n);
}

function decidingText(need: SecurityGroupNeed, found: Denial, l10n: Localizer): string {
  const { drops, outranked, implicit } = found;
  const fallback = defaultText(need.group, need.direction, l10n);
  if (drops.length === 0) return l10n.t('sg.why.none', { default: fallback });
  const parts = [
    l10n.t('sg.why.decides', { rules: capitalised(listOf(drops, l10n)), count: drops.length }),
  ];
  if (outranked.length > 0)
    parts.push(
      l10n.t('sg.why.outranked', {
        rules: capitalised(listOf(outranked, l10n)),
        count: outranked.length,
        drops: drops.length,
      }),
    );
  if (implicit) parts.push(l10n.t('sg.why.implicit', { cidr: need.cidr, default: fallback }));
  return parts.join(l10n.t('sg.why.separator'));
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

function addTitle(
  need: SecurityGroupNeed,
  priority: number,
  above: SecurityGroupRule | undefined,
  l10n: Localizer,
): string {
  return l10n.t('sg.addTitle', {
    direction: need.direction,
    cidr: need.cidr,
    ports: neededPortsText(need.ports, l10n),
    sg: need.group.id,
    priority,
    above: above ? above.index : 'none',
  });
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
export function securityGroupVerdict(
  need: SecurityGroupNeed,
  l10n: Localizer = localizer(),
): SecurityGroupVerdict {
  const found: Denial = need.denial ?? {
    port: 0,
    drops: [],
    implicit: true,
    outranked: [],
    otherProtocol: [],
  };
  const parsed = parseCidr(need.cidr, true);
  const needed = parsed.ok ? parsed.range : undefined;
  const knownAfterApply = !parsed.ok && parsed.problem === 'symbolic';
  // Only 0.0.0.0/0 matches a data source known by its host name: offered, never preferred.
  const open = needed?.prefix === 0;
  const rulesPath = ['securityGroups', need.group.id, 'rules'];
  const append = (priority: number): FixOperation => ({
    op: 'append',
    path: rulesPath,
    value: acceptRule(need, priority),
  });
  const sentence = l10n.t('sg.sentence', {
    direction: need.direction,
    cidr: need.cidr,
    ports: neededPortsText(need.ports, l10n),
  });
  // The analysis always gives a CIDR block; without one, no drop rule can be judged.
  const priority = needed
    ? acceptPriorityAbove(found, needed)
    : found.drops.length === 0
      ? 1
      : undefined;

  if (priority !== undefined) {
    const highest = found.drops[0];
    return {
      why: why(need, found, l10n),
      advice: l10n.t('sg.advice.add', {
        sentence,
        priority,
        above: highest ? highest.index : 'none',
        open: open ? 'yes' : 'no',
      }),
      fixes: [
        {
          title: addTitle(need, priority, highest, l10n),
          // A value known only after apply (`${origin}`) is added as itself: exactly the need.
          isPreferred: !open && (needed !== undefined || knownAfterApply),
          operations: [append(priority)],
        },
      ],
    };
  }

  // A drop rule at priority 1, or one aimed at the source: a decision someone made.
  const highest = found.drops[0];
  if (!highest) return { why: why(need, found, l10n), advice: '', fixes: [] };
  const aimed = needed ? found.drops.filter((rule) => aimedAt(rule, needed)) : [];
  const advice =
    aimed.length > 0
      ? l10n.t('sg.advice.aimed', {
          who:
            aimed.length === found.drops.length
              ? aimed.length > 1
                ? 'allMany'
                : 'allOne'
              : 'some',
          rules: capitalised(listOf(aimed, l10n)),
          count: aimed.length,
          cidr: need.cidr,
        })
      : l10n.t('sg.advice.priority1', { index: highest.index });
  let fix: FixDescriptor;
  if (highest.priority <= 1) {
    // Lowered to 2, the drop rules lose to an accept rule at priority 1 for this traffic:
    // one already there when it covers the whole need, else a new one.
    const lowered = found.drops.filter((rule) => rule.priority <= 1);
    const standing = needed && found.outranked.find((rule) => covers(rule, needed, found.port));
    const names = lowered.map((r) => r.index).join(', ');
    fix = {
      title: l10n.t('sg.fix.lower', {
        names,
        sg: need.group.id,
        from: highest.priority,
        standing: standing ? standing.index : 'none',
        sentence,
      }),
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
      title: l10n.t('sg.fix.override', {
        names: overridden.map((r) => r.index).join(', '),
        sg: need.group.id,
        sentence,
        priority: highest.priority - 1,
      }),
      isPreferred: false,
      operations: [append(highest.priority - 1)],
    };
  }
  return { why: why(need, found, l10n), advice, fixes: [fix] };
}
