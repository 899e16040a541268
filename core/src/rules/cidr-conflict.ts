// Networks joined by one connection must not overlap: overlapping CIDR blocks conflict in routing.
import { networkBlocks } from '../analysis/topology';
import { overlaps, type Ipv4Range } from '../cidr';
import type { StringValue } from '../model';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'cidr-conflict',
    description: 'Two members of one connection have overlapping CIDR blocks.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    const { topology } = context;
    for (const connection of context.model.connections.byId.values()) {
      const members: { id: string; member: StringValue; ranges: Ipv4Range[]; text: string }[] = [];
      for (const member of connection.members) {
        const network = topology.network(member.value);
        if (!network || members.some((m) => m.id === member.value)) continue;
        members.push({ id: member.value, member, ...networkBlocks(network) });
      }
      // Connections join a handful of networks, so comparing members pairwise stays cheap.
      for (const [j, later] of members.entries()) {
        const earlier = members
          .slice(0, j)
          .find((m) => m.ranges.some((a) => later.ranges.some((b) => overlaps(a, b))));
        if (!earlier) continue;
        context.report({
          node: later.member.node,
          pointer: later.member.pointer,
          message: context.l10n.t('cidr-conflict.message', {
            later: later.id,
            laterCidrs: later.text,
            earlier: earlier.id,
            earlierCidrs: earlier.text,
            connection: connection.id,
          }),
          related: [
            {
              message: context.l10n.t('related.member', { member: earlier.id }),
              node: earlier.member.node,
              pointer: earlier.member.pointer,
            },
          ],
        });
      }
    }
  },
};
