// dwnet checks IPv4 topologies; IPv6 values are reported instead of being misread.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'ipv6-unsupported',
    description: 'An IPv6 address or CIDR block is used; dwnet checks IPv4 only.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    for (const field of context.addresses()) {
      const parsed = field.value.parsed;
      if (parsed.ok || parsed.problem !== 'ipv6') continue;
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: `'${field.value.value}' is an IPv6 value (${field.label}): dwnet checks IPv4 networks only. Use the IPv4 CIDR block or address.`,
      });
    }
  },
};
