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
      const node = ds.whitelistNode;
      // A list of n elements takes at least 2n + 1 characters (`[0,0]`): a shorter one is
      // within the limit without listing its elements (a view per element, kept by the tree).
      if (!node || node.length < 2 * WHITELIST_LIMIT + 3) return;
      const count = node.children?.length ?? 0;
      if (count <= WHITELIST_LIMIT) return;
      context.report({
        node,
        pointer: `${ds.pointer}/whitelist`,
        message: context.l10n.t('whitelist-too-long.message', { ds: ds.id, count }),
      });
    },
  }),
};
