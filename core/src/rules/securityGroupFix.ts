// Builds the quick fix that makes a security group accept some traffic: an accept
// rule at the highest priority, after removing any priority-1 drop rule that would
// still beat it (drop wins at equal priority).
import { overlaps, parseCidr } from '../cidr';
import type { SecurityGroup } from '../model';
import { pathOf } from '../parse';
import type { FixDescriptor, FixOperation } from '../types';

export function acceptRuleFix(
  group: SecurityGroup,
  direction: 'ingress' | 'egress',
  cidr: string,
  ports: string,
  port: number | undefined,
): FixDescriptor {
  const parsed = parseCidr(cidr, true);
  const operations: FixOperation[] = [];
  const blocking = group.rules
    // Its own path: the model's list skips rules that are not objects.
    .map((rule) => ({ rule, path: pathOf(rule.node) }))
    .filter(({ rule }) => {
      const r = rule.cidr?.parsed;
      return (
        rule.direction === direction &&
        rule.policy === 'drop' &&
        rule.priority <= 1 &&
        parsed.ok &&
        r?.ok === true &&
        overlaps(r.range, parsed.range) &&
        (port === undefined || (rule.ports[0] <= port && port <= rule.ports[1]))
      );
    });
  operations.push({
    op: 'append',
    path: ['securityGroups', group.id, 'rules'],
    value: { direction, cidr, ports, policy: 'accept', priority: 1 },
  });
  // Remove from the highest index down so earlier indices stay valid.
  for (const { path } of blocking.reverse()) operations.push({ op: 'remove', path });
  const verb = direction === 'egress' ? 'outbound' : 'inbound';
  const removal =
    blocking.length > 0
      ? ` (and remove ${blocking.length} blocking drop rule${blocking.length > 1 ? 's' : ''})`
      : '';
  return {
    title: `Add an ${direction} rule accepting ${verb} traffic ${direction === 'egress' ? 'to' : 'from'} ${cidr} on ${ports === '1-65535' ? 'all ports' : `port ${ports}`} to '${group.id}'${removal}`,
    isPreferred: true,
    operations,
  };
}
