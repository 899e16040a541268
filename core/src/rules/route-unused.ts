// A route that no connected network holds sends traffic nowhere.
import { contains, hostRange, overlaps, parseIp, type Ipv4Range } from '../cidr';
import { networkBlocks } from '../analysis/topology';
import { pathOf } from '../parse';
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
    // Thousands of pairs share a few hundred networks: each network's blocks are read once.
    const blocksById = new Map<string, Ipv4Range[]>();
    const rangesOf = (id: string): Ipv4Range[] => {
      let ranges = blocksById.get(id);
      if (!ranges) {
        const network = topology.network(id);
        ranges = network ? networkBlocks(network).ranges : [];
        blocksById.set(id, ranges);
      }
      return ranges;
    };
    // What each group's tasks must reach: their data sources' addresses and networks. A
    // route toward one of them waits for its connection (connection-missing); removing
    // it would only add route-missing, so that fix is offered but not preferred.
    let awaitedByGroup: Map<string, { network?: string; range: Ipv4Range }[]> | undefined;
    const awaited = (rgId: string) => {
      if (!awaitedByGroup) {
        awaitedByGroup = new Map();
        for (const pair of context.connectivity().pairs) {
          const ds = pair.ds?.network;
          if (!pair.rg || !ds) continue;
          const list = awaitedByGroup.get(pair.rg.id) ?? [];
          const network = ds.vpc?.value ?? ds.dataCenter?.value;
          const ip = ds.address ? parseIp(ds.address.value) : undefined;
          if (ip?.ok) list.push({ network, range: hostRange(ip.value) });
          if (network !== undefined)
            for (const range of rangesOf(network)) list.push({ network, range });
          awaitedByGroup.set(pair.rg.id, list);
        }
      }
      return awaitedByGroup.get(rgId) ?? [];
    };
    for (const rg of model.resourceGroups.byId.values()) {
      for (const binding of rg.bindings) {
        const vpc = binding.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;
        if (!vpc) continue;
        const own = vpc.cidr?.parsed;
        let reachableRanges: Ipv4Range[] | undefined;
        binding.routes.forEach((route) => {
          if (!route.parsed.ok) return;
          if (own?.ok && contains(own.range, route.parsed.range)) return; // route-own-vpc
          reachableRanges ??= [...topology.reachable(vpc.id).keys()]
            .filter((id) => id !== vpc.id)
            .flatMap(rangesOf);
          const range = route.parsed.range;
          if (reachableRanges.some((r) => overlaps(r, range))) return;
          const waiting = awaited(rg.id).some(
            (a) => a.network !== vpc.id && overlaps(range, a.range),
          );
          context.report({
            node: route.node,
            pointer: route.pointer,
            message: `No network connected to VPC '${vpc.id}' holds the route ${route.value} of binding ${binding.index} of '${rg.id}': remove it, or connect the network it points to.`,
            fixes: [
              {
                title: `Remove the route '${route.value}'`,
                isPreferred: !waiting,
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
