// Terraform mapper: VPCs, vSwitches, NAT gateways with their EIPs, and SNAT entries.
import { addressSlug } from '../ids';
import { importText, notImported } from '../text';
import type { ImportComment, JsonValue } from '../topology';
import { MapperBase } from './map-base';
import {
  CIDR,
  IPV4,
  type JsonObject,
  type NatRef,
  isUnknown,
  items,
  regionOfZone,
  symbolicOf,
  text,
  unknownIn,
  unresolvedText,
  withRegion,
} from './map-shared';
import { REASON, type TfValue, Unknown } from './resources';

/**
 * Adds a secondary CIDR block to a VPC's value, once (a block may be both in
 * secondary_cidr_blocks and an alicloud_vpc_ipv4_cidr_block), right after its `cidr`.
 */
function addSecondaryCidr(vpc: JsonObject, block: string): void {
  const list = vpc['secondaryCidrs'];
  if (Array.isArray(list)) {
    if (!list.includes(block)) list.push(block);
  } else {
    vpc['secondaryCidrs'] = [block];
  }
}

export abstract class NetworkMapper extends MapperBase {
  protected mapVpcs(): void {
    for (const resource of this.ofType('alicloud_vpc')) {
      const values = resource.values;
      const cidr = values['cidr_block'];
      if (text(cidr) === undefined) {
        this.note(
          resource,
          'unresolved',
          isUnknown(cidr)
            ? notImported(unresolvedText(importText('importText.what.cidr'), cidr))
            : notImported(importText('importText.noCidrBlock')),
        );
        continue;
      }
      const value: JsonObject = {};
      const region = this.region(resource);
      if (region !== undefined) value['region'] = region;
      value['cidr'] = text(cidr) ?? '';
      const entity = this.addEntity(
        'vpcs',
        resource,
        this.name(resource, 'vpc_name', 'name'),
        'vpc',
        value,
      );
      if (isUnknown(resource.region)) {
        this.comment(
          entity,
          ['region'],
          'unresolved',
          unresolvedText(importText('importText.what.region'), resource.region),
        );
      }
      // secondary_cidr_blocks (deprecated in the provider, still written by many configurations).
      for (const secondary of items(values['secondary_cidr_blocks'])) {
        const block = text(secondary);
        if (block !== undefined) addSecondaryCidr(entity.value, block);
        else
          this.comment(
            entity,
            ['cidr'],
            'unresolved',
            isUnknown(secondary)
              ? unresolvedText(importText('importText.what.secondaryCidr'), secondary)
              : importText('importText.secondaryNotString'),
          );
      }
    }
    for (const resource of this.ofType('alicloud_vpc_ipv4_cidr_block')) {
      const vpc = this.entityOf(resource.values['vpc_id'], 'vpcs');
      const blockValue = resource.values['secondary_cidr_block'];
      const block = text(blockValue);
      if (!vpc) {
        this.note(resource, 'warning', importText('importText.secondaryNoVpc'));
        continue;
      }
      if (block === undefined) {
        this.comment(
          vpc,
          ['cidr'],
          'unresolved',
          isUnknown(blockValue)
            ? // The address is part of what is unknown.
              unresolvedText(
                importText('importText.prefixed', {
                  address: resource.address,
                  message: importText('importText.what.itsSecondaryCidr'),
                }),
                blockValue,
              )
            : importText('importText.noSecondaryBlock', { address: resource.address }),
        );
        continue;
      }
      addSecondaryCidr(vpc.value, block);
      const index = (vpc.value['secondaryCidrs'] as string[]).indexOf(block);
      vpc.comments.push({
        path: ['secondaryCidrs', index],
        kind: 'from',
        text: this.fromText(resource),
      });
    }
  }

  protected mapVSwitches(): void {
    for (const resource of this.ofType('alicloud_vswitch', 'alicloud_subnet')) {
      const values = resource.values;
      const vpc = this.entityOf(values['vpc_id'], 'vpcs');
      if (!vpc) {
        this.note(resource, 'unresolved', notImported(importText('importText.vpcMissing')));
        continue;
      }
      const cidrValue = values['cidr_block'];
      const cidr = text(cidrValue);
      const name = this.name(resource, 'vswitch_name', 'name');
      if (cidr === undefined) {
        this.comment(
          vpc,
          ['vSwitches'],
          'unresolved',
          isUnknown(cidrValue)
            ? importText('importText.vSwitchOf', {
                address: resource.address,
                why: unresolvedText(importText('importText.what.cidr'), cidrValue),
              })
            : importText('importText.vSwitchNoCidr', { address: resource.address }),
        );
        continue;
      }
      const id =
        name !== undefined
          ? this.ids.allocate(name, 'vsw')
          : this.ids.allocate(`vsw-${addressSlug(resource.address)}`, 'vsw');
      const vSwitch: JsonObject = {};
      const zone = text(values['zone_id']) ?? text(values['availability_zone']);
      if (zone !== undefined) vSwitch['zone'] = zone;
      vSwitch['cidr'] = cidr;
      let map = vpc.value['vSwitches'] as JsonObject | undefined;
      if (!map) {
        map = {};
        vpc.value['vSwitches'] = map;
      }
      map[id] = vSwitch;
      vpc.comments.push({ path: ['vSwitches', id], kind: 'from', text: this.fromText(resource) });
      const zoneValue = values['zone_id'] ?? values['availability_zone'];
      if (zone === undefined && isUnknown(zoneValue)) {
        this.comment(
          vpc,
          ['vSwitches', id, 'zone'],
          'unresolved',
          unresolvedText(importText('importText.what.zone'), zoneValue),
        );
      }
      this.vSwitches.set(resource, { vpc, id, cidr });
      this.count('vSwitches');
      // A VPC with no region of its own takes its vSwitches' (a zone names its region).
      if (vpc.value['region'] === undefined && zone !== undefined) {
        const region = regionOfZone(zone);
        if (region !== undefined) vpc.value = withRegion(vpc.value, region);
      }
    }
  }

