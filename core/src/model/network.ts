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
import { collect, ModelEntity, pointerUnder } from './entities';
import { Placed, type ValueReader } from './values';

/** The topology-wide values that VPCs and resource groups fall back on. */
export type Defaults = Model['defaults'];

class ModelAccount extends ModelEntity implements Account {
  readonly uid: StringValue | undefined;

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
    this.uid = reader.str(reader.row, 'uid');
  }

  get pointer(): string {
    return pointerUnder('/accounts', this.id);
  }
}

export function readAccount(id: string, reader: ValueReader): Account {
  return new ModelAccount(id, reader);
}

class ModelVSwitch extends ModelEntity implements VSwitch {
  readonly zone: StringValue | undefined;
  readonly cidr: CidrValue | undefined;

  constructor(
    id: string,
    reader: ValueReader,
    readonly vpc: Vpc,
  ) {
    super(id, reader);
    this.zone = reader.str(reader.row, 'zone');
    this.cidr = reader.cidr(reader.at(reader.row, 'cidr'), false);
  }

  get pointer(): string {
    return pointerUnder(`${this.vpc.pointer}/vSwitches`, this.id);
  }
}

class ModelSnatEntry extends Placed implements SnatEntry {
  readonly source: SnatSource | undefined;
  readonly eip: IpValue | undefined;

  constructor(
    reader: ValueReader,
    item: number,
    readonly index: number,
    vpc: Vpc,
  ) {
    super(reader.anchor, reader.offsetOf(item));
    this.source = reader.snatSource(item, REFERENCE_FIELDS.snatSource, vpc);
    this.eip = reader.ip(reader.at(item, 'eip'));
  }
}

class ModelNatGateway extends ModelEntity implements NatGateway {
  readonly vSwitch: Reference<'vSwitch'> | undefined;
  readonly eips: IpValue[];
  readonly snatEntries: SnatEntry[];

  constructor(
    id: string,
    reader: ValueReader,
    readonly vpc: Vpc,
  ) {
    super(id, reader);
    const row = reader.row;
    this.vSwitch = reader.reference(
      reader.at(row, 'vSwitch'),
      REFERENCE_FIELDS.natGatewayVSwitch,
      vpc,
    );
    this.eips = reader.items(reader.at(row, 'eips'), Kind.String, (item) => reader.ipAt(item));
    this.snatEntries = reader.items(
      reader.at(row, 'snatEntries'),
      Kind.Object,
      (item, index) => new ModelSnatEntry(reader, item, index, vpc),
    );
  }

  get pointer(): string {
    return pointerUnder(`${this.vpc.pointer}/natGateways`, this.id);
  }
}

/** A VPC with its vSwitches and NAT gateways; their later duplicates go to `nestedDuplicates`. */
class ModelVpc extends ModelEntity implements Vpc {
  readonly account: Reference<'account'> | undefined;
  readonly region: StringValue | undefined;
  readonly accountId: string | undefined;
  readonly regionId: string | undefined;
  readonly cidr: CidrValue | undefined;
  readonly secondaryCidrs: CidrValue[];
  readonly vSwitches: Map<string, VSwitch>;
  readonly natGateways: Map<string, NatGateway>;

  constructor(
    id: string,
    reader: ValueReader,
    defaults: Defaults,
    nestedDuplicates: (VSwitch | NatGateway)[],
  ) {
    super(id, reader);
    const { rows, row } = reader;
    this.account = reader.reference(reader.at(row, 'account'), REFERENCE_FIELDS.vpcAccount);
    this.region = reader.str(row, 'region');
    this.accountId = this.account?.value ?? defaults.account?.value;
    this.regionId = this.region?.value ?? defaults.region?.value;
    this.cidr = reader.cidr(reader.at(row, 'cidr'), false);
    this.secondaryCidrs = reader.items(reader.at(row, 'secondaryCidrs'), Kind.String, (item) =>
      reader.cidrAt(item, false),
    );
    const switches = collect(
      rows,
      reader.at(row, 'vSwitches'),
      (vSwitch, at) => new ModelVSwitch(vSwitch, at, this),
    );
    this.vSwitches = switches.byId;
    nestedDuplicates.push(...switches.duplicates);
    const gateways = collect(
      rows,
      reader.at(row, 'natGateways'),
      (gateway, at) => new ModelNatGateway(gateway, at, this),
    );
    this.natGateways = gateways.byId;
    nestedDuplicates.push(...gateways.duplicates);
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
  readonly cidrs: CidrValue[];

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
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

class ModelConnection extends ModelEntity implements Connection {
  readonly type: ConnectionType | undefined;
  readonly members: Reference<'vpc' | 'dataCenter'>[];
  private readonly membersRow: number;

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
    const members = reader.at(reader.row, 'members');
    this.type = reader.enumValue(reader.at(reader.row, 'type'), CONNECTION_TYPES);
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

class ModelSecurityGroupRule extends Placed implements SecurityGroupRule {
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
    super(reader.anchor, reader.offsetOf(item));
    const priority = reader.number(reader.at(item, 'priority'));
    this.direction = reader.enumValue(reader.at(item, 'direction'), DIRECTIONS);
    this.protocol = reader.enumValue(reader.at(item, 'protocol'), PROTOCOLS) ?? 'all';
    this.cidr = reader.cidr(reader.at(item, 'cidr'), true);
    this.ports = portsOf(reader.string(reader.at(item, 'ports')));
    this.policy = reader.enumValue(reader.at(item, 'policy'), POLICIES) ?? 'accept';
    this.priority = priority !== undefined && Number.isInteger(priority) ? priority : 1;
  }
}

class ModelSecurityGroup extends ModelEntity implements SecurityGroup {
  readonly vpc: Reference<'vpc'> | undefined;
  readonly type: 'basic' | 'advanced';
  readonly rules: SecurityGroupRule[];

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
    const row = reader.row;
    this.vpc = reader.reference(reader.at(row, 'vpc'), REFERENCE_FIELDS.securityGroupVpc);
    this.type = reader.enumValue(reader.at(row, 'type'), GROUP_TYPES) ?? 'basic';
    this.rules = reader.items(
      reader.at(row, 'rules'),
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
