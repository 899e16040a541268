// The typed model of a topology, read from the parsed tree. Every value knows its node (made
// when asked, model/values.ts) so that findings land on the exact text. Values of the wrong
// type are skipped (the schema stage reports them), so rules only see well-typed data. A
// field that names another entity is a `Reference`: it knows its row of the reference table
// (core/src/references.ts) and binds against a model through `targetOf`/`resolve`
// (core/src/resolution.ts).
//
// This file holds the model's types; the readers live in core/src/model/: `rows.ts` (the
// tree as rows), `values.ts` (strings, addresses, CIDR blocks, references), `entities.ts`
// (what every entity is, and the collections), `network.ts` (accounts, VPCs with their
// vSwitches and NAT gateways, data centers, connections, security groups), `workloads.ts`
// (resource groups, data sources, tasks) and `build.ts` (`buildModel`).
import type { CidrParse, IpParse } from './cidr';
import type { Node } from './parse';
import type { DataSourceTable } from './model/columns/dataSources';
import type { TaskTable } from './model/columns/tasks';
import type { Rows } from './model/rows';
import type { ReferenceField } from './references';

export { buildModel, readNetworkEntity } from './model/build';
export { DEFAULT_PORTS, readDataSource, readTask } from './model/workloads';

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

/** The entity kinds that ids name. */
export type EntityKind =
  | 'account'
  | 'vpc'
  | 'vSwitch'
  | 'natGateway'
  | 'dataCenter'
  | 'connection'
  | 'securityGroup'
  | 'resourceGroup'
  | 'dataSource'
  | 'task';

/** The model type of each entity kind. */
export interface EntityOf {
  account: Account;
  vpc: Vpc;
  vSwitch: VSwitch;
  natGateway: NatGateway;
  dataCenter: DataCenter;
  connection: Connection;
  securityGroup: SecurityGroup;
  resourceGroup: ResourceGroup;
  dataSource: DataSource;
  task: Task;
}

/** The VPC a vSwitch reference is scoped to: the one it sits in, or the reference naming it. */
export type ReferenceScope = Vpc | Reference<'vpc'>;

/** A string that names an entity: a field of the reference table. */
export interface Reference<K extends EntityKind = EntityKind> extends StringValue {
  /** Its row of the reference table: what it may name, and in what scope. */
  readonly field: ReferenceField<K>;
  /** For a vSwitch: the VPC it must belong to (or the binding's reference to it). */
  readonly scope: ReferenceScope | undefined;
  /** False where the field is turned off by a sibling (`appliesWhen`): then it is free text. */
  readonly applies: boolean;
  /**
   * The generation of the model `targetOf` (resolution.ts) last bound it in, and what it named there: most
   * references are bound several times a check. Guarded by the model, since an edit's new
   * model shares the entities (and their references) the edit left alone.
   */
  resolvedIn?: number;
  resolvedTarget?: Entity | undefined;
}

/** What identifies an entity: read for every one alike (model/entities.ts `ModelEntity`). */
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

/** A SNAT entry's source: a vSwitch of the gateway's VPC, or a CIDR block (then `cidr`). */
export interface SnatSource extends Reference<'vSwitch'> {
  readonly cidr: CidrValue | undefined;
}

export interface SnatEntry extends Located {
  index: number;
  source?: SnatSource;
  eip?: IpValue;
}

export interface NatGateway extends Entity {
  vpc: Vpc;
  vSwitch?: Reference<'vSwitch'>;
  eips: IpValue[];
  snatEntries: SnatEntry[];
}

export interface Vpc extends Entity {
  account?: Reference<'account'>;
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
  members: Reference<'vpc' | 'dataCenter'>[];
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
  vpc?: Reference<'vpc'>;
  type: 'basic' | 'advanced';
  rules: SecurityGroupRule[];
}

export type ResourceGroupType =
  'serverless' | 'exclusiveDataIntegration' | 'exclusiveScheduling' | 'exclusiveDataService';

export interface Binding extends Located {
  index: number;
  vpc?: Reference<'vpc'>;
  vSwitch?: Reference<'vSwitch'>;
  securityGroup?: Reference<'securityGroup'>;
  routes: CidrValue[];
  routesNode?: Node;
}

export interface ResourceGroup extends Entity {
  type?: ResourceGroupType;
  typeNode?: Node;
  account?: Reference<'account'>;
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
  vpc?: Reference<'vpc'>;
  dataCenter?: Reference<'dataCenter'>;
  address?: AddressValue;
  port?: number;
}

