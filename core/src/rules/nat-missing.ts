// Scenario 5: "By default, serverless resource groups cannot access the Internet ...
// you must configure an NAT gateway for the VPC with which the resource group is associated."
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'nat-missing',
    description:
      'The VPC bound to a serverless resource group has no Internet NAT gateway for an Internet data source.',
    defaultSeverity: 'error',
    scenario: 5,
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'nat-missing')) {
      const binding = step.binding;
      const vpc = step.vpc;
      const vSwitch = step.vSwitch;
      let id = `ngw-${vpc.id}`;
      for (let n = 2; vpc.natGateways.has(id); n++) id = `ngw-${vpc.id}-${n}`;
      context.report({
        taskOf: pair,
        node: binding.node,
        pointer: binding.pointer,
        scenario: 5,
        message: context.l10n.t('nat-missing.message', {
          rg: pair.rg?.id ?? '',
          ds: pair.ds?.id ?? '',
          vpc: vpc.id,
          index: binding.index,
          where: vSwitch ? 'vSwitch' : 'none',
          vSwitch: vSwitch?.id ?? '',
        }),
        related: pairRelated(pair, context.l10n),
        fixes: vSwitch
          ? [
              {
                title: context.l10n.t('nat-missing.fix', {
                  nat: id,
                  vpc: vpc.id,
                  vSwitch: vSwitch.id,
                }),
                isPreferred: true,
                operations: [
                  {
                    op: 'set',
                    path: ['vpcs', vpc.id, 'natGateways', id],
                    value: { vSwitch: vSwitch.id, eips: [], snatEntries: [{ source: vSwitch.id }] },
                  },
                ],
              },
            ]
          : [],
      });
    }
  },
};
