// The step of scenarios 2 to 4 that leads out of the binding's VPC after its connection
// (pairContext.ts, shared by the binding's pairs): a route of the binding to the data
// source's address (SPEC §3). The binding's usable routes are its plan's.
import { contains, formatRange, overlaps, uncoveredBlocks, type Ipv4Range } from '../cidr';
import type { BindingPlan } from './pairContext';
import { hostRoute, type DataSourceAddress, type Target } from './pairValues';
import type { StepOf } from './steps';

/**
 * A route of the binding covers the data source's address (or, without an address, some
 * block of its network); else the route to add: the uncovered part of the block that holds
 * the address, else the address's own /32.
 */
export function routeStep(
  plan: BindingPlan,
  address: DataSourceAddress,
  target: Target,
): StepOf<'route-missing'> {
  const { binding, vpc, routes, pendingRoutes } = plan;
  let ok: boolean;
  let needed: string | undefined;
  let partOf: string | undefined;
  if (address.range) {
    const addressRange = address.range;
    ok = someHolds(routes, addressRange);
    // A block that does not hold the address would not satisfy this step: without one,
    // the address's own /32 is needed. Of the block that holds it, only the part no route
    // covers yet (its piece that holds the address): no route made redundant.
    const block = blockHolding(target.ranges, addressRange);
    const part = ok || !block ? undefined : uncoveredPart(block.range, routes, addressRange);
    if (part && block && part !== block.range) {
      needed = formatRange(part);
      partOf = block.text;
    } else {
      needed = block?.text;
    }
  } else {
    ok =
      target.ranges.length === 0 ||
      routes.some((r) => target.ranges.some((t) => overlaps(t.range, r)));
    needed = target.ranges[0]?.text;
  }
  // Routes known only after apply may cover what the others do not. An address known only
  // after apply is somewhere in the network: only a route holding all of it covers it surely.
  let afterApply: string[] | undefined;
  if (address.symbolic !== undefined) {
    const whole =
      target.ranges.length === 0 ||
      routes.some((r) => target.ranges.some((t) => contains(r, t.range)));
    if (!whole && (ok || pendingRoutes.length > 0))
      afterApply = [address.symbolic, ...pendingRoutes];
    ok = whole;
  } else if (!ok && pendingRoutes.length > 0) {
    afterApply = pendingRoutes;
  }
  const alternative = hostRoute(address);
  return {
    code: 'route-missing',
    ok: ok || afterApply !== undefined,
    afterApply,
    needed: needed ?? alternative,
    alternative: needed ? alternative : undefined,
    partOf,
    binding,
    vpc,
    target: target.summary,
  };
}

/**
 * Whether `routeStep` would hold, when it would carry no `afterApply` (else undefined, and
 * the step is made): for a pair whose steps are only counted.
 */
export function routeHolds(
  plan: BindingPlan,
  address: DataSourceAddress,
  target: Target,
): boolean | undefined {
  if (address.symbolic !== undefined) return undefined;
  const { routes } = plan;
  let ok: boolean;
  if (address.range) ok = someHolds(routes, address.range);
  else {
    ok = target.ranges.length === 0;
    for (let index = 0; !ok && index < routes.length; index++) {
      const route = routes[index];
      if (route && target.ranges.some((block) => overlaps(block.range, route))) ok = true;
    }
  }
  return ok || plan.pendingRoutes.length === 0 ? ok : undefined;
}

// Loops rather than closures: these run for every pair.
function someHolds(ranges: readonly Ipv4Range[], inner: Ipv4Range): boolean {
  for (const range of ranges) if (contains(range, inner)) return true;
  return false;
}

function blockHolding(
  blocks: Target['ranges'],
  inner: Ipv4Range,
): Target['ranges'][number] | undefined {
  for (const block of blocks) if (contains(block.range, inner)) return block;
  return undefined;
}

/** The block of what `entries` leave uncovered of `range` that holds `address`. */
function uncoveredPart(
  range: Ipv4Range,
  entries: readonly Ipv4Range[],
  address: Ipv4Range,
): Ipv4Range | undefined {
  return uncoveredBlocks(range, entries).find((part) => contains(part, address));
}
