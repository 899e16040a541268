// Scenario 5, old-version groups: "EIPs are automatically associated with old-version
// resource groups" — the whitelist needs that EIP, so the topology must record it.
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'eip-missing',
    description:
      'An old-version resource group that reaches an Internet data source does not record its EIP.',
    defaultSeverity: 'error',
    scenario: 5,
    fixable: false,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair } of missingSteps(context, 'eip-missing')) {
      const rg = pair.rg;
      context.report({
        taskOf: pair,
        node: rg.node,
        pointer: rg.pointer,
        scenario: 5,
        message: context.l10n.t('eip-missing.message', { rg: rg.id, ds: pair.ds?.id ?? '' }),
        related: pairRelated(pair, context.l10n),
      });
    }
  },
};
