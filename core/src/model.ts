// The typed model of a topology, read from the jsonc-parser tree. Every value keeps
// its node so that findings land on the exact text. Values of the wrong type are
// skipped here (the schema stage reports them), so rules only see well-typed data.
import { looksLikeAddress, parseCidr, parseIp, type CidrParse, type IpParse } from './cidr';
import { exactly } from './util/arrays';
import {
  eachProperty,
  escapePointerSegment,
  numberValue,
  pathOf,
  pointerOf,
  propertyValue,
  stringValue,
  type Node,
} from './parse';

export interface Located {
  node: Node;
  pointer: string;
}

export interface StringValue extends Located {
  value: string;
}

export interface CidrValue extends StringValue {
  parsed: CidrParse;
}

export interface IpValue extends StringValue {
  parsed: IpParse;
}

/** A data source's address: an IPv4 address, or a host name (parsed as an address when asked). */
export interface AddressValue extends StringValue {
  readonly parsed: IpParse;
}

export interface Entity extends Located {
  id: string;
  /** The key string node of the entity in its collection. */
  keyNode: Node;
}

export interface Account extends Entity {
  uid?: StringValue;
}

export interface VSwitch extends Entity {
  vpc: Vpc;
  zone?: StringValue;
  cidr?: CidrValue;
}

export interface SnatEntry extends Located {
  index: number;
  source?: StringValue & { cidr?: CidrValue };
  eip?: IpValue;
}

export interface NatGateway extends Entity {
  vpc: Vpc;
  vSwitch?: StringValue;
  eips: IpValue[];
  snatEntries: SnatEntry[];
}

export interface Vpc extends Entity {
  account?: StringValue;
  region?: StringValue;
  /** Effective account and region (defaults applied). */
  accountId: string | undefined;
  regionId: string | undefined;
  cidr?: CidrValue;
  /** `secondaryCidrs`: the VPC's address space is `cidr` and these blocks. */
  secondaryCidrs: CidrValue[];
  vSwitches: Map<string, VSwitch>;
  natGateways: Map<string, NatGateway>;
}

export interface DataCenter extends Entity {
  cidrs: CidrValue[];
}

export type ConnectionType = 'cen' | 'expressConnect' | 'vpnGateway' | 'vpcPeering';

export interface Connection extends Entity {
  type?: ConnectionType;
  members: StringValue[];
  membersNode?: Node;
}

export type SecurityGroupProtocol = 'tcp' | 'udp' | 'icmp' | 'gre' | 'all';

export interface SecurityGroupRule extends Located {
  /** The rule's index in its group's `rules` array, as findings name it. */
  index: number;
  direction?: 'ingress' | 'egress';
  /** `all` when absent, as on Alibaba Cloud; DataWorks connects over TCP. */
  protocol: SecurityGroupProtocol;
  cidr?: CidrValue;
  /** Inclusive port range; `all` is 1–65535. */
  ports: [number, number];
  policy: 'accept' | 'drop';
  priority: number;
}

export interface SecurityGroup extends Entity {
  vpc?: StringValue;
  type: 'basic' | 'advanced';
  rules: SecurityGroupRule[];
}

export type ResourceGroupType =
  'serverless' | 'exclusiveDataIntegration' | 'exclusiveScheduling' | 'exclusiveDataService';

export interface Binding extends Located {
  index: number;
  vpc?: StringValue;
  vSwitch?: StringValue;
  securityGroup?: StringValue;
  routes: CidrValue[];
  routesNode?: Node;
}

export interface ResourceGroup extends Entity {
  type?: ResourceGroupType;
  typeNode?: Node;
  account?: StringValue;
  region?: StringValue;
  accountId: string | undefined;
  regionId: string | undefined;
  bindings: Binding[];
  bindingsNode?: Node;
  eip?: IpValue;
}

export type NetworkType = 'vpc' | 'dataCenter' | 'internet' | 'classic';

export interface Network extends Located {
  type?: NetworkType;
  vpc?: StringValue;
  dataCenter?: StringValue;
  address?: AddressValue;
  port?: number;
}

export interface DataSource extends Entity {
  engine?: string;
  hosting?: 'managed' | 'ecs' | 'selfManaged';
  network?: Network;
  whitelist?: CidrValue[];
  whitelistNode?: Node;
  securityGroup?: StringValue;
  /** The port the data source listens on (explicit or the engine's default). */
  port: number;
}

