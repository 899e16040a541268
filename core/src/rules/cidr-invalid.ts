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
        message: needsPrefix
          ? `'${field.value.value}' is not a CIDR block: the ${field.label} needs a prefix length, for example '${field.value.value}/24'.`
          : `'${field.value.value}' is not a valid IPv4 CIDR block (${field.label}); write it as a.b.c.d/n, for example 10.0.1.0/24.`,
      });
    }
  },
};
