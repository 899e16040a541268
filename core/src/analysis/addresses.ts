// Every address-valued string of a topology, with what kind of value it must be.
// The address rules (cidr-invalid, ip-invalid, ipv6-unsupported, cidr-host-bits)
// walk this list instead of knowing the file format.
import type { MessageKey, MessageParams } from '../l10n';
import type {
  AddressValue,
  Binding,
  CidrValue,
  DataCenter,
  DataSource,
  IpValue,
  Model,
  NatGateway,
  ResourceGroup,
  SecurityGroup,
  SecurityGroupRule,
  VSwitch,
  Vpc,
} from '../model';
import { keptUntilReplaced } from '../keepAlive';
import { DataSourceFlag } from '../model/columns/dataSources';

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

/**
 * Where fields are gathered: every one, or only those whose value an address rule may
 * report (`irregularOnly`): values that do not parse (invalid, IPv6, symbolic) and CIDR
 * blocks with host bits set. A check asks for the second: a large topology's tens of
 * thousands of fields are then read once, and objects are made for the few reported.
 */
class FieldList {
  readonly fields: AddressField[] = [];

  constructor(readonly irregularOnly: boolean) {}

  cidr(value: CidrValue, labelKey: LabelKey, owner: string, index?: number, fixed?: 'fixed'): void {
    if (this.irregularOnly && isRegularCidr(value)) return;
    this.fields.push(new CidrField(value, labelKey, owner, index, fixed));
  }

  ip(value: IpValue, labelKey: LabelKey, owner: string, index?: number): void {
    if (this.irregularOnly && value.parsed.ok) return;
    this.fields.push(new IpField(value, labelKey, owner, index));
  }

  address(value: AddressValue, owner: string, allowHostName: boolean): void {
    if (this.irregularOnly && value.parsed.ok) return;
    this.fields.push(new AddressValueField(value, owner, allowHostName));
  }

  vpc(vpc: Vpc): void {
    if (vpc.cidr) this.cidr(vpc.cidr, 'label.vpcCidr', vpc.id, undefined, 'fixed');
    const secondaryCidrs = vpc.secondaryCidrs;
    for (let i = 0; i < secondaryCidrs.length; i++)
      this.cidr(
        secondaryCidrs[i] as CidrValue,
        'label.vpcSecondaryCidr',
        vpc.id,
        undefined,
        'fixed',
      );
    vpc.vSwitches.forEach(this.vSwitch, this);
    vpc.natGateways.forEach(this.natGateway, this);
  }

  vSwitch(sw: VSwitch): void {
    if (sw.cidr) this.cidr(sw.cidr, 'label.vSwitchCidr', sw.id, undefined, 'fixed');
  }

  natGateway(gw: NatGateway): void {
    for (const eip of gw.eips) this.ip(eip, 'label.natEip', gw.id);
    for (const entry of gw.snatEntries) {
      if (entry.source?.cidr) this.cidr(entry.source.cidr, 'label.snatSource', gw.id, entry.index);
      if (entry.eip) this.ip(entry.eip, 'label.snatEip', gw.id, entry.index);
    }
  }

  dataCenter(dc: DataCenter): void {
    const cidrs = dc.cidrs;
    for (let i = 0; i < cidrs.length; i++)
      this.cidr(cidrs[i] as CidrValue, 'label.dataCenterCidr', dc.id, undefined, 'fixed');
  }

  securityGroup(sg: SecurityGroup): void {
    const rules = sg.rules;
    for (let i = 0; i < rules.length; i++) {
      const cidr = (rules[i] as SecurityGroupRule).cidr;
      if (cidr) this.cidr(cidr, 'label.sgRule', sg.id, i);
    }
  }

  resourceGroup(rg: ResourceGroup): void {
    const bindings = rg.bindings;
    for (let b = 0; b < bindings.length; b++) {
      const binding = bindings[b] as Binding;
      const routes = binding.routes;
      for (let r = 0; r < routes.length; r++)
        this.cidr(routes[r] as CidrValue, 'label.route', rg.id, binding.index);
    }
    if (rg.eip) this.ip(rg.eip, 'label.rgEip', rg.id);
  }
}

/** A valid CIDR block without host bits: what no address rule reports. */
function isRegularCidr(value: CidrValue): boolean {
  const parsed = value.parsed;
  return parsed.ok && !parsed.hostBits;
}

/** Every address field of the model, in the order of the model's collections. */
export function addressFields(model: Model): AddressField[] {
  return gather(model, new FieldList(false));
}

/**
 * The address fields an address rule may report (`FieldList`), in the order of
 * `addressFields`: what `irregularAddresses` (rules/items.ts) keeps of that list.
 */
export function irregularAddressFields(model: Model): AddressField[] {
  // The list is kept until the next check's (keepAlive.ts): code compiled against its
  // hidden class is thrown away once no object of that class lives.
  return gather(model, keptUntilReplaced('addressFieldList', new FieldList(true)));
}

function gather(model: Model, list: FieldList): AddressField[] {
  // `forEach` and index loops: no iterator result per entity in code not yet optimised. The
  // callbacks are `FieldList`'s methods, not closures made per check: V8 keeps a function's
  // optimised code only while one of its closures lives.
  model.vpcs.byId.forEach(list.vpc, list);
  model.dataCenters.byId.forEach(list.dataCenter, list);
  model.securityGroups.byId.forEach(list.securityGroup, list);
  model.resourceGroups.byId.forEach(list.resourceGroup, list);
  gatherDataSources(model, list, list.irregularOnly);
  return list.fields;
}

/**
 * The data sources' fields, in a function of their own, told `irregularOnly` as an
 * argument: read from `list` in `gather`'s loop, the optimised code left for bytecode
 * ("insufficient type feedback") there in every other check.
 */
function gatherDataSources(model: Model, list: FieldList, irregularOnly: boolean): void {
  const dataSources = model.dataSources;
  const flags = model.columns.dataSources.flags;
  // Listing irregular fields, only the data sources whose columns say they have one: no
  // object is made for the others.
  for (let i = 0; i < dataSources.count; i++)
    if (!irregularOnly || ((flags[i] as number) & DataSourceFlag.Irregular) !== 0)
      dataSourceFields(dataSources.at(i), list);
}

/** The address fields of one data source. */
export function dataSourceAddressFields(
  ds: DataSource,
  fields: AddressField[] = [],
): AddressField[] {
  const list = new FieldList(false);
  dataSourceFields(ds, list);
  for (let i = 0; i < list.fields.length; i++) fields.push(list.fields[i] as AddressField);
  return fields;
}

function dataSourceFields(ds: DataSource, list: FieldList): void {
  const whitelist = ds.whitelist;
  if (whitelist) {
    // An index, not `for … of`: no iterator result per entry before V8 optimises.
    for (let i = 0; i < whitelist.length; i++)
      list.cidr(whitelist[i] as CidrValue, 'label.whitelistEntry', ds.id);
  }
  const network = ds.network;
  if (network?.address && network.type !== 'classic') {
    list.address(network.address, ds.id, network.type === 'internet');
  }
}