export interface DataSource extends Entity {
  engine?: string;
  hosting?: 'managed' | 'ecs' | 'selfManaged';
  network?: Network;
  whitelist?: CidrValue[];
  whitelistNode?: Node;
  /**
   * The number of elements of its whitelist, whatever they are, when more than `limit`;
   * undefined otherwise (and without a whitelist array).
   */
  whitelistLengthOver(limit: number): number | undefined;
  securityGroup?: Reference<'securityGroup'>;
  /** The port the data source listens on (explicit or the engine's default). */
  port: number;
}

export type TaskKind = 'sync' | 'schedule' | 'dataService';
export type TaskRole = 'source' | 'destination' | 'dataSources';

/** A task's reference to a data source, with the property that holds it. */
export interface DataSourceRef extends Reference<'dataSource'> {
  readonly role: TaskRole;
  /**
   * A `dataSources` element's position in its array, read from the task's rows (undefined
   * for the other roles): a finding's pointer without the tree's path from the root.
   */
  readonly itemIndex?: number;
}

export interface Task extends Entity {
  kind?: TaskKind;
  resourceGroup?: Reference<'resourceGroup'>;
  /** Every data source reference, in order, with how the task names it. */
  dataSourceRefs: DataSourceRef[];
}

export interface Collection<T extends Entity> {
  /** First definition of each id (later duplicates are reported, not used). */
  byId: ReadonlyMap<string, T>;
  /** The collection object node, when present and an object. */
  node?: Node;
  /** Later definitions of an id already defined. */
  duplicates: T[];
  /** How many first definitions (slots): `byId.size`. */
  readonly count: number;
  /** The entity of a slot, 0 ≤ slot < count, in the order of `byId` (document order). */
  at(slot: number): T;
  /** The slot of an id, -1 when no entity has it. */
  slotOf(id: string): number;
  /** The slot of the id a string row of the model's rows holds (`slotOf` its string). */
  slotOfRow(rows: Rows, row: number): number;
  /** The id of a slot, without making its entity. */
  idAt(slot: number): string;
  /** The ids by slot (the collection's own list: never changed). */
  readonly ids: readonly string[];
  /** The key node of a slot's entity (`Entity.keyNode`), without making the entity. */
  keyNodeAt(slot: number): Node;
  /** The value node of a slot's entity (`Entity.node`), without making the entity. */
  nodeAt(slot: number): Node;
  /**
   * This collection with the entity of a slot replaced (an edit's model: every other slot's
   * entity is shared); this one keeps answering `previous` for that slot.
   */
  withReplaced(slot: number, previous: T, replacement: T): Collection<T>;
  /** To be called before the tree is edited (model/collection.ts `LazyEntities`). */
  followEdits(): void;
}

export interface Model {
  /**
   * A number no other model of this process has (`nextModelGeneration`): what a reference
   * remembers its target by. Not the model itself, which the reference would keep alive
   * after an edit's new model replaced it (the language server keeps editing for hours).
   */
  generation: number;
  root: Node;
  defaults: { account?: Reference<'account'>; region?: StringValue };
  accounts: Collection<Account> & { present: boolean };
  vpcs: Collection<Vpc>;
  dataCenters: Collection<DataCenter>;
  connections: Collection<Connection>;
  securityGroups: Collection<SecurityGroup>;
  resourceGroups: Collection<ResourceGroup>;
  dataSources: Collection<DataSource>;
  tasks: Collection<Task>;
  /** Later definitions of a vSwitch or NAT gateway id within one VPC. */
  nestedDuplicates: (VSwitch | NatGateway)[];
  /** What the analysis and the rules read of every data source and task, by slot (model/columns/). */
  columns: { dataSources: DataSourceTable; tasks: TaskTable };
}

/** The sections besides data sources and tasks that an edit re-reads alone (core/src/incremental/). */
export type NetworkSection =
  'vpcs' | 'dataCenters' | 'connections' | 'securityGroups' | 'resourceGroups';

export type NetworkEntity = Vpc | DataCenter | Connection | SecurityGroup | ResourceGroup;

let lastModelGeneration = 0;

/** A generation for a new model object (every model built, or copied with a change). */
export function nextModelGeneration(): number {
  return ++lastModelGeneration;
}
