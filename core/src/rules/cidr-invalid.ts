// CIDR blocks must be IPv4 `a.b.c.d/n` (a bare address means /32 where single hosts are allowed).
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
    for (const field of context.addresses()) {
      if (
        field.kind !== 'cidr' ||
        field.value.parsed.ok ||
        field.value.parsed.problem !== 'invalid'
      )
        continue;
      const needsPrefix = /^\d{1,3}(\.\d{1,3}){3}$/.test(field.value.value);
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t(needsPrefix ? 'cidr-invalid.needsPrefix' : 'cidr-invalid.message', {
          value: field.value.value,
          label: context.l10n.t(field.label.key, field.label.params),
        }),
      });
    }
  },
};
