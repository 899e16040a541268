// "... associate the Internet NAT gateway with an elastic IP address (EIP)": a NAT
// gateway without an EIP gives no Internet access.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'nat-no-eip',
    description: 'A NAT gateway has no EIP.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` over the VPCs: no iterator result per VPC in a cold check.
    context.model.vpcs.byId.forEach((vpc) => {
      for (const gw of vpc.natGateways.values()) {
        if (gw.eips.length > 0) continue;
        context.report({
          node: gw.node,
          pointer: gw.pointer,
          message: context.l10n.t('nat-no-eip.message', { nat: gw.id, vpc: vpc.id }),
        });
      }
    });
  },
};
