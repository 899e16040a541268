// Networks joined by one connection must not overlap: overlapping CIDR blocks conflict in
// routing. Nor may a VPC's own blocks: Alibaba Cloud refuses a secondary CIDR block that
// overlaps the VPC's CIDR block or another of its secondary blocks.
import { networkBlocks, type Topology } from '../analysis/topology';
import { overlaps, type Ipv4Range } from '../cidr';
import { vpcBlocks, vpcRanges } from '../analysis/vpcSpace';
import type { Connection, StringValue, Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

/** Each secondary block of a VPC that overlaps an earlier block of the same VPC. */
function ownBlocksOverlap(context: RuleContext): void {
  // A module-level callback given the context as `this`, not a closure made per check: V8
  // keeps a function's optimised code only while one of its closures lives.
  context.model.vpcs.byId.forEach(ownBlocksOfVpc, context);
}

function ownBlocksOfVpc(this: RuleContext, vpc: Vpc): void {
  if (vpc.secondaryCidrs.length > 0) reportOwnOverlaps(this, vpc);
}

function reportOwnOverlaps(context: RuleContext, vpc: Vpc): void {
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
    // Nearly no connection joins overlapping networks: each is first asked so from each
    // network's ranges, read once per check, and only one that does is looked at again. A
    // loop by slot and functions given the state, no closure made per check (V8 keeps a
    // function's optimised code only while one of its closures lives).
    const rangesById = new Map<string, readonly Ipv4Range[] | undefined>();
    const connections = context.model.connections;
    for (let slot = 0; slot < connections.count; slot++) {
      const connection = connections.at(slot);
      if (membersOverlap(connection.members, topology, rangesById))
        reportConflicts(context, connection);
    }
  },
};

/** The ranges of the network `id` names, read once per check into `rangesById`. */
function rangesOf(
  id: string,
  topology: Topology,
  rangesById: Map<string, readonly Ipv4Range[] | undefined>,
): readonly Ipv4Range[] | undefined {
  let ranges = rangesById.get(id);
  if (!ranges) {
    const network = topology.network(id);
    if (!network) return undefined;
    // A VPC's ranges are kept per VPC (vpcSpace.ts): the pairs have read most already.
    ranges = network.kind === 'vpc' ? vpcRanges(network.vpc) : networkBlocks(network).ranges;
    rangesById.set(id, ranges);
  }
  return ranges;
}

/** Whether two members with different ids name networks whose blocks overlap. */
function membersOverlap(
  members: readonly StringValue[],
  topology: Topology,
  rangesById: Map<string, readonly Ipv4Range[] | undefined>,
): boolean {
  for (let j = 1; j < members.length; j++) {
    const later = members[j] as StringValue;
    const laterRanges = rangesOf(later.value, topology, rangesById);
    if (!laterRanges) continue;
    for (let i = 0; i < j; i++) {
      const earlier = members[i] as StringValue;
      if (earlier.value === later.value) continue;
      const earlierRanges = rangesOf(earlier.value, topology, rangesById);
      if (earlierRanges && someRangesOverlap(earlierRanges, laterRanges)) return true;
    }
  }
  return false;
}

function someRangesOverlap(a: readonly Ipv4Range[], b: readonly Ipv4Range[]): boolean {
  for (let i = 0; i < a.length; i++)
    for (let k = 0; k < b.length; k++)
      if (overlaps(a[i] as Ipv4Range, b[k] as Ipv4Range)) return true;
  return false;
}

/** The findings of a connection whose members overlap. */
function reportConflicts(context: RuleContext, connection: Connection): void {
  const { topology } = context;
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
