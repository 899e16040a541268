// A pair's evaluation as the analysis keeps it (connectivity.ts makes and evaluates the
// pairs; readers see `PairEvaluation`): the fields of a pair and what it shares with others,
// so that the 10 000 pairs a check of the benchmark keeps are as small as they can be.
import type { Node } from '../parse';
import type {
  Binding,
  Connection,
  DataSource,
  NatGateway,
  ResourceGroup,
  Task,
  TaskRole,
} from '../model';
import type { PairEvaluation, Scenario } from './connectivity';
import type { PairContext } from './pairContext';
import { NO_ROUTE, type PairRoute, type TransitivePath } from './pairRoute';
import { ROLES } from '../model/columns/tasks';
import { evaluateScenario } from './scenarios';
import type { Step } from './steps';

/**
 * A pair's evaluation. Every field is set in the constructor, and the evaluation fills the
 * object in: one shape for all pairs, where spreading it into new objects was the slowest
 * part of the analysis of a large topology (see docs/performance.md). The steps of a pair
 * that connects are made when first read (`evaluatePair`), the same as they would have been.
 * A check keeps every pair (10 000 in the benchmark), and each field is 8 bytes of the young
 * generation per pair: the scenario, three flags and the roles are one number (`state`), the
 * binding and the way the traffic takes a route most pairs share (pairRoute.ts), the steps or
 * the context to make them from one field, and the collections the slots are of one object
 * per evaluation: eight fields, 88 bytes, where nineteen took 176.
 */
export class Pair implements PairEvaluation {
  /** The collections the slots are of (the model's the pair was evaluated in). */
  private readonly collections: PairContext['collections'];
  readonly taskSlot: number;
  readonly dsSlot: number;
  readonly refIndex: number;
  rg: ResourceGroup | undefined;
  /** The scenario (0: none), `ok`, `overInternet`, `unresolved` and the roles: masks below. */
  private state: number;
  private route: PairRoute;
  /** The steps, or the evaluation's context while they are still to be made from it. */
  private stepsOrContext: Step[] | PairContext;

  constructor(
    context: PairContext,
    taskSlot: number,
    roles: TaskRole[],
    rg: ResourceGroup | undefined,
    refIndex: number,
    dsSlot: number,
  ) {
    this.collections = context.collections;
    this.taskSlot = taskSlot;
    this.dsSlot = dsSlot;
    this.refIndex = refIndex;
    this.rg = rg;
    this.state = rolesCode(roles) << ROLES_SHIFT;
    this.route = NO_ROUTE;
    this.stepsOrContext = NO_STEPS;
  }

  // The entities are made when read (model/collection.ts): a check reads those of the pairs
  // it reports.
  get task(): Task {
    return this.collections.tasks.at(this.taskSlot);
  }

  get ds(): DataSource | undefined {
    return this.dsSlot >= 0 ? this.collections.dataSources.at(this.dsSlot) : undefined;
  }

  dataSourceId(): string {
    return this.collections.dataSources.idAt(this.dsSlot);
  }

  dataSourceKeyNode(): Node {
    return this.collections.dataSources.keyNodeAt(this.dsSlot);
  }

  get dataSourceRefNode(): Task['dataSourceRefs'][number] {
    // (The cast: the columns list the task's references in this order.)
    return this.task.dataSourceRefs[this.refIndex] as Task['dataSourceRefs'][number];
  }

  get roles(): TaskRole[] {
    return roleList(this.state >>> ROLES_SHIFT);
  }

  set roles(roles: TaskRole[]) {
    this.state = (this.state & ~(-1 << ROLES_SHIFT)) | (rolesCode(roles) << ROLES_SHIFT);
  }

  get scenario(): Scenario | null {
    return (this.state & SCENARIO || null) as Scenario | null;
  }

  set scenario(scenario: Scenario | null) {
    this.state = (this.state & ~SCENARIO) | (scenario ?? 0);
  }

  get ok(): boolean {
    return (this.state & OK) !== 0;
  }

  set ok(ok: boolean) {
    this.state = ok ? this.state | OK : this.state & ~OK;
  }

  get overInternet(): boolean {
    return (this.state & OVER_INTERNET) !== 0;
  }

  set overInternet(overInternet: boolean) {
    this.state = overInternet ? this.state | OVER_INTERNET : this.state & ~OVER_INTERNET;
  }

  get unresolved(): 'unknown-reference' | 'schema' | undefined {
    const unresolved = this.state & UNRESOLVED;
    return unresolved === 0
      ? undefined
      : unresolved === UNKNOWN_REFERENCE
        ? 'unknown-reference'
        : 'schema';
  }

