// The scenario table of SPEC §3, applied to every (task, data source) pair: which
// scenario applies, which binding is used, and which steps of the reference
// document hold. Rules turn the missing steps into findings; explain and hover show
// the whole checklist.
//
// This file makes the pairs (their shape: pair.ts, and the route most of them share:
// pairRoute.ts); the evaluation is split by job: scenarios.ts
// (which scenario, the steps of scenarios 1 to 4), internet.ts (scenario 5),
// candidates.ts (candidate bindings and the choice), routeSteps.ts and accessSteps.ts
// (the steps themselves), pairValues.ts (what they read of the model, once per object).
// In words: core/src/stepText.ts. After an edit: pairSplice.ts.
import { NON_PUBLIC_RANGES } from '../cidr';
import type { Node } from '../parse';
import type {
  Binding,
  Connection,
  DataSource,
  Model,
  NatGateway,
  ResourceGroup,
  Task,
  TaskRole,
} from '../model';
import { PairContext } from './pairContext';
import { evaluateWithSteps, NO_STEPS, Pair } from './pair';
import type { TransitivePath } from './pairRoute';
import { connectsAtOnce, evaluateScenario } from './scenarios';
import type { Step } from './steps';
import { kindMismatchOf } from './taskKinds';
import { AddressStatus, Net, type DataSourceTable } from '../model/columns/dataSources';
import { ROLES } from '../model/columns/tasks';
import { ABSENT } from '../model/columns/table';
import type { Topology } from './topology';

export type { Step, StepCode, StepOf } from './steps';

/** The scenarios of SPEC §3: same region, other region, other account, data center, Internet. */
export type Scenario = 1 | 2 | 3 | 4 | 5;

export interface PairEvaluation {
  readonly task: Task;
  roles: TaskRole[];
  rg?: ResourceGroup;
  readonly ds?: DataSource;
  /** The reference strings the pair came from (for related locations). */
  readonly dataSourceRefNode: Task['dataSourceRefs'][number];
  /** The task's slot in `model.tasks`, the data source's in `model.dataSources` (-1: none), and the index of `dataSourceRefNode` in the task's references. */
  readonly taskSlot: number;
  readonly dsSlot: number;
  readonly refIndex: number;
  /**
   * The data source's id and key node (`dsSlot` ≥ 0), without making its object: all that a
   * finding's related location reads of it.
   */
  dataSourceId(): string;
  dataSourceKeyNode(): Node;
  scenario: Scenario | null;
  binding?: Binding;
  steps: Step[];
  ok: boolean;
  /** Set when a reference of the pair does not resolve; nothing else is checked. */
  unresolved?: 'unknown-reference' | 'schema';
  /** The connection that links the binding's VPC to the data source's network. */
  via?: Connection;
  /** A binding whose VPC reaches the data source's network only through 2+ connections. */
  transitive?: TransitivePath;
  overInternet: boolean;
  /** The public address the data source sees (SNAT EIP or the group's EIP). */
  publicIp?: string;
  natGateway?: NatGateway;
  /** The connections this pair counts as used (see ConnectivityAnalysis.usedConnections). */
  linkedConnections?: Connection[];
}

/**
 * A pair whose task, resource group and data source all exist: the only pairs with steps
 * (a pair with an unresolved reference is not evaluated).
 */
export type EvaluatedPair = PairEvaluation & { rg: ResourceGroup; ds: DataSource };

export function isEvaluated(pair: PairEvaluation): pair is EvaluatedPair {
  // By slot: the data source's object is made when read.
  return pair.rg !== undefined && pair.dsSlot >= 0;
}

export interface ConnectivityAnalysis {
  pairs: PairEvaluation[];
  /** Connections used as the direct link of some candidate binding of some pair. */
  usedConnections: Set<Connection>;
}

/** Evaluates every (task, data source) pair. */
export function analyseConnectivity(topology: Topology): ConnectivityAnalysis {
  const { model } = topology;
  const context = new PairContext(topology, true);
  // Made at its length: grown by pushes, it would leave the young generation its smaller
  // copies (about 0.2 MB for 10 000 pairs), and the check keeps every pair.
  const pairs = new Array<PairEvaluation>(pairCount(model));
  let length = 0;
  // By slot, from the tasks' columns: no task object is read.
  for (let slot = 0, count = model.tasks.count; slot < count; slot++)
    length = addPairsOfTask(context, slot, pairs, length);
  pairs.length = length;
  return { pairs, usedConnections: context.usedConnections() };
}

