// "If your resource group needs to access the business that is deployed on an ECS
// instance, you must also configure a security group to allow access to the business
// from the CIDR block of the vSwitch ... or the public IP address ..."
import { missingSteps, pairRelated, type Rule } from './rule';
import { securityGroupVerdict } from './securityGroupFix';

export const rule: Rule = {
  meta: {
    code: 'ds-sg-ingress-missing',
    description:
      "The security group of a data source on ECS does not allow the resource group's vSwitch CIDR block or EIP on the data source's port.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'ds-sg-ingress-missing')) {
      const group = step.securityGroup;
      const needed = step.needed;
      const cidr = needed.includes('/') ? needed : `${needed}/32`;
      const verdict = securityGroupVerdict(
        {
          group,
          direction: 'ingress',
          cidr,
          ports: String(step.port),
          denial: step.denial,
        },
        context.l10n,
      );
      context.report({
        taskOf: pair,
        node: group.node,
        pointer: group.pointer,
        scenario: pair.scenario,
        message: context.l10n.t('ds-sg-ingress-missing.message', {
          sg: group.id,
          ds: pair.ds?.id ?? '',
          needed,
          rg: pair.rg?.id ?? '',
          port: step.port ?? '',
          why: verdict.why,
          advice: verdict.advice,
        }),
        related: pairRelated(pair, context.l10n),
        fixes: verdict.fixes,
      });
    }
  },
};
