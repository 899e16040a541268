// A route inside the bound VPC's own CIDR block does nothing: that VPC is reached directly.
import { contains } from '../cidr';
import { pathOf } from '../parse';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'route-own-vpc',
    description: "A binding's route lies inside the bound VPC's own CIDR block.",
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    for (const rg of context.model.resourceGroups.byId.values()) {
      for (const binding of rg.bindings) {
        const vpc = binding.vpc ? context.model.vpcs.byId.get(binding.vpc.value) : undefined;
        const cidr = vpc?.cidr;
        const own = cidr?.parsed;
        if (!vpc || !cidr || !own?.ok) continue;
        binding.routes.forEach((route) => {
          if (!route.parsed.ok || !contains(own.range, route.parsed.range)) return;
          context.report({
            node: route.node,
            pointer: route.pointer,
            message: context.l10n.t('route-own-vpc.message', {
              route: route.value,
              cidr: cidr.value,
              vpc: vpc.id,
              index: binding.index,
              rg: rg.id,
            }),
            fixes: [
              {
                title: context.l10n.t('route.fix.remove', { route: route.value, waiting: 'no' }),
                // Removing is never applied unattended (SPEC §4 "Fix safety").
                isPreferred: false,
                operations: [
                  {
                    op: 'remove',
                    // Its own path: the model's list skips elements of the wrong type.
                    path: pathOf(route.node),
                  },
                ],
              },
            ],
          });
        });
      }
    }
  },
};