/** How many pairs the tasks make: one per task and distinct data source (`addPairsOfTask`). */
function pairCount(model: Model): number {
  const table = model.columns.tasks;
  let pairs = 0;
  for (let slot = 0, count = model.tasks.count; slot < count; slot++) {
    const start = table.refStart[slot] as number;
    const refs = table.refCount[slot] as number;
    for (let i = 0; i < refs; i++) if (table.refFirst[start + i] === i) pairs++;
  }
  return pairs;
}

/**
 * What a check's results name of a pair: its task's resource group and data source as
 * written, read by slot: no object is made for the task or the data source of a pair (10 000
 * in the benchmark), but for a reference that names nothing.
 */
export function pairGroupName(model: Model, pair: PairEvaluation): string {
  const group = model.columns.tasks.resourceGroup[pair.taskSlot] as number;
  if (group >= 0) return model.resourceGroups.idAt(group);
  return group === ABSENT ? '' : (pair.task.resourceGroup?.value ?? '');
}

export function pairDataSourceName(pair: PairEvaluation): string {
  return pair.dsSlot >= 0 ? pair.dataSourceId() : pair.dataSourceRefNode.value;
}

/** The connections some pair counts as used. */
export function usedConnectionsOf(pairs: readonly PairEvaluation[]): Set<Connection> {
  const used = new Set<Connection>();
  for (let index = 0; index < pairs.length; index++) {
    const linked = pairs[index]?.linkedConnections;
    if (linked) for (const connection of linked) used.add(connection);
  }
  return used;
}

/**
 * The roles of a pair, one array per combination for every pair that has it (the pairs
 * keep them, and no reader changes them): one role, two roles by the first, or any list.
 */
const ONE_ROLE = new Map<TaskRole, TaskRole[]>();
const TWO_ROLES = new Map<TaskRole, Map<TaskRole, TaskRole[]>>();
const MORE_ROLES = new Map<string, TaskRole[]>();

function sharedRoles(first: TaskRole, second?: TaskRole): TaskRole[] {
  if (second === undefined || second === first) {
    let one = ONE_ROLE.get(first);
    if (!one) ONE_ROLE.set(first, (one = [first]));
    return one;
  }
  let bySecond = TWO_ROLES.get(first);
  if (!bySecond) TWO_ROLES.set(first, (bySecond = new Map()));
  let two = bySecond.get(second);
  if (!two) bySecond.set(second, (two = [first, second]));
  return two;
}

function sharedRoleList(roles: TaskRole[]): TaskRole[] {
  const [first, second] = roles;
  if (first !== undefined && roles.length <= 2) return sharedRoles(first, second);
  const key = roles.join(',');
  const shared = MORE_ROLES.get(key);
  if (shared) return shared;
  MORE_ROLES.set(key, roles);
  return roles;
}

/** The pairs of one task (its slot): one per distinct data source, with every role it plays. */
export function pairsOfTask(context: PairContext, taskSlot: number): PairEvaluation[] {
  const pairs: PairEvaluation[] = [];
  addPairsOfTask(context, taskSlot, pairs, 0);
  return pairs;
}

/** Writes the pairs of one task into `pairs` from `at`; returns the index after them. */
function addPairsOfTask(
  context: PairContext,
  taskSlot: number,
  pairs: PairEvaluation[],
  at: number,
): number {
  const { model } = context;
  const table = model.columns.tasks;
  const rgSlot = table.resourceGroup[taskSlot] as number;
  const rg = rgSlot >= 0 ? model.resourceGroups.at(rgSlot) : undefined;
  const start = table.refStart[taskSlot] as number;
  const count = table.refCount[taskSlot] as number;
  // The first reference to each data source (by value: `refFirst`), with every role the
  // task gives it, in order.
  for (let i = 0; i < count; i++) {
    if (table.refFirst[start + i] !== i) continue;
    const role = ROLES[table.refRole[start + i] as number] as TaskRole;
    let roles: TaskRole[] | undefined;
    let second: TaskRole | undefined;
    for (let j = i + 1; j < count; j++) {
      if (table.refFirst[start + j] !== i) continue;
      const other = ROLES[table.refRole[start + j] as number] as TaskRole;
      if (other === role || other === second || roles?.includes(other)) continue;
      if (second === undefined) second = other;
      else (roles ??= [role, second]).push(other);
    }
    const shared = roles ? sharedRoleList(roles) : sharedRoles(role, second);
    pairs[at++] = evaluatePair(
      context,
      taskSlot,
      shared,
      rg,
      i,
      table.refTarget[start + i] as number,
    );
  }
  return at;
}

