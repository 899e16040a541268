// A vSwitch's CIDR block must lie inside its VPC's address space: its CIDR block or one of
// its secondary CIDR blocks.
import { validVpcBlocks, vpcBlockValues, vpcHolds, vpcSpaceKnown } from '../analysis/vpcSpace';
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
    for (const vpc of context.model.vpcs.byId.values()) {
      const blocks = validVpcBlocks(vpc);
      const [first] = blocks;
      if (!first || !vpcSpaceKnown(vpc)) continue;
      for (const sw of vpc.vSwitches.values()) {
        const parsed = sw.cidr?.parsed;
        if (!sw.cidr || !parsed?.ok || vpcHolds(vpc, parsed.range)) continue;
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
      }
    }
  },
};
