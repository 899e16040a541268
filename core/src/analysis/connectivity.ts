// The scenario table of SPEC §3, applied to every (task, data source) pair: which
// scenario applies, which binding is used, and which steps of the reference
// document hold. Rules turn the missing steps into findings; explain and hover show
// the whole checklist.
import { localizer, type Localizer, type MessageKey } from '../l10n';
import {
  contains,
  formatRange,
  hostRange,
  NON_PUBLIC_RANGES,
  overlaps,
  SERVERLESS_UNSUPPORTED_RANGE,
  uncoveredBlocks,
  type Ipv4Range,
} from '../cidr';
import type {
  Binding,
  Connection,
  DataCenter,
  DataSource,
  Model,
  NatGateway,
  ResourceGroup,
  SecurityGroup,
  Task,
  TaskKind,
  TaskRole,
  VSwitch,
  Vpc,
} from '../model';
import { denial, denialOnEveryPort, type Denial, type Peer } from './securityGroups';
import {
  acceptsAfterApply,
  mayHoldPublicAddress,
  originOf,
  symbolicEntries,
  knownOrSymbolic,
  valueKey,
  type SymbolicPeer,
} from './afterApply';
import { kindMismatch, runnableStepText } from './taskKinds';
import type { Topology } from './topology';
import { targetOf } from '../references';
import { validVpcBlocks, vpcHolds, vpcRanges } from './vpcSpace';
import { exactly } from '../util/arrays';
import { oncePerObject } from '../util/memo';

export type StepCode =
  | 'vpc-not-associated'
  | 'connection-missing'
  | 'route-missing'
  | 'whitelist-missing'
  | 'nat-missing'
  | 'nat-no-eip'
  | 'snat-missing'
  | 'eip-missing'
  | 'rg-sg-egress-missing'
  | 'rg-sg-ingress-missing'
  | 'ds-sg-ingress-missing'
  | 'classic-network'
  // Structural problems that make a binding or an EIP unusable. Their own rules report
  // them; as steps they only keep the pair from counting as connected.
  | 'binding-out-of-scope'
  | 'binding-vpc-unsupported'
  | 'ip-invalid'
  // A binding whose vSwitch is not one of its VPC's (binding-vswitch-mismatch, or a name
  // no VPC has: unknown-reference).
  | 'binding-vswitch-mismatch'
  | 'unknown-reference'
  // A binding or an ECS-hosted data source naming a security group of another VPC.
  | 'sg-vpc-mismatch'
  // An SNAT entry translating the binding's vSwitch with an EIP its gateway does not have.
  | 'snat-eip-unknown'
  // An internet data source whose address is private cannot be reached over the Internet
  // (reported by address-not-public, the document's scenario 5 step 3).
  | 'address-not-public'
  // The task cannot run on its resource group at all (reported by task-kind-mismatch).
  | 'task-kind-mismatch';

export interface Step {
  code: StepCode;
  ok: boolean;
  /** whitelist-missing: the public address the data source sees, when it sees one. */
  publicIp?: string;
  /** The value to add (CIDR, EIP, route); several, comma-separated, when `add` has several. */
  needed?: string;
  /**
   * The entries to add, one value each, where entries cover as a union: whitelist-missing
   * (the uncovered blocks of the vSwitch, or the EIPs not held; when the step holds, all it
   * needs) and snat-missing (the uncovered blocks of a vSwitch other entries partly cover).
   */
  add?: string[];
  /** A second choice for the value to add (a /32 route). */
  alternative?: string;
  /**
   * route-missing: the network block that `needed` is a part of, when routes already
   * cover the rest of what the block holds around the address.
   */
  partOf?: string;
  port?: number;
  binding?: Binding;
  vpc?: Vpc;
  vSwitch?: VSwitch;
  gateway?: NatGateway;
  securityGroup?: SecurityGroup;
  /** A security group step that fails: the rules (or the default) that refuse the traffic. */
  denial?: Denial;
  /**
   * connection-missing: the network to connect to (the rule finds a CEN either end is on).
   * route-missing: the network the route leads to.
   */
  target?: { id: string; kind: 'vpc' | 'dataCenter' };
  /** vpc-not-associated: a VPC to bind and its vSwitch. */
  bindTo?: { vpc: Vpc; vSwitch?: VSwitch };
  /** task-kind-mismatch: the only kind of task the resource group runs. */
  runs?: TaskKind;
  /**
   * Values known only after apply (`${…}`) that decide this step: it is not checked until
   * applied (value-after-apply). `ok` stays true: nothing is known to be missing.
   */
  afterApply?: string[];
}

/**
 * A step in the reference document's words, with concrete values. Written only when shown
 * (hover, explain, the code lens command): a large topology has tens of thousands of
 * steps, and their texts, built eagerly, were a sixth of the analysis's memory.
 */
