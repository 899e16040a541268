// Which scenario of SPEC §3 a pair is, and the steps of scenarios 1 to 4 for each
// candidate binding: in the data source's own VPC, the shared whitelist and security group
// steps; from another VPC, a connection and a route first (scenario 1 takes no route: a
// binding whose VPC reaches the data source's only through other networks is transitive).
// What depends on the binding alone, or on the binding and the data source's network, is
// worked out once per evaluation (pairContext.ts); a pair adds what its data source decides.
import { targetOf } from '../references';
import type { Connection, DataSource, ResourceGroup, Vpc } from '../model';
import { accessVerdict, addCommonSteps, type Verdict } from './accessSteps';
import { notAssociatedSteps, pairFromCandidates } from './candidates';
import type { PairEvaluation, Scenario } from './connectivity';
import { evaluateInternet, internetAtOnce } from './internet';
import type { LinkPlan, PairContext } from './pairContext';
import { routeOfBinding, routeOfLink, type RoutedPair } from './pairRoute';
import type { Ipv4Range } from '../cidr';
import { AddressStatus, Net } from '../model/columns/dataSources';
import { dataCenterTarget, readAddress, vpcTarget, type Target } from './pairValues';
import { routeHolds, routeStep } from './routeSteps';
import type { Step } from './steps';

/** The one step of every pair whose data source is in the classic network (never changed). */
const CLASSIC_STEPS: Step[] = [{ code: 'classic-network', ok: false }];

/**
 * The scenario of a pair whose task, resource group and data source exist, and its steps:
 * none for a network the schema leaves unknown, the classic network's dead end, the
 * Internet (scenario 5), else scenarios 1 to 4 by where the data source's network is.
 * `linkedConnections` is set to the connections the pair uses (a connection may be listed
 * twice), when there are any.
 */
export function evaluateScenario(
  context: PairContext,
  base: PairEvaluation & RoutedPair,
  rg: ResourceGroup,
  ds: DataSource,
): PairEvaluation {
  const network = ds.network;
  if (!network?.type) {
    base.unresolved = 'schema';
    return base;
  }
  if (network.type === 'classic') {
    base.steps = CLASSIC_STEPS;
    return base;
  }
  if (network.type === 'internet') {
    base.scenario = 5;
    base.overInternet = true;
    return evaluateInternet(context, base, rg, ds);
  }

  let target: Target;
  let scenario: Scenario;
  if (network.type === 'vpc') {
    const vpc = targetOf(context.model, network.vpc);
    if (!vpc) {
      base.unresolved = network.vpc ? 'unknown-reference' : 'schema';
      return base;
    }
    target = vpcTarget(vpc);
    scenario = vpcScenario(vpc, rg);
  } else {
    const dc = targetOf(context.model, network.dataCenter);
    if (!dc) {
      base.unresolved = network.dataCenter ? 'unknown-reference' : 'schema';
      return base;
    }
    target = dataCenterTarget(dc);
    scenario = 4;
  }
  const evaluation = base;
  evaluation.scenario = scenario;

  const address = readAddress(ds);
  const { bindings, unresolvedBinding } = context.group(rg);
  const { choice } = context;
  choice.reset();
  let transitive: PairEvaluation['transitive'];
  let linked: Connection[] | undefined;
  // Indexed loops here and below: this runs for every pair, often before the engine has
  // optimised it, and an iterator is an object each time.
  for (let index = 0; index < bindings.length; index++) {
    const plan = bindings[index];
    if (!plan) continue;
    if (plan.vpc.id === target.id) {
      if (choice.settled) continue;
      const steps = choice.start();
      steps.pushAll(plan.bindingSteps);
      addCommonSteps(steps, context, ds, address, plan.privateSources, plan);
      choice.offer(plan, undefined);
      continue;
    }
    const link = context.link(plan, target);
    // Every binding's connections count as used, chosen or not.
    if (link.used.length > 0) linked = linked ? linked.concat(link.used) : link.used;
    if (!link.via && scenario === 1) {
      transitive ??= link.transitive;
      continue;
    }
    // A candidate with no missing step was found: the others are not built (the first wins).
    if (choice.settled) continue;
    const steps = choice.start();
    steps.pushAll(plan.bindingSteps);
    steps.push(link.connectionStep);
    const holds = steps.counting ? routeHolds(plan, address, target) : undefined;
    if (holds === undefined) steps.push(routeStep(plan, address, target));
    else steps.count(holds);
    addCommonSteps(steps, context, ds, address, plan.privateSources, plan);
    choice.offer(plan, link);
  }
  if (!pairFromCandidates(evaluation, choice, unresolvedBinding)) {
    evaluation.transitive = transitive;
    evaluation.steps = notAssociatedSteps(context, rg, target);
  }
  // After the choice, which may give the pair a shared route that lists them already.
  evaluation.linkedConnections = linked;
  return evaluation;
}

