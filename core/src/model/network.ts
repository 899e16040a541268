// The readers of the network entities: accounts, VPCs with their vSwitches and NAT
// gateways, data centers, connections and security groups. Each kind is a class whose
// constructor reads the entity from its rows (model/values.ts `ValueReader`).
import { Kind } from '../compactTree';
import type {
  Account,
  CidrValue,
  Connection,
  ConnectionType,
  DataCenter,
  IpValue,
  Model,
  NatGateway,
  Reference,
  SecurityGroup,
  SecurityGroupProtocol,
  SecurityGroupRule,
  SnatEntry,
  SnatSource,
  StringValue,
  VSwitch,
  Vpc,
} from '../model';
import type { Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { collectMap, ModelEntity, pointerUnder } from './entities';
import { Fields } from './fields';
import type { Anchor } from './rows';
import { Placed, type ValueReader } from './values';

/** The topology-wide values that VPCs and resource groups fall back on. */
export type Defaults = Model['defaults'];

class ModelAccount extends ModelEntity implements Account {
  protected readonly anchor: Anchor;
  readonly uid: StringValue | undefined;

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    this.uid = reader.str(reader.row, 'uid');
  }

  get pointer(): string {
    return pointerUnder('/accounts', this.id);
  }
}

export function readAccount(id: string, reader: ValueReader): Account {
  return new ModelAccount(id, reader);
}

const enum VSwitchField {
  Zone,
  Cidr,
}
const V_SWITCH_FIELDS = new Fields(['zone', 'cidr']);

class ModelVSwitch extends ModelEntity implements VSwitch {
  protected readonly anchor: Anchor;
  readonly zone: StringValue | undefined;
  readonly cidr: CidrValue | undefined;

  constructor(
    readonly id: string,
    reader: ValueReader,
    readonly vpc: Vpc,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, V_SWITCH_FIELDS);
    const cidr = found[VSwitchField.Cidr]!;
    this.zone = reader.strAt(found[VSwitchField.Zone]!);
    this.cidr = reader.cidr(cidr, false);
  }

  get pointer(): string {
    return pointerUnder(`${this.vpc.pointer}/vSwitches`, this.id);
  }
}

const enum SnatEntryField {
  Source,
  Eip,
}
const SNAT_ENTRY_FIELDS = new Fields(['source', 'eip']);

class ModelSnatEntry extends Placed implements SnatEntry {
  protected readonly anchor: Anchor;
  protected readonly offset: number;
  readonly source: SnatSource | undefined;
  readonly eip: IpValue | undefined;

  constructor(
    reader: ValueReader,
    item: number,
    readonly index: number,
    vpc: Vpc,
  ) {
    super();
    this.anchor = reader.anchor;
    this.offset = reader.offsetOf(item);
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(item, SNAT_ENTRY_FIELDS);
    const eip = found[SnatEntryField.Eip]!;
    this.source = reader.snatSource(
      found[SnatEntryField.Source]!,
      REFERENCE_FIELDS.snatSource,
      vpc,
    );
    this.eip = reader.ip(eip);
  }
}

const enum NatGatewayField {
  VSwitch,
  Eips,
  SnatEntries,
}
const NAT_GATEWAY_FIELDS = new Fields(['vSwitch', 'eips', 'snatEntries']);

class ModelNatGateway extends ModelEntity implements NatGateway {
  protected readonly anchor: Anchor;
  readonly vSwitch: Reference<'vSwitch'> | undefined;
  readonly eips: IpValue[];
  readonly snatEntries: SnatEntry[];

  constructor(
    readonly id: string,
    reader: ValueReader,
    readonly vpc: Vpc,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, NAT_GATEWAY_FIELDS);
    const eips = found[NatGatewayField.Eips]!;
    const snatEntries = found[NatGatewayField.SnatEntries]!;
    this.vSwitch = reader.reference(
      found[NatGatewayField.VSwitch]!,
      REFERENCE_FIELDS.natGatewayVSwitch,
      vpc,
    );
    this.eips = reader.items(eips, Kind.String, (item) => reader.ipAt(item));
    this.snatEntries = reader.items(
      snatEntries,
      Kind.Object,
      (item, index) => new ModelSnatEntry(reader, item, index, vpc),
    );
  }

  get pointer(): string {
    return pointerUnder(`${this.vpc.pointer}/natGateways`, this.id);
  }
}

