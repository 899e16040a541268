// Aliyun mapper, VPC family: VPCs, vSwitches, peering sides, NAT gateways, EIPs and SNAT entries.
import { importText, prefixedWords } from '../text';
import type { ImportComment, ImportedEntity } from '../topology';
import { MapperBase } from './base';
import {
  type Found,
  type Value,
  accountId,
  byText,
  fromText,
  isIpv4,
  objectAt,
  optional,
  unique,
} from './helpers';
import { assignIds } from './ids';
import { get, list, strings, text } from './responses';

export abstract class NetworkMapper extends MapperBase {
  // ---- VPCs and vSwitches ---------------------------------------------------------------

  protected readVpcs(): void {
    for (const found of this.all('DescribeVpcs')) {
      const cloudId = text(found.item, 'VpcId');
      const cidr = text(found.item, 'CidrBlock');
      if (!cloudId) continue;
      if (!cidr) {
        this.note('warning', `VPC ${cloudId} has no IPv4 CidrBlock; skipped`, found, cloudId);
        continue;
      }
      const owner = text(found.item, 'OwnerId');
      if (owner) this.owners.add(owner);
      this.vpcRecords.set(cloudId, {
        cloudId,
        cidr,
        found,
        secondary: strings(found.item, 'SecondaryCidrBlocks', 'SecondaryCidrBlock'),
        ...optional('name', text(found.item, 'VpcName')),
        ...optional('region', text(found.item, 'RegionId') ?? found.response.region),
        ...optional('owner', owner),
      });
    }
  }

  /** A peering's accepting VPC in another account or an uncollected region: its side says its CIDR. */
  protected readPeeringSides(): void {
    for (const found of [
      ...this.all('ListVpcPeerConnections'),
      ...this.all('DescribeVpcPeerConnections'),
    ]) {
      const sides: [unknown, string | undefined, string | undefined][] = [
        [
          get(found.item, 'Vpc'),
          text(found.item, 'RegionId') ?? found.response.region,
          text(found.item, 'OwnerId'),
        ],
        [
          get(found.item, 'AcceptingVpc'),
          text(found.item, 'AcceptingRegionId'),
          text(found.item, 'AcceptingOwnerUid'),
        ],
      ];
      for (const [side, region, owner] of sides) {
        const cloudId = text(side, 'VpcId');
        const cidr = strings(side, 'Ipv4Cidrs')[0];
        if (!cloudId || !cidr || this.vpcRecords.has(cloudId)) continue;
        if (owner) this.owners.add(owner);
        this.vpcRecords.set(cloudId, {
          cloudId,
          cidr,
          found,
          secondary: strings(side, 'Ipv4Cidrs').slice(1),
          foreign: true,
          ...optional('region', region),
          ...optional('owner', owner),
        });
      }
    }
  }

  /** Ids of VPCs and vSwitches: every later mapper refers to them. */
  protected assignNetworkIds(): void {
    const ids = assignIds(
      [...this.vpcRecords.values()].map((v) => ({
        cloudId: v.cloudId,
        ...optional('name', v.name),
      })),
      this.taken,
      'vpc',
    );
    for (const [cloud, id] of ids) this.vpcIds.set(cloud, id);

    const vSwitches = unique(this.all('DescribeVSwitches'), 'VSwitchId', 'VswitchId').filter(
      (f) => {
        const vpc = text(f.item, 'VpcId');
        const id = text(f.item, 'VSwitchId', 'VswitchId');
        if (!id) return false;
        if (!vpc || !this.vpcIds.has(vpc)) {
          this.note(
            'warning',
            importText('importText.vSwitchOf', {
              address: id,
              why: `its VPC ${vpc ?? '(none)'} is not in DescribeVpcs; skipped`,
            }),
            f,
            id,
          );
          return false;
        }
        if (!text(f.item, 'CidrBlock')) return false;
        return true;
      },
    );
    const vswIds = assignIds(
      vSwitches.map((f) => ({
        cloudId: text(f.item, 'VSwitchId', 'VswitchId') ?? '',
        ...optional('name', text(f.item, 'VSwitchName', 'VswitchName')),
      })),
      this.taken,
      'vsw',
    );
    for (const f of vSwitches) {
      const cloud = text(f.item, 'VSwitchId', 'VswitchId') ?? '';
      this.vSwitchIds.set(cloud, vswIds.get(cloud) ?? cloud);
      this.vSwitchCidrs.set(cloud, text(f.item, 'CidrBlock') ?? '');
      this.vSwitchVpc.set(cloud, text(f.item, 'VpcId') ?? '');
    }
    this.vSwitchFinds = vSwitches;
  }

