// The vSwitches of one VPC must not overlap (sorted sweep, no pairwise loop).
import { findOverlaps, type Interval } from '../cidr';
import type { CidrValue, VSwitch } from '../model';
import type { Rule } from './rule';

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
    for (const vpc of context.model.vpcs.byId.values()) {
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
  },
};

function hasCidr(sw: VSwitch): sw is VSwitch & { cidr: CidrValue } {
  return sw.cidr !== undefined;
}
