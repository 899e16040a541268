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
      const rg = pair.rg;
      const ds = pair.ds;
      const bindTo = step.bindTo;
      const { l10n } = context;
      const bind = bindTo
        ? bindTo.vSwitch
          ? l10n.t('vpc-not-associated.bindVSwitch', {
              vpc: bindTo.vpc.id,
              vSwitch: bindTo.vSwitch.id,
            })
          : l10n.t('vpc-not-associated.bindVpc', { vpc: bindTo.vpc.id })
        : l10n.t('vpc-not-associated.bindAny');
      const params = {
        rg: rg.id,
        ds: ds.id,
        vpc: ds.network?.type === 'vpc' ? (ds.network.vpc?.value ?? '') : '',
        dataCenter: ds.network?.type === 'dataCenter' ? (ds.network.dataCenter?.value ?? '') : '',
        bind,
      };
      context.report({
        taskOf: pair,
        node: rg.bindingsNode ?? rg.node,
        pointer: `${rg.pointer}/vpcBindings`,
        scenario: pair.scenario,
        message: l10n.t(
          ds.network?.type === 'vpc'
            ? 'vpc-not-associated.vpc'
            : ds.network?.type === 'internet'
              ? 'vpc-not-associated.internet'
              : 'vpc-not-associated.dataCenter',
          params,
        ),
        related: pairRelated(pair, l10n),
        fixes:
          bindTo?.vSwitch !== undefined
            ? [
                {
                  title: l10n.t('vpc-not-associated.fix', {
                    rg: rg.id,
                    vpc: bindTo.vpc.id,
                    vSwitch: bindTo.vSwitch.id,
                  }),
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
