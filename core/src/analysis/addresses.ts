// Every address-valued string of a topology, with what kind of value it must be.
// The address rules (cidr-invalid, ip-invalid, ipv6-unsupported, cidr-host-bits)
// walk this list instead of knowing the file format.
import type { MessageKey, MessageParams } from '../l10n';
import type { AddressValue, CidrValue, DataSource, IpValue, Model } from '../model';

/** What a field is, in words of the catalogue ("CIDR block of VPC 'v'"). */
export interface FieldLabel {
  key: MessageKey;
  params: MessageParams;
}

/**
 * `fixed`: the field must hold a value known before apply. VPC blocks (primary and
 * secondary), vSwitch and data center blocks are what the user decides (Terraform's
 * `cidr_block` is an argument, not a computed attribute) and every other check is measured
 * against them, so they take no symbolic value (`${…}`); every other address field does.
 */
export type AddressField =
  | { kind: 'cidr'; value: CidrValue; label: FieldLabel; fixed?: true }
  | { kind: 'ip'; value: IpValue; label: FieldLabel }
  | { kind: 'address'; value: AddressValue; label: FieldLabel; allowHostName: boolean };

/** Every address field of the model, in the order of the model's collections. */
export function addressFields(model: Model): AddressField[] {
  const fields: AddressField[] = [];
  for (const vpc of model.vpcs.byId.values()) {
    if (vpc.cidr)
      fields.push({
        kind: 'cidr',
        value: vpc.cidr,
        label: { key: 'label.vpcCidr', params: { vpc: vpc.id } },
        fixed: true,
      });
    for (const secondary of vpc.secondaryCidrs)
      fields.push({
        kind: 'cidr',
        value: secondary,
        label: { key: 'label.vpcSecondaryCidr', params: { vpc: vpc.id } },
        fixed: true,
      });
    for (const sw of vpc.vSwitches.values()) {
      if (sw.cidr)
        fields.push({
          kind: 'cidr',
          value: sw.cidr,
          label: { key: 'label.vSwitchCidr', params: { vSwitch: sw.id } },
          fixed: true,
        });
    }
    for (const gw of vpc.natGateways.values()) {
      for (const eip of gw.eips)
        fields.push({
          kind: 'ip',
          value: eip,
          label: { key: 'label.natEip', params: { nat: gw.id } },
        });
      for (const entry of gw.snatEntries) {
        if (entry.source?.cidr) {
          fields.push({
            kind: 'cidr',
            value: entry.source.cidr,
            label: { key: 'label.snatSource', params: { index: entry.index, nat: gw.id } },
          });
        }
        if (entry.eip)
          fields.push({
            kind: 'ip',
            value: entry.eip,
            label: { key: 'label.snatEip', params: { index: entry.index, nat: gw.id } },
          });
      }
    }
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs)
      fields.push({
        kind: 'cidr',
        value: cidr,
        label: { key: 'label.dataCenterCidr', params: { dataCenter: dc.id } },
        fixed: true,
      });
  }
  for (const sg of model.securityGroups.byId.values()) {
    for (const [i, rule] of sg.rules.entries()) {
      if (rule.cidr)
        fields.push({
          kind: 'cidr',
          value: rule.cidr,
          label: { key: 'label.sgRule', params: { index: i, sg: sg.id } },
        });
    }
  }
  for (const rg of model.resourceGroups.byId.values()) {
    for (const binding of rg.bindings) {
      for (const route of binding.routes) {
        fields.push({
          kind: 'cidr',
          value: route,
          label: { key: 'label.route', params: { index: binding.index, rg: rg.id } },
        });
      }
    }
    if (rg.eip)
      fields.push({
        kind: 'ip',
        value: rg.eip,
        label: { key: 'label.rgEip', params: { rg: rg.id } },
      });
  }
  for (const ds of model.dataSources.byId.values()) dataSourceAddressFields(ds, fields);
  return fields;
}

/** The address-valued strings of one data source (tasks have none), appended to `fields`. */
export function dataSourceAddressFields(
  ds: DataSource,
  fields: AddressField[] = [],
): AddressField[] {
  for (const entry of ds.whitelist ?? []) {
    fields.push({
      kind: 'cidr',
      value: entry,
      label: { key: 'label.whitelistEntry', params: { ds: ds.id } },
    });
  }
  const network = ds.network;
  if (network?.address && network.type !== 'classic') {
    fields.push({
      kind: 'address',
      value: network.address,
      label: { key: 'label.dsAddress', params: { ds: ds.id } },
      allowHostName: network.type === 'internet',
    });
  }
  return fields;
}
