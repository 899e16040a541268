// Step 2 of the reference document: the data source's IP address whitelist must
// allow the vSwitch CIDR block (VPC access) or the EIP (Internet access).
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'whitelist-missing',
    description:
      "The data source's IP address whitelist does not contain the resource group's vSwitch CIDR block or EIP.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'whitelist-missing')) {
      const ds = pair.ds!;
      if (!ds.whitelistNode || !step.needed) continue;
      const origin = !pair.overInternet
        ? `the CIDR block ${step.needed} of vSwitch '${step.vSwitch?.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}')`
        : pair.natGateway
          ? `the EIP ${step.needed} that NAT gateway '${pair.natGateway.id}' uses for resource group '${pair.rg?.id}'`
          : `the EIP ${step.needed} of resource group '${pair.rg?.id}'`;
      context.report({
        pairsOf: pair.task,
        node: ds.whitelistNode,
        pointer: `${ds.pointer}/whitelist`,
        scenario: pair.scenario,
        message: `The IP address whitelist of data source '${ds.id}' does not allow ${origin}. Add '${step.needed}'.`,
        related: pairRelated(pair),
        fixes: [
          {
            title: `Add '${step.needed}' to the whitelist of '${ds.id}'`,
            isPreferred: true,
            operations: [
              { op: 'append', path: ['dataSources', ds.id, 'whitelist'], value: step.needed },
            ],
          },
        ],
      });
    }
  },
};
