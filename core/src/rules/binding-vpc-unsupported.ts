// Serverless resource groups do not support VPCs in 21.0.0.0/8.
import { validVpcBlocks } from '../analysis/vpcSpace';
import { overlaps, SERVERLESS_UNSUPPORTED_RANGE } from '../cidr';
import type { Rule } from './rule';
import { targetOf } from '../references';

export const rule: Rule = {
  meta: {
    code: 'binding-vpc-unsupported',
    description: 'A serverless resource group is bound to a VPC whose CIDR block is in 21.0.0.0/8.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    for (const rg of context.model.resourceGroups.byId.values()) {
      if (rg.type !== 'serverless') continue;
      for (const binding of rg.bindings) {
        const vpc = targetOf(context.model, binding.vpc);
        // Any block of the VPC's address space, the primary or a secondary one.
        const block = vpc
          ? validVpcBlocks(vpc).find((b) => overlaps(b.range, SERVERLESS_UNSUPPORTED_RANGE))
          : undefined;
        if (!vpc || !binding.vpc || !block) continue;
        context.report({
          node: binding.vpc.node,
          pointer: binding.vpc.pointer,
          message: context.l10n.t('binding-vpc-unsupported.message', {
            rg: rg.id,
            vpc: vpc.id,
            cidr: block.value.value,
          }),
          related: [
            {
              message: context.l10n.t('related.vpcCidr', { vpc: vpc.id }),
              node: block.value.node,
              pointer: block.value.pointer,
            },
          ],
        });
      }
    }
  },
};
