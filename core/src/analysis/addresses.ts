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

/** The parameter that names the field's owner in each label, and whether it has an index. */
const LABELS = {
  'label.vpcCidr': 'vpc',
  'label.vpcSecondaryCidr': 'vpc',
  'label.vSwitchCidr': 'vSwitch',
  'label.natEip': 'nat',
  'label.snatSource': 'nat',
  'label.snatEip': 'nat',
  'label.dataCenterCidr': 'dataCenter',
  'label.sgRule': 'sg',
  'label.route': 'rg',
  'label.rgEip': 'rg',
  'label.whitelistEntry': 'ds',
  'label.dsAddress': 'ds',
} as const satisfies Partial<Record<MessageKey, string>>;

type LabelKey = keyof typeof LABELS;

/** A field's label, from the key and the entity (and element) that hold the field. */
function labelOf(key: LabelKey, owner: string, index: number | undefined): FieldLabel {
  const params: Record<string, string | number> = { [LABELS[key]]: owner };
  if (index !== undefined) params.index = index;
  return { key, params };
}

// The fields' labels are made when a message or a hover asks: a large topology has tens of
// thousands of fields and nearly none is reported, so the list keeps one object per field
// rather than three (the label and its parameters), which the collector would copy. The
// properties are assigned in the constructors (`declare`: no field definitions), the
// cheapest objects to make in code V8 has not optimised yet.

class CidrField {
  declare readonly kind: 'cidr';
  declare readonly fixed?: true;

  constructor(
    readonly value: CidrValue,
    private readonly labelKey: LabelKey,
    private readonly owner: string,
    private readonly index?: number,
    fixed?: 'fixed',
  ) {
    this.kind = 'cidr';
    if (fixed) this.fixed = true;
  }

  get label(): FieldLabel {
    return labelOf(this.labelKey, this.owner, this.index);
  }
}

class IpField {
  declare readonly kind: 'ip';

  constructor(
    readonly value: IpValue,
    private readonly labelKey: LabelKey,
    private readonly owner: string,
    private readonly index?: number,
  ) {
    this.kind = 'ip';
  }

  get label(): FieldLabel {
    return labelOf(this.labelKey, this.owner, this.index);
  }
}

class AddressValueField {
  declare readonly kind: 'address';

  constructor(
    readonly value: AddressValue,
    private readonly owner: string,
    readonly allowHostName: boolean,
  ) {
    this.kind = 'address';
  }

  get label(): FieldLabel {
    return labelOf('label.dsAddress', this.owner, undefined);
  }
}

/** Every address field of the model, in the order of the model's collections. */
export function addressFields(model: Model): AddressField[] {
  const fields: AddressField[] = [];
  for (const vpc of model.vpcs.byId.values()) {
    if (vpc.cidr) fields.push(new CidrField(vpc.cidr, 'label.vpcCidr', vpc.id, undefined, 'fixed'));
    for (const secondary of vpc.secondaryCidrs)
      fields.push(new CidrField(secondary, 'label.vpcSecondaryCidr', vpc.id, undefined, 'fixed'));
    for (const sw of vpc.vSwitches.values()) {
      if (sw.cidr)
        fields.push(new CidrField(sw.cidr, 'label.vSwitchCidr', sw.id, undefined, 'fixed'));
    }
    for (const gw of vpc.natGateways.values()) {
      for (const eip of gw.eips) fields.push(new IpField(eip, 'label.natEip', gw.id));
      for (const entry of gw.snatEntries) {
        if (entry.source?.cidr) {
          fields.push(new CidrField(entry.source.cidr, 'label.snatSource', gw.id, entry.index));
        }
        if (entry.eip) fields.push(new IpField(entry.eip, 'label.snatEip', gw.id, entry.index));
      }
    }
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs)
      fields.push(new CidrField(cidr, 'label.dataCenterCidr', dc.id, undefined, 'fixed'));
  }
  for (const sg of model.securityGroups.byId.values()) {
    for (const [i, rule] of sg.rules.entries()) {
      if (rule.cidr) fields.push(new CidrField(rule.cidr, 'label.sgRule', sg.id, i));
    }
  }
  for (const rg of model.resourceGroups.byId.values()) {
    for (const binding of rg.bindings) {
      for (const route of binding.routes)
        fields.push(new CidrField(route, 'label.route', rg.id, binding.index));
    }
    if (rg.eip) fields.push(new IpField(rg.eip, 'label.rgEip', rg.id));
  }
  // `forEach`: no iterator result per data source in code not yet optimised.
  model.dataSources.byId.forEach((ds) => dataSourceAddressFields(ds, fields));
  return fields;
}

/** The address-valued strings of one data source (tasks have none), appended to `fields`. */
export function dataSourceAddressFields(
  ds: DataSource,
  fields: AddressField[] = [],
): AddressField[] {
  const whitelist = ds.whitelist;
  if (whitelist) {
    // An index, not `for … of`: no iterator result per entry before V8 optimises.
    for (let i = 0; i < whitelist.length; i++)
      fields.push(new CidrField(whitelist[i] as CidrValue, 'label.whitelistEntry', ds.id));
  }
  const network = ds.network;
  if (network?.address && network.type !== 'classic') {
    fields.push(new AddressValueField(network.address, ds.id, network.type === 'internet'));
  }
  return fields;
}
