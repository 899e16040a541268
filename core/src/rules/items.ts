// What the rules walk, made once per model and shared: the address fields a rule may
// report, and every reference bound in one pass. A cold check runs the rules in code V8 has
// not optimised yet: there a loop of a rule's own over an array or a column costs little,
// where a call per item through a shared walk, a `Map`'s iterator or a callback per item
// costs several times the rule's own work (issue 17).
import type { AddressField } from '../analysis/addresses';
import type { Entity, EntityKind, Model, Reference } from '../model';
import { eachReferenceField, type AnyEntity, type ReferenceWalkPosition } from '../references';
import { targetOfLike } from '../resolution';
import { UNRESOLVED } from '../model/columns/table';
import { keepUntilReplaced } from '../keepAlive';

/** A valid address, or a valid CIDR block without host bits: what no address rule reports. */
function isRegular(field: AddressField): boolean {
  if (field.kind !== 'cidr') return field.value.parsed.ok;
  const parsed = field.value.parsed;
  return parsed.ok && !parsed.hostBits;
}

const irregularOf = new WeakMap<readonly AddressField[], readonly AddressField[]>();

/**
 * The address fields an address rule may report, in the order of `fields`: values that do
 * not parse (invalid, IPv6, symbolic) and CIDR blocks with host bits set. Nearly none of a
 * large topology's tens of thousands of fields.
 */
export function irregularAddresses(fields: readonly AddressField[]): readonly AddressField[] {
  let irregular = irregularOf.get(fields);
  if (!irregular) {
    const found: AddressField[] = [];
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      if (!isRegular(field)) found.push(field);
    }
    irregularOf.set(fields, (irregular = found));
  }
  return irregular;
}

/** A reference that names nothing, where the walk of every reference met it. */
export interface UnboundReference {
  reference: Reference;
  holder: AnyEntity | undefined;
  top: Entity | undefined;
}

/** Every reference of a model bound once: what unknown-reference and unused read. */
export interface ReferenceBinding {
  /** The references that name no entity of their kinds, in `eachReference` order. */
  unbound: readonly UnboundReference[];
  /**
   * The resource groups and security groups some reference names. (No field that may name
   * one of these kinds names another kind, and these kinds are looked up by id alone: an
   * entity is named exactly when some reference's value is its id.)
   */
  named: ReadonlySet<Entity>;
  /** Per data source slot, 1 when some task names it. */
  namedDataSources: Uint8Array;
}

/** Whether `named` collects what a reference names, by its first kind. */
function isCounted(kind: EntityKind | undefined): boolean {
  return kind === 'resourceGroup' || kind === 'securityGroup';
}

const bindings = new WeakMap<Model, ReferenceBinding>();

/**
 * Every reference of the model bound: those of the network sections in one walk of their
 * references (`eachReferenceField`), those of data sources and tasks from their columns
 * (model/columns/), whose objects are made only for a reference that names nothing.
 */
export function referenceBinding(model: Model): ReferenceBinding {
  let binding = bindings.get(model);
  if (binding) return binding;
  const binder = new NetworkReferenceBinder(model);
  keepUntilReplaced('referenceBinder', binder);
  activeBinder = binder;
  try {
    eachReferenceField(model, bindActive, binder.at, { networksOnly: true });
  } finally {
    activeBinder = undefined;
  }
  const { unbound, named } = binder;
  bindDataSources(model, unbound, named);
  const namedDataSources = bindTasks(model, unbound, named);
  bindings.set(model, (binding = { unbound, named, namedDataSources }));
  return binding;
}

/**
 * The walk's visitor for the network sections' references: a module-level function that
 * reads its state from the binder of the walk under way, not a closure made per check (V8
 * keeps a function's optimised code only while one of its closures lives: a closure made
 * per check ran unoptimised at the start of every check). The last binder is kept
 * (keepAlive.ts), and with it the hidden class the compiled code was made for.
 */
