// A route that no connected network holds sends traffic nowhere.
import { contains, hostRange, overlaps, type Ipv4Range } from '../cidr';
import type { PairEvaluation } from '../analysis/connectivity';
import { networkBlocks } from '../analysis/topology';
import { vpcHolds } from '../analysis/vpcSpace';
import type { Binding, DataSource, ResourceGroup, Vpc } from '../model';
import { pathOf } from '../parse';
import type { Rule } from './rule';
import { targetOf as referenceTarget } from '../references';

/** What a pair of a group must reach: its data source's network and its address. */
interface Target {
  binding: Binding | undefined;
  network: string | undefined;
  host: Ipv4Range | undefined;
}

/** The targets of each group's pairs, gathered in one pass over the pairs when first asked. */
function targetsByGroup(pairs: readonly PairEvaluation[]): Map<ResourceGroup, Target[]> {
  const byGroup = new Map<ResourceGroup, Target[]>();
  // Read once per data source: thousands of pairs share them.
  const ofDataSource = new Map<DataSource, { network?: string; host?: Ipv4Range } | null>();
  // An index, not `for … of`: no iterator result per pair before V8 optimises.
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as PairEvaluation;
    if (!pair.rg || !pair.ds) continue;
    let read = ofDataSource.get(pair.ds);
    if (read === undefined) {
      const network = pair.ds.network;
      const ip = network?.address?.parsed;
      read = network
        ? {
            network: network.vpc?.value ?? network.dataCenter?.value,
            host: ip?.ok ? hostRange(ip.value) : undefined,
          }
        : null;
      ofDataSource.set(pair.ds, read);
    }
    if (read === null) continue;
    const target: Target = { binding: pair.binding, network: read.network, host: read.host };
    const targets = byGroup.get(pair.rg);
    if (targets) targets.push(target);
    else byGroup.set(pair.rg, [target]);
  }
  return byGroup;
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
    // route asks, so the pairs are gathered on the first question.
    let byGroup: Map<ResourceGroup, Target[]> | undefined;
    const targetsOf = (rg: ResourceGroup): Target[] =>
      (byGroup ??= targetsByGroup(context.connectivity().pairs)).get(rg) ?? [];
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
      targetsOf(rg).some(
        (target) =>
          target.binding === binding &&
          target.host !== undefined &&
          target.network !== undefined &&
          target.network !== vpc.id &&
          reachable.has(target.network) &&
          contains(range, target.host),
      );
    const waits = (rg: ResourceGroup, vpc: Vpc, range: Ipv4Range): boolean =>
      targetsOf(rg).some((target) => {
        if (target.network === vpc.id) return false;
        if (target.host && overlaps(range, target.host)) return true;
        return (
          target.network !== undefined && rangesOf(target.network).some((r) => overlaps(range, r))
        );
      });
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