export function describeStep(
  pair: PairEvaluation,
  step: Step,
  l10n: Localizer = localizer(),
): string {
  const dsId = pair.ds?.id ?? pair.dataSourceRefNode.value;
  const rgId = pair.rg?.id ?? '';
  const vpcId = step.vpc?.id ?? '';
  const group = step.securityGroup;
  switch (step.code) {
    case 'classic-network':
      return l10n.t('step.classic-network', { ds: dsId });
    case 'binding-out-of-scope':
      return l10n.t('step.binding-out-of-scope', { vpc: vpcId });
    case 'binding-vpc-unsupported':
      return l10n.t('step.binding-vpc-unsupported', { vpc: vpcId });
    case 'connection-missing': {
      const toVpc = step.target?.kind === 'vpc';
      return l10n.t(toVpc ? 'step.connection-missing.vpc' : 'step.connection-missing.dataCenter', {
        vpc: vpcId,
        target: step.target?.id ?? '',
      });
    }
    case 'route-missing':
      return l10n.t('step.route-missing', {
        needed:
          step.needed ?? l10n.t('step.route-missing.target', { target: step.target?.id ?? '' }),
        vpc: vpcId,
      });
    case 'whitelist-missing': {
      const params = {
        count: step.add?.length ?? 1,
        needed: step.needed ?? '',
        vSwitch: step.vSwitch?.id ?? '',
        ds: dsId,
      };
      return step.publicIp !== undefined
        ? l10n.t('step.whitelist-missing.eip', params)
        : l10n.t('step.whitelist-missing.vSwitch', params);
    }
    case 'rg-sg-egress-missing':
      return l10n.t('step.rg-sg-egress-missing', {
        address: pair.ds?.network?.address?.value ?? '',
        port: step.port ?? '',
        type: group?.type ?? '',
        sg: group?.id ?? '',
      });
    case 'rg-sg-ingress-missing':
      return l10n.t('step.rg-sg-ingress-missing', {
        needed: step.needed ?? '',
        sg: group?.id ?? '',
      });
    case 'ds-sg-ingress-missing':
      return l10n.t('step.ds-sg-ingress-missing', {
        needed: step.needed ?? '',
        port: step.port ?? '',
        sg: group?.id ?? '',
      });
    case 'vpc-not-associated':
      return step.bindTo
        ? l10n.t('step.vpc-not-associated.vpc', { rg: rgId, vpc: step.bindTo.vpc.id })
        : l10n.t('step.vpc-not-associated.any', { rg: rgId });
    case 'binding-vswitch-mismatch':
    case 'unknown-reference':
      return l10n.t('step.vswitch', {
        vpc: vpcId,
        index: step.binding?.index ?? '',
        rg: rgId,
        vSwitch: step.binding?.vSwitch?.value ?? '',
      });
    case 'sg-vpc-mismatch':
      return l10n.t('step.sg-vpc-mismatch', {
        vpc: vpcId,
        sg: group?.id ?? '',
        owner: group?.vpc?.value ?? '',
      });
    case 'snat-eip-unknown':
      return l10n.t('step.snat-eip-unknown', {
        nat: step.gateway?.id ?? '',
        eip: step.needed ?? '',
      });
    case 'address-not-public':
      return l10n.t('step.address-not-public', {
        ds: dsId,
        address: pair.ds?.network?.address?.value ?? '',
      });
    case 'ip-invalid':
      return l10n.t('step.ip-invalid', { eip: pair.rg?.eip?.value ?? '', rg: rgId });
    case 'eip-missing':
      return l10n.t('step.eip-missing', { rg: rgId });
    case 'nat-missing':
      return l10n.t('step.nat-missing', { vpc: vpcId });
    case 'nat-no-eip':
      return l10n.t('step.nat-no-eip', { nat: step.gateway?.id ?? '' });
    case 'task-kind-mismatch':
      return runnableStepText(pair.task, pair.rg, step.runs ?? 'sync', l10n);
    case 'snat-missing':
      return l10n.t('step.snat-missing', {
        vSwitch: step.vSwitch?.id ?? step.binding?.vSwitch?.value ?? '?',
        nat: step.gateway?.id ?? '',
      });
  }
}

export const SCENARIO_TITLES: Record<number, MessageKey> = {
  1: 'scenario.1',
  2: 'scenario.2',
  3: 'scenario.3',
  4: 'scenario.4',
  5: 'scenario.5',
};
export const CLASSIC_TITLE: MessageKey = 'scenario.classic';

export interface PairEvaluation {
  task: Task;
  roles: TaskRole[];
  rg?: ResourceGroup;
  ds?: DataSource;
  /** The reference strings the pair came from (for related locations). */
  dataSourceRefNode: Task['dataSourceRefs'][number];
  scenario: number | null;
  binding?: Binding;
  steps: Step[];
  ok: boolean;
  /** Set when a reference of the pair does not resolve; nothing else is checked. */
  unresolved?: 'unknown-reference' | 'schema';
  /** The connection that links the binding's VPC to the data source's network. */
  via?: Connection;
  /** A binding whose VPC reaches the data source's network only through 2+ connections. */
  transitive?: { binding: Binding; vpc: Vpc; hops: number };
  overInternet: boolean;
  /** The public address the data source sees (SNAT EIP or the group's EIP). */
  publicIp?: string;
  natGateway?: NatGateway;
  /** The connections this pair counts as used (see ConnectivityAnalysis.usedConnections). */
  linkedConnections?: Connection[];
}

export interface ConnectivityAnalysis {
  pairs: PairEvaluation[];
  /** Connections used as the direct link of some candidate binding of some pair. */
  usedConnections: Set<Connection>;
}

interface Target {
  id: string;
  kind: 'vpc' | 'dataCenter';
  vpc?: Vpc;
  dataCenter?: DataCenter;
  /** The CIDRs of the network. */
  ranges: { range: Ipv4Range; text: string }[];
  /** What a route step records of it. */
  summary: { id: string; kind: 'vpc' | 'dataCenter' };
}

