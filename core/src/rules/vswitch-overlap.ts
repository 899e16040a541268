// The vSwitches of one VPC must not overlap (sorted sweep, no pairwise loop).
import { findOverlaps, type Interval } from '../cidr';
import type { CidrValue, Vpc, VSwitch } from '../model';
import type { Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vswitch-overlap',
    description: 'Two vSwitches of the same VPC have overlapping CIDR blocks.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // Module-level callbacks given the context as `this`, not closures made per check: V8
    // keeps a function's optimised code only while one of its closures lives.
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

/**
 * The bounds of one VPC's vSwitches' blocks (start and end of each, in turn), one list
 * reused for every VPC of every check: nearly no VPC has overlapping vSwitches, so each is
 * first asked so without an object made (compared pairwise: a VPC has a handful of
 * vSwitches), and only one that has some is swept.
 */
const bounds: number[] = [];

function checkVpc(this: RuleContext, vpc: Vpc): void {
  bounds.length = 0;
  vpc.vSwitches.forEach(boundsOf);
  if (bounds.length > 2 * PAIRWISE_AT_MOST || someOverlap(bounds)) reportOverlaps(this, vpc);
}

function boundsOf(sw: VSwitch): void {
  const parsed = sw.cidr?.parsed;
  if (parsed?.ok) bounds.push(parsed.range.start, parsed.range.end);
}

/** Above this many vSwitches a VPC is swept without the pairwise test. */
const PAIRWISE_AT_MOST = 64;

/** Whether two of the ranges (start and end of each, in turn) overlap. */
function someOverlap(bounds: readonly number[]): boolean {
  for (let a = 0; a < bounds.length; a += 2)
    for (let b = a + 2; b < bounds.length; b += 2)
      if (
        (bounds[a] as number) <= (bounds[b + 1] as number) &&
        (bounds[b] as number) <= (bounds[a + 1] as number)
      )
        return true;
  return false;
}

function reportOverlaps(context: RuleContext, vpc: Vpc): void {
  const intervals: Interval<VSwitch & { cidr: CidrValue }>[] = [];
  for (const sw of vpc.vSwitches.values()) {
    const parsed = sw.cidr?.parsed;
    if (hasCidr(sw) && parsed?.ok) intervals.push({ range: parsed.range, item: sw });
  }
  for (const { later, earlier } of findOverlaps(intervals)) {
    context.report({
      node: later.cidr.node,
      pointer: later.cidr.pointer,
      message: context.l10n.t('vswitch-overlap.message', {
        cidr: later.cidr.value,
        vSwitch: later.id,
        otherCidr: earlier.cidr.value,
        other: earlier.id,
        vpc: vpc.id,
      }),
      related: [
        {
          message: context.l10n.t('related.vSwitch', { vSwitch: earlier.id }),
          node: earlier.cidr.node,
          pointer: earlier.cidr.pointer,
        },
      ],
    });
  }
}

function hasCidr(sw: VSwitch): sw is VSwitch & { cidr: CidrValue } {
  return sw.cidr !== undefined;
}
