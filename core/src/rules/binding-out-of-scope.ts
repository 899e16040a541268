// A resource group binds only VPCs of its own account and region; other networks are
// reached through a connected VPC (scenarios 2 and 3).
import type { Rule } from './rule';

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
        const vpc = binding.vpc ? context.model.vpcs.byId.get(binding.vpc.value) : undefined;
        if (!vpc || !binding.vpc) continue;
        const otherAccount = vpc.accountId !== rg.accountId;
        const otherRegion = vpc.regionId !== rg.regionId;
        if (!otherAccount && !otherRegion) continue;
        const what = otherAccount
          ? `account '${vpc.accountId ?? '(none)'}', not '${rg.accountId ?? '(none)'}'`
          : `region '${vpc.regionId ?? '(none)'}', not '${rg.regionId ?? '(none)'}'`;
        context.report({
          node: binding.vpc.node,
          pointer: binding.vpc.pointer,
          message:
            `Resource group '${rg.id}' cannot be associated with VPC '${vpc.id}': the VPC is in ${what}. ` +
            "Bind a VPC of the group's own account and region and connect it to this VPC (CEN, VPN gateway or Express Connect).",
          related: [{ message: `VPC '${vpc.id}'`, node: vpc.keyNode, pointer: vpc.pointer }],
        });
      }
    }
  },
};
