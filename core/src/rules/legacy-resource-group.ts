// "We recommend that you purchase a serverless resource group": a serverless group
// implements the core features of every old-version group.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'legacy-resource-group',
    description:
      'The resource group is an old-version (exclusive) group; the document recommends serverless groups.',
    defaultSeverity: 'information',
    fixable: false,
    category: 'connectivity',
  },
  reads: 'networks',
  check(context) {
    for (const rg of context.model.resourceGroups.byId.values()) {
      const type = rg.type;
      if (!type || type === 'serverless' || !rg.typeNode) continue;
      context.report({
        node: rg.typeNode,
        pointer: `${rg.pointer}/type`,
        // Worked out only for a finding that is shown (the cap per file drops the rest).
        describe: () => ({
          message: context.l10n.t('legacy-resource-group.message', { rg: rg.id, type }),
        }),
      });
    }
  },
};
