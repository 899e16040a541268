// A VPC's CIDR blocks (the primary and each secondary one) must have a prefix length from
// /8 to /28.
import { vpcBlocks } from '../analysis/vpcSpace';
import type { CidrValue } from '../model';
import type { Rule } from './rule';

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
    // `forEach` and an index loop: no iterator result per VPC or block in a cold check.
    context.model.vpcs.byId.forEach((vpc) => {
      const blocks = vpcBlocks(vpc);
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b] as CidrValue;
        const parsed = block.parsed;
        if (!parsed.ok || (parsed.range.prefix >= 8 && parsed.range.prefix <= 28)) continue;
        context.report({
          node: block.node,
          pointer: block.pointer,
          message: context.l10n.t('vpc-cidr-mask.message', {
            cidr: block.value,
            vpc: vpc.id,
            prefix: parsed.range.prefix,
          }),
        });
      }
    });
  },
};
