// A route that no connected network holds sends traffic nowhere.
import { contains, overlaps, type Ipv4Range } from '../cidr';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'route-unused',
    description: "A binding's route points at no network connected to the bound VPC.",
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  check(context) {
    const { model, topology } = context;
    for (const rg of model.resourceGroups.byId.values()) {
      for (const binding of rg.bindings) {
        const vpc = binding.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;
        if (!vpc) continue;
        const own = vpc.cidr?.parsed;
        let reachableRanges: Ipv4Range[] | undefined;
        binding.routes.forEach((route, i) => {
          if (!route.parsed.ok) return;
          if (own?.ok && contains(own.range, route.parsed.range)) return; // route-own-vpc
          reachableRanges ??= [...topology.reachable(vpc.id).keys()]
            .filter((id) => id !== vpc.id)
            .flatMap((id) => {
              const network = topology.network(id);
              if (!network) return [];
              const cidrs =
                network.kind === 'vpc'
                  ? network.vpc.cidr
                    ? [network.vpc.cidr]
                    : []
                  : network.dataCenter.cidrs;
              return cidrs.flatMap((c) => (c.parsed.ok ? [c.parsed.range] : []));
            });
          const range = route.parsed.range;
          if (reachableRanges.some((r) => overlaps(r, range))) return;
          context.report({
            node: route.node,
            pointer: route.pointer,
            message: `No network connected to VPC '${vpc.id}' holds the route ${route.value} of binding ${binding.index} of '${rg.id}': remove it, or connect the network it points to.`,
            fixes: [
              {
                title: `Remove the route '${route.value}'`,
                isPreferred: true,
                operations: [
                  {
                    op: 'remove',
                    path: ['resourceGroups', rg.id, 'vpcBindings', binding.index, 'routes', i],
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
