// What one evaluation of pairs works out once and shares among them (docs/performance.md):
// a large topology has thousands of data sources behind each resource group, and every pair
// of a binding reads the same resolved VPC, vSwitch and security group, reaches the same
// network through the same connection, and most get the same whitelist verdict. A
// `PairContext` lives for one `analyseConnectivity` (or one re-evaluation after an edit) and
// is then dropped: it keeps nothing per data source, and the steps it shares are immutable
// values that many pairs list (no reader changes a step or tells two equal ones apart).
import { targetOf } from '../references';
import { WHITELIST_KEY_START, whitelistKeyPart } from '../model/columns/dataSources';
import type { CidrParse, Ipv4Range } from '../cidr';
import type {
  Binding,
  CidrValue,
  Collection,
  Connection,
  DataSource,
  Model,
  NatGateway,
  ResourceGroup,
  SecurityGroup,
  Task,
  VSwitch,
  Vpc,
} from '../model';
import { cidrRange, networkForm, type Target } from './pairValues';
import { acceptsAfterApply, hasSymbolicRule, symbolicEntries } from './afterApply';
import { CandidateChoice, refusals } from './candidates';
import { denialOnEveryPort, ruleTable, type RuleTable } from './securityGroups';
import type { PairRoute } from './pairRoute';
import type { Step, StepOf } from './steps';
import type { Topology } from './topology';
import { vpcHolds } from './vpcSpace';

/** What the data source sees the traffic come from: an address or a block, in words. */
export interface TrafficSource {
  range?: Ipv4Range;
  text: string;
}

/**
 * The sources of one binding's traffic (its vSwitch block, or the public addresses it leaves
 * through), with the whitelist steps worked out for them, by whitelist (`whitelistKey`).
 */
export interface Sources {
  /** The public addresses the data source sees, over the Internet; else undefined. */
  publicIps: readonly string[] | undefined;
  list: readonly TrafficSource[];
  binding: Binding | undefined;
  vSwitch: VSwitch | undefined;
  whitelistSteps: Map<CidrParse | string, StepOf<'whitelist-missing'>>;
}

/** A binding's way to a network other than its own VPC (scenarios 1 to 4). */
export interface LinkPlan {
  /** The first connection that lists both networks. */
  via: Connection | undefined;
  /** Without one: the connections of a path of 2+ hops, when there is one. */
  transitiveHops: number | undefined;
  transitive: { binding: Binding; vpc: Vpc; hops: number } | undefined;
  /** The connections a pair using this binding counts as used (shared by those pairs). */
  used: Connection[];
  connectionStep: StepOf<'connection-missing'>;
  /** The route of the pairs decided at once through it (`routeOfLink`), made when first asked. */
  route: PairRoute | undefined;
}

/** What scenario 5 finds of a serverless group's binding: its NAT gateway and SNAT steps. */
export interface InternetPlan {
  steps: readonly Step[];
  /** Every step holds, none decided after apply. */
  holds: boolean;
  natGateway: NatGateway | undefined;
  /** The EIPs the traffic leaves through, when the binding's traffic is translated. */
  sources: Sources | undefined;
  /** Not translated, past the gateway's EIP: only the group's security group steps follow. */
  groupSteps: boolean;
  publicIp: string | undefined;
  /** The route of the pairs decided at once through it (`routeOfInternet`), made when first asked. */
  route: PairRoute | undefined;
}