class NetworkReferenceBinder {
  readonly unbound: UnboundReference[];
  readonly named: Set<Entity>;
  readonly at: ReferenceWalkPosition;
  readonly generation: number;
  // The previous reference answers for one that names the same way (a group's account after
  // its VPC's), and an entity just added is not added again.
  private previous: Reference | undefined;
  private lastNamed: Entity | undefined;

  constructor(private readonly model: Model) {
    this.unbound = [];
    this.named = new Set<Entity>();
    this.at = { holder: undefined, top: undefined };
    this.generation = model.generation;
    this.previous = undefined;
    this.lastNamed = undefined;
  }

  bind(reference: Reference): void {
    const target =
      reference.resolvedIn === this.generation
        ? reference.resolvedTarget
        : targetOfLike(this.model, reference, this.previous);
    this.previous = reference;
    if (target === undefined)
      this.unbound.push({ reference, holder: this.at.holder, top: this.at.top });
    else if (target !== this.lastNamed && isCounted(reference.field.kinds[0]))
      this.named.add((this.lastNamed = target));
  }
}

/** The binder whose walk is under way (walks are synchronous and do not nest). */
let activeBinder: NetworkReferenceBinder | undefined;

function bindActive(reference: Reference | undefined): void {
  if (reference) (activeBinder as NetworkReferenceBinder).bind(reference);
}

/** The references of the data sources, in slot order and, in each, in `REFERENCE_FIELDS` order. */
function bindDataSources(model: Model, unbound: UnboundReference[], named: Set<Entity>): void {
  const table = model.columns.dataSources;
  let lastGroup = -1;
  for (let slot = 0, count = model.dataSources.count; slot < count; slot++) {
    const vpc = table.vpc[slot];
    const dataCenter = table.dataCenter[slot];
    const group = table.securityGroup[slot] as number;
    if (vpc === UNRESOLVED || dataCenter === UNRESOLVED || group === UNRESOLVED) {
      const ds = model.dataSources.at(slot);
      const unboundOf = (reference: Reference | undefined) => {
        if (reference) unbound.push({ reference, holder: ds, top: ds });
      };
      if (vpc === UNRESOLVED) unboundOf(ds.network?.vpc);
      if (dataCenter === UNRESOLVED) unboundOf(ds.network?.dataCenter);
      if (group === UNRESOLVED) unboundOf(ds.securityGroup);
    }
    if (group >= 0 && group !== lastGroup) named.add(model.securityGroups.at((lastGroup = group)));
  }
}

/** The references of the tasks, in slot order: the resource group, then source, destination, `dataSources`. */
function bindTasks(model: Model, unbound: UnboundReference[], named: Set<Entity>): Uint8Array {
  const table = model.columns.tasks;
  const namedDataSources = new Uint8Array(model.dataSources.count);
  let lastGroup = -1;
  for (let slot = 0, count = model.tasks.count; slot < count; slot++) {
    const group = table.resourceGroup[slot] as number;
    const start = table.refStart[slot] as number;
    const end = start + (table.refCount[slot] as number);
    let unresolved = group === UNRESOLVED;
    for (let ref = start; ref < end; ref++) {
      const target = table.refTarget[ref] as number;
      if (target >= 0) namedDataSources[target] = 1;
      else unresolved = true;
    }
    if (group >= 0 && group !== lastGroup) named.add(model.resourceGroups.at((lastGroup = group)));
    if (!unresolved) continue;
    const task = model.tasks.at(slot);
    if (group === UNRESOLVED && task.resourceGroup)
      unbound.push({ reference: task.resourceGroup, holder: task, top: task });
    for (let ref = start; ref < end; ref++) {
      const reference = task.dataSourceRefs[ref - start];
      if (table.refTarget[ref] === UNRESOLVED && reference)
        unbound.push({ reference, holder: task, top: task });
    }
  }
  return namedDataSources;
}
