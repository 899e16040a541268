// Networks joined by one connection must not overlap: overlapping CIDR blocks conflict in
// routing. Nor may a VPC's own blocks: Alibaba Cloud refuses a secondary CIDR block that
// overlaps the VPC's CIDR block or another of its secondary blocks.
import { networkBlocks } from '../analysis/topology';
import { overlaps, type Ipv4Range } from '../cidr';
import { vpcBlocks } from '../analysis/vpcSpace';
import type { StringValue } from '../model';
import type { Rule, RuleContext } from './rule';

/** Each secondary block of a VPC that overlaps an earlier block of the same VPC. */
function ownBlocksOverlap(context: RuleContext): void {
  for (const vpc of context.model.vpcs.byId.values()) {
    if (vpc.secondaryCidrs.length === 0) continue;
    const blocks = vpcBlocks(vpc);
    blocks.forEach((later, j) => {
      if (j === 0 && later === vpc.cidr) return;
      const laterParsed = later.parsed;
      if (!laterParsed.ok) return;
      const earlier = blocks
        .slice(0, j)
        .find((block) => block.parsed.ok && overlaps(block.parsed.range, laterParsed.range));
      if (!earlier) return;
      context.report({
        node: later.node,
        pointer: later.pointer,
        message: context.l10n.t('cidr-conflict.secondary', {
          cidr: later.value,
          vpc: vpc.id,
          other: earlier.value,
          which: earlier === vpc.cidr ? 'primary' : 'secondary',
        }),
        related: [
          {
            message: context.l10n.t('related.vpcCidr', { vpc: vpc.id }),
            node: earlier.node,
            pointer: earlier.pointer,
          },
        ],
      });
    });
  }
}

export const rule: Rule = {
  meta: {
    code: 'cidr-conflict',
    description:
      'Two members of one connection, or two CIDR blocks of one VPC, have overlapping CIDR blocks.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    ownBlocksOverlap(context);
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
