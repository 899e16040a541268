// The steps every scenario with a source address shares (SPEC §3): the data source's
// whitelist, the security group of the resource group's binding (egress, and ingress for an
// advanced group), and the security group of a data source on ECS.
import { targetOf } from '../references';
import { dottedQuad, formatRange, hostRange, uncoveredBlocks, type Ipv4Range } from '../cidr';
import type { Binding, DataSource, SecurityGroup, VSwitch } from '../model';
import {
  acceptsAfterApply,
  mayHoldPublicAddress,
  symbolicEntries,
  type SymbolicPeer,
} from './afterApply';
import {
  addressOf,
  cidrRange,
  dataCenterTarget,
  networkForm,
  vpcTarget,
  whitelistRanges,
} from './pairValues';
import { denial, denialOnEveryPort, type Peer } from './securityGroups';
import type { Step, StepOf } from './steps';
import type { Topology } from './topology';

/**
 * A security group belongs to one VPC: a binding or an ECS instance naming a group of
 * another VPC is refused by the cloud (sg-vpc-mismatch), whatever that group's rules say.
 * Those rules are still checked (the findings name what they refuse), but the pair does not
 * count as connected until the group is one of its own VPC's.
 */
function otherVpcGroup(
  topology: Topology,
  group: SecurityGroup,
  vpcId: string,
): StepOf<'sg-vpc-mismatch'> | undefined {
  const groupVpc = group.vpc?.value;
  const { vpcs } = topology.model;
  // An unknown VPC on either side is unknown-reference's finding, not a mismatch.
  if (!groupVpc || groupVpc === vpcId || !vpcs.byId.has(groupVpc)) return undefined;
  const vpc = vpcs.byId.get(vpcId);
  return vpc ? { code: 'sg-vpc-mismatch', ok: false, securityGroup: group, vpc } : undefined;
}

/**
 * Appends the whitelist and security group steps, shared by every scenario with a
 * binding, to `steps` (appended rather than returned: this runs for every candidate
 * binding of every pair). `publicIps`: the addresses the data source sees the traffic
 * come from over the Internet (several when SNAT entries for parts of the vSwitch use
 * different EIPs); without them, the vSwitch's block. With `onlyGroupSteps`, only the
 * steps of the resource group's security group are added.
 */
export function addCommonSteps(
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

/** The host range of a public address (every one given here is a valid address). */
function publicRange(ip: string): Ipv4Range | undefined {
  const value = dottedQuad(ip);
  return value === undefined ? undefined : hostRange(value);
}
