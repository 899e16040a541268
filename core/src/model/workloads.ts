// The readers of what runs and what it reaches: resource groups with their VPC bindings,
// data sources with their network, and tasks. Data sources and tasks read nothing but
// their own value: an edit inside one of them rebuilds only that entity
// (core/src/incremental/).
import { Kind } from '../compactTree';
import type {
  AddressValue,
  Binding,
  CidrValue,
  DataSource,
  DataSourceRef,
  IpValue,
  Network,
  NetworkType,
  Reference,
  ResourceGroup,
  ResourceGroupType,
  StringValue,
  Task,
  TaskKind,
} from '../model';
import type { Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { ModelEntity, pointerUnder, readerOf } from './entities';
import type { Defaults } from './network';
import { Fields } from './fields';
import type { Anchor } from './rows';
import { nodeAt, NO_ROW, Placed, type ValueReader } from './values';

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

/**
 * The port a data source is reached on: its network's `port` when that is a valid port
 * number, else its engine's default, else 443. The entity and the column table
 * (model/columns/dataSources.ts) both take it from here.
 */
export function effectivePort(
  explicitPort: number | undefined,
  engine: string | undefined,
): number {
  return explicitPort !== undefined &&
    Number.isInteger(explicitPort) &&
    explicitPort > 0 &&
    explicitPort < 65536
    ? explicitPort
    : (DEFAULT_PORTS[engine ?? ''] ?? 443);
}

const enum BindingField {
  Vpc,
  VSwitch,
  SecurityGroup,
  Routes,
}
const BINDING_FIELDS = new Fields(['vpc', 'vSwitch', 'securityGroup', 'routes']);

class ModelBinding extends Placed implements Binding {
  protected readonly anchor: Anchor;
  protected readonly offset: number;
  readonly vpc: Reference<'vpc'> | undefined;
  readonly vSwitch: Reference<'vSwitch'> | undefined;
  readonly securityGroup: Reference<'securityGroup'> | undefined;
  readonly routes: CidrValue[];
  private readonly routesRow: number;

  constructor(
    reader: ValueReader,
    item: number,
    readonly index: number,
  ) {
    super();
    this.anchor = reader.anchor;
    this.offset = reader.offsetOf(item);
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(item, BINDING_FIELDS);
    const routes = found[BindingField.Routes]!;
    const vSwitch = found[BindingField.VSwitch]!;
    const securityGroup = found[BindingField.SecurityGroup]!;
    const vpc = reader.reference(found[BindingField.Vpc]!, REFERENCE_FIELDS.bindingVpc);
    this.vpc = vpc;
    this.vSwitch = reader.reference(vSwitch, REFERENCE_FIELDS.bindingVSwitch, vpc);
    this.securityGroup = reader.reference(securityGroup, REFERENCE_FIELDS.bindingSecurityGroup);
    this.routes = reader.cidrItems(routes);
    this.routesRow = reader.is(routes, Kind.Array) ? reader.offsetOf(routes) : -1;
  }

  get routesNode(): Node | undefined {
    return nodeAt(this.anchor, this.routesRow);
  }
}

const RESOURCE_GROUP_TYPES = [
  'serverless',
  'exclusiveDataIntegration',
  'exclusiveScheduling',
  'exclusiveDataService',
] as const;

const enum ResourceGroupField {
  Type,
  VpcBindings,
  Account,
  Region,
  Eip,
}
const RESOURCE_GROUP_FIELDS = new Fields(['type', 'vpcBindings', 'account', 'region', 'eip']);

class ModelResourceGroup extends ModelEntity implements ResourceGroup {
  protected readonly anchor: Anchor;
  readonly type: ResourceGroupType | undefined;
  readonly account: Reference<'account'> | undefined;
  readonly region: StringValue | undefined;
  readonly accountId: string | undefined;
  readonly regionId: string | undefined;
  readonly bindings: Binding[];
  readonly eip: IpValue | undefined;
  private readonly typeRow: number;
  private readonly bindingsRow: number;

  constructor(
    readonly id: string,
    reader: ValueReader,
    defaults: Defaults,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, RESOURCE_GROUP_FIELDS);
    const type = found[ResourceGroupField.Type]!;
    const bindings = found[ResourceGroupField.VpcBindings]!;
    const account = found[ResourceGroupField.Account]!;
    const region = found[ResourceGroupField.Region]!;
    const eip = found[ResourceGroupField.Eip]!;
    this.type = reader.enumValue(type, RESOURCE_GROUP_TYPES);
    this.account = reader.reference(account, REFERENCE_FIELDS.resourceGroupAccount);
    this.region = reader.strAt(region);
    this.accountId = this.account?.value ?? defaults.account?.value;
    this.regionId = this.region?.value ?? defaults.region?.value;
    this.bindings = reader.items(
      bindings,
      Kind.Object,
      (item, index) => new ModelBinding(reader, item, index),
    );
    this.eip = reader.ip(eip);
    this.typeRow = reader.offsetOf(type);
    this.bindingsRow = reader.offsetOf(bindings);
  }

  get typeNode(): Node | undefined {
    return this.nodeAt(this.typeRow);
  }

  get bindingsNode(): Node | undefined {
    return this.nodeAt(this.bindingsRow);
  }

  get pointer(): string {
    return pointerUnder('/resourceGroups', this.id);
  }
}

