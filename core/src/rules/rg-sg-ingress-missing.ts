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
      const group = step.securityGroup!;
      const verdict = securityGroupVerdict({
        group,
        direction: 'ingress',
        cidr: step.needed!,
        ports: '1-65535',
        denial: step.denial,
      });
      context.report({
        pairsOf: pair.task,
        node: group.node,
        pointer: group.pointer,
        scenario: pair.scenario,
        message:
          `Advanced security group '${group.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}') ` +
          `does not allow inbound traffic from the vSwitch CIDR block ${step.needed}. ${verdict.why} ${verdict.advice}`,
        related: pairRelated(pair),
        fixes: verdict.fixes,
      });
    }
  },
};
