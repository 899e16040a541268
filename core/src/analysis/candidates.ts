// A pair's candidate bindings and the choice among them (SPEC §3): every binding of the
// task's resource group whose VPC exists is a candidate with the steps it needs; the first
// that satisfies every step wins, else the one with the fewest missing steps. Without a
// candidate, the group is not associated with a usable VPC.
import { overlaps, SERVERLESS_UNSUPPORTED_RANGE } from '../cidr';
import type { Binding, Connection, NatGateway, ResourceGroup, Vpc } from '../model';
import type { PairEvaluation } from './connectivity';
import type { BindingPlan, InternetPlan, LinkPlan, PairContext } from './pairContext';
import {
  routeOfBinding,
  routeOfInternet,
  routeOfLink,
  type PairRoute,
  type RoutedPair,
} from './pairRoute';
import type { Target } from './pairValues';
import { StepList, type Step, type StepOf } from './steps';
import { vpcRanges } from './vpcSpace';

/** An old-version (exclusive) resource group: it reaches the Internet through its own EIP. */
export function isExclusive(rg: ResourceGroup): boolean {
  return rg.type !== undefined && rg.type !== 'serverless';
}

/** The steps of a pair still to be made (never changed). */
const NO_STEPS: Step[] = [];

/**
 * The candidates of one pair, seen one at a time: each is built into `start()`'s list and
 * then offered; the choice keeps the first with the fewest missing steps. One choice serves
 * every pair of an evaluation in turn (`reset` per pair), so that a pair allocates only the
 * exact copy of the chosen steps it keeps; while `counting`, not even that (`keepSteps`).
 */
export class CandidateChoice {
  found: boolean;
  binding: Binding | undefined;
  vpc: Vpc | undefined;
  via: Connection | undefined;
  transitive: PairEvaluation['transitive'];
  natGateway: NatGateway | undefined;
  publicIp: string | undefined;
  /** The chosen candidate's plans, whose shared route the pair takes when it can (`route`). */
  private plan: BindingPlan | undefined;
  private link: LinkPlan | undefined;
  private internet: InternetPlan | undefined;
  /** The last pair given steps got none, only counted (`keepSteps`): whether any was after apply. */
  counted: boolean;
  countedAfterApply: boolean;
  private current: StepList;
  private best: StepList;

  constructor() {
    this.found = false;
    this.binding = undefined;
    this.vpc = undefined;
    this.via = undefined;
    this.transitive = undefined;
    this.natGateway = undefined;
    this.publicIp = undefined;
    this.plan = undefined;
    this.link = undefined;
    this.internet = undefined;
    this.counted = false;
    this.countedAfterApply = false;
    this.current = new StepList();
    this.best = new StepList();
  }

  /** Steps are counted and not kept (StepList), until set back. */
  set counting(counting: boolean) {
    this.current.counting = counting;
    this.best.counting = counting;
  }

  get counting(): boolean {
    return this.current.counting;
  }

  reset(): void {
    this.found = false;
    this.counted = false;
  }

  /**
   * Gives the pair the steps of `list` (the chosen candidate's, or the one list of a pair
   * without a choice) and their verdict; while counting, an empty list, and `counted` says
   * that the pair's steps are still to be made.
   */
  keepSteps(evaluation: PairEvaluation, list: StepList): void {
    evaluation.ok = list.missing === 0;
    if (!list.counting) {
      evaluation.steps = list.toArray();
      return;
    }
    evaluation.steps = NO_STEPS;
    this.counted = true;
    this.countedAfterApply = list.afterApply;
  }

  /** The chosen candidate misses nothing: no later one can be chosen over it. */
  get settled(): boolean {
    return this.found && this.best.missing === 0;
  }

  /** The list to build the next candidate's steps in. */
  start(): StepList {
    this.current.clear();
    return this.current;
  }