/** One binding of a resource group whose VPC exists, read once per evaluation. */
export interface BindingPlan {
  binding: Binding;
  vpc: Vpc;
  vSwitch: VSwitch | undefined;
  /** The console's refusals and a vSwitch that is not the VPC's: steps every pair lists first. */
  bindingSteps: readonly Step[];
  switchRange: Ipv4Range | undefined;
  switchCidr: string | undefined;
  /** The binding's security group, and the steps of it that do not depend on the data source. */
  group: SecurityGroup | undefined;
  /** The group has no rule known only after apply: a plain address is decided as written. */
  groupAsWritten: boolean;
  groupMismatch: StepOf<'sg-vpc-mismatch'> | undefined;
  ingress: StepOf<'rg-sg-ingress-missing'> | undefined;
  /**
   * None of its own steps is missing or decided after apply (no refusal, a vSwitch of its
   * VPC, no group of another VPC, the ingress step holds) and its group, if any, has no rule
   * known only after apply: what `connectsAtOnce` (scenarios.ts) needs of a binding.
   */
  holds: boolean;
  /** Its group's egress rules as `tableAccepts` reads them, when `groupAsWritten`. */
  egress: RuleTable | undefined;
  /** The ranges of its routes outside its own VPC, and those known only after apply. */
  routes: readonly Ipv4Range[];
  /** Shared by the route steps that list them (no reader changes a step's values). */
  pendingRoutes: string[];
  /** Its vSwitch block as the source of its traffic. */
  privateSources: Sources;
  links: Map<Target, LinkPlan>;
  internet: InternetPlan | undefined;
  /** The route of the pairs decided at once in its own VPC (`routeOfBinding`), made when first asked. */
  route: PairRoute | undefined;
}

/** A resource group's bindings, and what its pairs share without a usable one. */
export interface GroupPlan {
  bindings: BindingPlan[];
  unresolvedBinding: boolean;
  /** The `vpc-not-associated` step, by the data source's network (null: the Internet). */
  notAssociated: Map<Target | null, Step[]>;
  /** Scenario 5 of an old-version group, through its own EIP (internet.ts). */
  exclusive: ExclusivePlan | undefined;
}

/** An old-version group's EIP step, and that EIP as the source the data source sees. */
export interface ExclusivePlan {
  step: Step;
  eip: string | undefined;
  sources: Sources | undefined;
  /** The route of the pairs decided at once through it (`routeOfExclusive`), made when first asked. */
  route: PairRoute | undefined;
}

/** `PairContext.usedConnections`, for one group's bindings (`used` is `this`). */
function addUsedOfGroup(this: Set<Connection>, group: GroupPlan): void {
  const { bindings } = group;
  for (let index = 0; index < bindings.length; index++)
    bindings[index]?.links.forEach(addUsedOfLink, this);
}

function addUsedOfLink(this: Set<Connection>, link: LinkPlan): void {
  const { used } = link;
  for (let index = 0; index < used.length; index++) this.add(used[index] as Connection);
}

/** A source list's whitelist steps, made when first asked. */
export function sourcesOf(
  publicIps: readonly string[] | undefined,
  list: readonly TrafficSource[],
  binding: Binding | undefined,
  vSwitch: VSwitch | undefined,
): Sources {
  return { publicIps, list, binding, vSwitch, whitelistSteps: new Map() };
}

/**
 * A whitelist as a key of its verdict, which depends on its entries' parses alone (ranges,
 * origins of values known after apply). One entry, the usual case, is its parse: parses are
 * shared by the values that read the same (cidr.ts keeps them by text), and were one not, the
 * verdict would only be worked out again. Otherwise the key of its values (`whitelistKeyPart`,
 * which the data sources' column makes the same way).
 */
export function whitelistKey(entries: readonly CidrValue[]): CidrParse | string {
  const first = entries[0];
  if (entries.length === 1 && first) return first.parsed;
  let key = WHITELIST_KEY_START;
  for (const entry of entries) key += whitelistKeyPart(entry.value);
  return key;
}

export class PairContext {
  readonly model: Model;
  /** The choice among the candidates of the pair being evaluated (one pair at a time). */
  readonly choice: CandidateChoice;
  private readonly groups: Map<ResourceGroup, GroupPlan>;