const enum VpcField {
  Account,
  Region,
  Cidr,
  SecondaryCidrs,
  VSwitches,
  NatGateways,
}
const VPC_FIELDS = new Fields([
  'account',
  'region',
  'cidr',
  'secondaryCidrs',
  'vSwitches',
  'natGateways',
]);

/** A VPC with its vSwitches and NAT gateways; their later duplicates go to `nestedDuplicates`. */
class ModelVpc extends ModelEntity implements Vpc {
  protected readonly anchor: Anchor;
  readonly account: Reference<'account'> | undefined;
  readonly region: StringValue | undefined;
  readonly accountId: string | undefined;
  readonly regionId: string | undefined;
  readonly cidr: CidrValue | undefined;
  readonly secondaryCidrs: CidrValue[];
  readonly vSwitches: Map<string, VSwitch>;
  readonly natGateways: Map<string, NatGateway>;

  constructor(
    readonly id: string,
    reader: ValueReader,
    defaults: Defaults,
    nestedDuplicates: (VSwitch | NatGateway)[],
  ) {
    super();
    this.anchor = reader.anchor;
    const rows = reader.rows;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, VPC_FIELDS);
    const account = found[VpcField.Account]!;
    const region = found[VpcField.Region]!;
    const cidr = found[VpcField.Cidr]!;
    const secondaryCidrs = found[VpcField.SecondaryCidrs]!;
    const vSwitches = found[VpcField.VSwitches]!;
    const natGateways = found[VpcField.NatGateways]!;
    this.account = reader.reference(account, REFERENCE_FIELDS.vpcAccount);
    this.region = reader.strAt(region);
    this.accountId = this.account?.value ?? defaults.account?.value;
    this.regionId = this.region?.value ?? defaults.region?.value;
    this.cidr = reader.cidr(cidr, false);
    this.secondaryCidrs = reader.items(secondaryCidrs, Kind.String, (item) =>
      reader.cidrAt(item, false),
    );
    this.vSwitches = collectMap(
      rows,
      vSwitches,
      (vSwitch, at) => new ModelVSwitch(vSwitch, at, this),
      nestedDuplicates,
    );
    this.natGateways = collectMap(
      rows,
      natGateways,
      (gateway, at) => new ModelNatGateway(gateway, at, this),
      nestedDuplicates,
    );
  }

  get pointer(): string {
    return pointerUnder('/vpcs', this.id);
  }
}

export function readVpc(
  defaults: Defaults,
  nestedDuplicates: (VSwitch | NatGateway)[],
): (id: string, reader: ValueReader) => Vpc {
  return (id, reader) => new ModelVpc(id, reader, defaults, nestedDuplicates);
}

class ModelDataCenter extends ModelEntity implements DataCenter {
  protected readonly anchor: Anchor;
  readonly cidrs: CidrValue[];

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    this.cidrs = reader.cidrItems(reader.at(reader.row, 'cidrs'));
  }

  get pointer(): string {
    return pointerUnder('/dataCenters', this.id);
  }
}

export function readDataCenter(id: string, reader: ValueReader): DataCenter {
  return new ModelDataCenter(id, reader);
}

const CONNECTION_TYPES = ['cen', 'expressConnect', 'vpnGateway', 'vpcPeering'] as const;

const enum ConnectionField {
  Type,
  Members,
}
const CONNECTION_FIELDS = new Fields(['type', 'members']);

