// dwnet checks IPv4 topologies; IPv6 values are reported instead of being misread.
import type { AddressField } from '../analysis/addresses';
import { irregularAddresses } from './items';
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
    const fields = irregularAddresses(context.addresses());
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      const parsed = field.value.parsed;
      if (parsed.ok || parsed.problem !== 'ipv6') continue;
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t('ipv6-unsupported.message', {
          value: field.value.value,
          label: context.l10n.t(field.label.key, field.label.params),
        }),
      });
    }
  },
};