/**
 * The usual pair of a large topology, decided without the candidates' machinery: a data
 * source with an address, reached through its group's only binding (or an old-version group's
 * own EIP), whose steps are decided as written. `connects`: the pair's fields are then what
 * `evaluateScenario` gives it while counting (steps still to be made, none missing, none after
 * apply); `misses`: its only candidate misses a step, and its steps are to be made; `unknown`
 * for any other pair, left unchanged, which `evaluateScenario` decides. Each condition below
 * is one of `evaluateScenario`'s steps, in its order.
 */
export function connectsAtOnce(
  context: PairContext,
  pair: PairEvaluation & RoutedPair,
  rg: ResourceGroup,
  dsSlot: number,
): Verdict {
  // Read from the data sources' columns (model/columns/): no data source object is made.
  const { model } = context;
  const table = model.columns.dataSources;
  // The address as `readAddress` reads it when it is one (its parse).
  if (table.addressStatus[dsSlot] !== AddressStatus.Ok) return 'unknown';
  const address = table.address[dsSlot] as number;
  const type = table.networkType[dsSlot];
  if (type === Net.Internet) return internetAtOnce(context, pair, rg, dsSlot, address);
  let target: Target;
  let scenario: Scenario;
  if (type === Net.Vpc) {
    const vpc = table.vpcOf(model, dsSlot);
    if (!vpc) return 'unknown';
    target = vpcTarget(vpc);
    scenario = vpcScenario(vpc, rg);
  } else if (type === Net.DataCenter) {
    const dc = table.dataCenterOf(model, dsSlot);
    if (!dc) return 'unknown';
    target = dataCenterTarget(dc);
    scenario = 4;
  } else return 'unknown';
  const { bindings } = context.group(rg);
  const plan = bindings[0];
  if (bindings.length !== 1 || !plan?.holds) return 'unknown';
  let link: LinkPlan | undefined;
  if (plan.vpc.id !== target.id) {
    link = context.link(plan, target);
    // Scenario 1 without a direct connection has no candidate (transitive).
    if (!link.via) return scenario === 1 ? 'unknown' : 'misses';
    if (!routeHoldsAddress(plan.routes, address))
      return plan.pendingRoutes.length > 0 ? 'unknown' : 'misses';
  }
  const verdict = accessVerdict(model, dsSlot, address, plan.privateSources, plan);
  if (verdict !== 'connects') return verdict;
  pair.scenario = scenario;
  // Its binding, and the via and connections used of `link`: shared with the other pairs
  // decided the same way (pairRoute.ts).
  pair.takeRoute(link ? routeOfLink(plan, link) : routeOfBinding(plan));
  pair.ok = true;
  return 'connects';
}

/** A data source's scenario in a VPC, from where that VPC is to the group: the same place (1), another region (2), another account (3). */
function vpcScenario(vpc: Vpc, rg: ResourceGroup): Scenario {
  return vpc.accountId !== rg.accountId ? 3 : vpc.regionId !== rg.regionId ? 2 : 1;
}

/** `routeHolds` for an address: some route holds it. */
function routeHoldsAddress(routes: readonly Ipv4Range[], address: number): boolean {
  for (let index = 0; index < routes.length; index++) {
    const route = routes[index];
    if (route && route.start <= address && address <= route.end) return true;
  }
  return false;
}
