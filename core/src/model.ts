// The typed model of a topology, read from the jsonc-parser tree. Every value keeps
// its node so that findings land on the exact text. Values of the wrong type are
// skipped here (the schema stage reports them), so rules only see well-typed data.
import { parseCidr, parseIp, type CidrParse, type IpParse } from './cidr';
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

export interface SecurityGroupRule extends Located {
  /** The rule's index in its group's `rules` array, as findings name it. */
  index: number;
  direction?: 'ingress' | 'egress';
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

// Entities are written out property by property rather than spread from a base object:
// V8 adds properties after a spread through a slow generic path, which made building the
// model of a large topology several times slower (see docs/performance.md).
function collect<T extends Entity>(
  node: Node | undefined,
  base: string,
  make: (entity: Entity, value: Node, pointer: string) => T,
): Collection<T> {
  const collection: Collection<T> = { byId: new Map(), duplicates: [] };
  if (node?.type !== 'object') return collection;
  collection.node = node;
  eachProperty(node, (key, value) => {
    const id: unknown = key.value;
    // An entity that is not an object is a schema error; it defines nothing.
    if (typeof id !== 'string' || value.type !== 'object') return;
    const pointer = `${base}/${escapePointerSegment(id)}`;
    const entity = make({ id, keyNode: key, node: value, pointer }, value, pointer);
    if (collection.byId.has(id)) collection.duplicates.push(entity);
    else collection.byId.set(id, entity);
  });
  return collection;
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

/** A data source from its value in `dataSources`. */
export function readDataSource(entity: Entity, value: Node, path: string): DataSource {
  const engine = stringValue(propertyValue(value, 'engine'));
  const networkNode = propertyValue(value, 'network');
  const networkPath = `${path}/network`;
  const network: Network | undefined =
    networkNode?.type === 'object'
      ? {
          node: networkNode,
          pointer: networkPath,
          type: enumValue(propertyValue(networkNode, 'type'), [
            'vpc',
            'dataCenter',
            'internet',
            'classic',
          ] as const),
          vpc: str(networkNode, 'vpc'),
          dataCenter: str(networkNode, 'dataCenter'),
          address: addressValue(propertyValue(networkNode, 'address')),
          port: numberValue(propertyValue(networkNode, 'port')),
        }
      : undefined;
  const whitelistNode = propertyValue(value, 'whitelist');
  const explicitPort = network?.port;
  return {
    id: entity.id,
    keyNode: entity.keyNode,
    node: entity.node,
    pointer: entity.pointer,
    engine,
    hosting: enumValue(propertyValue(value, 'hosting'), ['managed', 'ecs', 'selfManaged'] as const),
    network,
    whitelistNode: whitelistNode?.type === 'array' ? whitelistNode : undefined,
    whitelist:
      whitelistNode?.type === 'array'
        ? exactly(
            arrayItems(whitelistNode)
              .map((item) => cidrValue(item, true))
              .filter((x): x is CidrValue => x !== undefined),
          )
        : undefined,
    securityGroup: str(value, 'securityGroup'),
    port:
      explicitPort !== undefined &&
      Number.isInteger(explicitPort) &&
      explicitPort > 0 &&
      explicitPort < 65536
        ? explicitPort
        : (DEFAULT_PORTS[engine ?? ''] ?? 443),
  };
}

/** A task from its value in `tasks`. */
export function readTask(entity: Entity, value: Node): Task {
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
  return {
    id: entity.id,
    keyNode: entity.keyNode,
    node: entity.node,
    pointer: entity.pointer,
    kind: enumValue(propertyValue(value, 'kind'), ['sync', 'schedule', 'dataService'] as const),
    resourceGroup: str(value, 'resourceGroup'),
    dataSourceRefs: exactly(refs),
  };
}

export function buildModel(root: Node): Model {
  const nestedDuplicates: Entity[] = [];
  const defaultsNode = propertyValue(root, 'defaults');
  const defaults = {
    account: str(defaultsNode, 'account'),
    region: str(defaultsNode, 'region'),
  };
  const accountsNode = propertyValue(root, 'accounts');
  const accounts = {
    ...collect<Account>(accountsNode, '/accounts', (entity, value) => ({
      id: entity.id,
      keyNode: entity.keyNode,
      node: entity.node,
      pointer: entity.pointer,
      uid: str(value, 'uid'),
    })),
    present: accountsNode !== undefined,
  };

  const vpcs = collect<Vpc>(propertyValue(root, 'vpcs'), '/vpcs', (entity, value, path) => {
    const account = str(value, 'account');
    const region = str(value, 'region');
    const cidrNode = propertyValue(value, 'cidr');
    const vpc: Vpc = {
      id: entity.id,
      keyNode: entity.keyNode,
      node: entity.node,
      pointer: entity.pointer,
      account,
      region,
      accountId: account?.value ?? defaults.account?.value,
      regionId: region?.value ?? defaults.region?.value,
      cidr: cidrNode ? cidrValue(cidrNode, false) : undefined,
      vSwitches: new Map(),
      natGateways: new Map(),
    };
    const switches = collect<VSwitch>(
      propertyValue(value, 'vSwitches'),
      `${path}/vSwitches`,
      (sw, swValue) => {
        const swCidr = propertyValue(swValue, 'cidr');
        return {
          id: sw.id,
          keyNode: sw.keyNode,
          node: sw.node,
          pointer: sw.pointer,
          vpc,
          zone: str(swValue, 'zone'),
          cidr: swCidr ? cidrValue(swCidr, false) : undefined,
        };
      },
    );
    vpc.vSwitches = switches.byId;
    nestedDuplicates.push(...switches.duplicates);
    const gateways = collect<NatGateway>(
      propertyValue(value, 'natGateways'),
      `${path}/natGateways`,
      (gw, gwValue, gwPath) => ({
        id: gw.id,
        keyNode: gw.keyNode,
        node: gw.node,
        pointer: gw.pointer,
        vpc,
        vSwitch: str(gwValue, 'vSwitch'),
        eips: arrayItems(propertyValue(gwValue, 'eips'))
          .map((item) => ipValue(item))
          .filter((x): x is IpValue => x !== undefined),
        snatEntries: arrayItems(propertyValue(gwValue, 'snatEntries'))
          .filter((item) => item.type === 'object')
          .map((item) => {
            const index = item.parent?.children?.indexOf(item) ?? 0;
            const entryPath = `${gwPath}/snatEntries/${index}`;
            const source = str(item, 'source');
            return {
              node: item,
              pointer: entryPath,
              index,
              source:
                source &&
                new SnatSource(
                  source.value,
                  source.node,
                  /^[\d./:]+$|:/.test(source.value) ? cidrValue(source.node, true) : undefined,
                ),
              eip: ipValue(propertyValue(item, 'eip')),
            };
          }),
      }),
    );
    vpc.natGateways = gateways.byId;
    nestedDuplicates.push(...gateways.duplicates);
    return vpc;
  });

  const dataCenters = collect<DataCenter>(
    propertyValue(root, 'dataCenters'),
    '/dataCenters',
    (entity, value) => ({
      id: entity.id,
      keyNode: entity.keyNode,
      node: entity.node,
      pointer: entity.pointer,
      cidrs: arrayItems(propertyValue(value, 'cidrs'))
        .map((item) => cidrValue(item, true))
        .filter((x): x is CidrValue => x !== undefined),
    }),
  );

  const connections = collect<Connection>(
    propertyValue(root, 'connections'),
    '/connections',
    (entity, value) => {
      const membersNode = propertyValue(value, 'members');
      return {
        id: entity.id,
        keyNode: entity.keyNode,
        node: entity.node,
        pointer: entity.pointer,
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
      };
    },
  );

  const securityGroups = collect<SecurityGroup>(
    propertyValue(root, 'securityGroups'),
    '/securityGroups',
    (entity, value, path) => ({
      id: entity.id,
      keyNode: entity.keyNode,
      node: entity.node,
      pointer: entity.pointer,
      vpc: str(value, 'vpc'),
      type: enumValue(propertyValue(value, 'type'), ['basic', 'advanced'] as const) ?? 'basic',
      rules: arrayItems(propertyValue(value, 'rules'))
        .map((item, i): SecurityGroupRule | undefined => {
          if (item.type !== 'object') return undefined;
          const rulePath = `${path}/rules/${i}`;
          const cidrNode = propertyValue(item, 'cidr');
          const priority = numberValue(propertyValue(item, 'priority'));
          return {
            node: item,
            pointer: rulePath,
            index: i,
            direction: enumValue(propertyValue(item, 'direction'), ['ingress', 'egress'] as const),
            cidr: cidrNode ? cidrValue(cidrNode, true) : undefined,
            ports: portsOf(stringValue(propertyValue(item, 'ports'))),
            policy:
              enumValue(propertyValue(item, 'policy'), ['accept', 'drop'] as const) ?? 'accept',
            priority: priority !== undefined && Number.isInteger(priority) ? priority : 1,
          };
        })
        .filter((x): x is SecurityGroupRule => x !== undefined),
    }),
  );

  const resourceGroups = collect<ResourceGroup>(
    propertyValue(root, 'resourceGroups'),
    '/resourceGroups',
    (entity, value, path) => {
      const account = str(value, 'account');
      const region = str(value, 'region');
      const bindingsNode = propertyValue(value, 'vpcBindings');
      const typeNode = propertyValue(value, 'type');
      return {
        id: entity.id,
        keyNode: entity.keyNode,
        node: entity.node,
        pointer: entity.pointer,
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
        bindings: arrayItems(bindingsNode)
          .map((item, index): Binding | undefined => {
            if (item.type !== 'object') return undefined;
            const bindingPath = `${path}/vpcBindings/${index}`;
            const routesNode = propertyValue(item, 'routes');
            return {
              node: item,
              pointer: bindingPath,
              index,
              vpc: str(item, 'vpc'),
              vSwitch: str(item, 'vSwitch'),
              securityGroup: str(item, 'securityGroup'),
              routesNode: routesNode?.type === 'array' ? routesNode : undefined,
              routes: arrayItems(routesNode)
                .map((r) => cidrValue(r, true))
                .filter((x): x is CidrValue => x !== undefined),
            };
          })
          .filter((x): x is Binding => x !== undefined),
        eip: ipValue(propertyValue(value, 'eip')),
      };
    },
  );

  const dataSources = collect<DataSource>(
    propertyValue(root, 'dataSources'),
    '/dataSources',
    readDataSource,
  );
  const tasks = collect<Task>(propertyValue(root, 'tasks'), '/tasks', readTask);

  return {
    root,
    defaults,
    accounts,
    vpcs,
    dataCenters,
    connections,
    securityGroups,
    resourceGroups,
    dataSources,
    tasks,
    nestedDuplicates,
  };
}
