// A VPC's CIDR blocks (the primary and each secondary one) must have a prefix length from
// /8 to /28.
import { vpcBlocks } from '../analysis/vpcSpace';
import type { CidrValue, Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vpc-cidr-mask',
    description: "A VPC's CIDR block has a prefix length outside /8–/28.",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` and an index loop: no iterator result per VPC or block in a cold check; a
    // module-level callback given the context as `this`, not a closure made per check (V8
    // keeps a function's optimised code only while one of its closures lives).
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  const blocks = vpcBlocks(vpc);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as CidrValue;
    const parsed = block.parsed;
    if (!parsed.ok || (parsed.range.prefix >= 8 && parsed.range.prefix <= 28)) continue;
    this.report({
      node: block.node,
      pointer: block.pointer,
      message: this.l10n.t('vpc-cidr-mask.message', {
        cidr: block.value,
        vpc: vpc.id,
        prefix: parsed.range.prefix,
      }),
    });
  }
}
