// A vSwitch's CIDR block must lie inside its VPC's address space: its CIDR block or one of
// its secondary CIDR blocks.
import { contains, type Ipv4Range } from '../cidr';
import {
  validVpcBlocks,
  vpcBlockValues,
  vpcHolds,
  vpcRanges,
  vpcSpaceKnown,
} from '../analysis/vpcSpace';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vswitch-outside-vpc',
    description: "A vSwitch's CIDR block is not inside its VPC's CIDR block.",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach`, not `for … of` over maps: no iterator result per vSwitch in a cold check.
    context.model.vpcs.byId.forEach((vpc) => {
      const blocks = validVpcBlocks(vpc);
      const first = blocks[0];
      if (!first || !vpcSpaceKnown(vpc)) return;
      const ranges = vpcRanges(vpc);
      vpc.vSwitches.forEach((sw) => {
        const parsed = sw.cidr?.parsed;
        // Nearly every vSwitch lies in one block of its VPC: asked first, without a callback.
        if (!sw.cidr || !parsed?.ok || inOneRange(ranges, parsed.range)) return;
        if (vpcHolds(vpc, parsed.range)) return;
        const params = { cidr: sw.cidr.value, vSwitch: sw.id, vpc: vpc.id };
        context.report({
          node: sw.cidr.node,
          pointer: sw.cidr.pointer,
          message:
            blocks.length > 1
              ? context.l10n.t('vswitch-outside-vpc.blocks', {
                  ...params,
                  vpcCidrs: context.l10n.list(vpcBlockValues(vpc)),
                })
              : context.l10n.t('vswitch-outside-vpc.message', {
                  ...params,
                  vpcCidr: first.value.value,
                }),
          related: blocks.map((block) => ({
            message: context.l10n.t('related.vpcCidr', { vpc: vpc.id }),
            node: block.value.node,
            pointer: block.value.pointer,
          })),
        });
      });
    });
  },
};

/** Whether one of `ranges` holds all of `range` (what `vpcHolds` asks first). */
function inOneRange(ranges: readonly Ipv4Range[], range: Ipv4Range): boolean {
  for (let i = 0; i < ranges.length; i++) if (contains(ranges[i] as Ipv4Range, range)) return true;
  return false;
}