export type TaskKind = 'sync' | 'schedule' | 'dataService';
export type TaskRole = 'source' | 'destination' | 'dataSources';

export interface Task extends Entity {
  kind?: TaskKind;
  resourceGroup?: StringValue;
  /** Every data source reference, in order, with how the task names it. */
  dataSourceRefs: (StringValue & { role: TaskRole })[];
}

export interface Collection<T extends Entity> {
  /** First definition of each id (later duplicates are reported, not used). */
  byId: Map<string, T>;
  /** The collection object node, when present and an object. */
  node?: Node;
  /** Later definitions of an id already defined. */
  duplicates: T[];
}

export interface Model {
  root: Node;
  defaults: { account?: StringValue; region?: StringValue };
  accounts: Collection<Account> & { present: boolean };
  vpcs: Collection<Vpc>;
  dataCenters: Collection<DataCenter>;
  connections: Collection<Connection>;
  securityGroups: Collection<SecurityGroup>;
  resourceGroups: Collection<ResourceGroup>;
  dataSources: Collection<DataSource>;
  tasks: Collection<Task>;
  /** Later definitions of a vSwitch or NAT gateway id within one VPC. */
  nestedDuplicates: Entity[];
}

export const DEFAULT_PORTS: Record<string, number> = {
  mysql: 3306,
  polardb: 3306,
  postgresql: 5432,
  sqlserver: 1433,
  oracle: 1521,
  mongodb: 3717,
  redis: 6379,
  elasticsearch: 9200,
  clickhouse: 8123,
  kafka: 9092,
  hologres: 80,
};

/** The allowed value a node holds: the constant itself, so that the model keeps no copies. */
function enumValue<T extends string>(node: Node | undefined, allowed: readonly T[]): T | undefined {
  const value = stringValue(node);
  return value === undefined ? undefined : allowed.find((candidate) => candidate === value);
}

// A value's pointer is worked out from its node when a finding asks for it: stored, the
// pointers of a topology of 10 000 data sources took 8 MB (docs/performance.md). Entities
// keep theirs: built by appending the escaped id to the collection's, once per entity.

/** A string value of the model. */
class ModelString implements StringValue {
  constructor(
    readonly value: string,
    readonly node: Node,
  ) {}

  get pointer(): string {
    return pointerOf(pathOf(this.node));
  }
}

class ModelCidr extends ModelString implements CidrValue {
  constructor(
    value: string,
    node: Node,
    readonly parsed: CidrParse,
  ) {
    super(value, node);
  }
}

class ModelIp extends ModelString implements IpValue {
  constructor(
    value: string,
    node: Node,
    readonly parsed: IpParse,
  ) {
    super(value, node);
  }
}

/** Parsed on first use: several rules read it, and most data sources have one. */
class ModelAddress extends ModelString implements AddressValue {
  private ip: IpParse | undefined;

  get parsed(): IpParse {
    return (this.ip ??= parseIp(this.value));
  }
}

class DataSourceRef extends ModelString {
  constructor(
    value: string,
    node: Node,
    readonly role: TaskRole,
  ) {
    super(value, node);
  }
}

/** A SNAT entry's source: a vSwitch id, or a CIDR block. */
class SnatSource extends ModelString {
  constructor(
    value: string,
    node: Node,
    readonly cidr: CidrValue | undefined,
  ) {
    super(value, node);
  }
}

function str(parent: Node | undefined, name: string): StringValue | undefined {
  const node = propertyValue(parent, name);
  const value = stringValue(node);
  return node && value !== undefined ? new ModelString(value, node) : undefined;
}

function cidrValue(node: Node, allowBare: boolean): CidrValue | undefined {
  const value = stringValue(node);
  if (value === undefined) return undefined;
  return new ModelCidr(value, node, parseCidr(value, allowBare));
}

function addressValue(node: Node | undefined): AddressValue | undefined {
  const value = stringValue(node);
  return node && value !== undefined ? new ModelAddress(value, node) : undefined;
}

function ipValue(node: Node | undefined): IpValue | undefined {
  const value = stringValue(node);
  if (!node || value === undefined) return undefined;
  return new ModelIp(value, node, parseIp(value));
}