  set unresolved(unresolved: 'unknown-reference' | 'schema' | undefined) {
    const bits =
      unresolved === undefined ? 0 : unresolved === 'schema' ? SCHEMA : UNKNOWN_REFERENCE;
    this.state = (this.state & ~UNRESOLVED) | bits;
  }

  /** Routes the pair through a route its binding's plan shares (pairRoute.ts). */
  takeRoute(route: PairRoute): void {
    this.route = route;
  }

  /** The route to write a field into: the pair's own (made at the first write). */
  private ownRoute(): PairRoute {
    if (this.route.shared) this.route = this.route.own();
    return this.route;
  }

  get binding(): Binding | undefined {
    return this.route.binding;
  }

  set binding(binding: Binding | undefined) {
    if (this.route.binding !== binding) this.ownRoute().binding = binding;
  }

  get via(): Connection | undefined {
    return this.route.via;
  }

  set via(via: Connection | undefined) {
    if (this.route.via !== via) this.ownRoute().via = via;
  }

  get transitive(): TransitivePath | undefined {
    return this.route.transitive;
  }

  set transitive(transitive: TransitivePath | undefined) {
    if (this.route.transitive !== transitive) this.ownRoute().transitive = transitive;
  }

  get linkedConnections(): Connection[] | undefined {
    return this.route.linkedConnections;
  }

  set linkedConnections(linked: Connection[] | undefined) {
    if (this.route.linkedConnections !== linked) this.ownRoute().linkedConnections = linked;
  }

  get publicIp(): string | undefined {
    return this.route.publicIp;
  }

  set publicIp(publicIp: string | undefined) {
    if (this.route.publicIp !== publicIp) this.ownRoute().publicIp = publicIp;
  }

  get natGateway(): NatGateway | undefined {
    return this.route.natGateway;
  }

  set natGateway(natGateway: NatGateway | undefined) {
    if (this.route.natGateway !== natGateway) this.ownRoute().natGateway = natGateway;
  }

  /** Its steps are to be made, when first read, from `context` (`evaluatePair`). */
  deferStepsTo(context: PairContext): void {
    this.stepsOrContext = context;
  }

  get steps(): Step[] {
    const stepsOrContext = this.stepsOrContext;
    if (Array.isArray(stepsOrContext)) return stepsOrContext;
    const context = stepsOrContext;
    if (!this.rg || this.dsSlot < 0) return (this.stepsOrContext = NO_STEPS);
    // The same evaluation again, steps made: the context answers as it did.
    const { model } = context;
    const again = new Pair(context, this.taskSlot, this.roles, this.rg, this.refIndex, this.dsSlot);
    evaluateWithSteps(context, again, this.rg, model.dataSources.at(this.dsSlot));
    return (this.stepsOrContext = again.steps);
  }

  set steps(steps: Step[]) {
    this.stepsOrContext = steps;
  }
}

/** `Pair.state`: the scenario in the low bits, then the flags. */
const SCENARIO = 0b111;
const OK = 0b1000;
const OVER_INTERNET = 0b1_0000;
const UNRESOLVED = 0b110_0000;
const UNKNOWN_REFERENCE = 0b010_0000;
const SCHEMA = 0b100_0000;
/** The roles' code (`rolesCode`) above the flags. */
const ROLES_SHIFT = 7;
/** Each role of a list is its index in `ROLES` plus one, a digit in this base. */
const ROLE_BASE = ROLES.length + 1;

/**
 * A list of distinct roles (a pair's, each role once) as one number: the roles' digits, the
 * first lowest. With three roles the largest is 63, well within `Pair.state`'s bits.
 */
function rolesCode(roles: readonly TaskRole[]): number {
  let code = 0;
  for (let index = roles.length - 1; index >= 0; index--)
    code = code * ROLE_BASE + ROLES.indexOf(roles[index] as TaskRole) + 1;
  return code;
}

/** The roles of a code, one array per code for every pair that has it (never changed). */
const ROLE_LISTS: TaskRole[][] = [];

function roleList(code: number): TaskRole[] {
  let list = ROLE_LISTS[code];
  if (list) return list;
  list = [];
  for (let rest = code; rest > 0; rest = Math.floor(rest / ROLE_BASE))
    list.push(ROLES[(rest % ROLE_BASE) - 1] as TaskRole);
  ROLE_LISTS[code] = list;
  return list;
}

/** The steps of a pair that has none (every pair without steps shares it; never changed). */
export const NO_STEPS: Step[] = [];

/** `evaluateScenario` with the steps made, whether the context's choice counts or not. */
export function evaluateWithSteps(
  context: PairContext,
  pair: Pair,
  rg: ResourceGroup,
  ds: DataSource,
): void {
  const { choice } = context;
  const counting = choice.counting;
  choice.counting = false;
  evaluateScenario(context, pair, rg, ds);
  choice.counting = counting;
}
