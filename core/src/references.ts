// The reference fields of a topology: one table says which field names which kind of
// entity, in what scope, and where the model keeps it. The model's readers make each such
// field a `Reference` that knows its row; `eachReference` visits every reference of a
// model through the rows; `targetOf` and `resolve` (core/src/resolution.ts, re-exported
// here) bind one against a model. unknown-reference, unused, the language index (hover,
// definition, references, rename), completion and the graph read them, so a new
// reference field is one row here and one line in its entity's reader (ARCHITECTURE.md,
// "Adding a reference field").
import { keptUntilReplaced } from './keepAlive';
import type {
  Collection,
  DataSourceRef,
  Entity,
  EntityKind,
  EntityOf,
  Model,
  NatGateway,
  Reference,
  Task,
  TaskRole,
  VSwitch,
  Vpc,
} from './model';

export {
  candidateIds,
  resolve,
  scopeId,
  scopeVpc,
  targetOf,
  TOP_LEVEL_COLLECTIONS,
  topLevelCollection,
  type Resolution,
} from './resolution';

/** A segment of a field's JSON path: a key, `*` any key (an id), `#` any array index. */
export type PathPattern = string;

/** What holds reference fields: the topology's defaults, or an entity of a kind. */
export interface Holders extends EntityOf {
  defaults: Model['defaults'];
}
export type HolderKind = keyof Holders;

/** Called with each reference of a field; undefined where a holder lacks the field. */
export type Visit = (reference: Reference | undefined) => void;

/** An entity of any kind. */
export type AnyEntity = EntityOf[EntityKind];

export interface ReferenceField<K extends EntityKind = EntityKind> {
  /** The kind of what holds the field (a binding's fields: its resource group). */
  readonly holder: HolderKind;
  /**
   * Visits the field's references in one holder of that kind, in text order. Typed by the
   * row's `holder` where the row is written (`field`); `eachReference` calls it for holders
   * of that kind only.
   */
  readonly each: (holder: never, visit: Visit) => void;
  /** Where the field is: a JSON path, `*` standing for any id and `#` for any index. */
  readonly path: readonly PathPattern[];
  /** The kinds of entity it may name, in the order they are tried. */
  readonly kinds: readonly K[];
  /**
   * For a vSwitch: the VPC whose vSwitches it names. `ownVpc`: the VPC the field sits in
   * (a NAT gateway's); `bindingVpc`: the VPC its binding's `vpc` names.
   */
  readonly scope?: 'ownVpc' | 'bindingVpc';
  /**
   * For a scoped field, the rule that reports a vSwitch that exists only in other VPCs:
   * unknown-reference itself, or a rule of its own (which then says which VPC it is in).
   */
  readonly outOfScope?: 'unknown-reference' | 'binding-vswitch-mismatch';
  /**
   * The field names an entity only when a sibling property has this value; otherwise it
   * is ignored (a data source's `network.vpc` when its `type` is not `vpc`) and not checked.
   */
  readonly appliesWhen?: { readonly property: string; readonly equals: string };
  /**
   * An entity names each id at most once in its fields of this kind (a connection's
   * members, a task's data sources): a replacement or a completion leaves out the ids the
   * others name.
   */
  readonly distinct?: boolean;
}

/**
 * A row with every property present, so that rows share one shape: the model's readers
 * and `targetOf` read them for every reference, and V8 keeps such reads fast only while
 * they see few shapes.
 */
function field<const K extends EntityKind, H extends HolderKind>(
  row: Omit<ReferenceField<K>, 'holder' | 'each'> & {
    holder: H;
    each: (holder: Holders[H], visit: (reference: Reference<K> | undefined) => void) => void;
  },
): ReferenceField<K> {
  return {
    holder: row.holder,
    each: row.each,
    path: row.path,
    kinds: row.kinds,
    scope: row.scope,
    outOfScope: row.outOfScope,
    appliesWhen: row.appliesWhen,
    distinct: row.distinct ?? false,
  };
}