export function readResourceGroup(
  defaults: Defaults,
): (id: string, reader: ValueReader) => ResourceGroup {
  return (id, reader) => new ModelResourceGroup(id, reader, defaults);
}

export const NETWORK_TYPES = ['vpc', 'dataCenter', 'internet', 'classic'] as const;

export const enum NetworkField {
  Type,
  Vpc,
  DataCenter,
  Address,
  Port,
}
export const NETWORK_FIELDS = new Fields(['type', 'vpc', 'dataCenter', 'address', 'port']);

/** The network a data source is reached on, from its `network` object. */
class ModelNetwork extends Placed implements Network {
  protected readonly anchor: Anchor;
  protected readonly offset: number;
  readonly type: NetworkType | undefined;
  readonly vpc: Reference<'vpc'> | undefined;
  readonly dataCenter: Reference<'dataCenter'> | undefined;
  readonly address: AddressValue | undefined;
  readonly port: number | undefined;

  constructor(reader: ValueReader, object: number) {
    super();
    this.anchor = reader.anchor;
    this.offset = reader.offsetOf(object);
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(object, NETWORK_FIELDS);
    const vpc = found[NetworkField.Vpc]!;
    const dataCenter = found[NetworkField.DataCenter]!;
    const address = found[NetworkField.Address]!;
    const port = found[NetworkField.Port]!;
    this.type = reader.enumValue(found[NetworkField.Type]!, NETWORK_TYPES);
    this.vpc = reader.reference(vpc, REFERENCE_FIELDS.dataSourceVpc);
    this.dataCenter = reader.reference(dataCenter, REFERENCE_FIELDS.dataSourceDataCenter);
    this.address = reader.address(address);
    this.port = reader.number(port);
  }
}

export const HOSTINGS = ['managed', 'ecs', 'selfManaged'] as const;
/** The engines with a default port: the constants themselves are kept, not a copy per data source. */
export const ENGINES = Object.keys(DEFAULT_PORTS);

export const enum DataSourceField {
  Engine,
  Hosting,
  Network,
  Whitelist,
  SecurityGroup,
}
export const DATA_SOURCE_FIELDS = new Fields([
  'engine',
  'hosting',
  'network',
  'whitelist',
  'securityGroup',
]);

