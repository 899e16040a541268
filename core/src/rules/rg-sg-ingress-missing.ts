// "Inbound rule: Add the CIDR block of the vSwitch with which the resource group is
// associated as the authorization object." (advanced security group note)
import { missingSteps, pairRelated, type Rule } from './rule';
import { securityGroupVerdict } from './securityGroupFix';

export const rule: Rule = {
  meta: {
    code: 'rg-sg-ingress-missing',
    description:
      "The advanced security group of the resource group's binding does not allow inbound traffic from its vSwitch CIDR block.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'rg-sg-ingress-missing')) {
      const group = step.securityGroup;
      const verdict = securityGroupVerdict(
        {
          group,
          direction: 'ingress',
          cidr: step.needed,
          ports: '1-65535',
          denial: step.denial,
        },
        context.l10n,
      );
      context.report({
        taskOf: pair,
        node: group.node,
        pointer: group.pointer,
        scenario: pair.scenario,
        message: context.l10n.t('rg-sg-ingress-missing.message', {
          sg: group.id,
          index: step.binding?.index ?? '',
          rg: pair.rg?.id ?? '',
          cidr: step.needed ?? '',
          why: verdict.why,
          advice: verdict.advice,
        }),
        related: pairRelated(pair, context.l10n),
        fixes: verdict.fixes,
      });
    }
  },
};
