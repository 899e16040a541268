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
  visit: (context) => ({
    irregularAddress(field) {
      const parsed = field.value.parsed;
      if (parsed.ok || parsed.problem !== 'ipv6') return;
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t('ipv6-unsupported.message', {
          value: field.value.value,
          label: context.l10n.t(field.label.key, field.label.params),
        }),
      });
    },
  }),
};
