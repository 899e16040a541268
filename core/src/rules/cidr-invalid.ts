// CIDR blocks must be IPv4 `a.b.c.d/n` (a bare address means /32 where single hosts are allowed),
// or, where the cloud assigns the block at apply time, a symbolic value `${origin}`.
import { looksSymbolic } from '../cidr';
import type { AddressField } from '../analysis/addresses';
import { irregularAddresses } from './items';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'cidr-invalid',
    description: 'A CIDR block is not a valid IPv4 CIDR block.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const fields = irregularAddresses(context.addresses());
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      if (field.kind !== 'cidr' || field.value.parsed.ok) continue;
      const { problem } = field.value.parsed;
      // A well-formed symbolic value is reported only where the block must be known.
      if (problem === 'ipv6' || (problem === 'symbolic' && !field.fixed)) continue;
      const text = field.value.value;
      const needsPrefix = /^\d{1,3}(\.\d{1,3}){3}$/.test(text);
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t(
          problem === 'symbolic'
            ? 'cidr-invalid.symbolicFixed'
            : looksSymbolic(text)
              ? 'cidr-invalid.symbolic'
              : needsPrefix
                ? 'cidr-invalid.needsPrefix'
                : 'cidr-invalid.message',
          { value: text, label: context.l10n.t(field.label.key, field.label.params) },
        ),
      });
    }
  },
};