// What a pair's evaluation reads of a network, a resource group or a binding is worked out
// once per object, not once per pair: a large topology has thousands of pairs per network.
// Model objects are never changed once built (an incremental analysis replaces the edited
// entity by a new object), so the results hold for as long as the objects live; what also
// reads another object (the topology, a binding's VPC) is remembered per that object too
// (oncePerObject's context), since the next version may keep the one and replace the other.
const vpcTarget = oncePerObject((vpc: Vpc): Target => ({
  id: vpc.id,
  kind: 'vpc',
  vpc,
  // The VPC's address space: its CIDR block and its secondary CIDR blocks.
  ranges: validVpcBlocks(vpc).map((block) => ({ range: block.range, text: block.network })),
  summary: { id: vpc.id, kind: 'vpc' },
}));

const dataCenterTarget = oncePerObject((dc: DataCenter): Target => ({
  id: dc.id,
  kind: 'dataCenter',
  dataCenter: dc,
  ranges: dc.cidrs.flatMap((c) => {
    const r = cidrRange(c);
    return r ? [{ range: r, text: networkForm(c)! }] : [];
  }),
  summary: { id: dc.id, kind: 'dataCenter' },
}));

interface Candidate {
  binding: Binding;
  steps: Step[];
  via?: Connection;
  natGateway?: NatGateway;
  publicIp?: string;
  vpc: Vpc;
  /** Connections between the binding's VPC and the target when there is no direct one. */
  transitiveHops?: number;
}

const missingCount = (steps: Step[]): number => steps.filter((s) => !s.ok).length;

function isExclusive(rg: ResourceGroup): boolean {
  return rg.type !== undefined && rg.type !== 'serverless';
}

interface DataSourceAddress {
  range?: Ipv4Range;
  hostName?: string;
  /** A value known only after apply (`${…}`), in its canonical form. */
  symbolic?: string;
  text?: string;
  /** The route to the address alone (`a.b.c.d/32`), when it is one. */
  hostRoute?: string;
}

/** Read once per data source, however many tasks and bindings it is checked against. */
const addressOf = oncePerObject(readAddress);

function readAddress(ds: DataSource): DataSourceAddress {
  const address = ds.network?.address?.value;
  if (address === undefined) return {};
  const value = dottedQuad(address);
  if (value !== undefined)
    return { range: hostRange(value), text: address, hostRoute: `${address}/32` };
  if (/^[\d.]+$/.test(address) || address.includes(':')) return { text: address };
  const parsed = ds.network?.address?.parsed;
  if (originOf(parsed) !== undefined && ds.network?.address)
    return { symbolic: valueKey(ds.network.address), text: address };
  return { hostName: address, text: address };
}

/**
 * The value of four dot-separated groups of one to three digits, each at most 255 (leading
 * zeros allowed, as the console reads them); undefined for anything else. Read character by
 * character: this runs once per data source.
 */
function dottedQuad(text: string): number | undefined {
  let value = 0;
  let group = 0;
  let digits = 0;
  let groups = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 46; /* a final dot ends the last group */
    if (ch >= 48 && ch <= 57) {
      if (++digits > 3) return undefined;
      group = group * 10 + (ch - 48);
    } else if (ch === 46 /* . */) {
      if (digits === 0 || group > 255 || ++groups > 4) return undefined;
      value = value * 256 + group;
      group = 0;
      digits = 0;
    } else {
      return undefined;
    }
  }
  return groups === 4 ? value : undefined;
}

function cidrRange(value: { parsed: { ok: boolean } } | undefined): Ipv4Range | undefined {
  const parsed = value?.parsed as { ok: true; range: Ipv4Range } | { ok: false } | undefined;
  return parsed?.ok ? parsed.range : undefined;
}

function networkForm(value: { parsed: { ok: boolean } } | undefined): string | undefined {
  const parsed = value?.parsed as { ok: true; network: string } | { ok: false } | undefined;
  return parsed?.ok ? parsed.network : undefined;
}

/** The valid ranges of a data source's whitelist, read once per data source. */
const whitelistRanges = oncePerObject((ds: DataSource): Ipv4Range[] =>
  (ds.whitelist ?? []).flatMap((entry) => {
    const r = cidrRange(entry);
    return r ? [r] : [];
  }),
);

/** Evaluates every (task, data source) pair. */
export function analyseConnectivity(topology: Topology): ConnectivityAnalysis {
  const { model } = topology;
  const pairs: PairEvaluation[] = [];
  for (const task of model.tasks.byId.values()) {
    const rg = targetOf(model, task.resourceGroup);
    for (const pair of pairsOfTask(topology, task, rg)) pairs.push(pair);
  }
  return { pairs, usedConnections: usedConnectionsOf(pairs) };
}

/**
 * The used connections once `removed` pairs were replaced by `added` ones in `pairs`: the
 * previous set (shared, not changed) when the added pairs use every connection the removed
 * ones did, with theirs added; else worked out again from every pair.
 */
function usedAfter(
  previous: Set<Connection>,
  pairs: readonly PairEvaluation[],
  removed: readonly PairEvaluation[],
  added: readonly PairEvaluation[],
): Set<Connection> {
  const adding = usedConnectionsOf(added);
  for (const pair of removed)
    for (const connection of pair.linkedConnections ?? [])
      if (!adding.has(connection)) return usedConnectionsOf(pairs);
  for (const connection of adding)
    if (!previous.has(connection)) return new Set([...previous, ...adding]);
  return previous;
}