class ModelDataSource extends ModelEntity implements DataSource {
  protected readonly anchor: Anchor;
  readonly engine: string | undefined;
  readonly hosting: 'managed' | 'ecs' | 'selfManaged' | undefined;
  readonly network: Network | undefined;
  readonly whitelist: CidrValue[] | undefined;
  readonly securityGroup: Reference<'securityGroup'> | undefined;
  /** The port the data source listens on (explicit or the engine's default). */
  readonly port: number;
  private readonly whitelistRow: number;

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, DATA_SOURCE_FIELDS);
    const engineRow = found[DataSourceField.Engine]!;
    const hosting = found[DataSourceField.Hosting]!;
    const networkRow = found[DataSourceField.Network]!;
    const whitelist = found[DataSourceField.Whitelist]!;
    const securityGroup = found[DataSourceField.SecurityGroup]!;
    const engine = reader.enumValue(engineRow, ENGINES) ?? reader.string(engineRow);
    const network = reader.is(networkRow, Kind.Object)
      ? new ModelNetwork(reader, networkRow)
      : undefined;
    const isList = reader.is(whitelist, Kind.Array);
    const explicitPort = network?.port;
    this.engine = engine;
    this.hosting = reader.enumValue(hosting, HOSTINGS);
    this.network = network;
    this.whitelist = isList ? reader.cidrItems(whitelist) : undefined;
    this.securityGroup = reader.reference(securityGroup, REFERENCE_FIELDS.dataSourceSecurityGroup);
    this.port = effectivePort(explicitPort, engine);
    this.whitelistRow = isList ? reader.offsetOf(whitelist) : -1;
  }

  get whitelistNode(): Node | undefined {
    return this.nodeAt(this.whitelistRow);
  }

  whitelistLengthOver(limit: number): number | undefined {
    if (this.whitelistRow === NO_ROW) return undefined;
    const rows = this.anchor.rows;
    const array = this.anchor.index + this.whitelistRow;
    // Each element spans a character at least, and the bracket one more: a short array's
    // text (nearly every one) answers without counting.
    if (rows.textLength(array) <= limit + 1) return undefined;
    // Counted in the rows: a node view per data source was most of whitelist-too-long's cost.
    let count = 0;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item)) count++;
    return count > limit ? count : undefined;
  }

  get pointer(): string {
    return pointerUnder('/dataSources', this.id);
  }
}

/** A data source from the reader of its value in `dataSources`. */
export function readDataSourceAt(id: string, reader: ValueReader): DataSource {
  return new ModelDataSource(id, reader);
}

/** A data source from its value node (an edited one, core/src/incremental/). */
export function readDataSource(id: string, value: Node): DataSource {
  return new ModelDataSource(id, readerOf(value));
}

export const TASK_KINDS = ['sync', 'schedule', 'dataService'] as const;

export const enum TaskField {
  Source,
  Destination,
  DataSources,
  ResourceGroup,
  Kind,
}
export const TASK_FIELDS = new Fields([
  'source',
  'destination',
  'dataSources',
  'resourceGroup',
  'kind',
]);

class ModelTask extends ModelEntity implements Task {
  protected readonly anchor: Anchor;
  readonly kind: TaskKind | undefined;
  readonly resourceGroup: Reference<'resourceGroup'> | undefined;
  /** Every data source reference, in order, with how the task names it. */
  readonly dataSourceRefs: DataSourceRef[];

  constructor(
    readonly id: string,
    reader: ValueReader,
  ) {
    super();
    this.anchor = reader.anchor;
    // (`!` below: each field's index is in range of `found`.)
    const found = reader.scan(reader.row, TASK_FIELDS);
    const source = found[TaskField.Source]!;
    const destination = found[TaskField.Destination]!;
    const list = found[TaskField.DataSources]!;
    const resourceGroup = found[TaskField.ResourceGroup]!;
    const kind = found[TaskField.Kind]!;
    const hasSource = reader.is(source, Kind.String);
    const hasDestination = reader.is(destination, Kind.String);
    // Counted first: the array is kept, and has no spare room (util/arrays.ts `exactly`).
    const refs = new Array<DataSourceRef>(
      Number(hasSource) + Number(hasDestination) + reader.count(list, Kind.String),
    );
    let at = 0;
    if (hasSource)
      refs[at++] = reader.dataSourceRefAt(source, REFERENCE_FIELDS.taskSource, 'source');
    if (hasDestination)
      refs[at++] = reader.dataSourceRefAt(
        destination,
        REFERENCE_FIELDS.taskDestination,
        'destination',
      );
    reader.dataSourceRefItems(list, REFERENCE_FIELDS.taskDataSource, 'dataSources', refs, at);
    this.resourceGroup = reader.reference(resourceGroup, REFERENCE_FIELDS.taskResourceGroup);
    this.kind = reader.enumValue(kind, TASK_KINDS);
    this.dataSourceRefs = refs;
  }

  get pointer(): string {
    return pointerUnder('/tasks', this.id);
  }
}

export function readTaskAt(id: string, reader: ValueReader): Task {
  return new ModelTask(id, reader);
}

/** A task from its value node (an edited one, core/src/incremental/). */
export function readTask(id: string, value: Node): Task {
  return new ModelTask(id, readerOf(value));
}
