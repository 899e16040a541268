// `10.0.1.5/24` means the network 10.0.1.0/24; writing the host part hides typos.
import { pathOf } from '../parse';
import type { AddressField } from '../analysis/addresses';
import { irregularAddresses } from './items';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'cidr-host-bits',
    description: 'A CIDR block has bits set beyond its prefix length.',
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const fields = irregularAddresses(context.addresses());
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      if (field.kind !== 'cidr' || !field.value.parsed.ok || !field.value.parsed.hostBits) continue;
      const network = field.value.parsed.network;
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t('cidr-host-bits.message', {
          value: field.value.value,
          label: context.l10n.t(field.label.key, field.label.params),
          network,
        }),
        fixes: [
          {
            title: context.l10n.t('fix.replaceWith', { value: network }),
            isPreferred: true,
            operations: [{ op: 'set', path: pathOf(field.value.node), value: network }],
          },
        ],
      });
    }
  },
};
