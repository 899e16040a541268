// Scenario 1: "Associate the resource group with the VPC in which the data source is deployed."
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vpc-not-associated',
    description:
      "The resource group is not associated with the data source's VPC, nor with a VPC connected to it.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'vpc-not-associated')) {
      const rg = pair.rg!;
      const ds = pair.ds!;
      const bindTo = step.bindTo;
      const where =
        ds.network?.type === 'vpc'
          ? `VPC '${ds.network.vpc?.value}' in which data source '${ds.id}' is deployed, nor with a VPC connected to it`
          : ds.network?.type === 'internet'
            ? `any VPC, so it cannot reach data source '${ds.id}' on the Internet through a NAT gateway`
            : `a VPC connected to data center '${ds.network?.dataCenter?.value}' of data source '${ds.id}'`;
      context.report({
        pairsOf: pair.task,
        node: rg.bindingsNode ?? rg.node,
        pointer: `${rg.pointer}/vpcBindings`,
        scenario: pair.scenario,
        message:
          `Resource group '${rg.id}' is not associated with ${where}. ` +
          (bindTo
            ? `Associate it with VPC '${bindTo.vpc.id}'${bindTo.vSwitch ? ` (vSwitch '${bindTo.vSwitch.id}')` : ''}.`
            : 'Associate it with a VPC of its region.'),
        related: pairRelated(pair),
        fixes:
          bindTo?.vSwitch !== undefined
            ? [
                {
                  title: `Associate '${rg.id}' with VPC '${bindTo.vpc.id}' (vSwitch '${bindTo.vSwitch.id}')`,
                  isPreferred: true,
                  operations: [
                    {
                      op: 'append',
                      path: ['resourceGroups', rg.id, 'vpcBindings'],
                      value: { vpc: bindTo.vpc.id, vSwitch: bindTo.vSwitch.id },
                    },
                  ],
                },
              ]
            : [],
      });
    }
  },
};
