// An IP address whitelist holds at most 1,000 entries.
import type { Rule } from './rule';

export const WHITELIST_LIMIT = 1000;

export const rule: Rule = {
  meta: {
    code: 'whitelist-too-long',
    description: 'A whitelist has more than 1,000 entries.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  visit: (context) => ({
    dataSource(ds) {
      if (!context.inScope(ds)) return;
      // The model counts the elements (in the rows): the node is made only for a finding.
      const count = ds.whitelistLength;
      if (count === undefined || count <= WHITELIST_LIMIT) return;
      const node = ds.whitelistNode;
      if (!node) return;
      context.report({
        node,
        pointer: `${ds.pointer}/whitelist`,
        message: context.l10n.t('whitelist-too-long.message', { ds: ds.id, count }),
      });
    },
  }),
};
