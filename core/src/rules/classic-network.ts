// "Network connections cannot be established between a resource group and data sources
// that are deployed in the classic network."
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'classic-network',
    description:
      'The data source is deployed in the classic network, which resource groups cannot reach.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair } of missingSteps(context, 'classic-network')) {
      const ds = pair.ds;
      const network = ds.network;
      // Always set: the step is of a data source in the classic network.
      if (!network) continue;
      context.report({
        taskOf: pair,
        node: network.node,
        pointer: network.pointer,
        message: context.l10n.t('classic-network.message', { ds: ds.id }),
        related: pairRelated(pair, context.l10n),
      });
    }
  },
};
