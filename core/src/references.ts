// The reference fields of a topology: one table says which field names which kind of
// entity, and in what scope. The model's readers make each such field a `Reference` that
// knows its row; `targetOf` and `resolve` bind it against a model; `eachReference` visits
// every reference of a model. unknown-reference, unused, the language index (hover,
// definition, references, rename), completion and the graph read them, so a new
// reference field is one row here and one line in its entity's reader (ARCHITECTURE.md,
// "Adding a reference field").
import type {
  Entity,
  EntityKind,
  EntityOf,
  Model,
  Reference,
  ReferenceScope,
  VSwitch,
  Vpc,
} from './model';

/** A segment of a field's JSON path: a key, `*` any key (an id), `#` any array index. */
export type PathPattern = string;

export interface ReferenceField<K extends EntityKind = EntityKind> {
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

/** Every reference field, by name. Adding a reference field is a row here. */
export const REFERENCE_FIELDS = {
  defaultAccount: { path: ['defaults', 'account'], kinds: ['account'] },
  vpcAccount: { path: ['vpcs', '*', 'account'], kinds: ['account'] },
  natGatewayVSwitch: {
    path: ['vpcs', '*', 'natGateways', '*', 'vSwitch'],
    kinds: ['vSwitch'],
    scope: 'ownVpc',
    outOfScope: 'unknown-reference',
  },
  /** A SNAT entry's source is a reference only when it is not a CIDR block (model/network.ts). */
  snatSource: {
    path: ['vpcs', '*', 'natGateways', '*', 'snatEntries', '#', 'source'],
    kinds: ['vSwitch'],
    scope: 'ownVpc',
    outOfScope: 'unknown-reference',
  },
  connectionMember: {
    path: ['connections', '*', 'members', '#'],
    kinds: ['vpc', 'dataCenter'],
    distinct: true,
  },
  securityGroupVpc: { path: ['securityGroups', '*', 'vpc'], kinds: ['vpc'] },
  resourceGroupAccount: { path: ['resourceGroups', '*', 'account'], kinds: ['account'] },
  bindingVpc: { path: ['resourceGroups', '*', 'vpcBindings', '#', 'vpc'], kinds: ['vpc'] },
  bindingVSwitch: {
    path: ['resourceGroups', '*', 'vpcBindings', '#', 'vSwitch'],
    kinds: ['vSwitch'],
    scope: 'bindingVpc',
    outOfScope: 'binding-vswitch-mismatch',
  },
  bindingSecurityGroup: {
    path: ['resourceGroups', '*', 'vpcBindings', '#', 'securityGroup'],
    kinds: ['securityGroup'],
  },
  dataSourceVpc: {
    path: ['dataSources', '*', 'network', 'vpc'],
    kinds: ['vpc'],
    appliesWhen: { property: 'type', equals: 'vpc' },
  },
  dataSourceDataCenter: {
    path: ['dataSources', '*', 'network', 'dataCenter'],
    kinds: ['dataCenter'],
    appliesWhen: { property: 'type', equals: 'dataCenter' },
  },
  dataSourceSecurityGroup: {
    path: ['dataSources', '*', 'securityGroup'],
    kinds: ['securityGroup'],
  },
  taskResourceGroup: { path: ['tasks', '*', 'resourceGroup'], kinds: ['resourceGroup'] },
  taskSource: { path: ['tasks', '*', 'source'], kinds: ['dataSource'], distinct: true },
  taskDestination: { path: ['tasks', '*', 'destination'], kinds: ['dataSource'], distinct: true },
  taskDataSource: {
    path: ['tasks', '*', 'dataSources', '#'],
    kinds: ['dataSource'],
    distinct: true,
  },
} as const satisfies Record<string, ReferenceField>;

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

/** How a reference binds in a model. */
export type Resolution<T extends Entity = Entity> =
  | { status: 'resolved'; target: T }
  /** It names no entity of its kinds. */
  | { status: 'missing' }
  /** A vSwitch that exists only in other VPCs than its scope (or its scope is unknown). */
  | { status: 'outOfScope'; others: VSwitch[] }
  /** Free text where it stands: accounts without an `accounts` map, a field its sibling turns off. */
  | { status: 'unchecked' };

/** The VPC a scoped reference's vSwitch must belong to, when known. */
export function scopeVpc(model: Model, scope: ReferenceScope | undefined): Vpc | undefined {
  if (scope === undefined) return undefined;
  return 'field' in scope ? targetOf(model, scope) : scope;
}

/** The scope of a reference as the language index keys it: the VPC's id, or ''. */
export function scopeId(reference: Reference): string {
  const scope = reference.scope;
  if (scope === undefined) return '';
  return 'field' in scope ? scope.value : scope.id;
}

function lookup(model: Model, kind: EntityKind, reference: Reference): Entity | undefined {
  switch (kind) {
    case 'vSwitch':
      return scopeVpc(model, reference.scope)?.vSwitches.get(reference.value);
    case 'natGateway':
      return scopeVpc(model, reference.scope)?.natGateways.get(reference.value);
    default:
      return model[COLLECTIONS[kind]].byId.get(reference.value);
  }
}

/** The top-level collection of each kind that has one. */
const COLLECTIONS = {
  account: 'accounts',
  vpc: 'vpcs',
  dataCenter: 'dataCenters',
  connection: 'connections',
  securityGroup: 'securityGroups',
  resourceGroup: 'resourceGroups',
  dataSource: 'dataSources',
  task: 'tasks',
} as const satisfies Record<Exclude<EntityKind, 'vSwitch' | 'natGateway'>, keyof Model>;

/** The entity a reference names (the first of its kinds that has one), if any. */
export function targetOf<K extends EntityKind>(
  model: Model,
  reference: Reference<K> | undefined,
): EntityOf[K] | undefined {
  if (reference === undefined) return undefined;
  for (const kind of reference.field.kinds) {
    const found = lookup(model, kind, reference);
    if (found) return found as EntityOf[K];
  }
  return undefined;
}

/** Every vSwitch with this id, in the order of the VPCs. */
function vSwitchesNamed(model: Model, id: string): VSwitch[] {
  const found: VSwitch[] = [];
  for (const vpc of model.vpcs.byId.values()) {
    const sw = vpc.vSwitches.get(id);
    if (sw) found.push(sw);
  }
  return found;
}

/** What a reference names in a model, or why it names nothing. */
export function resolve<K extends EntityKind>(
  model: Model,
  reference: Reference<K>,
): Resolution<EntityOf[K]> {
  const target = targetOf(model, reference);
  if (target) return { status: 'resolved', target };
  // Without an `accounts` map, account ids are labels: any value is fine.
  const freeText =
    reference.field.kinds.some((kind) => kind === 'account') && !model.accounts.present;
  if (!reference.applies || freeText) return { status: 'unchecked' };
  if (reference.field.scope !== undefined) {
    const others = vSwitchesNamed(model, reference.value);
    if (others.length > 0) return { status: 'outOfScope', others };
  }
  return { status: 'missing' };
}

/** The ids a reference could name instead (its scope's vSwitches, or every one of its kinds). */
export function candidateIds(model: Model, reference: Reference): string[] {
  return reference.field.kinds.flatMap((kind) => {
    if (kind !== 'vSwitch' && kind !== 'natGateway')
      return [...model[COLLECTIONS[kind]].byId.keys()];
    const map = kind === 'vSwitch' ? 'vSwitches' : 'natGateways';
    const vpc = scopeVpc(model, reference.scope);
    const vpcs = vpc ? [vpc] : [...model.vpcs.byId.values()];
    return vpcs.flatMap((each) => [...each[map].keys()]);
  });
}

/** Which entities `eachReference` visits. */
export interface ReferenceWalk {
  /** Also the later definitions of an id (and the nested entities of a duplicate VPC). */
  duplicates?: boolean;
}

/**
 * Calls `visit` with every reference of the model, the entity that holds it (undefined for
 * `defaults`) and that entity's top-level entity (a NAT gateway's VPC), in document
 * order of the collections: defaults, VPCs (their vSwitches, their NAT gateways), data
 * centers, connections, security groups, resource groups, data sources, tasks.
 */
export function eachReference(
  model: Model,
  visit: (reference: Reference, owner: Entity | undefined, top: Entity | undefined) => void,
  walk: ReferenceWalk = {},
): void {
  if (model.defaults.account) visit(model.defaults.account, undefined, undefined);
  const entities = <T extends Entity>(collection: { byId: Map<string, T>; duplicates: T[] }) =>
    walk.duplicates
      ? [...collection.byId.values(), ...collection.duplicates]
      : collection.byId.values();
  const own = (entity: Entity, top: Entity) => {
    for (const reference of entity.references) visit(reference, entity, top);
  };
  for (const vpc of entities(model.vpcs)) {
    own(vpc, vpc);
    for (const sw of vpc.vSwitches.values()) own(sw, vpc);
    for (const gw of vpc.natGateways.values()) own(gw, vpc);
  }
  if (walk.duplicates) {
    // Later definitions of a vSwitch or NAT gateway id within one VPC.
    for (const nested of model.nestedDuplicates) own(nested, nested.vpc);
  }
  for (const collection of [
    model.dataCenters,
    model.connections,
    model.securityGroups,
    model.resourceGroups,
    model.dataSources,
    model.tasks,
  ] as const) {
    for (const entity of entities<Entity>(collection)) own(entity, entity);
  }
}
