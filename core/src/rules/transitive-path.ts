// Routes are not propagated across connections by default: a VPC that reaches the data
// source's network only through two or more connections is not connected for DataWorks.
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import { pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'transitive-path',
    description:
      "The resource group's VPC reaches the data source's network only through two or more connections.",
    defaultSeverity: 'warning',
    fixable: false,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    // Only a pair that does not connect is reported.
    const pairs = pairSubsetsOf(context.connectivity()).failing;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      const transitive = pair.transitive;
      const network = pair.ds?.network;
      if (!transitive || !network || pair.ok) continue;
      const target =
        network.type === 'vpc'
          ? context.l10n.t('target.vpc', { id: network.vpc?.value ?? '' })
          : context.l10n.t('target.dataCenter', { id: network.dataCenter?.value ?? '' });
      context.report({
        taskOf: pair,
        node: network.node,
        pointer: network.pointer,
        scenario: pair.scenario,
        message: context.l10n.t('transitive-path.message', {
          vpc: transitive.vpc.id,
          index: transitive.binding.index,
          rg: pair.rg?.id ?? '',
          target,
          ds: pair.ds?.id ?? '',
          hops: transitive.hops,
        }),
        related: pairRelated(pair, context.l10n),
      });
    }
  },
};
