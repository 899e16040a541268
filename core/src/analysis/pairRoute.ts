// The fields of a pair that name the way its traffic takes (the binding, the connection, a
// transitive path, the connections counted as used, the public address and the NAT gateway),
// in one object a pair points to. Most pairs of a topology take the way of their binding: the
// pairs decided at once (`connectsAtOnce`, `internetAtOnce`) share the route their binding's
// plan keeps (`routeOfBinding`, `routeOfLink`, `routeOfInternet`, `routeOfExclusive`), a pair
// evaluated in full the route of the plans of its chosen candidate (`CandidateChoice.route`),
// and a pair with none of them `NO_ROUTE`. A pair writes its fields one by one (`Pair`'s
// setters): a write of the value its route holds changes nothing, any other is made into a
// route of the pair's own, copied at its first such write (a transitive path, the connections
// of several bindings). A pair is then five fields smaller than with the six of its own, and
// most pairs make no object for them.
import type { Binding, Connection, NatGateway, Vpc } from '../model';
import type { BindingPlan, ExclusivePlan, InternetPlan, LinkPlan } from './pairContext';

export type TransitivePath = { binding: Binding; vpc: Vpc; hops: number };

export class PairRoute {
  binding: Binding | undefined;
  via: Connection | undefined;
  transitive: TransitivePath | undefined;
  linkedConnections: Connection[] | undefined;
  publicIp: string | undefined;
  natGateway: NatGateway | undefined;
  /** Shared by many pairs: never written (a pair writes into a copy of its own). */
  readonly shared: boolean;

  constructor(
    binding: Binding | undefined,
    via: Connection | undefined,
    transitive: TransitivePath | undefined,
    linkedConnections: Connection[] | undefined,
    publicIp: string | undefined,
    natGateway: NatGateway | undefined,
    shared: boolean,
  ) {
    this.binding = binding;
    this.via = via;
    this.transitive = transitive;
    this.linkedConnections = linkedConnections;
    this.publicIp = publicIp;
    this.natGateway = natGateway;
    this.shared = shared;
  }

  /** A copy a pair may write into. */
  own(): PairRoute {
    const { binding, via, transitive, linkedConnections, publicIp, natGateway } = this;
    return new PairRoute(binding, via, transitive, linkedConnections, publicIp, natGateway, false);
  }
}

/** A pair under evaluation, which can take a shared route (connectivity.ts `Pair`). */
export interface RoutedPair {
  takeRoute(route: PairRoute): void;
}

/**
 * A route many pairs share (never written): one that goes through no transitive path, which
 * is always a pair's own.
 */
function sharedRoute(
  binding?: Binding,
  via?: Connection,
  linkedConnections?: Connection[],
  publicIp?: string,
  natGateway?: NatGateway,
): PairRoute {
  return new PairRoute(binding, via, undefined, linkedConnections, publicIp, natGateway, true);
}

/** The route of a pair that names none of them (shared by every such pair). */
export const NO_ROUTE = sharedRoute();

/** The route of a pair decided at once through `plan`'s binding in its own VPC. */
export function routeOfBinding(plan: BindingPlan): PairRoute {
  return (plan.route ??= sharedRoute(plan.binding));
}

/**
 * The route of a pair decided at once through `link` (`plan`'s binding's direct connection):
 * what `evaluateScenario` gives such a pair. Made once per link.
 */
export function routeOfLink(plan: BindingPlan, link: LinkPlan): PairRoute {
  const used = link.used.length > 0 ? link.used : undefined;
  return (link.route ??= sharedRoute(plan.binding, link.via, used));
}

/** The route of a pair decided at once over the Internet through a serverless binding. */
export function routeOfInternet(plan: BindingPlan, internet: InternetPlan): PairRoute {
  const { publicIp, natGateway } = internet;
  return (internet.route ??= sharedRoute(plan.binding, undefined, undefined, publicIp, natGateway));
}

/** The route of a pair decided at once over the Internet through an old-version group's EIP. */
export function routeOfExclusive(exclusive: ExclusivePlan): PairRoute {
  return (exclusive.route ??= sharedRoute(undefined, undefined, undefined, exclusive.eip));
}
