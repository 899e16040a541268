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
      const rg = pair.rg!;
      context.report({
        pairsOf: pair.task,
        node: rg.node,
        pointer: rg.pointer,
        scenario: 5,
        message:
          `Old-version resource group '${rg.id}' reaches data source '${pair.ds?.id}' over the Internet with its EIP, but has no "eip". ` +
          'Read it in the DataWorks console (Resource Groups → Exclusive Resource Groups → Details → EIPAddress) and add it here and to the whitelist of the data source.',
        related: pairRelated(pair),
      });
    }
  },
};