  /**
   * Its pairs that connect make their steps when first read, from this context, which they
   * keep until then (connectivity.ts `evaluatePair`): its choice counts steps, and makes them
   * only for a pair that needs them. Off after an edit (pairSplice.ts): a pair kept through
   * many edits would keep its own edit's context and model alive.
   */
  readonly deferSteps: boolean;
  /** The collections its pairs' slots are of, one object for them all (connectivity.ts `Pair`). */
  readonly collections: {
    readonly tasks: Collection<Task>;
    readonly dataSources: Collection<DataSource>;
  };

  constructor(
    readonly topology: Topology,
    deferSteps = false,
  ) {
    this.deferSteps = deferSteps;
    this.model = topology.model;
    this.collections = { tasks: this.model.tasks, dataSources: this.model.dataSources };
    this.choice = new CandidateChoice();
    this.choice.counting = deferSteps;
    this.groups = new Map();
  }

  /** The group's bindings whose VPC exists, read once. */
  group(rg: ResourceGroup): GroupPlan {
    let plan = this.groups.get(rg);
    if (!plan) this.groups.set(rg, (plan = this.readGroup(rg)));
    return plan;
  }

  private readGroup(rg: ResourceGroup): GroupPlan {
    const bindings: BindingPlan[] = [];
    let unresolvedBinding = false;
    for (const binding of rg.bindings) {
      const vpc = targetOf(this.model, binding.vpc);
      if (!vpc) unresolvedBinding = true;
      else bindings.push(this.readBinding(rg, binding, vpc));
    }
    return { bindings, unresolvedBinding, notAssociated: new Map(), exclusive: undefined };
  }

  private readBinding(rg: ResourceGroup, binding: Binding, vpc: Vpc): BindingPlan {
    const { model } = this;
    const vSwitch = targetOf(model, binding.vSwitch);
    const switchRange = cidrRange(vSwitch?.cidr);
    const switchCidr = networkForm(vSwitch?.cidr);
    const group = targetOf(model, binding.securityGroup);
    const bindingVpc = binding.vpc?.value;
    const groupMismatch = group && bindingVpc ? otherVpcGroup(model, group, bindingVpc) : undefined;
    let ingress: StepOf<'rg-sg-ingress-missing'> | undefined;
    if (group?.type === 'advanced' && switchRange && switchCidr) {
      const decided = acceptsAfterApply(group, 'ingress', { range: switchRange }, undefined);
      const ok = decided.answer !== 'no';
      ingress = {
        code: 'rg-sg-ingress-missing',
        ok,
        afterApply: decided.answer === 'maybe' ? decided.values : undefined,
        needed: switchCidr,
        securityGroup: group,
        binding,
        denial: ok
          ? undefined
          : denialOnEveryPort(group, 'ingress', { range: switchRange }, switchRange),
      };
    }
    const routes: Ipv4Range[] = [];
    for (const route of binding.routes) {
      // Inside the VPC's own address space its local routes win (route-own-vpc).
      const range = cidrRange(route);
      if (range !== undefined && !vpcHolds(vpc, range)) routes.push(range);
    }
    const steps = bindingSteps(model, rg, binding, vpc);
    const groupAsWritten = group !== undefined && !hasSymbolicRule(group);
    return {
      binding,
      vpc,
      vSwitch,
      bindingSteps: steps,
      switchRange,
      switchCidr,
      group,
      groupAsWritten,
      groupMismatch,
      ingress,
      holds:
        steps.length === 0 &&
        groupMismatch === undefined &&
        (group === undefined || groupAsWritten) &&
        (ingress === undefined || (ingress.ok && ingress.afterApply === undefined)),
      egress: group && groupAsWritten ? ruleTable(group, 'egress') : undefined,
      routes,
      pendingRoutes: symbolicEntries(binding.routes),
      privateSources: sourcesOf(
        undefined,
        switchRange && switchCidr ? [{ range: switchRange, text: switchCidr }] : [],
        binding,
        vSwitch,
      ),
      links: new Map(),
      internet: undefined,
      route: undefined,
    };
  }