/** Every reference field, by name. Adding a reference field is a row here. */
export const REFERENCE_FIELDS = {
  defaultAccount: field({
    path: ['defaults', 'account'],
    kinds: ['account'],
    holder: 'defaults',
    each: (defaults, visit) => visit(defaults.account),
  }),
  vpcAccount: field({
    path: ['vpcs', '*', 'account'],
    kinds: ['account'],
    holder: 'vpc',
    each: (vpc, visit) => visit(vpc.account),
  }),
  natGatewayVSwitch: field({
    path: ['vpcs', '*', 'natGateways', '*', 'vSwitch'],
    kinds: ['vSwitch'],
    scope: 'ownVpc',
    outOfScope: 'unknown-reference',
    holder: 'natGateway',
    each: (gateway, visit) => visit(gateway.vSwitch),
  }),
  snatSource: field({
    path: ['vpcs', '*', 'natGateways', '*', 'snatEntries', '#', 'source'],
    kinds: ['vSwitch'],
    scope: 'ownVpc',
    outOfScope: 'unknown-reference',
    holder: 'natGateway',
    each: (gateway, visit) => {
      // A source that is a CIDR block is an address, not a reference.
      for (const entry of gateway.snatEntries) if (!entry.source?.cidr) visit(entry.source);
    },
  }),
  connectionMember: field({
    path: ['connections', '*', 'members', '#'],
    kinds: ['vpc', 'dataCenter'],
    distinct: true,
    holder: 'connection',
    each: (connection, visit) => connection.members.forEach(visit),
  }),
  securityGroupVpc: field({
    path: ['securityGroups', '*', 'vpc'],
    kinds: ['vpc'],
    holder: 'securityGroup',
    each: (group, visit) => visit(group.vpc),
  }),
  resourceGroupAccount: field({
    path: ['resourceGroups', '*', 'account'],
    kinds: ['account'],
    holder: 'resourceGroup',
    each: (rg, visit) => visit(rg.account),
  }),
  bindingVpc: field({
    path: ['resourceGroups', '*', 'vpcBindings', '#', 'vpc'],
    kinds: ['vpc'],
    holder: 'resourceGroup',
    each: (rg, visit) => {
      for (const binding of rg.bindings) visit(binding.vpc);
    },
  }),
  bindingVSwitch: field({
    path: ['resourceGroups', '*', 'vpcBindings', '#', 'vSwitch'],
    kinds: ['vSwitch'],
    scope: 'bindingVpc',
    outOfScope: 'binding-vswitch-mismatch',
    holder: 'resourceGroup',
    each: (rg, visit) => {
      for (const binding of rg.bindings) visit(binding.vSwitch);
    },
  }),
  bindingSecurityGroup: field({
    path: ['resourceGroups', '*', 'vpcBindings', '#', 'securityGroup'],
    kinds: ['securityGroup'],
    holder: 'resourceGroup',
    each: (rg, visit) => {
      for (const binding of rg.bindings) visit(binding.securityGroup);
    },
  }),
  dataSourceVpc: field({
    path: ['dataSources', '*', 'network', 'vpc'],
    kinds: ['vpc'],
    appliesWhen: { property: 'type', equals: 'vpc' },
    holder: 'dataSource',
    each: (ds, visit) => visit(ds.network?.vpc),
  }),
  dataSourceDataCenter: field({
    path: ['dataSources', '*', 'network', 'dataCenter'],
    kinds: ['dataCenter'],
    appliesWhen: { property: 'type', equals: 'dataCenter' },
    holder: 'dataSource',
    each: (ds, visit) => visit(ds.network?.dataCenter),
  }),
  dataSourceSecurityGroup: field({
    path: ['dataSources', '*', 'securityGroup'],
    kinds: ['securityGroup'],
    holder: 'dataSource',
    each: (ds, visit) => visit(ds.securityGroup),
  }),
  taskResourceGroup: field({
    path: ['tasks', '*', 'resourceGroup'],
    kinds: ['resourceGroup'],
    holder: 'task',
    each: (task, visit) => visit(task.resourceGroup),
  }),
  taskSource: field({
    path: ['tasks', '*', 'source'],
    kinds: ['dataSource'],
    distinct: true,
    holder: 'task',
    each: (task, visit) => dataSourceRefs(task, 'source', visit),
  }),
  taskDestination: field({
    path: ['tasks', '*', 'destination'],
    kinds: ['dataSource'],
    distinct: true,
    holder: 'task',
    each: (task, visit) => dataSourceRefs(task, 'destination', visit),
  }),
  taskDataSource: field({
    path: ['tasks', '*', 'dataSources', '#'],
    kinds: ['dataSource'],
    distinct: true,
    holder: 'task',
    each: (task, visit) => dataSourceRefs(task, 'dataSources', visit),
  }),
};

