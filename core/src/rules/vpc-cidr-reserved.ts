// A VPC may not use or contain 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16,
// in its CIDR block or in a secondary CIDR block.
import { vpcBlocks } from '../analysis/vpcSpace';
import { overlaps, RESERVED_VPC_RANGES } from '../cidr';
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
    for (const vpc of context.model.vpcs.byId.values()) {
      for (const block of vpcBlocks(vpc)) {
        const parsed = block.parsed;
        if (!parsed.ok) continue;
        const reserved = RESERVED_VPC_RANGES.filter((r) => overlaps(r.range, parsed.range));
        if (reserved.length === 0) continue;
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
    }
  },
};
