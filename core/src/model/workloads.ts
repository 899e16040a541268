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

class ModelBinding extends Placed implements Binding {
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
    super(reader.anchor, reader.offsetOf(item));
    const routes = reader.at(item, 'routes');
    const vpc = reader.reference(reader.at(item, 'vpc'), REFERENCE_FIELDS.bindingVpc);
    this.vpc = vpc;
    this.vSwitch = reader.reference(
      reader.at(item, 'vSwitch'),
      REFERENCE_FIELDS.bindingVSwitch,
      vpc,
    );
    this.securityGroup = reader.reference(
      reader.at(item, 'securityGroup'),
      REFERENCE_FIELDS.bindingSecurityGroup,
    );
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

class ModelResourceGroup extends ModelEntity implements ResourceGroup {
  readonly type: ResourceGroupType | undefined;
  readonly account: Reference<'account'> | undefined;
  readonly region: StringValue | undefined;
  readonly accountId: string | undefined;
  readonly regionId: string | undefined;
  readonly bindings: Binding[];
  readonly eip: IpValue | undefined;
  private readonly typeRow: number;
  private readonly bindingsRow: number;

  constructor(id: string, reader: ValueReader, defaults: Defaults) {
    super(id, reader);
    const row = reader.row;
    const type = reader.at(row, 'type');
    const bindings = reader.at(row, 'vpcBindings');
    this.type = reader.enumValue(type, RESOURCE_GROUP_TYPES);
    this.account = reader.reference(
      reader.at(row, 'account'),
      REFERENCE_FIELDS.resourceGroupAccount,
    );
    this.region = reader.str(row, 'region');
    this.accountId = this.account?.value ?? defaults.account?.value;
    this.regionId = this.region?.value ?? defaults.region?.value;
    this.bindings = reader.items(
      bindings,
      Kind.Object,
      (item, index) => new ModelBinding(reader, item, index),
    );
    this.eip = reader.ip(reader.at(row, 'eip'));
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

const NETWORK_TYPES = ['vpc', 'dataCenter', 'internet', 'classic'] as const;

/** The network a data source is reached on, from its `network` object. */
class ModelNetwork extends Placed implements Network {
  readonly type: NetworkType | undefined;
  readonly vpc: Reference<'vpc'> | undefined;
  readonly dataCenter: Reference<'dataCenter'> | undefined;
  readonly address: AddressValue | undefined;
  readonly port: number | undefined;

  constructor(reader: ValueReader, object: number) {
    super(reader.anchor, reader.offsetOf(object));
    this.type = reader.enumValue(reader.at(object, 'type'), NETWORK_TYPES);
    this.vpc = reader.reference(reader.at(object, 'vpc'), REFERENCE_FIELDS.dataSourceVpc);
    this.dataCenter = reader.reference(
      reader.at(object, 'dataCenter'),
      REFERENCE_FIELDS.dataSourceDataCenter,
    );
    this.address = reader.address(reader.at(object, 'address'));
    this.port = reader.number(reader.at(object, 'port'));
  }
}

const HOSTINGS = ['managed', 'ecs', 'selfManaged'] as const;
/** The engines with a default port: the constants themselves are kept, not a copy per data source. */
const ENGINES = Object.keys(DEFAULT_PORTS);

class ModelDataSource extends ModelEntity implements DataSource {
  readonly engine: string | undefined;
  readonly hosting: 'managed' | 'ecs' | 'selfManaged' | undefined;
  readonly network: Network | undefined;
  readonly whitelist: CidrValue[] | undefined;
  readonly securityGroup: Reference<'securityGroup'> | undefined;
  /** The port the data source listens on (explicit or the engine's default). */
  readonly port: number;
  private readonly whitelistRow: number;

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
    const row = reader.row;
    const engineRow = reader.at(row, 'engine');
    const engine = reader.enumValue(engineRow, ENGINES) ?? reader.string(engineRow);
    const networkRow = reader.at(row, 'network');
    const network = reader.is(networkRow, Kind.Object)
      ? new ModelNetwork(reader, networkRow)
      : undefined;
    const whitelist = reader.at(row, 'whitelist');
    const isList = reader.is(whitelist, Kind.Array);
    const explicitPort = network?.port;
    this.engine = engine;
    this.hosting = reader.enumValue(reader.at(row, 'hosting'), HOSTINGS);
    this.network = network;
    this.whitelist = isList ? reader.cidrItems(whitelist) : undefined;
    this.securityGroup = reader.reference(
      reader.at(row, 'securityGroup'),
      REFERENCE_FIELDS.dataSourceSecurityGroup,
    );
    this.port =
      explicitPort !== undefined &&
      Number.isInteger(explicitPort) &&
      explicitPort > 0 &&
      explicitPort < 65536
        ? explicitPort
        : (DEFAULT_PORTS[engine ?? ''] ?? 443);
    this.whitelistRow = isList ? reader.offsetOf(whitelist) : -1;
  }

  get whitelistNode(): Node | undefined {
    return this.nodeAt(this.whitelistRow);
  }

  get whitelistLength(): number | undefined {
    if (this.whitelistRow === NO_ROW) return undefined;
    // Counted in the rows: a node view per data source was most of whitelist-too-long's cost.
    const rows = this.anchor.rows;
    let count = 0;
    for (
      let item = rows.firstChild(this.anchor.index + this.whitelistRow);
      item >= 0;
      item = rows.nextSibling(item)
    )
      count++;
    return count;
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

const TASK_KINDS = ['sync', 'schedule', 'dataService'] as const;

class ModelTask extends ModelEntity implements Task {
  readonly kind: TaskKind | undefined;
  readonly resourceGroup: Reference<'resourceGroup'> | undefined;
  /** Every data source reference, in order, with how the task names it. */
  readonly dataSourceRefs: DataSourceRef[];

  constructor(id: string, reader: ValueReader) {
    super(id, reader);
    const row = reader.row;
    const source = reader.at(row, 'source');
    const destination = reader.at(row, 'destination');
    const list = reader.at(row, 'dataSources');
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
    reader.items(
      list,
      Kind.String,
      (item) => reader.dataSourceRefAt(item, REFERENCE_FIELDS.taskDataSource, 'dataSources'),
      refs,
      at,
    );
    this.resourceGroup = reader.reference(
      reader.at(row, 'resourceGroup'),
      REFERENCE_FIELDS.taskResourceGroup,
    );
    this.kind = reader.enumValue(reader.at(row, 'kind'), TASK_KINDS);
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
