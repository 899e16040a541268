// A VPC may not use or contain 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16,
// in its CIDR block or in a secondary CIDR block.
import { vpcBlocks } from '../analysis/vpcSpace';
import { overlaps, RESERVED_VPC_RANGES } from '../cidr';
import type { CidrValue } from '../model';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vpc-cidr-reserved',
    description: "A VPC's CIDR block uses or contains a reserved range.",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` and index loops: no iterator result per VPC or block in a cold check, and no
    // list per block unless one overlaps a reserved range (nearly never).
    context.model.vpcs.byId.forEach((vpc) => {
      const blocks = vpcBlocks(vpc);
      for (let b = 0; b < blocks.length; b++) {
        const block = blocks[b] as CidrValue;
        const parsed = block.parsed;
        if (!parsed.ok || !RESERVED_VPC_RANGES.some((r) => overlaps(r.range, parsed.range)))
          continue;
        const reserved = RESERVED_VPC_RANGES.filter((r) => overlaps(r.range, parsed.range));
        context.report({
          node: block.node,
          pointer: block.pointer,
          message: context.l10n.t('vpc-cidr-reserved.message', {
            cidr: block.value,
            vpc: vpc.id,
            reserved: context.l10n.list(reserved.map((r) => r.cidr)),
          }),
        });
      }
    });
  },
};
