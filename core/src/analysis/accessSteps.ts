// The steps every scenario with a source address shares (SPEC §3): the data source's
// whitelist, the security group of the resource group's binding (egress, and ingress for an
// advanced group), and the security group of a data source on ECS.
import { targetOf } from '../references';
import { formatRange, uncoveredBlocks, type Ipv4Range } from '../cidr';
import type { CidrValue, DataSource, Model } from '../model';
import { ABSENT, portOf } from '../model/columns/dataSources';
import { HOSTINGS } from '../model/workloads';
import {
  acceptsAfterApply,
  mayHoldPublicAddress,
  symbolicEntries,
  type SymbolicPeer,
} from './afterApply';
import {
  otherVpcGroup,
  whitelistKey,
  type BindingPlan,
  type PairContext,
  type Sources,
  type TrafficSource,
} from './pairContext';
import {
  cidrRange,
  dataCenterTarget,
  hostRoute,
  vpcTarget,
  type DataSourceAddress,
} from './pairValues';
import { accepts, denial, tableAccepts, type Peer } from './securityGroups';
import type { StepList, StepOf } from './steps';

/**
 * Appends the whitelist and security group steps, shared by every scenario with a binding,
 * to `steps`. `sources`: what the data source sees the traffic come from (the binding's
 * vSwitch block, or the public addresses over the Internet when SNAT entries for parts of
 * the vSwitch use different EIPs); `side`: the binding whose security group sends it (none
 * for an old-version group's own EIP). With `onlyGroupSteps`, only the steps of the
 * resource group's security group are added. What depends on the binding alone is its
 * plan's (pairContext.ts); the whitelist verdict is shared by the data sources whose
 * whitelists read the same.
 */
export function addCommonSteps(
  steps: StepList,
  context: PairContext,
  ds: DataSource,
  address: DataSourceAddress,
  sources: Sources,
  side: BindingPlan | undefined,
  onlyGroupSteps = false,
): void {
  const list = onlyGroupSteps ? NO_SOURCES : sources.list;
  if (ds.whitelist && list.length > 0) steps.push(sharedWhitelistStep(ds.whitelist, sources));

  const group = side?.group;
  if (side?.groupMismatch) steps.push(side.groupMismatch);
  if (group) {
    const binding = side.binding;
    const peer: Peer | undefined = address.range
      ? { range: address.range }
      : address.hostName !== undefined || address.symbolic !== undefined
        ? { hostName: address.hostName ?? address.symbolic ?? '' }
        : undefined;
    if (peer && side.groupAsWritten && address.symbolic === undefined) {
      // The usual case, as acceptsAfterApply decides it without a value known after apply.
      // An address (a range of one) through the group's table: the same decision.
      const ok =
        address.range && address.range.start === address.range.end && side.egress
          ? tableAccepts(side.egress, address.range.start, ds.port)
          : accepts(group, 'egress', peer, ds.port);
      if (steps.counting) steps.count(ok);
      else
        steps.push({
          code: 'rg-sg-egress-missing',
          ok,
          afterApply: undefined,
          needed: address.range ? (hostRoute(address) ?? '') : '0.0.0.0/0',
          port: ds.port,
          securityGroup: group,
          binding,
          denial: ok ? undefined : denial(group, 'egress', peer, ds.port),
        });
    } else if (peer) {
      const decided = acceptsAfterApply(
        group,
        'egress',
        address.symbolic !== undefined
          ? symbolicAddressPeer(context.model, ds, address.symbolic)
          : peer,
        ds.port,
      );
      const ok = decided.answer !== 'no';
      steps.push({
        code: 'rg-sg-egress-missing',
        ok,
        afterApply: decided.answer === 'maybe' ? decided.values : undefined,
        // An address's /32 is its host route, made once per data source.
        needed: address.range ? (hostRoute(address) ?? '') : (address.symbolic ?? '0.0.0.0/0'),
        port: ds.port,
        securityGroup: group,
        binding,
        denial: ok ? undefined : denial(group, 'egress', peer, ds.port),
      });
    }
    if (side.ingress) steps.push(side.ingress);
  }

  const dsGroup =
    ds.hosting === 'ecs' && ds.securityGroup
      ? targetOf(context.model, ds.securityGroup)
      : undefined;
  const dsVpc = ds.network?.vpc?.value;
  const dsGroupMismatch =
    dsGroup && dsVpc ? otherVpcGroup(context.model, dsGroup, dsVpc) : undefined;
  if (dsGroupMismatch) steps.push(dsGroupMismatch);
  if (dsGroup) {
    // One step per address the traffic comes from: each needs its own rule. A basic group
    // accepts traffic between its own members (its default inner access policy): the
    // binding's private address, not an EIP the source sees over the Internet.
    const innerAccess =
      sources.publicIps === undefined && dsGroup.type === 'basic' && dsGroup === group;
    for (const source of list) {
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
      if (steps.counting && decided?.answer !== 'maybe') {
        steps.count(ok);
        continue;
      }
      steps.push({
        code: 'ds-sg-ingress-missing',
        ok,
        afterApply: decided?.answer === 'maybe' ? decided.values : undefined,
        needed: source.text,
        port: ds.port,
        securityGroup: dsGroup,
        binding: sources.binding,
        denial: ok ? undefined : denial(dsGroup, 'ingress', peer, ds.port),
      });
    }
  }
}

