// Binding a reference against a model: the entity it names (`targetOf`), or why it names
// nothing (`resolve`), and what it could name instead (`candidateIds`). Worked out when
// asked, and kept on the reference only with the generation of the model it was found in: an incremental
// edit replaces entities, and a target kept without its model would go stale
// (ARCHITECTURE.md, "The resolved model").
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
  const id = reference.value;
  // One case per kind, each reading its own collection: every reference passes here.
  switch (kind) {
    case 'account':
      return model.accounts.byId.get(id);
    case 'vpc':
      return model.vpcs.byId.get(id);
    case 'vSwitch':
      return scopeVpc(model, reference.scope)?.vSwitches.get(id);
    case 'natGateway':
      return scopeVpc(model, reference.scope)?.natGateways.get(id);
    case 'dataCenter':
      return model.dataCenters.byId.get(id);
    case 'connection':
      return model.connections.byId.get(id);
    case 'securityGroup':
      return model.securityGroups.byId.get(id);
    case 'resourceGroup':
      return model.resourceGroups.byId.get(id);
    case 'dataSource':
      return model.dataSources.byId.get(id);
    case 'task':
      return model.tasks.byId.get(id);
  }
}

/** The top-level collection of each kind that has one. */
export const TOP_LEVEL_COLLECTIONS = {
  account: 'accounts',
  vpc: 'vpcs',
  dataCenter: 'dataCenters',
  connection: 'connections',
  securityGroup: 'securityGroups',
  resourceGroup: 'resourceGroups',
  dataSource: 'dataSources',
  task: 'tasks',
} as const satisfies Record<Exclude<EntityKind, 'vSwitch' | 'natGateway'>, keyof Model>;

/** The top-level collection of a kind; none for vSwitches and NAT gateways, which live in a VPC. */
export function topLevelCollection(
  kind: EntityKind,
): (typeof TOP_LEVEL_COLLECTIONS)[keyof typeof TOP_LEVEL_COLLECTIONS] | undefined {
  return kind === 'vSwitch' || kind === 'natGateway' ? undefined : TOP_LEVEL_COLLECTIONS[kind];
}

/** The entity a reference names (the first of its kinds that has one), if any. */
export function targetOf<K extends EntityKind>(
  model: Model,
  reference: Reference<K> | undefined,
): EntityOf[K] | undefined {
  if (reference === undefined) return undefined;
  // (The cast: what was found for the reference's kinds is one of them.)
  if (reference.resolvedIn === model.generation)
    return reference.resolvedTarget as EntityOf[K] | undefined;
  const found = lookupKinds(model, reference);
  reference.resolvedIn = model.generation;
  reference.resolvedTarget = found;
  return found as EntityOf[K] | undefined;
}

/**
 * `targetOf(model, reference)`, answered from `like` when `like` was bound in this model and
 * names the same way (same value, kinds and scope): a task whose source is also its
 * destination, or a group's account after its VPC's. Nothing but these decides a target, so
 * the answer is `targetOf`'s without a second lookup.
 */
export function targetOfLike(
  model: Model,
  reference: Reference,
  like: Reference | undefined,
): Entity | undefined {
  if (reference.resolvedIn === model.generation) return reference.resolvedTarget;
  if (
    like !== undefined &&
    like.resolvedIn === model.generation &&
    like.value === reference.value &&
    like.scope === reference.scope &&
    sameKinds(like.field.kinds, reference.field.kinds)
  ) {
    reference.resolvedIn = model.generation;
    reference.resolvedTarget = like.resolvedTarget;
    return like.resolvedTarget;
  }
  return targetOf(model, reference);
}

function sameKinds(a: readonly EntityKind[], b: readonly EntityKind[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The first entity of a reference's kinds that it names. */
function lookupKinds(model: Model, reference: Reference): Entity | undefined {
  // An indexed loop: every reference passes here, often before the engine has optimised
  // this, when an iterator is an object per call.
  const kinds = reference.field.kinds;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index];
    const found = kind === undefined ? undefined : lookup(model, kind, reference);
    if (found) return found;
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
      return [...model[TOP_LEVEL_COLLECTIONS[kind]].byId.keys()];
    const map = kind === 'vSwitch' ? 'vSwitches' : 'natGateways';
    const vpc = scopeVpc(model, reference.scope);
    const vpcs = vpc ? [vpc] : [...model.vpcs.byId.values()];
    return vpcs.flatMap((each) => [...each[map].keys()]);
  });
}