  protected vSwitchFinds: Found[] = [];

  protected mapVpcs(): void {
    const accounts = this.owners.size > 1;
    for (const record of this.vpcRecords.values()) {
      const id = this.vpcIds.get(record.cloudId) ?? record.cloudId;
      const value: Value = {};
      if (accounts && record.owner) value['account'] = accountId(record.owner);
      if (record.region) value['region'] = record.region;
      value['cidr'] = record.cidr;
      // SecondaryCidrBlocks (or a peering side's further Ipv4Cidrs): the VPC's address space.
      const secondary = [...new Set(record.secondary)].filter((block) => block !== record.cidr);
      if (secondary.length > 0) value['secondaryCidrs'] = secondary;
      const comments: ImportComment[] = [
        {
          path: [],
          kind: 'from',
          text: record.foreign
            ? `${fromText(record.found, record.cloudId)}: the other side of peering ${text(record.found.item, 'InstanceId') ?? ''}`
            : fromText(record.found, record.cloudId),
        },
      ];
      this.collection('vpcs').set(id, { value, comments });
      this.count('vpcs');
    }
    if (accounts) {
      for (const owner of [...this.owners].sort()) {
        this.collection('accounts').set(accountId(owner), {
          value: { uid: owner },
          comments: [{ path: [], kind: 'from', text: `OwnerId ${owner} of the VPCs` }],
        });
        this.count('accounts');
      }
    }
    for (const f of this.vSwitchFinds) {
      const cloud = text(f.item, 'VSwitchId', 'VswitchId') ?? '';
      const vpc = this.vpcEntity(text(f.item, 'VpcId'));
      if (!vpc) continue;
      const id = this.vSwitchIds.get(cloud) ?? cloud;
      const vSwitches = objectAt(vpc.value, 'vSwitches');
      const value: Value = {};
      const zone = text(f.item, 'ZoneId');
      if (zone) value['zone'] = zone;
      value['cidr'] = text(f.item, 'CidrBlock') ?? '';
      vSwitches[id] = value;
      vpc.comments.push({ path: ['vSwitches', id], kind: 'from', text: fromText(f, cloud) });
      this.count('vSwitches');
    }
  }

  protected vpcEntity(cloudId: string | undefined): ImportedEntity | undefined {
    const id = cloudId ? this.vpcIds.get(cloudId) : undefined;
    return id ? this.collections.vpcs?.get(id) : undefined;
  }

  // ---- NAT gateways, EIPs, SNAT ----------------------------------------------------------