function usedConnectionsOf(pairs: readonly PairEvaluation[]): Set<Connection> {
  const used = new Set<Connection>();
  for (const pair of pairs) {
    if (pair.linkedConnections)
      for (const connection of pair.linkedConnections) used.add(connection);
  }
  return used;
}

/** The pairs of one task: one per distinct data source, with every role it plays. */
function pairsOfTask(
  topology: Topology,
  task: Task,
  rg: ResourceGroup | undefined,
): PairEvaluation[] {
  // The first reference to each data source, and every role the task gives it. Most tasks
  // name one or two data sources, where a linear search beats a map.
  const refs = task.dataSourceRefs;
  const firsts: Task['dataSourceRefs'][number][] = [];
  const roles: TaskRole[][] = [];
  const indexOf = refs.length > 8 ? new Map<string, number>() : undefined;
  for (const ref of refs) {
    const index = indexOf
      ? (indexOf.get(ref.value) ?? -1)
      : firsts.findIndex((first) => first.value === ref.value);
    if (index < 0) {
      indexOf?.set(ref.value, firsts.length);
      firsts.push(ref);
      roles.push([ref.role]);
    } else if (!roles[index]!.includes(ref.role)) {
      roles[index] = [...roles[index]!, ref.role];
    }
  }
  return firsts.map((ref, index) =>
    evaluate(topology, task, roles[index]!, rg, targetOf(topology.model, ref), ref),
  );
}

/**
 * The connectivity after one data source or task was replaced by another object with the
 * same id (core/src/incremental/): only the replaced entity's pairs are evaluated again,
 * into a new list; `previous` is not changed.
 */
export function replaceInConnectivity(
  previous: ConnectivityAnalysis,
  topology: Topology,
  replaced:
    | { section: 'dataSources'; old: DataSource; new: DataSource }
    | { section: 'tasks'; old: Task; new: Task },
): { connectivity: ConnectivityAnalysis; removed: PairEvaluation[]; added: PairEvaluation[] } {
  // A copy of 10 000 references costs a few microseconds; the previous analysis stays whole.
  const pairs = previous.pairs.slice();
  const removed: PairEvaluation[] = [];
  const added: PairEvaluation[] = [];
  if (replaced.section === 'dataSources') {
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i]!;
      if (pair.ds !== replaced.old) continue;
      const { task, roles, rg, dataSourceRefNode } = pair;
      pairs[i] = evaluate(topology, task, roles, rg, replaced.new, dataSourceRefNode);
      removed.push(pair);
      added.push(pairs[i]!);
    }
  } else {
    const task = replaced.new;
    const rg = targetOf(topology.model, task.resourceGroup);
    added.push(...pairsOfTask(topology, task, rg));
    const start = pairsStartOf(pairs, replaced.old, topology.model);
    let end = start;
    while (end < pairs.length && pairs[end]!.task === replaced.old) end++;
    removed.push(...pairs.splice(start, end - start, ...added));
  }
  // A connection only the replaced pairs used is no longer used.
  const usedConnections = usedAfter(previous.usedConnections, pairs, removed, added);
  return { connectivity: { pairs, usedConnections }, removed, added };
}

/**
 * The connectivity after a network entity or a resource group was replaced by another
 * object with the same id (core/src/incremental/): the pairs `affected` picks (those that
 * may read the replaced entity) are evaluated again on `topology`, whose model holds the new
 * object, into a new list; the others are kept. `previous` is not changed.
 */
export function reevaluatePairs(
  previous: ConnectivityAnalysis,
  topology: Topology,
  affected: (pair: PairEvaluation) => boolean,
): { connectivity: ConnectivityAnalysis; removed: PairEvaluation[]; added: PairEvaluation[] } {
  const { model } = topology;
  const removed: PairEvaluation[] = [];
  const added: PairEvaluation[] = [];
  const pairs = previous.pairs.map((pair) => {
    if (!affected(pair)) return pair;
    const { task, roles, dataSourceRefNode } = pair;
    const rg = task.resourceGroup
      ? model.resourceGroups.byId.get(task.resourceGroup.value)
      : undefined;
    const ds = model.dataSources.byId.get(dataSourceRefNode.value);
    const again = evaluate(topology, task, roles, rg, ds, dataSourceRefNode);
    removed.push(pair);
    added.push(again);
    return again;
  });
  const usedConnections = usedAfter(previous.usedConnections, pairs, removed, added);
  return { connectivity: { pairs, usedConnections }, removed, added };
}

/**
 * Where the pairs of a task start, in pairs kept in task order: its first pair, or, for a
 * task that had none, where the next task's begin.
 */
function pairsStartOf(pairs: readonly PairEvaluation[], task: Task, model: Model): number {
  const first = pairs.findIndex((pair) => pair.task === task);
  if (first >= 0) return first;
  const later = new Set<Task>();
  let seen = false;
  for (const each of model.tasks.byId.values()) {
    if (seen) later.add(each);
    // The model already holds the new object under the task's id.
    else if (each.id === task.id) seen = true;
  }
  const next = pairs.findIndex((pair) => later.has(pair.task));
  return next >= 0 ? next : pairs.length;
}

