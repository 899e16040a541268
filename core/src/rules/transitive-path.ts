// Routes are not propagated across connections by default: a VPC that reaches the data
// source's network only through two or more connections is not connected for DataWorks.
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
    for (const pair of context.connectivity().pairs) {
      const transitive = pair.transitive;
      const network = pair.ds?.network;
      if (!transitive || !network || pair.ok) continue;
      const target =
        network.type === 'vpc'
          ? `VPC '${network.vpc?.value}'`
          : `data center '${network.dataCenter?.value}'`;
      context.report({
        pairsOf: pair.task,
        node: network.node,
        pointer: network.pointer,
        scenario: pair.scenario,
        message:
          `VPC '${transitive.vpc.id}' (binding ${transitive.binding.index} of resource group '${pair.rg?.id}') reaches ${target} of data source ` +
          `'${pair.ds?.id}' only through ${transitive.hops} connections; routes are not propagated across connections by default. ` +
          'Connect the two networks directly.',
        related: pairRelated(pair),
      });
    }
  },
};