function arrayItems(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** What every entity is read from: its header (id, key, value, pointer) and its value. */
type EntityReader<T extends Entity> = (header: Entity, value: Node) => T;

/**
 * The header of the entity at `key`/`value` in the collection at `base`: the one place
 * an entity's id, key, value node and pointer are read.
 */
function readHeader(key: Node, value: Node, base: string): Entity | undefined {
  const id: unknown = key.value;
  // An entity that is not an object is a schema error; it defines nothing.
  if (typeof id !== 'string' || value.type !== 'object') return undefined;
  return { id, keyNode: key, node: value, pointer: `${base}/${escapePointerSegment(id)}` };
}

/**
 * An entity: its header with its kind's fields added. The header object is fresh, made
 * for this entity by `readHeader` (or by incremental.ts), so it is extended in place:
 * V8 adds the fields in one fixed order per kind, where a spread from a base object takes
 * a slow generic path (it made building a large model several times slower, see
 * docs/performance.md).
 */
function entity<F extends object>(header: Entity, fields: F): Entity & F {
  return Object.assign(header, fields);
}

function collect<T extends Entity>(
  node: Node | undefined,
  base: string,
  read: EntityReader<T>,
): Collection<T> {
  const collection: Collection<T> = { byId: new Map(), duplicates: [] };
  if (node?.type !== 'object') return collection;
  collection.node = node;
  eachProperty(node, (key, value) => {
    const header = readHeader(key, value, base);
    if (header === undefined) return;
    const made = read(header, value);
    if (collection.byId.has(header.id)) collection.duplicates.push(made);
    else collection.byId.set(header.id, made);
  });
  return collection;
}

/** The items of an array node that are objects, each with its index in the array. */
function objectItems<T>(node: Node | undefined, read: (item: Node, index: number) => T): T[] {
  const items: T[] = [];
  arrayItems(node).forEach((item, index) => {
    if (item.type === 'object') items.push(read(item, index));
  });
  return items;
}

/** The CIDR blocks among the items of an array node (bare addresses allowed). */
function cidrItems(node: Node | undefined): CidrValue[] {
  return arrayItems(node)
    .map((item) => cidrValue(item, true))
    .filter((x): x is CidrValue => x !== undefined);
}

function portsOf(text: string | undefined): [number, number] {
  if (text === undefined || text === 'all') return [1, 65535];
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return [1, 65535];
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  return [low, high];
}

// Data sources and tasks read nothing but their own value: an edit inside one of them
// rebuilds only that entity (core/src/incremental.ts).

/** The network a data source is reached on, from its `network` object. */
function readNetwork(node: Node | undefined, pointer: string): Network | undefined {
  if (node?.type !== 'object') return undefined;
  return {
    node,
    pointer,
    type: enumValue(propertyValue(node, 'type'), [
      'vpc',
      'dataCenter',
      'internet',
      'classic',
    ] as const),
    vpc: str(node, 'vpc'),
    dataCenter: str(node, 'dataCenter'),
    address: addressValue(propertyValue(node, 'address')),
    port: numberValue(propertyValue(node, 'port')),
  };
}

/** A data source from its value in `dataSources`. */
export function readDataSource(header: Entity, value: Node, path: string): DataSource {
  const engine = stringValue(propertyValue(value, 'engine'));
  const network = readNetwork(propertyValue(value, 'network'), `${path}/network`);
  const whitelistNode = propertyValue(value, 'whitelist');
  const explicitPort = network?.port;
  return entity(header, {
    engine,
    hosting: enumValue(propertyValue(value, 'hosting'), ['managed', 'ecs', 'selfManaged'] as const),
    network,
    whitelistNode: whitelistNode?.type === 'array' ? whitelistNode : undefined,
    whitelist: whitelistNode?.type === 'array' ? exactly(cidrItems(whitelistNode)) : undefined,
    securityGroup: str(value, 'securityGroup'),
    port:
      explicitPort !== undefined &&
      Number.isInteger(explicitPort) &&
      explicitPort > 0 &&
      explicitPort < 65536
        ? explicitPort
        : (DEFAULT_PORTS[engine ?? ''] ?? 443),
  });
}

/** A task from its value in `tasks`. */
export function readTask(header: Entity, value: Node): Task {
  const refs: Task['dataSourceRefs'] = [];
  for (const role of ['source', 'destination'] as const) {
    const node = propertyValue(value, role);
    const name = stringValue(node);
    if (node && name !== undefined) refs.push(new DataSourceRef(name, node, role));
  }
  for (const item of arrayItems(propertyValue(value, 'dataSources'))) {
    const name = stringValue(item);
    if (name !== undefined) refs.push(new DataSourceRef(name, item, 'dataSources'));
  }
  return entity(header, {
    kind: enumValue(propertyValue(value, 'kind'), ['sync', 'schedule', 'dataService'] as const),
    resourceGroup: str(value, 'resourceGroup'),
    dataSourceRefs: exactly(refs),
  });
}

/** The topology-wide values that VPCs and resource groups fall back on. */
type Defaults = Model['defaults'];

function readAccount(header: Entity, value: Node): Account {
  return entity(header, { uid: str(value, 'uid') });
}

function readVSwitch(vpc: Vpc): EntityReader<VSwitch> {
  return (header, value) => {
    const cidrNode = propertyValue(value, 'cidr');
    return entity(header, {
      vpc,
      zone: str(value, 'zone'),
      cidr: cidrNode ? cidrValue(cidrNode, false) : undefined,
    });
  };
}

function readSnatEntry(item: Node, index: number, gatewayPath: string): SnatEntry {
  const source = str(item, 'source');
  return {
    node: item,
    pointer: `${gatewayPath}/snatEntries/${index}`,
    index,
    source:
      source &&
      new SnatSource(
        source.value,
        source.node,
        // A symbolic source (`${alicloud_vswitch.a.cidr_block}`) is a CIDR known after apply.
        looksLikeAddress(source.value) || source.value.startsWith('${')
          ? cidrValue(source.node, true)
          : undefined,
      ),
    eip: ipValue(propertyValue(item, 'eip')),
  };
}

function readNatGateway(vpc: Vpc): EntityReader<NatGateway> {
  return (header, value) =>
    entity(header, {
      vpc,
      vSwitch: str(value, 'vSwitch'),
      eips: arrayItems(propertyValue(value, 'eips'))
        .map((item) => ipValue(item))
        .filter((x): x is IpValue => x !== undefined),
      snatEntries: objectItems(propertyValue(value, 'snatEntries'), (item, index) =>
        readSnatEntry(item, index, header.pointer),
      ),
    });
}

/** A VPC with its vSwitches and NAT gateways; their later duplicates go to `nestedDuplicates`. */
function readVpc(defaults: Defaults, nestedDuplicates: Entity[]): EntityReader<Vpc> {
  return (header, value) => {
    const account = str(value, 'account');
    const region = str(value, 'region');
    const cidrNode = propertyValue(value, 'cidr');
    const vpc: Vpc = entity(header, {
      account,
      region,
      accountId: account?.value ?? defaults.account?.value,
      regionId: region?.value ?? defaults.region?.value,
      cidr: cidrNode ? cidrValue(cidrNode, false) : undefined,
      secondaryCidrs: arrayItems(propertyValue(value, 'secondaryCidrs'))
        .map((item) => cidrValue(item, false))
        .filter((x): x is CidrValue => x !== undefined),
      vSwitches: new Map<string, VSwitch>(),
      natGateways: new Map<string, NatGateway>(),
    });
    const path = header.pointer;
    const switches = collect(
      propertyValue(value, 'vSwitches'),
      `${path}/vSwitches`,
      readVSwitch(vpc),
    );
    vpc.vSwitches = switches.byId;
    nestedDuplicates.push(...switches.duplicates);
    const gateways = collect(
      propertyValue(value, 'natGateways'),
      `${path}/natGateways`,
      readNatGateway(vpc),
    );
    vpc.natGateways = gateways.byId;
    nestedDuplicates.push(...gateways.duplicates);
    return vpc;
  };
}

function readDataCenter(header: Entity, value: Node): DataCenter {
  return entity(header, { cidrs: cidrItems(propertyValue(value, 'cidrs')) });
}

function readConnection(header: Entity, value: Node): Connection {
  const membersNode = propertyValue(value, 'members');
  return entity(header, {
    type: enumValue(propertyValue(value, 'type'), [
      'cen',
      'expressConnect',
      'vpnGateway',
      'vpcPeering',
    ] as const),
    membersNode,
    members: exactly(
      arrayItems(membersNode)
        .map((item) => {
          const member = stringValue(item);
          return member === undefined ? undefined : new ModelString(member, item);
        })
        .filter((x): x is StringValue => x !== undefined),
    ),
  });
}

function readSecurityGroupRule(item: Node, index: number, groupPath: string): SecurityGroupRule {
  const cidrNode = propertyValue(item, 'cidr');
  const priority = numberValue(propertyValue(item, 'priority'));
  return {
    node: item,
    pointer: `${groupPath}/rules/${index}`,
    index,
    direction: enumValue(propertyValue(item, 'direction'), ['ingress', 'egress'] as const),
    protocol:
      enumValue(propertyValue(item, 'protocol'), ['tcp', 'udp', 'icmp', 'gre', 'all'] as const) ??
      'all',
    cidr: cidrNode ? cidrValue(cidrNode, true) : undefined,
    ports: portsOf(stringValue(propertyValue(item, 'ports'))),
    policy: enumValue(propertyValue(item, 'policy'), ['accept', 'drop'] as const) ?? 'accept',
    priority: priority !== undefined && Number.isInteger(priority) ? priority : 1,
  };
}

function readSecurityGroup(header: Entity, value: Node): SecurityGroup {
  return entity(header, {
    vpc: str(value, 'vpc'),
    type: enumValue(propertyValue(value, 'type'), ['basic', 'advanced'] as const) ?? 'basic',
    rules: objectItems(propertyValue(value, 'rules'), (item, index) =>
      readSecurityGroupRule(item, index, header.pointer),
    ),
  });
}

function readBinding(item: Node, index: number, groupPath: string): Binding {
  const routesNode = propertyValue(item, 'routes');
  return {
    node: item,
    pointer: `${groupPath}/vpcBindings/${index}`,
    index,
    vpc: str(item, 'vpc'),
    vSwitch: str(item, 'vSwitch'),
    securityGroup: str(item, 'securityGroup'),
    routesNode: routesNode?.type === 'array' ? routesNode : undefined,
    routes: cidrItems(routesNode),
  };
}

function readResourceGroup(defaults: Defaults): EntityReader<ResourceGroup> {
  return (header, value) => {
    const account = str(value, 'account');
    const region = str(value, 'region');
    const bindingsNode = propertyValue(value, 'vpcBindings');
    const typeNode = propertyValue(value, 'type');
    return entity(header, {
      type: enumValue(typeNode, [
        'serverless',
        'exclusiveDataIntegration',
        'exclusiveScheduling',
        'exclusiveDataService',
      ] as const),
      typeNode,
      account,
      region,
      accountId: account?.value ?? defaults.account?.value,
      regionId: region?.value ?? defaults.region?.value,
      bindingsNode,
      bindings: objectItems(bindingsNode, (item, index) =>
        readBinding(item, index, header.pointer),
      ),
      eip: ipValue(propertyValue(value, 'eip')),
    });
  };
}

/** The typed model of a parsed topology: one reader per entity kind, over one header reader. */
export function buildModel(root: Node): Model {
  const nestedDuplicates: Entity[] = [];
  const defaultsNode = propertyValue(root, 'defaults');
  const defaults: Defaults = {
    account: str(defaultsNode, 'account'),
    region: str(defaultsNode, 'region'),
  };
  const section = <T extends Entity>(name: string, read: EntityReader<T>): Collection<T> =>
    collect(propertyValue(root, name), `/${name}`, read);
  const accountsNode = propertyValue(root, 'accounts');
  return {
    root,
    defaults,
    accounts: {
      ...collect(accountsNode, '/accounts', readAccount),
      present: accountsNode !== undefined,
    },
    vpcs: section('vpcs', readVpc(defaults, nestedDuplicates)),
    dataCenters: section('dataCenters', readDataCenter),
    connections: section('connections', readConnection),
    securityGroups: section('securityGroups', readSecurityGroup),
    resourceGroups: section('resourceGroups', readResourceGroup(defaults)),
    dataSources: section('dataSources', (header, value) =>
      readDataSource(header, value, header.pointer),
    ),
    tasks: section('tasks', readTask),
    nestedDuplicates,
  };
}
