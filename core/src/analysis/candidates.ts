// A pair's candidate bindings and the choice among them (SPEC §3): every binding of the
// task's resource group whose VPC exists is a candidate with the steps it needs; the first
// that satisfies every step wins, else the one with the fewest missing steps. Without a
// candidate, the group is not associated with a usable VPC.
import { targetOf } from '../references';
import { overlaps, SERVERLESS_UNSUPPORTED_RANGE } from '../cidr';
import type { Binding, Connection, NatGateway, ResourceGroup, VSwitch, Vpc } from '../model';
import { exactly } from '../util/arrays';
import { oncePerObject } from '../util/memo';
import type { PairEvaluation } from './connectivity';
import type { Target } from './pairValues';
import { missingCount, type Step, type StepOf } from './steps';
import type { Topology } from './topology';
import { vpcRanges } from './vpcSpace';

/** One binding of the pair's resource group, with the steps it needs to reach the data source. */
export interface Candidate {
  binding: Binding;
  steps: Step[];
  via?: Connection;
  natGateway?: NatGateway;
  publicIp?: string;
  vpc: Vpc;
  /** Connections between the binding's VPC and the target when there is no direct one. */
  transitiveHops?: number;
}

/** An old-version (exclusive) resource group: it reaches the Internet through its own EIP. */
export function isExclusive(rg: ResourceGroup): boolean {
  return rg.type !== undefined && rg.type !== 'serverless';
}

/**
 * The end of every binding-based evaluation: the chosen candidate's steps, or, without
 * a candidate, an unresolved pair or the evaluation `withoutCandidate` builds.
 */
export function pairFromCandidates(
  evaluation: PairEvaluation,
  candidates: Candidate[],
  unresolvedBinding: boolean,
  withoutCandidate: () => PairEvaluation,
): PairEvaluation {
  const chosen = choose(candidates);
  if (!chosen) {
    if (!unresolvedBinding) return withoutCandidate();
    evaluation.unresolved = 'unknown-reference';
    return evaluation;
  }
  evaluation.binding = chosen.binding;
  evaluation.steps = exactly(chosen.steps);
  evaluation.ok = missingCount(chosen.steps) === 0;
  evaluation.via = chosen.via;
  evaluation.publicIp = chosen.publicIp;
  evaluation.natGateway = chosen.natGateway;
  evaluation.transitive =
    chosen.transitiveHops !== undefined
      ? { binding: chosen.binding, vpc: chosen.vpc, hops: chosen.transitiveHops }
      : undefined;
  return evaluation;
}

/** The first candidate with the fewest missing steps; none without candidates. */
function choose(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (!best || missingCount(candidate.steps) < missingCount(best.steps)) best = candidate;
  }
  return best;
}

interface ResolvedBindings {
  bindings: { binding: Binding; vpc: Vpc; vSwitch: VSwitch | undefined }[];
  unresolvedBinding: boolean;
}

/** The group's bindings whose VPC exists, with their vSwitch (when it is in that VPC). */
export const resolveBindings = oncePerObject(readBindings);

function readBindings(rg: ResourceGroup, topology: Topology): ResolvedBindings {
  const bindings: { binding: Binding; vpc: Vpc; vSwitch: VSwitch | undefined }[] = [];
  let unresolvedBinding = false;
  for (const binding of rg.bindings) {
    const vpc = targetOf(topology.model, binding.vpc);
    if (!vpc) unresolvedBinding = true;
    else
      bindings.push({
        binding,
        vpc,
        vSwitch: targetOf(topology.model, binding.vSwitch),
      });
  }
  return { bindings, unresolvedBinding };
}

type Refusal = 'binding-out-of-scope' | 'binding-vpc-unsupported';

/** Why the console would refuse to bind `rg` to `vpc` (nothing when it accepts). */
function refusals(rg: ResourceGroup, vpc: Vpc): Refusal[] {
  const codes: Refusal[] = [];
  if (vpc.accountId !== rg.accountId || vpc.regionId !== rg.regionId)
    codes.push('binding-out-of-scope');
  if (
    rg.type === 'serverless' &&
    vpcRanges(vpc).some((range) => overlaps(range, SERVERLESS_UNSUPPORTED_RANGE))
  )
    codes.push('binding-vpc-unsupported');
  return codes;
}

/** A binding the console would refuse cannot carry traffic, whatever else holds. */
export function bindingSteps(
  topology: Topology,
  rg: ResourceGroup,
  binding: Binding,
  vpc: Vpc,
): Step[] {
  const steps: Step[] = refusals(rg, vpc).map((code) => ({
    code,
    ok: false,
    binding,
    vpc,
  }));
  // A vSwitch that is not the VPC's own (another VPC's, or none at all): the console binds
  // no such thing, and no whitelist or rule can be checked against its CIDR block.
  const name = binding.vSwitch?.value;
  if (name !== undefined && !vpc.vSwitches.has(name)) {
    const elsewhere = [...topology.model.vpcs.byId.values()].some((v) => v.vSwitches.has(name));
    steps.push({
      code: elsewhere ? 'binding-vswitch-mismatch' : 'unknown-reference',
      ok: false,
      binding,
      vpc,
    });
  }
  return steps;
}

/** The step of a group with no usable binding, naming a VPC to bind when there is one. */
export function notAssociatedStep(
  topology: Topology,
  rg: ResourceGroup,
  target: Target | undefined,
): Step {
  // Prefer binding the data source's own VPC; else a VPC that is directly connected to
  // the data source's network. Either way, one the console accepts for this group.
  let bindTo: StepOf<'vpc-not-associated'>['bindTo'];
  if (target?.vpc && refusals(rg, target.vpc).length === 0) {
    bindTo = { vpc: target.vpc, vSwitch: target.vpc.vSwitches.values().next().value };
  } else if (target) {
    for (const vpc of topology.model.vpcs.byId.values()) {
      if (refusals(rg, vpc).length > 0) continue;
      if (topology.directConnections(vpc.id, target.id).length > 0) {
        bindTo = { vpc, vSwitch: vpc.vSwitches.values().next().value };
        break;
      }
    }
  }
  return { code: 'vpc-not-associated', ok: false, bindTo };
}
