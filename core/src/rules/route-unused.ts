// A route that no connected network holds sends traffic nowhere.
import { overlaps, type Ipv4Range } from '../cidr';
import type { PairEvaluation } from '../analysis/connectivity';
import { networkBlocks, type Topology } from '../analysis/topology';
import { vpcHolds, vpcRanges } from '../analysis/vpcSpace';
import type { Binding, CidrValue, Model, ResourceGroup, Vpc } from '../model';
import { AddressStatus, NO_NETWORK } from '../model/columns/dataSources';
import { pathOf } from '../parse';
import type { Rule, RuleContext } from './rule';
import { targetOf as referenceTarget } from '../references';

/** A route no network reachable from its binding's VPC holds, and what its group's pairs say. */
interface Candidate {
  binding: Binding;
  vpc: Vpc;
  route: CidrValue;
  range: Ipv4Range;
  reachable: ReadonlyMap<string, number>;
  /**
   * A pair of this binding reaches a data source whose address the route covers, even where
   * no block of the data source's network holds the address (a data center that lists no
   * block for it): route-missing's `/32` then satisfies the pair, and the route is used.
   */
  carries: boolean;
  /**
   * A pair of the group must reach an address or a network the route covers: the route
   * waits for its connection (connection-missing); removing it would only add
   * route-missing, and the fix's title says so.
   */
  waits: boolean;
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
    const ranges: NetworkRanges = { topology, byId: new Map() };
    // First the routes no reachable network holds, in document order; only their groups'
    // pairs are read, in one pass over the pairs (most groups have none).
    const candidates: { rg: ResourceGroup; candidate: Candidate }[] = [];
    const byGroup = new Map<ResourceGroup, Candidate[]>();
    // Index loops: no iterator result per group, binding or route, and no closure made per
    // check (V8 keeps a function's optimised code only while one of its closures lives).
    const resourceGroups = model.resourceGroups;
    for (let slot = 0; slot < resourceGroups.count; slot++) {
      const rg = resourceGroups.at(slot);
      if (!context.inScope(rg)) continue;
      const bindings = rg.bindings;
      for (let b = 0; b < bindings.length; b++) {
        const binding = bindings[b] as Binding;
        const vpc = referenceTarget(model, binding.vpc);
        if (!vpc) continue;
        let reachableRanges: Ipv4Range[] | undefined;
        const routes = binding.routes;
        for (let r = 0; r < routes.length; r++) {
          const route = routes[r] as CidrValue;
          if (!route.parsed.ok) continue;
          if (vpcHolds(vpc, route.parsed.range)) continue; // route-own-vpc
          const reachable = topology.reachable(vpc.id);
          reachableRanges ??= reachableRangesOf(reachable, vpc.id, ranges);
          const range = route.parsed.range;
          if (someOverlaps(reachableRanges, range)) continue;
          const candidate = { binding, vpc, route, range, reachable, carries: false, waits: false };
          candidates.push({ rg, candidate });
          const ofGroup = byGroup.get(rg);
          if (ofGroup) ofGroup.push(candidate);
          else byGroup.set(rg, [candidate]);
        }
      }
    }
    if (candidates.length === 0) return;
    readPairs(context.model, context.connectivity().pairs, byGroup, ranges);
    for (const { rg, candidate } of candidates) {
      if (!candidate.carries) report(context, rg, candidate);
    }
  },
};

/**
 * The blocks of every network reachable from `vpcId` but itself, in reachability order: a
 * loop, where a spread, a `filter` and a `flatMap` (the engine's slowest array builtin) made
 * most of the rule's time before its pairs.
 */
function reachableRangesOf(
  reachable: ReadonlyMap<string, number>,
  vpcId: string,
  networkRanges: NetworkRanges,
): Ipv4Range[] {
  const ranges: Ipv4Range[] = [];
  // `for … of`, not a callback made per call: a few networks per binding.
  for (const id of reachable.keys()) {
    if (id === vpcId) continue;
    const ofNetwork = rangesOf(networkRanges, id);
    for (let i = 0; i < ofNetwork.length; i++) ranges.push(ofNetwork[i] as Ipv4Range);
  }
  return ranges;
}

/**
 * Each network's blocks, read once per check (`rangesOf`). A plain object and a
 * module-level function, not a closure made per check: V8 keeps a function's optimised code
 * only while one of its closures lives.
 */
