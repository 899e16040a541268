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
    for (const vpc of context.model.vpcs.byId.values()) {
      for (const gw of vpc.natGateways.values()) {
        if (gw.eips.length > 0) continue;
        context.report({
          node: gw.node,
          pointer: gw.pointer,
          message: `NAT gateway '${gw.id}' of VPC '${vpc.id}' has no EIP: associate an elastic IP address with it (VPC console → Internet NAT gateway) and list it in "eips".`,
        });
      }
    }
  },
};
