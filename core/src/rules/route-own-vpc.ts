// A route inside the bound VPC's own address space (its CIDR block or a secondary CIDR
// block) does nothing: that VPC is reached directly.
import { validVpcBlocks, vpcHolds } from '../analysis/vpcSpace';
import { overlaps } from '../cidr';
import type { CidrValue } from '../model';
import { pathOf } from '../parse';
import type { Rule } from './rule';
import { targetOf } from '../references';

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
        const vpc = targetOf(context.model, binding.vpc);
        const blocks = vpc ? validVpcBlocks(vpc) : [];
        if (!vpc || blocks.length === 0) continue;
        // An index loop, not a callback made per binding: V8 keeps a function's optimised
        // code only while one of its closures lives.
        const routes = binding.routes;
        for (let r = 0; r < routes.length; r++) {
          const route = routes[r] as CidrValue;
          if (!route.parsed.ok || !vpcHolds(vpc, route.parsed.range)) continue;
          const routeRange = route.parsed.range;
          // The block (or, for a route across two adjacent blocks, the blocks) holding it.
          const holding = blocks.filter((block) => overlaps(block.range, routeRange));
          context.report({
            node: route.node,
            pointer: route.pointer,
            message: context.l10n.t('route-own-vpc.message', {
              route: route.value,
              cidr: context.l10n.list(holding.map((block) => block.value.value)),
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
        }
      }
    }
  },
};
