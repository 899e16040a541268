// Scenario 5 of SPEC §3, a data source on the Internet: the group's EIP, or a NAT gateway,
// its EIPs and the SNAT entries that translate the binding's vSwitch, then the whitelist
// and security group steps for the public addresses the data source sees.
import {
  dottedQuad,
  formatRange,
  hostRange,
  overlaps,
  uncoveredBlocks,
  type Ipv4Range,
} from '../cidr';
import type { DataSource, NatGateway, ResourceGroup, VSwitch } from '../model';
import { accessVerdict, addCommonSteps, type Verdict } from './accessSteps';
import { knownOrSymbolic, originOf, valueKey } from './afterApply';
import { isExclusive, notAssociatedSteps, pairFromCandidates } from './candidates';
import type { PairEvaluation } from './connectivity';
import {
  sourcesOf,
  type BindingPlan,
  type ExclusivePlan,
  type InternetPlan,
  type PairContext,
  type TrafficSource,
} from './pairContext';
import { cidrRange, readAddress } from './pairValues';
import { routeOfExclusive, routeOfInternet, type RoutedPair } from './pairRoute';
import type { Step } from './steps';

/**
 * Scenario 5: an old-version group reaches the Internet through its own EIP; a serverless
 * group through an Internet NAT gateway of a bound VPC, whose SNAT entries translate the
 * binding's vSwitch. Everything but the whitelist and security group steps depends on the
 * group and its bindings alone, and is worked out once per evaluation.
 */
export function evaluateInternet(
  context: PairContext,
  evaluation: PairEvaluation & RoutedPair,
  rg: ResourceGroup,
  ds: DataSource,
): PairEvaluation {
  const plan = context.group(rg);
  const address = readAddress(ds);
  const { choice } = context;
  if (isExclusive(rg)) {
    const exclusive = (plan.exclusive ??= exclusivePlan(rg));
    const steps = choice.start();
    steps.push(exclusive.step);
    if (exclusive.sources)
      addCommonSteps(steps, context, ds, address, exclusive.sources, undefined);
    choice.keepSteps(evaluation, steps);
    // The route the pairs decided at once through this EIP share: the write changes nothing.
    evaluation.takeRoute(routeOfExclusive(exclusive));
    evaluation.publicIp = exclusive.eip;
    return evaluation;
  }

  choice.reset();
  for (let index = 0; index < plan.bindings.length; index++) {
    const binding = plan.bindings[index];
    if (!binding || choice.settled) break;
    const internet = (binding.internet ??= internetPlan(binding));
    const steps = choice.start();
    steps.pushAll(binding.bindingSteps);
    steps.pushAll(internet.steps);
    if (internet.sources) addCommonSteps(steps, context, ds, address, internet.sources, binding);
    else if (internet.groupSteps)
      addCommonSteps(steps, context, ds, address, binding.privateSources, binding, true);
    choice.offer(binding, undefined, internet);
  }
  if (!pairFromCandidates(evaluation, choice, plan.unresolvedBinding))
    evaluation.steps = notAssociatedSteps(context, rg, undefined);
  return evaluation;
}

/**
 * `connectsAtOnce` (scenarios.ts) for a data source on the Internet at `address`: what
 * `evaluateInternet` finds of an old-version group, or of a serverless group's only binding
 * whose steps hold, without steps.
 */
export function internetAtOnce(
  context: PairContext,
  pair: PairEvaluation & RoutedPair,
  rg: ResourceGroup,
  dsSlot: number,
  address: number,
): Verdict {
  const { model } = context;
  const plan = context.group(rg);
  if (isExclusive(rg)) {
    const exclusive = (plan.exclusive ??= exclusivePlan(rg));
    // Its step is never decided after apply.
    if (!exclusive.step.ok) return 'misses';
    const verdict = exclusive.sources
      ? accessVerdict(model, dsSlot, address, exclusive.sources, undefined)
      : 'connects';
    if (verdict !== 'connects') return verdict;
    pair.takeRoute(routeOfExclusive(exclusive));
  } else {
    const binding = plan.bindings[0];
    if (plan.bindings.length !== 1 || !binding?.holds) return 'unknown';
    const internet = (binding.internet ??= internetPlan(binding));
    if (!internet.holds) return 'unknown';
    const verdict = internet.sources
      ? accessVerdict(model, dsSlot, address, internet.sources, binding)
      : internet.groupSteps
        ? accessVerdict(model, dsSlot, address, undefined, binding)
        : 'connects';
    if (verdict !== 'connects') return verdict;
    pair.takeRoute(routeOfInternet(binding, internet));
  }
  pair.scenario = 5;
  pair.overInternet = true;
  pair.ok = true;
  return 'connects';
}

/** An old-version group's EIP step, and the EIP the data source sees. */
function exclusivePlan(rg: ResourceGroup): ExclusivePlan {
  const eip = rg.eip && knownOrSymbolic(rg.eip) ? valueKey(rg.eip) : undefined;
  const step: Step =
    rg.eip !== undefined && !eip
      ? { code: 'ip-invalid', ok: false }
      : { code: 'eip-missing', ok: rg.eip !== undefined };
  return {
    step,
    eip,
    sources: eip ? sourcesOf([eip], trafficSources([eip]), undefined, undefined) : undefined,
    route: undefined,
  };
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

/**
 * What a serverless group's binding needs to reach the Internet: a NAT gateway with an EIP
 * and SNAT entries that translate its vSwitch, and the EIPs the data source then sees
 * (`sources`); without them only its security group's steps follow (`groupSteps`).
 */
function internetPlan(plan: BindingPlan): InternetPlan {
  const { binding, vpc, vSwitch, switchRange } = plan;
  const gateways = [...vpc.natGateways.values()];
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
  if (!gateway)
    return {
      steps,
      holds: false,
      natGateway: undefined,
      sources: undefined,
      groupSteps: false,
      publicIp: undefined,
      route: undefined,
    };
  steps.push({
    code: 'nat-no-eip',
    ok: gateway.eips.length > 0,
    gateway,
  });
  if (gateway.eips.length === 0)
    return {
      steps,
      holds: false,
      natGateway: gateway,
      sources: undefined,
      groupSteps: false,
      publicIp: undefined,
      route: undefined,
    };
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
  const translated = ok && usable.length > 0;
  return {
    steps,
    holds: steps.every((step) => step.ok && step.afterApply === undefined),
    natGateway: gateway,
    sources: translated ? sourcesOf(usable, trafficSources(usable), binding, vSwitch) : undefined,
    groupSteps: !translated,
    publicIp: translated ? usable.join(', ') : undefined,
    route: undefined,
  };
}

/** The public addresses the data source sees; one known only after apply (`${…}`) has no range. */
function trafficSources(publicIps: readonly string[]): TrafficSource[] {
  return publicIps.flatMap((ip) => {
    const range = publicRange(ip);
    return range ? [{ range, text: ip }] : ip.startsWith('${') ? [{ text: ip }] : [];
  });
}

/** The host range of a public address (every one given here is a valid address). */
function publicRange(ip: string): Ipv4Range | undefined {
  const value = dottedQuad(ip);
  return value === undefined ? undefined : hostRange(value);
}