const NO_SOURCES: readonly TrafficSource[] = [];

/**
 * What `connectsAtOnce` (scenarios.ts) finds of a pair: it connects (every step holds as
 * written), it misses a step of its only candidate, or it is not such a pair (`evaluateScenario`
 * decides).
 */
export type Verdict = 'connects' | 'misses' | 'unknown';

/**
 * `addCommonSteps` without steps, for a data source whose address is `address`: the verdict
 * of its whitelist step for `sources` (none: only the group's steps) and of the egress step of
 * `side`, a binding whose own steps hold (`BindingPlan.holds`). Unknown for a data source with
 * a security group of its own (a step per traffic source) or a whitelist decided after apply.
 */
export function accessVerdict(
  model: Model,
  dsSlot: number,
  address: number,
  sources: Sources | undefined,
  side: BindingPlan | undefined,
): Verdict {
  // Read from the data sources' columns (model/columns/): its whitelist's entries are read
  // only for a key no data source of the binding had yet.
  const table = model.columns.dataSources;
  if (table.hosting[dsSlot] === ECS && table.securityGroup[dsSlot] !== ABSENT) return 'unknown';
  const key = table.whitelistKey[dsSlot];
  if (sources && key !== undefined && sources.list.length > 0) {
    let step = sources.whitelistSteps.get(key);
    if (!step) {
      // (The cast: a data source with a whitelist key has a whitelist.)
      const entries = model.dataSources.at(dsSlot).whitelist as CidrValue[];
      sources.whitelistSteps.set(key, (step = whitelistStep(entries, sources)));
    }
    if (!step.ok) return 'misses';
    if (step.afterApply !== undefined) return 'unknown';
  }
  if (side?.egress && !tableAccepts(side.egress, address, portOf(model, table, dsSlot)))
    return 'misses';
  return 'connects';
}

/** `hosting` of an ECS data source in the columns (index in `HOSTINGS` + 1). */
const ECS = HOSTINGS.indexOf('ecs') + 1;

/** The whitelist step of `entries` for `sources`, shared by the whitelists that read the same. */
export function sharedWhitelistStep(
  entries: readonly CidrValue[],
  sources: Sources,
): StepOf<'whitelist-missing'> {
  const key = whitelistKey(entries);
  let step = sources.whitelistSteps.get(key);
  if (!step) sources.whitelistSteps.set(key, (step = whitelistStep(entries, sources)));
  return step;
}

/**
 * Whether the whitelist holds every source: coverage is the union of the entries, and only
 * what no entry holds is added, an EIP whole, a vSwitch block as the fewest blocks of what is
 * left of it. Entries known only after apply may hold what the others leave; an EIP known
 * only after apply is held surely by an entry of the same origin (or 0.0.0.0/0).
 *
 * The work per source and the step's making are functions of their own, which V8 optimises
 * in the first checks of a large file: it optimises a function once it has run an amount of
 * its own code that grows with its size, and this one, run once per whitelist and sources,
 * held it all and ran unoptimised until the fourth check of the benchmark's large file (the
 * connectivity stage of the third check took about 5 ms more than later ones; issue 17).
 */