function evaluate(
  topology: Topology,
  task: Task,
  roles: TaskRole[],
  rg: ResourceGroup | undefined,
  ds: DataSource | undefined,
  ref: Task['dataSourceRefs'][number],
): PairEvaluation {
  // Every field is present from the start, and the evaluation fills the object in:
  // one shape for all pairs, where spreading it into new objects was the slowest part
  // of the analysis of a large topology (see docs/performance.md).
  const base: PairEvaluation = {
    task,
    roles,
    rg,
    ds,
    dataSourceRefNode: ref,
    scenario: null,
    binding: undefined,
    steps: [],
    ok: false,
    unresolved: undefined,
    via: undefined,
    transitive: undefined,
    overInternet: false,
    publicIp: undefined,
    natGateway: undefined,
    linkedConnections: undefined,
  };
  if (!rg || !ds) {
    base.unresolved = 'unknown-reference';
    return base;
  }
  const linked: Connection[] = [];
  const pair = evaluatePair(topology, base, rg, ds, linked);
  if (linked.length > 0) pair.linkedConnections = exactly(linked);
  // A private address on the internet reaches nothing, whatever NAT and whitelists hold.
  if (pair.overInternet && isNonPublicAddress(ds)) {
    pair.steps = [{ code: 'address-not-public', ok: false }, ...pair.steps];
    pair.ok = false;
  }
  // A task its group cannot run reaches nothing, however the network is set up.
  const runs = pair.unresolved ? undefined : kindMismatch(task, rg);
  if (runs) {
    pair.steps = [{ code: 'task-kind-mismatch', ok: false, runs }, ...pair.steps];
    pair.ok = false;
  }
  return pair;
}

/** An internet data source's address that no host on the Internet can have. */
function isNonPublicAddress(ds: DataSource): boolean {
  const ip = ds.network?.type === 'internet' ? ds.network.address?.parsed : undefined;
  return (
    ip?.ok === true && NON_PUBLIC_RANGES.some((block) => contains(block.range, hostRange(ip.value)))
  );
}

function evaluatePair(
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
    return Object.assign(base, {
      steps: [
        {
          code: 'classic-network',
          ok: false,
        },
      ] as Step[],
    });
  }
  if (network.type === 'internet')
    return evaluateInternet(
      topology,
      Object.assign(base, { scenario: 5, overInternet: true }),
      rg,
      ds,
    );

  let target: Target;
  let scenario: number;
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
    const links = topology.directConnections(vpc.id, target.id);
    if (links.length > 0) usedConnections.push(links[0]!);
    let transitiveHops: number | undefined;
    if (links.length === 0) {
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
    steps.push(connectionStep(vpc, target, links.length > 0, binding));
    steps.push(routeStep(binding, vpc, ds, target));
    addCommonSteps(steps, topology, ds, binding, vSwitch, undefined);
    candidates.push({ binding, vpc, steps, via: links[0], transitiveHops });
  }

  return pairFromCandidates(evaluation, candidates, unresolvedBinding, () =>
    Object.assign(evaluation, { transitive, steps: [notAssociatedStep(topology, rg, target)] }),
  );
}

/**
 * The end of every binding-based evaluation: the chosen candidate's steps, or, without
 * a candidate, an unresolved pair or the evaluation `withoutCandidate` builds.
 */