  protected mapNatGateways(): void {
    const gateways = unique(this.all('DescribeNatGateways'), 'NatGatewayId');
    const eipsByGateway = new Map<string, Set<string>>();
    for (const f of this.all('DescribeEipAddresses')) {
      const type = (text(f.item, 'InstanceType') ?? '').toLowerCase();
      const instance = text(f.item, 'InstanceId');
      const ip = text(f.item, 'IpAddress');
      if (type !== 'nat' || !instance || !ip) {
        this.skip(
          'DescribeEipAddresses: EIP not on a NAT gateway',
          prefixedWords('DescribeEipAddresses', importText('importText.skip.eip')),
        );
        continue;
      }
      const set = eipsByGateway.get(instance) ?? new Set<string>();
      set.add(ip);
      eipsByGateway.set(instance, set);
    }
    const snatEntries = this.all('DescribeSnatTableEntries');
    const ids = assignIds(
      gateways.map((f) => ({
        cloudId: text(f.item, 'NatGatewayId') ?? '',
        ...optional('name', text(f.item, 'Name')),
      })),
      this.taken,
      'ngw',
    );
    for (const f of gateways) {
      const cloud = text(f.item, 'NatGatewayId') ?? '';
      const networkType = (text(f.item, 'NetworkType') ?? 'internet').toLowerCase();
      if (networkType === 'intranet') {
        this.skip(
          'DescribeNatGateways: VPC NAT gateway, not a way to the Internet',
          prefixedWords('DescribeNatGateways', importText('importText.skip.vpcNat')),
        );
        this.vpcEntity(text(f.item, 'VpcId'))?.comments.push({
          path: [],
          kind: 'note',
          text: importText('importText.aliyunVpcNat', { id: cloud }),
        });
        continue;
      }
      const vpc = this.vpcEntity(text(f.item, 'VpcId'));
      if (!vpc) {
        this.note(
          'warning',
          `NAT gateway ${cloud}: its VPC ${text(f.item, 'VpcId') ?? '(none)'} is not in DescribeVpcs; skipped`,
          f,
          cloud,
        );
        continue;
      }
      const id = ids.get(cloud) ?? cloud;
      const comments: ImportComment[] = [
        { path: ['natGateways', id], kind: 'from', text: fromText(f, cloud) },
      ];
      const vSwitchCloud =
        text(get(f.item, 'NatGatewayPrivateInfo'), 'VswitchId', 'VSwitchId') ??
        text(f.item, 'VSwitchId', 'VswitchId');
      const vSwitch = vSwitchCloud ? this.vSwitchIds.get(vSwitchCloud) : undefined;
      if (!vSwitch) {
        this.note(
          'warning',
          `NAT gateway ${cloud}: its vSwitch ${vSwitchCloud ?? '(none)'} is not in DescribeVSwitches; the gateway was not imported (the format needs its vSwitch)`,
          f,
          cloud,
        );
        continue;
      }
      const eips = new Set<string>(eipsByGateway.get(cloud) ?? []);
      for (const ip of list(f.item, 'IpLists', 'IpList')) {
        const address = text(ip, 'IpAddress');
        if (address && isIpv4(address)) eips.add(address);
      }
      const snatTables = new Set(strings(f.item, 'SnatTableIds', 'SnatTableId'));
      const entries: Value[] = [];
      for (const e of snatEntries) {
        const gatewayOf = text(e.item, 'NatGatewayId') ?? e.response.qualifier;
        const table = text(e.item, 'SnatTableId');
        if (gatewayOf !== cloud && !(table && snatTables.has(table))) continue;
        const entryId = text(e.item, 'SnatEntryId');
        const sourceVsw = text(e.item, 'SourceVSwitchId', 'SourceVswitchId');
        const sourceCidr = text(e.item, 'SourceCIDR', 'SourceCidr');
        const source = (sourceVsw && this.vSwitchIds.get(sourceVsw)) ?? sourceCidr;
        const ips = strings(e.item, 'SnatIp');
        const index = entries.length;
        if (!source) {
          this.note(
            'warning',
            `SNAT entry ${entryId ?? ''} of ${cloud} has no source vSwitch or CIDR; skipped`,
            e,
            entryId,
          );
          continue;
        }
        const entry: Value = { source };
        if (ips[0]) entry['eip'] = ips[0];
        entries.push(entry);
        comments.push({
          path: ['natGateways', id, 'snatEntries', index],
          kind: 'from',
          text: fromText(e, entryId),
        });
        if (ips.length > 1) {
          comments.push({
            path: ['natGateways', id, 'snatEntries', index],
            kind: 'unresolved',
            text: importText('importText.snatIps', { ips: ips.slice(1).join(', ') }),
          });
        }
        for (const ip of ips) if (isIpv4(ip)) eips.add(ip);
      }
      const value: Value = { vSwitch };
      value['eips'] = [...eips].sort(byText);
      if (eips.size === 0 && !this.has('DescribeEipAddresses')) {
        comments.push({
          path: ['natGateways', id, 'eips'],
          kind: 'unresolved',
          text: `EIPs of ${cloud}: its IpLists is empty and DescribeEipAddresses is not in the responses`,
        });
      }
      if (entries.length > 0) value['snatEntries'] = entries;
      if (!this.has('DescribeSnatTableEntries')) {
        comments.push({
          path: ['natGateways', id],
          kind: 'unresolved',
          text: `SNAT entries: DescribeSnatTableEntries of ${cloud} not in the responses`,
        });
      }
      objectAt(vpc.value, 'natGateways')[id] = value;
      vpc.comments.push(...comments);
      this.count('natGateways');
    }
  }
}
