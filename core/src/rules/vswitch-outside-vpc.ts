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
import type { Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

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
    // `forEach`, not `for … of` over the VPCs: no iterator result per VPC in a cold check.
    // The callback is a module-level function given the context as `this`, not a closure
    // made per check (V8 keeps a function's optimised code only while one of its closures
    // lives).
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  const blocks = validVpcBlocks(vpc);
  const first = blocks[0];
  if (!first || !vpcSpaceKnown(vpc)) return;
  const ranges = vpcRanges(vpc);
  // `for … of`, not a callback made per VPC: a VPC has a handful of vSwitches.
  for (const sw of vpc.vSwitches.values()) {
    const parsed = sw.cidr?.parsed;
    // Nearly every vSwitch lies in one block of its VPC: asked first, without a callback.
    if (!sw.cidr || !parsed?.ok || inOneRange(ranges, parsed.range)) continue;
    if (vpcHolds(vpc, parsed.range)) continue;
    const params = { cidr: sw.cidr.value, vSwitch: sw.id, vpc: vpc.id };
    this.report({
      node: sw.cidr.node,
      pointer: sw.cidr.pointer,
      message:
        blocks.length > 1
          ? this.l10n.t('vswitch-outside-vpc.blocks', {
              ...params,
              vpcCidrs: this.l10n.list(vpcBlockValues(vpc)),
            })
          : this.l10n.t('vswitch-outside-vpc.message', {
              ...params,
              vpcCidr: first.value.value,
            }),
      related: blocks.map((block) => ({
        message: this.l10n.t('related.vpcCidr', { vpc: vpc.id }),
        node: block.value.node,
        pointer: block.value.pointer,
      })),
    });
  }
}

/** Whether one of `ranges` holds all of `range` (what `vpcHolds` asks first). */
function inOneRange(ranges: readonly Ipv4Range[], range: Ipv4Range): boolean {
  for (let i = 0; i < ranges.length; i++) if (contains(ranges[i] as Ipv4Range, range)) return true;
  return false;
}