/** A task's references to data sources that its property `role` holds. */
function dataSourceRefs(
  task: Task,
  role: TaskRole,
  visit: (reference: Reference<'dataSource'>) => void,
): void {
  const refs = task.dataSourceRefs;
  // An index, not `for … of`: every task passes here three times, before V8 optimises.
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i] as DataSourceRef;
    if (ref.role === role) visit(ref);
  }
}

/** The field whose path pattern a concrete JSON path matches, if any. */
export function referenceFieldAt(path: readonly (string | number)[]): ReferenceField | undefined {
  return Object.values<ReferenceField>(REFERENCE_FIELDS).find(
    (field) =>
      field.path.length === path.length &&
      field.path.every((pattern, i) =>
        pattern === '*'
          ? typeof path[i] === 'string'
          : pattern === '#'
            ? typeof path[i] === 'number'
            : pattern === path[i],
      ),
  );
}

/** Which entities `eachReference` visits. */
export interface ReferenceWalk {
  /** Also the later definitions of an id (and the nested entities of a duplicate VPC). */
  duplicates?: boolean;
  /** Not the data sources and tasks (a reader that takes them from the columns, model/columns/). */
  networksOnly?: boolean;
}

/** The rows of each kind of holder, in table order. */
const FIELDS_OF = new Map<HolderKind, ReferenceField[]>();
for (const row of Object.values<ReferenceField>(REFERENCE_FIELDS)) {
  const rows = FIELDS_OF.get(row.holder);
  if (rows) rows.push(row);
  else FIELDS_OF.set(row.holder, [row]);
}

/** Calls `visit` with every reference that `holder`, of kind `kind`, holds, field by field. */
export function eachReferenceIn(
  holder: Holders[HolderKind],
  kind: HolderKind,
  visit: (reference: Reference) => void,
): void {
  const present: Visit = (reference) => {
    if (reference) visit(reference);
  };
  // `as never`: each row takes the holders of its own kind; the caller names the kind.
  for (const row of FIELDS_OF.get(kind) ?? []) row.each(holder as never, present);
}

/**
 * Calls `visit` with every reference of the model, the entity that holds it (undefined for
 * `defaults`) and that entity's top-level entity (a NAT gateway's VPC), in document
 * order of the collections: defaults, VPCs (their vSwitches, their NAT gateways), data
 * centers, connections, security groups, resource groups, data sources, tasks.
 */
export function eachReference(
  model: Model,
  visit: (reference: Reference, holder: AnyEntity | undefined, top: Entity | undefined) => void,
  walk: ReferenceWalk = {},
): void {
  const at: ReferenceWalkPosition = { holder: undefined, top: undefined };
  eachReferenceField(
    model,
    (reference) => {
      if (reference) visit(reference, at.holder, at.top);
    },
    at,
    walk,
  );
}

/** Where a walk of every reference is: the entity whose fields it visits, and its top-level entity. */
export interface ReferenceWalkPosition {
  holder: AnyEntity | undefined;
  top: Entity | undefined;
}

/**
 * `eachReference` for a visitor that the rows call with every field, present or not
 * (`undefined`), and that reads the entity holding it from `at` when it needs to: a call
 * less for each of a large topology's tens of thousands of fields, in a cold check.
 */
export function eachReferenceField(
  model: Model,
  present: Visit,
  at: ReferenceWalkPosition,
  walk: ReferenceWalk = {},
): void {
  const fieldWalk = new ReferenceFieldWalk(present, at, walk.duplicates === true);
  keptUntilReplaced('referenceWalk', fieldWalk).visitAll(model, walk.networksOnly === true);
}

/**
 * One walk's state, its steps methods (`forEach`'s callbacks, given the walk as `this`), not
 * closures made per walk: V8 keeps a function's optimised code only while one of its
 * closures lives, and closures made per check ran unoptimised at the start of every check.
 * The last walk is kept (keepAlive.ts), and with it the hidden class its code was made for.
 */
class ReferenceFieldWalk {
  /** The VPC whose vSwitches and NAT gateways are being visited. */
  private vpcOfNested: Vpc | undefined;
  /** The rows of the data sources or tasks being visited (`visitLarge`). */
  private largeRows: readonly ReferenceField[];
  /** The kind of the top-level entities being visited (`visitTopLevel`). */
  private topLevelKind: TopLevelKind;

