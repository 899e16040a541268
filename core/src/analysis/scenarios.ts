// Which scenario of SPEC §3 a pair is, and the steps of scenarios 1 to 4 for each
// candidate binding: in the data source's own VPC, the shared whitelist and security group
// steps; from another VPC, a connection and a route first (scenario 1 takes no route: a
// binding whose VPC reaches the data source's only through other networks is transitive).
import { targetOf } from '../references';
import type { Connection, DataSource, ResourceGroup } from '../model';
import { addCommonSteps } from './accessSteps';
import {
  bindingSteps,
  notAssociatedStep,
  pairFromCandidates,
  resolveBindings,
  type Candidate,
} from './candidates';
import type { PairEvaluation, Scenario } from './connectivity';
import { evaluateInternet } from './internet';
import { dataCenterTarget, vpcTarget, type Target } from './pairValues';
import { connectionStep, routeStep } from './routeSteps';
import type { Step } from './steps';
import type { Topology } from './topology';

/**
 * The scenario of a pair whose task, resource group and data source exist, and its steps:
 * none for a network the schema leaves unknown, the classic network's dead end, the
 * Internet (scenario 5), else scenarios 1 to 4 by where the data source's network is.
 */
export function evaluateScenario(
  topology: Topology,
  base: PairEvaluation,
  rg: ResourceGroup,
  ds: DataSource,
  /** Collects the connections the pair uses (a connection may be listed twice). */
  usedConnections: Connection[],
): PairEvaluation {
  const network = ds.network;
  if (!network?.type) return Object.assign(base, { unresolved: 'schema' as const });
  if (network.type === 'classic') {
    const steps: Step[] = [{ code: 'classic-network', ok: false }];
    return Object.assign(base, { steps });
  }
  if (network.type === 'internet')
    return evaluateInternet(
      topology,
      Object.assign(base, { scenario: 5, overInternet: true }),
      rg,
      ds,
    );

  let target: Target;
  let scenario: Scenario;
  if (network.type === 'vpc') {
    const vpc = targetOf(topology.model, network.vpc);
    if (!vpc) {
      base.unresolved = network.vpc ? 'unknown-reference' : 'schema';
      return base;
    }
    target = vpcTarget(vpc);
    scenario = vpc.accountId !== rg.accountId ? 3 : vpc.regionId !== rg.regionId ? 2 : 1;
  } else {
    const dc = targetOf(topology.model, network.dataCenter);
    if (!dc) {
      base.unresolved = network.dataCenter ? 'unknown-reference' : 'schema';
      return base;
    }
    target = dataCenterTarget(dc);
    scenario = 4;
  }
  const evaluation = base;
  evaluation.scenario = scenario;

  const candidates: Candidate[] = [];
  const { bindings, unresolvedBinding } = resolveBindings(rg, topology);
  let transitive: PairEvaluation['transitive'];
  for (const { binding, vpc, vSwitch } of bindings) {
    if (vpc.id === target.id) {
      const steps = bindingSteps(topology, rg, binding, vpc);
      addCommonSteps(steps, topology, ds, binding, vSwitch, undefined);
      candidates.push({ binding, vpc, steps });
      continue;
    }
    // Only connections their type can make are in the graph (a VPC peering that lists a
    // data center, say, connects nothing: connection-type-mismatch).
    const link = topology.directConnections(vpc.id, target.id)[0];
    if (link) usedConnections.push(link);
    let transitiveHops: number | undefined;
    if (!link) {
      const hops = topology.reachable(vpc.id).get(target.id);
      if (hops !== undefined && hops >= 2) {
        transitiveHops = hops;
        // The connections of the path are in use, even if DataWorks cannot route over them yet.
        for (const connection of topology.pathConnections(vpc.id, target.id))
          usedConnections.push(connection);
      }
      if (scenario === 1) {
        if (transitiveHops !== undefined && !transitive)
          transitive = { binding, vpc, hops: transitiveHops };
        continue;
      }
    }
    const steps = bindingSteps(topology, rg, binding, vpc);
    steps.push(connectionStep(vpc, target, link !== undefined, binding));
    steps.push(routeStep(binding, vpc, ds, target));
    addCommonSteps(steps, topology, ds, binding, vSwitch, undefined);
    candidates.push({ binding, vpc, steps, via: link, transitiveHops });
  }

  return pairFromCandidates(evaluation, candidates, unresolvedBinding, () =>
    Object.assign(evaluation, { transitive, steps: [notAssociatedStep(topology, rg, target)] }),
  );
}
