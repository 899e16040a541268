// A VPC's CIDR block must have a prefix length from /8 to /28.
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
    for (const vpc of context.model.vpcs.byId.values()) {
      const parsed = vpc.cidr?.parsed;
      if (!vpc.cidr || !parsed?.ok || (parsed.range.prefix >= 8 && parsed.range.prefix <= 28))
        continue;
      context.report({
        node: vpc.cidr.node,
        pointer: vpc.cidr.pointer,
        message: context.l10n.t('vpc-cidr-mask.message', {
          cidr: vpc.cidr.value,
          vpc: vpc.id,
          prefix: parsed.range.prefix,
        }),
      });
    }
  },
};