  /**
   * The connections the pairs evaluated so far count as used: every link worked out was
   * asked for by a pair, which lists its connections (usedConnectionsOf, without a pass
   * over the pairs).
   */
  usedConnections(): Set<Connection> {
    const used = new Set<Connection>();
    // Module-level callbacks, not closures made per call: V8 keeps a function's optimised
    // code only while one of its closures lives; and no iterator, which in code that runs
    // unoptimised (once per check) makes an object per entry.
    this.groups.forEach(addUsedOfGroup, used);
    return used;
  }

  /** How a binding's VPC reaches `target`, another network. */
  link(plan: BindingPlan, target: Target): LinkPlan {
    let found = plan.links.get(target);
    if (found) return found;
    const { topology } = this;
    const { binding, vpc } = plan;
    // Only connections their type can make are in the graph (a VPC peering that lists a
    // data center, say, connects nothing: connection-type-mismatch).
    const via = topology.directConnections(vpc.id, target.id)[0];
    let transitiveHops: number | undefined;
    let used: Connection[] = via ? [via] : [];
    if (!via) {
      const hops = topology.reachable(vpc.id).get(target.id);
      if (hops !== undefined && hops >= 2) {
        transitiveHops = hops;
        // The connections of the path are in use, even if DataWorks cannot route over them yet.
        used = topology.pathConnections(vpc.id, target.id);
      }
    }
    found = {
      via,
      transitiveHops,
      transitive: transitiveHops === undefined ? undefined : { binding, vpc, hops: transitiveHops },
      used,
      connectionStep: {
        code: 'connection-missing',
        ok: via !== undefined,
        binding,
        vpc,
        target: target.summary,
      },
      route: undefined,
    };
    plan.links.set(target, found);
    return found;
  }
}

/**
 * A security group belongs to one VPC: a binding or an ECS instance naming a group of
 * another VPC is refused by the cloud (sg-vpc-mismatch), whatever that group's rules say.
 * Those rules are still checked (the findings name what they refuse), but the pair does not
 * count as connected until the group is one of its own VPC's.
 */
export function otherVpcGroup(
  model: Model,
  group: SecurityGroup,
  vpcId: string,
): StepOf<'sg-vpc-mismatch'> | undefined {
  const groupVpc = group.vpc?.value;
  const { vpcs } = model;
  // An unknown VPC on either side is unknown-reference's finding, not a mismatch.
  if (!groupVpc || groupVpc === vpcId || !vpcs.byId.has(groupVpc)) return undefined;
  const vpc = vpcs.byId.get(vpcId);
  return vpc ? { code: 'sg-vpc-mismatch', ok: false, securityGroup: group, vpc } : undefined;
}

/** A binding the console would refuse cannot carry traffic, whatever else holds. */
function bindingSteps(model: Model, rg: ResourceGroup, binding: Binding, vpc: Vpc): Step[] {
  // Pushed onto a literal, not made by `map`: TurboFan's inlined `map` makes its array with
  // another elements kind than the builtin, and the readers of a binding's steps compiled
  // for the one were thrown away at the other ("wrong map").
  const steps: Step[] = [];
  const codes = refusals(rg, vpc);
  for (let i = 0; i < codes.length; i++)
    steps.push({ code: codes[i] as (typeof codes)[number], ok: false, binding, vpc });
  // A vSwitch that is not the VPC's own (another VPC's, or none at all): the console binds
  // no such thing, and no whitelist or rule can be checked against its CIDR block.
  const name = binding.vSwitch?.value;
  if (name !== undefined && !vpc.vSwitches.has(name)) {
    const elsewhere = [...model.vpcs.byId.values()].some((v) => v.vSwitches.has(name));
    steps.push({
      code: elsewhere ? 'binding-vswitch-mismatch' : 'unknown-reference',
      ok: false,
      binding,
      vpc,
    });
  }
  return steps;
}
