// A resource group binds only VPCs of its own account and region; other networks are
// reached through a connected VPC (scenarios 2 and 3).
import type { Rule } from './rule';
import { targetOf } from '../references';

export const rule: Rule = {
  meta: {
    code: 'binding-out-of-scope',
    description: 'A resource group is bound to a VPC of another account or region.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    for (const rg of context.model.resourceGroups.byId.values()) {
      for (const binding of rg.bindings) {
        const vpc = targetOf(context.model, binding.vpc);
        if (!vpc || !binding.vpc) continue;
        const otherAccount = vpc.accountId !== rg.accountId;
        const otherRegion = vpc.regionId !== rg.regionId;
        if (!otherAccount && !otherRegion) continue;
        const { l10n } = context;
        const none = l10n.t('value.none');
        context.report({
          node: binding.vpc.node,
          pointer: binding.vpc.pointer,
          message: otherAccount
            ? l10n.t('binding-out-of-scope.account', {
                rg: rg.id,
                vpc: vpc.id,
                vpcAccount: vpc.accountId ?? none,
                rgAccount: rg.accountId ?? none,
              })
            : l10n.t('binding-out-of-scope.region', {
                rg: rg.id,
                vpc: vpc.id,
                vpcRegion: vpc.regionId ?? none,
                rgRegion: rg.regionId ?? none,
              }),
          related: [
            {
              message: l10n.t('related.vpc', { vpc: vpc.id }),
              node: vpc.keyNode,
              pointer: vpc.pointer,
            },
          ],
        });
      }
    }
  },
};
