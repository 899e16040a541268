// Every address-valued string of a topology, with what kind of value it must be.
// The address rules (cidr-invalid, ip-invalid, ipv6-unsupported, cidr-host-bits)
// walk this list instead of knowing the file format.
import type { AddressValue, CidrValue, DataSource, IpValue, Model } from '../model';

export type AddressField =
  | { kind: 'cidr'; value: CidrValue; label: string }
  | { kind: 'ip'; value: IpValue; label: string }
  | { kind: 'address'; value: AddressValue; label: string; allowHostName: boolean };

/** Every address field of the model, in the order of the model's collections. */
export function addressFields(model: Model): AddressField[] {
  const fields: AddressField[] = [];
  for (const vpc of model.vpcs.byId.values()) {
    if (vpc.cidr)
      fields.push({ kind: 'cidr', value: vpc.cidr, label: `CIDR block of VPC '${vpc.id}'` });
    for (const sw of vpc.vSwitches.values()) {
      if (sw.cidr)
        fields.push({ kind: 'cidr', value: sw.cidr, label: `CIDR block of vSwitch '${sw.id}'` });
    }
    for (const gw of vpc.natGateways.values()) {
      for (const eip of gw.eips)
        fields.push({ kind: 'ip', value: eip, label: `EIP of NAT gateway '${gw.id}'` });
      for (const entry of gw.snatEntries) {
        if (entry.source?.cidr) {
          fields.push({
            kind: 'cidr',
            value: entry.source.cidr,
            label: `source of SNAT entry ${entry.index} of NAT gateway '${gw.id}'`,
          });
        }
        if (entry.eip)
          fields.push({
            kind: 'ip',
            value: entry.eip,
            label: `EIP of SNAT entry ${entry.index} of NAT gateway '${gw.id}'`,
          });
      }
    }
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs)
      fields.push({ kind: 'cidr', value: cidr, label: `CIDR block of data center '${dc.id}'` });
  }
  for (const sg of model.securityGroups.byId.values()) {
    for (const [i, rule] of sg.rules.entries()) {
      if (rule.cidr)
        fields.push({
          kind: 'cidr',
          value: rule.cidr,
          label: `rule ${i} of security group '${sg.id}'`,
        });
    }
  }
  for (const rg of model.resourceGroups.byId.values()) {
    for (const binding of rg.bindings) {
      for (const route of binding.routes) {
        fields.push({
          kind: 'cidr',
          value: route,
          label: `route of binding ${binding.index} of resource group '${rg.id}'`,
        });
      }
    }
    if (rg.eip)
      fields.push({ kind: 'ip', value: rg.eip, label: `EIP of resource group '${rg.id}'` });
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
    fields.push({ kind: 'cidr', value: entry, label: `whitelist entry of data source '${ds.id}'` });
  }
  const network = ds.network;
  if (network?.address && network.type !== 'classic') {
    fields.push({
      kind: 'address',
      value: network.address,
      label: `address of data source '${ds.id}'`,
      allowHostName: network.type === 'internet',
    });
  }
  return fields;
}