  constructor(
    private readonly present: Visit,
    private readonly at: ReferenceWalkPosition,
    private readonly duplicates: boolean,
  ) {
    this.vpcOfNested = undefined;
    this.largeRows = NO_ROWS;
    this.topLevelKind = 'dataCenter';
  }

  visitAll(model: Model, networksOnly: boolean): void {
    const present = this.present;
    for (const row of FIELDS_OF.get('defaults') ?? []) row.each(model.defaults as never, present);
    // `forEach`, not `for … of` over a map's values: no iterator result per entity in code
    // not yet optimised (a cold check's).
    this.eachOf(model.vpcs, this.visitVpc);
    if (this.duplicates) {
      // Later definitions of a vSwitch or NAT gateway id within one VPC.
      for (const nested of model.nestedDuplicates) {
        if ('snatEntries' in nested) this.visitIn('natGateway', nested, nested.vpc);
        else this.visitIn('vSwitch', nested, nested.vpc);
      }
    }
    this.eachTopLevel('dataCenter', model.dataCenters);
    this.eachTopLevel('connection', model.connections);
    this.eachTopLevel('securityGroup', model.securityGroups);
    this.eachTopLevel('resourceGroup', model.resourceGroups);
    if (networksOnly) return;
    // Tens of thousands of data sources and tasks: their rows looked up once, each entity
    // visited by slot (no iterator result, no lookup per entity, in unoptimised code).
    this.visitLargeCollection(model.dataSources, FIELDS_OF.get('dataSource') ?? NO_ROWS);
    this.visitLargeCollection(model.tasks, FIELDS_OF.get('task') ?? NO_ROWS);
  }

  private eachOf<T extends Entity>(collection: Collection<T>, visitEntity: (entity: T) => void) {
    collection.byId.forEach(visitEntity, this);
    if (this.duplicates) collection.duplicates.forEach(visitEntity, this);
  }

  private visitIn<K extends EntityKind>(kind: K, entity: EntityOf[K], within: Entity): void {
    const rows = FIELDS_OF.get(kind);
    if (!rows) return;
    const at = this.at;
    at.holder = entity;
    at.top = within;
    // `as never`: each row takes the holders of its own kind, which these are. An index, not
    // `for … of`: no iterator per entity of a large topology before V8 optimises.
    for (let i = 0; i < rows.length; i++)
      (rows[i] as ReferenceField).each(entity as never, this.present);
  }

  private visitVpc(vpc: Vpc): void {
    this.visitIn('vpc', vpc, vpc);
    this.vpcOfNested = vpc;
    vpc.vSwitches.forEach(this.visitVSwitch, this);
    vpc.natGateways.forEach(this.visitNatGateway, this);
  }

  private visitVSwitch(sw: VSwitch): void {
    this.visitIn('vSwitch', sw, this.vpcOfNested as Vpc);
  }

  private visitNatGateway(gw: NatGateway): void {
    this.visitIn('natGateway', gw, this.vpcOfNested as Vpc);
  }

  private eachTopLevel<K extends TopLevelKind>(kind: K, collection: Collection<EntityOf[K]>) {
    this.topLevelKind = kind;
    this.eachOf(collection, this.visitTopLevel);
  }

  private visitTopLevel(entity: EntityOf[TopLevelKind]): void {
    this.visitIn(this.topLevelKind, entity, entity);
  }

  private visitLargeCollection<T extends AnyEntity>(
    collection: Collection<T>,
    rows: readonly ReferenceField[],
  ): void {
    this.largeRows = rows;
    for (let slot = 0; slot < collection.count; slot++) this.visitLarge(collection.at(slot));
    if (this.duplicates) collection.duplicates.forEach(this.visitLarge, this);
  }

  private visitLarge(entity: AnyEntity): void {
    const at = this.at;
    at.holder = entity;
    at.top = entity;
    const rows = this.largeRows;
    const present = this.present;
    for (let i = 0; i < rows.length; i++)
      (rows[i] as ReferenceField).each(entity as never, present);
  }
}

const NO_ROWS: readonly ReferenceField[] = [];

/** The kinds of entity whose references `visitTopLevel` visits. */
type TopLevelKind = 'dataCenter' | 'connection' | 'securityGroup' | 'resourceGroup';
