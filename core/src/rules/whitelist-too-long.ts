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
    const dataSources = context.model.dataSources;
    const lengths = context.model.columns.dataSources.whitelistLength;
    for (let i = 0, total = dataSources.count; i < total; i++) {
      // The columns first: a data source's object is made only for a finding.
      if ((lengths[i] as number) <= WHITELIST_LIMIT) continue;
      const ds = dataSources.at(i);
      // The model counts the elements (in the rows) of a long array only: the node is made
      // only for a finding.
      const count = ds.whitelistLengthOver(WHITELIST_LIMIT);
      if (count === undefined || !context.inScope(ds)) continue;
      const node = ds.whitelistNode;
      if (!node) continue;
      context.report({
        node,
        pointer: `${ds.pointer}/whitelist`,
        message: context.l10n.t('whitelist-too-long.message', { ds: ds.id, count }),
      });
    }
  },
};