/**
 * The evaluation of one (task, data source) pair, given the task's resource group. It is
 * worked out with its steps counted, not made (StepList): a pair whose chosen candidate
 * misses nothing and waits for no value known after apply (most pairs of a large topology)
 * makes them when they are first read, which a check does not do (rules read the missing
 * steps; explain, hovers and the graph read a few pairs). Any other pair is evaluated again
 * with its steps made.
 */
export function evaluatePair(
  context: PairContext,
  taskSlot: number,
  roles: TaskRole[],
  rg: ResourceGroup | undefined,
  refIndex: number,
  dsSlot: number,
): PairEvaluation {
  const { model } = context;
  const pair = new Pair(context, taskSlot, roles, rg, refIndex, dsSlot);
  if (!rg || dsSlot < 0) {
    pair.unresolved = 'unknown-reference';
    return pair;
  }
  const { choice } = context;
  if (context.deferSteps) {
    // Decided from the columns: the data source's object is made only past this.
    const verdict = connectsAtOnce(context, pair, rg, dsSlot);
    if (verdict === 'connects') {
      if (prefixSteps(pair, model, rg) !== NO_STEPS)
        return evaluatePairWithSteps(context, taskSlot, roles, rg, refIndex, dsSlot);
      pair.deferStepsTo(context);
      return pair;
    }
    const ds = model.dataSources.at(dsSlot);
    if (verdict === 'misses') {
      // Left unchanged by connectsAtOnce: evaluated in place, steps made.
      evaluateWithSteps(context, pair, rg, ds);
      return withPrefixSteps(pair, model, rg);
    }
    // The context's choice counts (PairContext); one that makes steps is right too, slower.
    choice.counted = false;
    evaluateScenario(context, pair, rg, ds);
    if (!choice.counted) return withPrefixSteps(pair, model, rg);
    if (pair.ok && !choice.countedAfterApply && prefixSteps(pair, model, rg) === NO_STEPS) {
      pair.deferStepsTo(context);
      return pair;
    }
  }
  return evaluatePairWithSteps(context, taskSlot, roles, rg, refIndex, dsSlot);
}

/** The evaluation of a pair whose task, resource group and data source exist, steps made. */
function evaluatePairWithSteps(
  context: PairContext,
  taskSlot: number,
  roles: TaskRole[],
  rg: ResourceGroup,
  refIndex: number,
  dsSlot: number,
): Pair {
  const { model } = context;
  const pair = new Pair(context, taskSlot, roles, rg, refIndex, dsSlot);
  evaluateWithSteps(context, pair, rg, model.dataSources.at(dsSlot));
  return withPrefixSteps(pair, model, rg);
}

/** The pair with the steps that keep it from connecting before its scenario's, if any. */
function withPrefixSteps(pair: Pair, model: Model, rg: ResourceGroup): Pair {
  const prefix = prefixSteps(pair, model, rg);
  if (prefix !== NO_STEPS) {
    pair.steps = [...prefix, ...pair.steps];
    pair.ok = false;
  }
  return pair;
}

/**
 * What keeps a pair from connecting before any step of its scenario: `NO_STEPS` for nearly
 * every pair (`evaluatePair` defers the steps of a pair only then).
 */
function prefixSteps(pair: Pair, model: Model, rg: ResourceGroup): Step[] {
  const { columns } = model;
  // A private address on the internet reaches nothing, whatever NAT and whitelists hold.
  const notPublic = pair.overInternet && isNonPublicAddress(columns.dataSources, pair.dsSlot);
  // A task its group cannot run reaches nothing, however the network is set up.
  const runs = pair.unresolved
    ? undefined
    : kindMismatchOf(columns.tasks.kindOf(pair.taskSlot), rg);
  if (!notPublic && !runs) return NO_STEPS;
  const steps: Step[] = [];
  if (runs) steps.push({ code: 'task-kind-mismatch', ok: false, runs });
  if (notPublic) steps.push({ code: 'address-not-public', ok: false });
  return steps;
}

/** An internet data source's address that no host on the Internet can have. */
function isNonPublicAddress(table: DataSourceTable, slot: number): boolean {
  if (table.networkType[slot] !== Net.Internet || table.addressStatus[slot] !== AddressStatus.Ok)
    return false;
  const address = table.address[slot] as number;
  // Indexed: an iterator is an object per call until the engine optimises this.
  for (let index = 0; index < NON_PUBLIC_RANGES.length; index++) {
    const range = NON_PUBLIC_RANGES[index]?.range;
    if (range && range.start <= address && address <= range.end) return true;
  }
  return false;
}
