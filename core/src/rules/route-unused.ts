// A route that no connected network holds sends traffic nowhere.
import { contains, hostRange, overlaps, type Ipv4Range } from '../cidr';
import type { PairEvaluation } from '../analysis/connectivity';
import { networkBlocks } from '../analysis/topology';
import { vpcHolds } from '../analysis/vpcSpace';
import type { Binding, DataSource, ResourceGroup, Vpc } from '../model';
import { pathOf } from '../parse';
import type { Rule } from './rule';
import { targetOf as referenceTarget } from '../references';

/** The network a data source sits in and its own address, read once per data source. */
interface Target {
  network?: string;
  host?: Ipv4Range;
}

/**
 * The target of each data source, read when first asked. A map per run, not a WeakMap kept
 * by the module: thousands of data sources in a weak map cost every full collection (its
 * entries are ephemerons) and outlive the run.
 */
function targetsOfDataSources(): (ds: DataSource) => Target | undefined {
  const targets = new Map<DataSource, Target | undefined>();
  return (ds) => {
    if (targets.has(ds)) return targets.get(ds);
    const network = ds.network;
    let target: Target | undefined;
    if (network) {
      const ip = network.address?.parsed;
      target = {
        network: network.vpc?.value ?? network.dataCenter?.value,
        host: ip?.ok ? hostRange(ip.value) : undefined,
      };
    }
    targets.set(ds, target);
    return target;
  };
}

export const rule: Rule = {
  meta: {
    code: 'route-unused',
    description: "A binding's route points at no network connected to the bound VPC.",
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'pairs',
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
    // What a group's tasks must reach: their data sources' addresses and networks. A route
    // toward one of them waits for its connection (connection-missing); removing it would
    // only add route-missing, and the fix's title says so. Only a group with an unused
    // route asks, so the pairs are grouped on the first question.
    let pairsByGroup: Map<ResourceGroup, PairEvaluation[]> | undefined;
    const targetOf = targetsOfDataSources();
    const pairsOfGroup = (rg: ResourceGroup): PairEvaluation[] => {
      if (!pairsByGroup) {
        pairsByGroup = new Map();
        const all = context.connectivity().pairs;
        // An index, not `for … of`: no iterator result per pair before V8 optimises.
        for (let i = 0; i < all.length; i++) {
          const pair = all[i] as PairEvaluation;
          if (!pair.rg) continue;
          const pairs = pairsByGroup.get(pair.rg);
          if (pairs) pairs.push(pair);
          else pairsByGroup.set(pair.rg, [pair]);
        }
      }
      return pairsByGroup.get(rg) ?? [];
    };
    // A route that covers the address of a data source reached through that binding is
    // used, even where no block of the data source's network holds the address (a data
    // center that lists no block for it): route-missing's `/32` then satisfies the pair.
    const carries = (
      rg: ResourceGroup,
      binding: Binding,
      vpc: Vpc,
      range: Ipv4Range,
      reachable: ReadonlyMap<string, number>,
    ): boolean =>
      pairsOfGroup(rg).some((pair) => {
        if (pair.binding !== binding) return false;
        const target = pair.ds && targetOf(pair.ds);
        return (
          target?.host !== undefined &&
          target.network !== undefined &&
          target.network !== vpc.id &&
          reachable.has(target.network) &&
          contains(range, target.host)
        );
      });
    const waits = (rg: ResourceGroup, vpc: Vpc, range: Ipv4Range): boolean => {
      return pairsOfGroup(rg).some((pair) => {
        const target = pair.ds && targetOf(pair.ds);
        if (!target || target.network === vpc.id) return false;
        if (target.host && overlaps(range, target.host)) return true;
        return (
          target.network !== undefined && rangesOf(target.network).some((r) => overlaps(range, r))
        );
      });
    };
    for (const rg of model.resourceGroups.byId.values()) {
      if (!context.inScope(rg)) continue;
      for (const binding of rg.bindings) {
        const vpc = referenceTarget(model, binding.vpc);
        if (!vpc) continue;
        let reachableRanges: Ipv4Range[] | undefined;
        binding.routes.forEach((route) => {
          if (!route.parsed.ok) return;
          if (vpcHolds(vpc, route.parsed.range)) return; // route-own-vpc
          reachableRanges ??= [...topology.reachable(vpc.id).keys()]
            .filter((id) => id !== vpc.id)
            .flatMap(rangesOf);
          const range = route.parsed.range;
          if (reachableRanges.some((r) => overlaps(r, range))) return;
          if (carries(rg, binding, vpc, range, topology.reachable(vpc.id))) return;
          const waiting = waits(rg, vpc, range);
          context.report({
            pairsOf: rg,
            node: route.node,
            pointer: route.pointer,
            message: context.l10n.t('route-unused.message', {
              vpc: vpc.id,
              route: route.value,
              index: binding.index,
              rg: rg.id,
            }),
            fixes: [
              {
                title: context.l10n.t('route.fix.remove', {
                  route: route.value,
                  waiting: waiting ? 'yes' : 'no',
                }),
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