class ModelConnection extends ModelEntity implements Connection {
  protected readonly anchor: Anchor;
  readonly type: ConnectionType | undefined;
  readonly members: Reference<'vpc' | 'dataCenter'>[];
  private readonly membersRow: number;

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, CONNECTION_FIELDS);
    const members = found[ConnectionField.Members]!;
    this.type = reader.enumValue(found[ConnectionField.Type]!, CONNECTION_TYPES);
    this.members = reader.items(members, Kind.String, (item) =>
      reader.referenceAt(item, REFERENCE_FIELDS.connectionMember),
    );
    this.membersRow = reader.offsetOf(members);
  }

  get membersNode(): Node | undefined {
    return this.nodeAt(this.membersRow);
  }

  get pointer(): string {
    return pointerUnder('/connections', this.id);
  }
}

export function readConnection(id: string, reader: ValueReader): Connection {
  return new ModelConnection(id, reader);
}

/** A port range (`80`, `8000-8080`, `all`) as an inclusive pair; anything else is every port. */
function portsOf(text: string | undefined): [number, number] {
  if (text === undefined || text === 'all') return [1, 65535];
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return [1, 65535];
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  return [low, high];
}

const DIRECTIONS = ['ingress', 'egress'] as const;
const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'all'] as const;
const POLICIES = ['accept', 'drop'] as const;
const GROUP_TYPES = ['basic', 'advanced'] as const;

const enum RuleField {
  Direction,
  Protocol,
  Cidr,
  Ports,
  Policy,
  Priority,
}
const RULE_FIELDS = new Fields(['direction', 'protocol', 'cidr', 'ports', 'policy', 'priority']);

class ModelSecurityGroupRule extends Placed implements SecurityGroupRule {
  protected readonly anchor: Anchor;
  protected readonly offset: number;
  readonly direction: 'ingress' | 'egress' | undefined;
  readonly protocol: SecurityGroupProtocol;
  readonly cidr: CidrValue | undefined;
  readonly ports: [number, number];
  readonly policy: 'accept' | 'drop';
  readonly priority: number;

  constructor(
    reader: ValueReader,
    item: number,
    readonly index: number,
  ) {
    super();
    this.anchor = reader.anchor;
    this.offset = reader.offsetOf(item);
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(item, RULE_FIELDS);
    const priority = reader.number(found[RuleField.Priority]!);
    this.direction = reader.enumValue(found[RuleField.Direction]!, DIRECTIONS);
    this.protocol = reader.enumValue(found[RuleField.Protocol]!, PROTOCOLS) ?? 'all';
    this.cidr = reader.cidr(found[RuleField.Cidr]!, true);
    this.ports = portsOf(reader.string(found[RuleField.Ports]!));
    this.policy = reader.enumValue(found[RuleField.Policy]!, POLICIES) ?? 'accept';
    this.priority = priority !== undefined && Number.isInteger(priority) ? priority : 1;
  }
}

const enum SecurityGroupField {
  Vpc,
  Type,
  Rules,
}
const SECURITY_GROUP_FIELDS = new Fields(['vpc', 'type', 'rules']);

class ModelSecurityGroup extends ModelEntity implements SecurityGroup {
  protected readonly anchor: Anchor;
  readonly vpc: Reference<'vpc'> | undefined;
  readonly type: 'basic' | 'advanced';
  readonly rules: SecurityGroupRule[];

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, SECURITY_GROUP_FIELDS);
    const rules = found[SecurityGroupField.Rules]!;
    this.vpc = reader.reference(found[SecurityGroupField.Vpc]!, REFERENCE_FIELDS.securityGroupVpc);
    this.type = reader.enumValue(found[SecurityGroupField.Type]!, GROUP_TYPES) ?? 'basic';
    this.rules = reader.items(
      rules,
      Kind.Object,
      (item, index) => new ModelSecurityGroupRule(reader, item, index),
    );
  }

  get pointer(): string {
    return pointerUnder('/securityGroups', this.id);
  }
}

export function readSecurityGroup(id: string, reader: ValueReader): SecurityGroup {
  return new ModelSecurityGroup(id, reader);
}
