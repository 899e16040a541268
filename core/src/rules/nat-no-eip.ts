// "... associate the Internet NAT gateway with an elastic IP address (EIP)": a NAT
// gateway without an EIP gives no Internet access.
import type { Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

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
    // `forEach` over the VPCs: no iterator result per VPC in a cold check. The callback is a
    // module-level function given the context as `this`, not a closure made per check: V8
    // keeps a function's optimised code only while one of its closures lives.
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  for (const gw of vpc.natGateways.values()) {
    if (gw.eips.length > 0) continue;
    this.report({
      node: gw.node,
      pointer: gw.pointer,
      message: this.l10n.t('nat-no-eip.message', { nat: gw.id, vpc: vpc.id }),
    });
  }
}