  protected mapNatGateways(): void {
    for (const resource of this.ofType('alicloud_nat_gateway')) {
      const values = resource.values;
      const vpc = this.vpcOf(values);
      if (!vpc) {
        this.note(resource, 'unresolved', notImported(importText('importText.vpcMissing')));
        continue;
      }
      const networkType = text(values['network_type'])?.toLowerCase();
      if (networkType === 'intranet') {
        this.comment(
          vpc,
          [],
          'note',
          importText('importText.vpcNat', { address: this.fromText(resource) }),
        );
        continue;
      }
      const vSwitch = this.vSwitchOf(values['vswitch_id']);
      if (!vSwitch || vSwitch.vpc !== vpc) {
        this.comment(
          vpc,
          [],
          'unresolved',
          isUnknown(values['vswitch_id'])
            ? importText('importText.natNotImported', {
                address: resource.address,
                why: unresolvedText(importText('importText.what.vSwitch'), values['vswitch_id']),
              })
            : importText('importText.natNotImported', {
                address: resource.address,
                why: importText('importText.natVSwitchNotInVpc'),
              }),
        );
        continue;
      }
      const id = this.ids.allocate(
        this.name(resource, 'nat_gateway_name', 'name') ?? `ngw-${addressSlug(resource.address)}`,
        'ngw',
      );
      const nat: JsonObject = { vSwitch: vSwitch.id, eips: [], snatEntries: [] };
      let map = vpc.value['natGateways'] as JsonObject | undefined;
      if (!map) {
        map = {};
        vpc.value['natGateways'] = map;
      }
      map[id] = nat;
      vpc.comments.push({ path: ['natGateways', id], kind: 'from', text: this.fromText(resource) });
      this.nats.set(resource, { vpc, id, value: nat });
      this.count('natGateways');
    }
    // EIPs bound to NAT gateways join their `eips`.
    for (const association of this.ofType('alicloud_eip_association')) {
      const target = this.target(association.values['instance_id']);
      const nat = target ? this.nats.get(target) : undefined;
      if (!nat) continue;
      const allocation = association.values['allocation_id'];
      const eip = this.target(allocation);
      if (eip) {
        this.addNatEip(nat, eip.values['ip_address'], eip.address);
        continue;
      }
      // The EIP itself is not in this import (a module not on disk, another project).
      const unknown = unknownIn(allocation);
      const what = importText('importText.what.eipBoundBy', { address: association.address });
      if (unknown)
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'eips'],
          'unresolved',
          unresolvedText(what, unknown),
        );
      else
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'eips'],
          'unresolved',
          importText('importText.eipNotInSource', { what }),
        );
    }
  }

  /**
   * Adds an EIP's address to a NAT gateway: the address, or, known only after apply, its
   * symbolic value (`${alicloud_eip_address.nat.ip_address}`); else says where it is unknown.
   */
  protected addNatEip(nat: NatRef, address: TfValue | undefined, source: string): void {
    const eips = nat.value['eips'] as JsonValue[];
    const known = text(address);
    if (known !== undefined && IPV4.test(known)) {
      if (!eips.includes(known)) eips.push(known);
      return;
    }
    const unknown = isUnknown(address)
      ? address
      : new Unknown(`${source}.ip_address`, REASON.afterApply);
    // Text that is no address is not an unknown address: it stays a comment.
    const symbolic = known === undefined ? symbolicOf(unknown) : undefined;
    if (symbolic !== undefined) {
      if (!eips.includes(symbolic)) {
        eips.push(symbolic);
        this.afterApply++;
      }
      return;
    }
    const pathToEips = ['natGateways', nat.id, 'eips'];
    if (nat.vpc.comments.some((c) => isEipOf(c, source))) return;
    this.comment(
      nat.vpc,
      pathToEips,
      'unresolved',
      unresolvedText(importText('importText.what.eipOf', { address: source }), unknown),
    );
  }

  protected mapSnatEntries(): void {
    for (const resource of this.ofType('alicloud_snat_entry')) {
      const values = resource.values;
      const gateway = this.target(values['snat_table_id']);
      const nat = gateway ? this.nats.get(gateway) : undefined;
      if (!nat) {
        this.note(resource, 'unresolved', notImported(importText('importText.natMissing')));
        continue;
      }
      const entries = nat.value['snatEntries'] as JsonValue[];
      const index = entries.length;
      const entryPath = ['natGateways', nat.id, 'snatEntries', index];
      let source: string | undefined;
      const sourceVSwitch = values['source_vswitch_id'];
      if (text(sourceVSwitch) !== undefined || isUnknown(sourceVSwitch)) {
        const vSwitch = this.vSwitchOf(sourceVSwitch);
        if (vSwitch && vSwitch.vpc === nat.vpc) source = vSwitch.id;
      } else {
        const cidr = text(values['source_cidr']);
        if (cidr !== undefined && CIDR.test(cidr)) source = cidr;
        else if ((source = symbolicOf(values['source_cidr'])) !== undefined) this.afterApply++;
      }
      if (source === undefined) {
        const unknown = unknownIn(sourceVSwitch) ?? unknownIn(values['source_cidr']);
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'snatEntries'],
          'unresolved',
          unknown
            ? importText('importText.snatNotImported', {
                address: resource.address,
                why: unresolvedText(importText('importText.what.source'), unknown),
              })
            : importText('importText.snatNotImported', {
                address: resource.address,
                why: importText('importText.snatSourceNotInVpc'),
              }),
        );
        continue;
      }
      const entry: JsonObject = { source };
      entries.push(entry);
      nat.vpc.comments.push({ path: entryPath, kind: 'from', text: this.fromText(resource) });
      const snatIp = values['snat_ip'];
      const ips = items(snatIp);
      const first = ips[0];
      const firstText = text(first);
      if (firstText !== undefined && IPV4.test(firstText)) {
        entry['eip'] = firstText;
        // An SNAT entry can only use an EIP bound to its gateway.
        this.addNatEip(nat, firstText, resource.address);
        for (const other of ips.slice(1)) {
          const otherText = text(other);
          if (otherText !== undefined) this.addNatEip(nat, otherText, resource.address);
        }
        if (ips.length > 1) {
          this.comment(
            nat.vpc,
            [...entryPath, 'eip'],
            'note',
            importText('importText.snatManyIps', {
              // A string, as a number would be grouped (1,000).
              count: String(ips.length),
              ips: ips.map((ip) => text(ip) ?? '?').join(', '),
            }),
          );
        }
      } else {
        const unknown = unknownIn(snatIp) ?? (isUnknown(first) ? first : undefined);
        const eip = this.target(unknown ?? first);
        const eipAddress = eip ? text(eip.values['ip_address']) : undefined;
        if (eipAddress !== undefined && IPV4.test(eipAddress)) {
          entry['eip'] = eipAddress;
          this.addNatEip(nat, eipAddress, eip?.address ?? resource.address);
        } else if (unknown) {
          const symbolic = symbolicOf(unknown);
          if (symbolic !== undefined) {
            entry['eip'] = symbolic;
            this.afterApply++;
          } else
            this.comment(
              nat.vpc,
              [...entryPath, 'eip'],
              'unresolved',
              unresolvedText(importText('importText.what.eip'), unknown),
            );
          // The gateway's EIP is the same value (same origin): the check waits for apply.
          if (eip && !text(eip.values['ip_address'])) this.addNatEip(nat, unknown, eip.address);
        }
      }
    }
    // A gateway whose EIPs are all unknown would get nat-no-eip, an error the import caused.
    for (const nat of this.nats.values()) {
      const eips = nat.value['eips'] as JsonValue[];
      const waiting = nat.vpc.comments.some(
        (c) =>
          c.kind === 'unresolved' &&
          c.path.length === 3 &&
          c.path[1] === nat.id &&
          c.path[2] === 'eips',
      );
      if (eips.length === 0 && waiting) {
        nat.vpc.comments.push({
          path: ['natGateways', nat.id],
          kind: 'suppress',
          text: 'dwnet-ignore nat-no-eip -- its EIP is not known before apply; import the state to check it',
        });
      }
    }
  }
}

/** Whether `comment` already says that the EIP of `source` is unknown (`EIP of <source>, …`). */
function isEipOf(comment: ImportComment, source: string): boolean {
  if (typeof comment.text === 'string' || comment.text.key !== 'importText.afterApply')
    return false;
  const what = comment.text.params?.['what'];
  return (
    typeof what === 'object' &&
    what.key === 'importText.what.eipOf' &&
    what.params?.['address'] === source
  );
}