  /**
   * The candidate just built, through `plan` (and `link` from another VPC, or `internet` to
   * the Internet).
   */
  offer(plan: BindingPlan, link: LinkPlan | undefined, internet?: InternetPlan): void {
    if (this.found && this.current.missing >= this.best.missing) return;
    const chosen = this.current;
    this.current = this.best;
    this.best = chosen;
    this.found = true;
    this.binding = plan.binding;
    this.vpc = plan.vpc;
    this.via = link?.via;
    this.transitive = link?.transitive;
    this.natGateway = internet?.natGateway;
    this.publicIp = internet?.publicIp;
    this.plan = plan;
    this.link = link;
    this.internet = internet;
  }

  /**
   * The shared route (pairRoute.ts) that holds what the chosen candidate gives a pair, when
   * there is one: not for a link without a direct connection (its transitive path).
   */
  get route(): PairRoute | undefined {
    const { plan, link, internet } = this;
    if (!plan) return undefined;
    if (internet) return routeOfInternet(plan, internet);
    if (!link) return routeOfBinding(plan);
    return link.transitive === undefined ? routeOfLink(plan, link) : undefined;
  }

  /** Gives the pair the chosen candidate's steps (`keepSteps`). */
  keepChosen(evaluation: PairEvaluation): void {
    this.keepSteps(evaluation, this.best);
  }
}

/**
 * The end of every binding-based evaluation: the chosen candidate's steps, or, without
 * a candidate, an unresolved pair. False when there is neither: the group has no usable
 * binding, and the caller gives the pair its `vpc-not-associated` step.
 */
export function pairFromCandidates(
  evaluation: PairEvaluation & RoutedPair,
  choice: CandidateChoice,
  unresolvedBinding: boolean,
): boolean {
  if (!choice.found) {
    if (!unresolvedBinding) return false;
    evaluation.unresolved = 'unknown-reference';
    return true;
  }
  // A route shared with the pairs decided at once, where the candidate's plans give one: the
  // writes below then change nothing (each writes the value it holds), and make no route.
  const route = choice.route;
  if (route) evaluation.takeRoute(route);
  evaluation.binding = choice.binding;
  choice.keepChosen(evaluation);
  evaluation.via = choice.via;
  evaluation.publicIp = choice.publicIp;
  evaluation.natGateway = choice.natGateway;
  evaluation.transitive = choice.transitive;
  return true;
}

/**
 * The steps of a group with no usable binding (one step, naming a VPC to bind when there is
 * one), the same for every pair of the group towards `target` (null: the Internet).
 */
export function notAssociatedSteps(
  context: PairContext,
  rg: ResourceGroup,
  target: Target | undefined,
): Step[] {
  const { notAssociated } = context.group(rg);
  const key = target ?? null;
  let steps = notAssociated.get(key);
  if (!steps) notAssociated.set(key, (steps = [notAssociatedStep(context, rg, target)]));
  return steps;
}

/** The step of a group with no usable binding, naming a VPC to bind when there is one. */
function notAssociatedStep(
  context: PairContext,
  rg: ResourceGroup,
  target: Target | undefined,
): Step {
  const { topology, model } = context;
  // Prefer binding the data source's own VPC; else a VPC that is directly connected to
  // the data source's network. Either way, one the console accepts for this group.
  let bindTo: StepOf<'vpc-not-associated'>['bindTo'];
  if (target?.vpc && refusals(rg, target.vpc).length === 0) {
    bindTo = { vpc: target.vpc, vSwitch: target.vpc.vSwitches.values().next().value };
  } else if (target) {
    for (const vpc of model.vpcs.byId.values()) {
      if (refusals(rg, vpc).length > 0) continue;
      if (topology.directConnections(vpc.id, target.id).length > 0) {
        bindTo = { vpc, vSwitch: vpc.vSwitches.values().next().value };
        break;
      }
    }
  }
  return { code: 'vpc-not-associated', ok: false, bindTo };
}

type Refusal = 'binding-out-of-scope' | 'binding-vpc-unsupported';

/** Why the console would refuse to bind `rg` to `vpc` (nothing when it accepts). */
export function refusals(rg: ResourceGroup, vpc: Vpc): Refusal[] {
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
