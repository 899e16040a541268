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
  check(context) {
    for (const ds of context.model.dataSources.byId.values()) {
      if (!context.inScope(ds)) continue;
      const count = ds.whitelistNode?.children?.length ?? 0;
      if (!ds.whitelistNode || count <= WHITELIST_LIMIT) continue;
      context.report({
        node: ds.whitelistNode,
        pointer: `${ds.pointer}/whitelist`,
        message: context.l10n.t('whitelist-too-long.message', { ds: ds.id, count }),
      });
    }
  },
};