interface NetworkRanges {
  topology: Topology;
  byId: Map<string, readonly Ipv4Range[]>;
}

function rangesOf(ranges: NetworkRanges, id: string): readonly Ipv4Range[] {
  let ofNetwork = ranges.byId.get(id);
  if (!ofNetwork) {
    const network = ranges.topology.network(id);
    // A VPC's ranges are kept per VPC (vpcSpace.ts): the pairs have read most already.
    ofNetwork = !network
      ? NO_RANGES
      : network.kind === 'vpc'
        ? vpcRanges(network.vpc)
        : networkBlocks(network).ranges;
    ranges.byId.set(id, ofNetwork);
  }
  return ofNetwork;
}

const NO_RANGES: readonly Ipv4Range[] = [];

/** Whether one of `ranges` overlaps `range` (an index loop: no closure per pair). */
function someOverlaps(ranges: readonly Ipv4Range[], range: Ipv4Range): boolean {
  for (let i = 0; i < ranges.length; i++) if (overlaps(ranges[i] as Ipv4Range, range)) return true;
  return false;
}

/**
 * Sets `carries` and `waits` of the candidates from their groups' pairs. The loop is a
 * function of its own under V8's size for optimising at the first sign of heat (81 bytes of
 * bytecode, `--max-bytecode-size-for-early-opt`): it is optimised on the smaller files a
 * process checks first, where the loop and the work per pair in one function were optimised
 * only during the first checks of a large file, twice (the loop, then the function; issue 17).
 */
function readPairs(
  model: Model,
  pairs: readonly PairEvaluation[],
  byGroup: ReadonlyMap<ResourceGroup, Candidate[]>,
  ranges: NetworkRanges,
): void {
  // An index, not `for … of`: no iterator result per pair before V8 optimises.
  for (let i = 0; i < pairs.length; i++)
    readPair(model, pairs[i] as PairEvaluation, byGroup, ranges);
}

function readPair(
  model: Model,
  pair: PairEvaluation,
  byGroup: ReadonlyMap<ResourceGroup, Candidate[]>,
  ranges: NetworkRanges,
): void {
  const table = model.columns.dataSources;
  const candidates = pair.rg && byGroup.get(pair.rg);
  const slot = pair.dsSlot;
  // Read from the data sources' columns (model/columns/): no object per pair's data source.
  if (!candidates || slot < 0 || table.networkType[slot] === NO_NETWORK) return;
  // The data source's network (none for one on the Internet) and its address, as a number:
  // a range overlaps a single address exactly when it holds it.
  const network = table.networkValueOf(model, slot);
  const host =
    table.addressStatus[slot] === AddressStatus.Ok ? (table.address[slot] as number) : undefined;
  // The network's blocks, read once per pair (not once per candidate), when first asked.
  let networkRanges: readonly Ipv4Range[] | undefined;
  for (let c = 0; c < candidates.length; c++) {
    const candidate = candidates[c] as Candidate;
    if (network === candidate.vpc.id) continue;
    const range = candidate.range;
    const holdsHost = host !== undefined && range.start <= host && host <= range.end;
    if (
      !candidate.carries &&
      holdsHost &&
      pair.binding === candidate.binding &&
      network !== undefined &&
      candidate.reachable.has(network)
    )
      candidate.carries = true;
    if (
      !candidate.waits &&
      (holdsHost ||
        (network !== undefined &&
          someOverlaps((networkRanges ??= rangesOf(ranges, network)), range)))
    )
      candidate.waits = true;
  }
}

function report(context: RuleContext, rg: ResourceGroup, candidate: Candidate): void {
  const { vpc, route, binding, waits } = candidate;
  const { l10n } = context;
  context.report({
    pairsOf: rg,
    node: route.node,
    pointer: route.pointer,
    // Worked out only for a finding that is shown (the cap per file drops the rest).
    describe: () => ({
      message: l10n.t('route-unused.message', {
        vpc: vpc.id,
        route: route.value,
        index: binding.index,
        rg: rg.id,
      }),
      fixes: [
        {
          title: l10n.t('route.fix.remove', { route: route.value, waiting: waits ? 'yes' : 'no' }),
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
    }),
  });
}
