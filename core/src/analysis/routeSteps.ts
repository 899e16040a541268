// The steps of scenarios 2 to 4 that lead out of the binding's VPC: a connection to the data
// source's network, and a route of the binding to its address (SPEC §3).
import { contains, formatRange, overlaps, uncoveredBlocks, type Ipv4Range } from '../cidr';
import type { Binding, DataSource, Vpc } from '../model';
import { oncePerObject } from '../util/memo';
import { symbolicEntries } from './afterApply';
import { addressOf, cidrRange, type Target } from './pairValues';
import type { StepOf } from './steps';
import { vpcHolds } from './vpcSpace';

/** The binding's VPC and the data source's network share a connection (`ok`), or not. */
export function connectionStep(
  vpc: Vpc,
  target: Target,
  ok: boolean,
  binding: Binding,
): StepOf<'connection-missing'> {
  return {
    code: 'connection-missing',
    ok,
    binding,
    vpc,
    target: { id: target.id, kind: target.kind },
  };
}

/**
 * A route of the binding covers the data source's address (or, without an address, some
 * block of its network); else the route to add: the uncovered part of the block that holds
 * the address, else the address's own /32.
 */
export function routeStep(
  binding: Binding,
  vpc: Vpc,
  ds: DataSource,
  target: Target,
): StepOf<'route-missing'> {
  const address = addressOf(ds);
  const routes = usableRoutes(binding, vpc);
  let ok: boolean;
  let needed: string | undefined;
  let partOf: string | undefined;
  if (address.range) {
    const addressRange = address.range;
    ok = routes.some((r) => contains(r, addressRange));
    // A block that does not hold the address would not satisfy this step: without one,
    // the address's own /32 is needed. Of the block that holds it, only the part no route
    // covers yet (its piece that holds the address): no route made redundant.
    const block = target.ranges.find((t) => contains(t.range, addressRange));
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
  const pendingRoutes = symbolicEntries(binding.routes);
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
  const alternative = address.hostRoute;
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

/** The block of what `entries` leave uncovered of `range` that holds `address`. */
function uncoveredPart(
  range: Ipv4Range,
  entries: readonly Ipv4Range[],
  address: Ipv4Range,
): Ipv4Range | undefined {
  return uncoveredBlocks(range, entries).find((part) => contains(part, address));
}

/**
 * The ranges of a binding's routes, less those inside its VPC's own address space (its
 * CIDR block and secondary blocks): the VPC's local routes win there (that is
 * route-own-vpc), so they satisfy nothing. A binding always resolves to the same VPC.
 */
const usableRoutes = oncePerObject((binding: Binding, vpc: Vpc): Ipv4Range[] =>
  binding.routes.flatMap((route) => {
    const r = cidrRange(route);
    return r !== undefined && !vpcHolds(vpc, r) ? [r] : [];
  }),
);