function pairFromCandidates(
  evaluation: PairEvaluation,
  candidates: Candidate[],
  unresolvedBinding: boolean,
  withoutCandidate: () => PairEvaluation,
): PairEvaluation {
  if (candidates.length === 0) {
    if (!unresolvedBinding) return withoutCandidate();
    evaluation.unresolved = 'unknown-reference';
    return evaluation;
  }
  const chosen = choose(candidates);
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

interface ResolvedBindings {
  bindings: { binding: Binding; vpc: Vpc; vSwitch: VSwitch | undefined }[];
  unresolvedBinding: boolean;
}

/** The group's bindings whose VPC exists, with their vSwitch (when it is in that VPC). */
const resolveBindings = oncePerObject(readBindings);

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

/** Why the console would refuse to bind `rg` to `vpc` (nothing when it accepts). */
function refusals(rg: ResourceGroup, vpc: Vpc): Step['code'][] {
  const codes: Step['code'][] = [];
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
function bindingSteps(topology: Topology, rg: ResourceGroup, binding: Binding, vpc: Vpc): Step[] {
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

function choose(candidates: Candidate[]): Candidate {
  let best = candidates[0]!;
  for (const candidate of candidates) {
    if (missingCount(candidate.steps) < missingCount(best.steps)) best = candidate;
  }
  return best;
}

function connectionStep(vpc: Vpc, target: Target, ok: boolean, binding: Binding): Step {
  return {
    code: 'connection-missing',
    ok,
    binding,
    vpc,
    target: { id: target.id, kind: target.kind },
  };
}

function routeStep(binding: Binding, vpc: Vpc, ds: DataSource, target: Target): Step {
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

/**
 * Appends the whitelist and security group steps, shared by every scenario with a
 * binding, to `steps` (appended rather than returned: this runs for every candidate
 * binding of every pair). `publicIps`: the addresses the data source sees the traffic
 * come from over the Internet (several when SNAT entries for parts of the vSwitch use
 * different EIPs); without them, the vSwitch's block. With `onlyGroupSteps`, only the
 * steps of the resource group's security group are added.
 */
/**
 * A security group belongs to one VPC: a binding or an ECS instance naming a group of
 * another VPC is refused by the cloud (sg-vpc-mismatch), whatever that group's rules say.
 * Those rules are still checked (the findings name what they refuse), but the pair does not
 * count as connected until the group is one of its own VPC's.
 */
function otherVpcGroup(topology: Topology, group: SecurityGroup, vpcId: string): Step | undefined {
  const groupVpc = group.vpc?.value;
  const { vpcs } = topology.model;
  // An unknown VPC on either side is unknown-reference's finding, not a mismatch.
  if (!groupVpc || groupVpc === vpcId || !vpcs.byId.has(groupVpc)) return undefined;
  const vpc = vpcs.byId.get(vpcId);
  return vpc ? { code: 'sg-vpc-mismatch', ok: false, securityGroup: group, vpc } : undefined;
}

function addCommonSteps(
  steps: Step[],
  topology: Topology,
  ds: DataSource,
  binding: Binding | undefined,
  vSwitch: VSwitch | undefined,
  publicIps: readonly string[] | undefined,
  onlyGroupSteps = false,
): void {
  const switchRange = cidrRange(vSwitch?.cidr);
  const switchCidr = networkForm(vSwitch?.cidr);
  const sources = onlyGroupSteps ? [] : trafficSources(publicIps, switchRange, switchCidr);

  if (ds.whitelist && sources.length > 0) {
    // Coverage is the union of the entries: only what no entry holds is added, an EIP
    // whole, a vSwitch block as the fewest blocks of what is left of it.
    const whitelist = whitelistRanges(ds);
    // Entries known only after apply may hold what the others leave; an EIP known only
    // after apply is held surely by an entry of the same origin (or 0.0.0.0/0).
    const pending = symbolicEntries(ds.whitelist);
    const add: string[] = [];
    const afterApply = new Set<string>();
    for (const source of sources) {
      if (source.range === undefined) {
        if (pending.includes(source.text) || whitelist.some((r) => r.prefix === 0)) continue;
        if (!mayHoldPublicAddress(ds.whitelist)) add.push(source.text);
        else for (const value of [source.text, ...pending]) afterApply.add(value);
        continue;
      }
      const uncovered = uncoveredBlocks(source.range, whitelist);
      if (uncovered.length === 0) continue;
      if (pending.length > 0) for (const value of pending) afterApply.add(value);
      else if (publicIps !== undefined || uncovered[0] === source.range) add.push(source.text);
      else for (const block of uncovered) add.push(formatRange(block));
    }
    const needs = add.length > 0 ? add : sources.map((source) => source.text);
    steps.push({
      code: 'whitelist-missing',
      ok: add.length === 0,
      afterApply: add.length === 0 && afterApply.size > 0 ? [...afterApply] : undefined,
      needed: needs.join(', '),
      add: needs,
      publicIp: publicIps?.[0],
      binding,
      vSwitch,
    });
  }

  const group = targetOf(topology.model, binding?.securityGroup);
  const bindingVpc = binding?.vpc?.value;
  const groupMismatch =
    group && bindingVpc ? otherVpcGroup(topology, group, bindingVpc) : undefined;
  if (groupMismatch) steps.push(groupMismatch);
  if (group) {
    const address = addressOf(ds);
    const peer: Peer | undefined = address.range
      ? { range: address.range }
      : address.hostName !== undefined || address.symbolic !== undefined
        ? { hostName: address.hostName ?? address.symbolic ?? '' }
        : undefined;
    if (peer) {
      const decided = acceptsAfterApply(
        group,
        'egress',
        address.symbolic !== undefined ? symbolicAddressPeer(topology, ds, address.symbolic) : peer,
        ds.port,
      );
      const ok = decided.answer !== 'no';
      steps.push({
        code: 'rg-sg-egress-missing',
        ok,
        afterApply: decided.answer === 'maybe' ? decided.values : undefined,
        needed: address.range ? `${address.text}/32` : (address.symbolic ?? '0.0.0.0/0'),
        port: ds.port,
        securityGroup: group,
        binding,
        denial: ok ? undefined : denial(group, 'egress', peer, ds.port),
      });
    }
    if (group.type === 'advanced' && switchRange && switchCidr) {
      const decided = acceptsAfterApply(group, 'ingress', { range: switchRange }, undefined);
      const ok = decided.answer !== 'no';
      steps.push({
        code: 'rg-sg-ingress-missing',
        ok,
        afterApply: decided.answer === 'maybe' ? decided.values : undefined,
        needed: switchCidr,
        securityGroup: group,
        binding,
        denial: ok
          ? undefined
          : denialOnEveryPort(group, 'ingress', { range: switchRange }, switchRange),
      });
    }
  }

  const dsGroup =
    ds.hosting === 'ecs' && ds.securityGroup
      ? targetOf(topology.model, ds.securityGroup)
      : undefined;
  const dsVpc = ds.network?.vpc?.value;
  const dsGroupMismatch = dsGroup && dsVpc ? otherVpcGroup(topology, dsGroup, dsVpc) : undefined;
  if (dsGroupMismatch) steps.push(dsGroupMismatch);
  if (dsGroup) {
    // One step per address the traffic comes from: each needs its own rule. A basic group
    // accepts traffic between its own members (its default inner access policy): the
    // binding's private address, not an EIP the source sees over the Internet.
    const innerAccess = publicIps === undefined && dsGroup.type === 'basic' && dsGroup === group;
    for (const source of sources) {
      const peer: Peer = source.range ? { range: source.range } : { hostName: source.text };
      const decided = innerAccess
        ? undefined
        : acceptsAfterApply(
            dsGroup,
            'ingress',
            source.range ? peer : { symbolic: source.text, isPublic: true },
            ds.port,
          );
      const ok = decided === undefined || decided.answer !== 'no';
      steps.push({
        code: 'ds-sg-ingress-missing',
        ok,
        afterApply: decided?.answer === 'maybe' ? decided.values : undefined,
        needed: source.text,
        port: ds.port,
        securityGroup: dsGroup,
        binding,
        denial: ok ? undefined : denial(dsGroup, 'ingress', peer, ds.port),
      });
    }
  }
}

/** A data source address known only after apply: somewhere in its network, or public. */
function symbolicAddressPeer(topology: Topology, ds: DataSource, symbolic: string): SymbolicPeer {
  const network = ds.network;
  if (network?.type === 'internet') return { symbolic, isPublic: true };
  const { model } = topology;
  const vpc = network?.type === 'vpc' ? targetOf(model, network.vpc) : undefined;
  const dc = network?.type === 'dataCenter' ? targetOf(model, network.dataCenter) : undefined;
  const target = vpc ? vpcTarget(vpc) : dc ? dataCenterTarget(dc) : undefined;
  return { symbolic, within: target?.ranges.map((block) => block.range) };
}

/**
 * What the data source sees the traffic come from: the public addresses, else the vSwitch
 * block. A public address known only after apply (`${…}`) has no range yet.
 */
function trafficSources(
  publicIps: readonly string[] | undefined,
  switchRange: Ipv4Range | undefined,
  switchCidr: string | undefined,
): { range?: Ipv4Range; text: string }[] {
  if (publicIps === undefined)
    return switchRange && switchCidr ? [{ range: switchRange, text: switchCidr }] : [];
  return publicIps.flatMap((ip) => {
    const range = publicRange(ip);
    return range ? [{ range, text: ip }] : ip.startsWith('${') ? [{ text: ip }] : [];
  });
}

function publicRange(ip: string): Ipv4Range | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255))
    return undefined;
  return hostRange(((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0);
}

function notAssociatedStep(
  topology: Topology,
  rg: ResourceGroup,
  target: Target | undefined,
): Step {
  // Prefer binding the data source's own VPC; else a VPC that is directly connected to
  // the data source's network. Either way, one the console accepts for this group.
  let bindTo: Step['bindTo'];
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

function evaluateInternet(
  topology: Topology,
  evaluation: PairEvaluation,
  rg: ResourceGroup,
  ds: DataSource,
): PairEvaluation {
  if (isExclusive(rg)) {
    const eip = rg.eip && knownOrSymbolic(rg.eip) ? valueKey(rg.eip) : undefined;
    const steps: Step[] = [
      rg.eip !== undefined && !eip
        ? {
            code: 'ip-invalid',
            ok: false,
          }
        : {
            code: 'eip-missing',
            ok: rg.eip !== undefined,
          },
    ];
    if (eip) addCommonSteps(steps, topology, ds, undefined, undefined, [eip]);
    evaluation.steps = steps;
    evaluation.ok = missingCount(steps) === 0;
    evaluation.publicIp = eip;
    return evaluation;
  }

  const candidates: Candidate[] = [];
  const { bindings, unresolvedBinding } = resolveBindings(rg, topology);
  for (const { binding, vpc, vSwitch } of bindings) {
    const candidate = internetCandidate(topology, ds, binding, vpc, vSwitch);
    candidate.steps.unshift(...bindingSteps(topology, rg, binding, vpc));
    candidates.push(candidate);
  }
  return pairFromCandidates(evaluation, candidates, unresolvedBinding, () =>
    Object.assign(evaluation, { steps: [notAssociatedStep(topology, rg, undefined)] }),
  );
}

/**
 * How a gateway's SNAT entries translate a vSwitch's traffic. Coverage is the union of the
 * entries; each address is translated by the most specific entry that holds it (an entry
 * for the vSwitch itself, else the longest prefix), so parts of one vSwitch may leave
 * through different EIPs. Only entries with a valid EIP count.
 */
interface SnatTranslation {
  /** The EIPs the vSwitch's traffic leaves through, most specific entry first. */
  eips: string[];
  /** The part of the vSwitch no entry translates, as CIDR blocks. */
  uncovered: Ipv4Range[];
  /** Of `eips`, those the gateway does not have (snat-eip-unknown): no traffic leaves by them. */
  unknown: string[];
  /** Of `eips`, those that may be the gateway's once applied (a symbolic value on either side). */
  unknownAfterApply: string[];
  /** Entries whose source is known only after apply, which may translate `uncovered`. */
  pending: { sources: string[]; eips: string[] };
}

/** The translation's EIPs that are not among the gateway's own, surely or until applied. */
function unknownEips(
  gateway: NatGateway,
  eips: string[],
): Pick<SnatTranslation, 'unknown' | 'unknownAfterApply'> {
  const own = gateway.eips.map(valueKey);
  const ownSymbolic = own.some((eip) => eip.startsWith('${'));
  const unknown: string[] = [];
  const unknownAfterApply: string[] = [];
  for (const eip of eips) {
    if (own.includes(eip)) continue;
    if (ownSymbolic || eip.startsWith('${')) unknownAfterApply.push(eip);
    else unknown.push(eip);
  }
  return { unknown, unknownAfterApply };
}

const NO_PENDING: SnatTranslation['pending'] = { sources: [], eips: [] };

function snatTranslation(
  gateway: NatGateway,
  vSwitch: VSwitch | undefined,
  switchRange: Ipv4Range | undefined,
): SnatTranslation {
  const own = vSwitch
    ? gateway.snatEntries.find(
        (e) =>
          knownOrSymbolic(e.eip) && e.source && !e.source.cidr && e.source.value === vSwitch.id,
      )?.eip
    : undefined;
  if (own) {
    const eips = [valueKey(own)];
    return { eips, uncovered: [], ...unknownEips(gateway, eips), pending: NO_PENDING };
  }
  if (!switchRange)
    return { eips: [], uncovered: [], unknown: [], unknownAfterApply: [], pending: NO_PENDING };
  const byCidr: { range: Ipv4Range; eip: string }[] = [];
  let pending = NO_PENDING;
  for (const entry of gateway.snatEntries) {
    if (!entry.eip || !knownOrSymbolic(entry.eip)) continue;
    const range = cidrRange(entry.source?.cidr);
    if (range && overlaps(range, switchRange)) byCidr.push({ range, eip: valueKey(entry.eip) });
    else if (entry.source?.cidr && originOf(entry.source.cidr.parsed) !== undefined) {
      if (pending === NO_PENDING) pending = { sources: [], eips: [] };
      pending.sources.push(valueKey(entry.source.cidr));
      const eip = valueKey(entry.eip);
      if (!pending.eips.includes(eip)) pending.eips.push(eip);
    }
  }
  // Longest prefix first (a stable sort keeps the written order on a tie).
  byCidr.sort((a, b) => b.range.prefix - a.range.prefix);
  const eips: string[] = [];
  let uncovered = [switchRange];
  for (const { range, eip } of byCidr) {
    if (uncovered.length === 0) break;
    if (!uncovered.some((part) => overlaps(part, range))) continue;
    if (!eips.includes(eip)) eips.push(eip);
    uncovered = uncovered.flatMap((part) => uncoveredBlocks(part, [range]));
  }
  if (uncovered.length === 0) pending = NO_PENDING;
  return { eips, uncovered, ...unknownEips(gateway, eips), pending };
}

function internetCandidate(
  topology: Topology,
  ds: DataSource,
  binding: Binding,
  vpc: Vpc,
  vSwitch: VSwitch | undefined,
): Candidate {
  const gateways = [...vpc.natGateways.values()];
  const switchRange = cidrRange(vSwitch?.cidr);
  const translations = new Map<NatGateway, SnatTranslation>();
  const translation = (gw: NatGateway): SnatTranslation => {
    let result = translations.get(gw);
    if (!result) translations.set(gw, (result = snatTranslation(gw, vSwitch, switchRange)));
    return result;
  };
  // Entries whose source is known only after apply may translate what the others leave.
  const translates = (gw: NatGateway): boolean => {
    const { eips, uncovered, pending } = translation(gw);
    return (eips.length > 0 && uncovered.length === 0) || pending.sources.length > 0;
  };
  const gateway =
    gateways.find((gw) => gw.eips.length > 0 && translates(gw)) ??
    gateways.find((gw) => gw.eips.length > 0) ??
    gateways[0];
  const steps: Step[] = [
    {
      code: 'nat-missing',
      ok: gateway !== undefined,
      binding,
      vpc,
      vSwitch,
    },
  ];
  if (!gateway) return { binding, vpc, steps };
  steps.push({
    code: 'nat-no-eip',
    ok: gateway.eips.length > 0,
    gateway,
  });
  if (gateway.eips.length === 0) return { binding, vpc, steps, natGateway: gateway };
  const { uncovered, pending } = translation(gateway);
  const eips = [...translation(gateway).eips];
  for (const eip of pending.eips) if (!eips.includes(eip)) eips.push(eip);
  const ok = translates(gateway);
  // An invalid EIP cannot make an entry count: only a valid one is suggested.
  const firstEipValue = gateway.eips.find((e) => knownOrSymbolic(e));
  const firstEip = firstEipValue && valueKey(firstEipValue);
  steps.push({
    code: 'snat-missing',
    ok,
    afterApply: pending.sources.length > 0 ? pending.sources : undefined,
    needed: firstEip,
    // Part of the vSwitch already translated: entries for the rest only.
    add: !ok && eips.length > 0 && uncovered.length > 0 ? uncovered.map(formatRange) : undefined,
    gateway,
    vSwitch,
    binding,
  });
  // An entry whose EIP the gateway does not have still covers its source (another entry
  // would duplicate it), but no traffic leaves by that EIP: the pair misses the entry's
  // correction (snat-eip-unknown), and no whitelist or rule is asked to accept that EIP.
  const { unknown, unknownAfterApply } =
    pending.eips.length > 0 ? unknownEips(gateway, eips) : translation(gateway);
  if (ok && unknown.length > 0)
    steps.push({ code: 'snat-eip-unknown', ok: false, gateway, needed: unknown.join(', ') });
  else if (ok && unknownAfterApply.length > 0)
    steps.push({
      code: 'snat-eip-unknown',
      ok: true,
      gateway,
      needed: unknownAfterApply.join(', '),
      afterApply: unknownAfterApply,
    });
  const usable = eips.filter((eip) => !unknown.includes(eip));
  if (ok && usable.length > 0) addCommonSteps(steps, topology, ds, binding, vSwitch, usable);
  else addCommonSteps(steps, topology, ds, binding, vSwitch, undefined, true);
  return {
    binding,
    vpc,
    steps,
    natGateway: gateway,
    publicIp: ok && usable.length > 0 ? usable.join(', ') : undefined,
  };
}