function whitelistStep(
  entries: readonly CidrValue[],
  sources: Sources,
): StepOf<'whitelist-missing'> {
  const whitelist = entryRanges(entries);
  const pending = symbolicEntries(entries);
  const add: string[] = [];
  const afterApply = new Set<string>();
  const { list } = sources;
  for (let i = 0; i < list.length; i++) {
    const source = list[i] as TrafficSource;
    if (source.range === undefined)
      addSymbolicSource(source.text, entries, whitelist, pending, add, afterApply);
    else addRangeSource(source, source.range, whitelist, pending, sources, add, afterApply);
  }
  return whitelistStepOf(add, afterApply, sources);
}

/** The ranges of the entries that have one. */
function entryRanges(entries: readonly CidrValue[]): Ipv4Range[] {
  const whitelist: Ipv4Range[] = [];
  for (let i = 0; i < entries.length; i++) {
    const range = cidrRange(entries[i] as CidrValue);
    if (range) whitelist.push(range);
  }
  return whitelist;
}

/** A source known only after apply (`text`): held, added, or decided after apply. */
function addSymbolicSource(
  text: string,
  entries: readonly CidrValue[],
  whitelist: readonly Ipv4Range[],
  pending: readonly string[],
  add: string[],
  afterApply: Set<string>,
): void {
  if (pending.includes(text) || whitelist.some((r) => r.prefix === 0)) return;
  if (!mayHoldPublicAddress(entries)) add.push(text);
  else for (const value of [text, ...pending]) afterApply.add(value);
}

/** A source with a range: what no entry holds is added, unless entries known after apply may. */
function addRangeSource(
  source: TrafficSource,
  range: Ipv4Range,
  whitelist: readonly Ipv4Range[],
  pending: readonly string[],
  sources: Sources,
  add: string[],
  afterApply: Set<string>,
): void {
  const uncovered = uncoveredBlocks(range, whitelist);
  if (uncovered.length === 0) return;
  if (pending.length > 0) for (const value of pending) afterApply.add(value);
  else if (sources.publicIps !== undefined || uncovered[0] === range) add.push(source.text);
  else for (const block of uncovered) add.push(formatRange(block));
}

function whitelistStepOf(
  add: string[],
  afterApply: ReadonlySet<string>,
  sources: Sources,
): StepOf<'whitelist-missing'> {
  const needs = add.length > 0 ? add : sourceTexts(sources.list);
  return {
    code: 'whitelist-missing',
    ok: add.length === 0,
    afterApply: add.length === 0 && afterApply.size > 0 ? [...afterApply] : undefined,
    needed: needs.join(', '),
    add: needs,
    publicIp: sources.publicIps?.[0],
    binding: sources.binding,
    vSwitch: sources.vSwitch,
  };
}

/**
 * The texts of the sources, pushed onto a literal: `map` makes its array with one elements
 * kind in the builtin and another once TurboFan inlines it, and the readers of `needs`
 * compiled for the one were thrown away at the other ("wrong map").
 */
function sourceTexts(list: readonly { text: string }[]): string[] {
  const texts: string[] = [];
  for (let i = 0; i < list.length; i++) texts.push((list[i] as { text: string }).text);
  return texts;
}

/** A data source address known only after apply: somewhere in its network, or public. */
function symbolicAddressPeer(model: Model, ds: DataSource, symbolic: string): SymbolicPeer {
  const network = ds.network;
  if (network?.type === 'internet') return { symbolic, isPublic: true };
  const vpc = network?.type === 'vpc' ? targetOf(model, network.vpc) : undefined;
  const dc = network?.type === 'dataCenter' ? targetOf(model, network.dataCenter) : undefined;
  const target = vpc ? vpcTarget(vpc) : dc ? dataCenterTarget(dc) : undefined;
  return { symbolic, within: target?.ranges.map((block) => block.range) };
}
