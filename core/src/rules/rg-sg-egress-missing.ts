// "Outbound rule: Add the IP address of the data source that the resource group needs
// to access as the authorization object." (advanced security group note)
import { missingSteps, pairRelated, type Rule } from './rule';
import { securityGroupVerdict } from './securityGroupFix';

export const rule: Rule = {
  meta: {
    code: 'rg-sg-egress-missing',
    description:
      "The security group of the resource group's binding does not allow outbound traffic to the data source.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'rg-sg-egress-missing')) {
      const group = step.securityGroup;
      const address = pair.ds?.network?.address?.value;
      const verdict = securityGroupVerdict(
        {
          group,
          direction: 'egress',
          cidr: step.needed,
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
        message: context.l10n.t('rg-sg-egress-missing.message', {
          type: group.type ?? 'basic',
          sg: group.id,
          index: step.binding?.index ?? '',
          rg: pair.rg?.id ?? '',
          ds: pair.ds?.id ?? '',
          address: address ?? '',
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
