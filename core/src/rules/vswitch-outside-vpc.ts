// A vSwitch's CIDR block must lie inside its VPC's CIDR block.
import { contains } from '../cidr';
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
      const vpcCidrValue = vpc.cidr;
      const vpcCidr = vpcCidrValue?.parsed;
      if (!vpcCidrValue || !vpcCidr?.ok) continue;
      for (const sw of vpc.vSwitches.values()) {
        const parsed = sw.cidr?.parsed;
        if (!sw.cidr || !parsed?.ok || contains(vpcCidr.range, parsed.range)) continue;
        context.report({
          node: sw.cidr.node,
          pointer: sw.cidr.pointer,
          message: context.l10n.t('vswitch-outside-vpc.message', {
            cidr: sw.cidr.value,
            vSwitch: sw.id,
            vpcCidr: vpc.cidr?.value ?? '',
            vpc: vpc.id,
          }),
          related: [
            {
              message: context.l10n.t('related.vpcCidr', { vpc: vpc.id }),
              node: vpcCidrValue.node,
              pointer: vpcCidrValue.pointer,
            },
          ],
        });
      }
    }
  },
};
