// What the rules walk, made once per model and shared: the address fields a rule may report, and every reference bound in one pass. A cold check
// runs the rules in code V8 has not optimised yet (a check's new objects get new hidden
// classes, and the code compiled for the last check's is dropped): there a loop of a rule's
// own over an array costs little, where a call per item through a shared walk, a `Map`'s
// iterator or a callback per item costs several times the rule's own work (issue 17).
import type { AddressField } from '../analysis/addresses';
import type { Entity, EntityKind, Model, Reference } from '../model';
import { eachReferenceField, type AnyEntity, type ReferenceWalkPosition } from '../references';
import { targetOfLike } from '../resolution';

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
   * The resource groups, data sources and security groups some reference names. (No field
   * that may name one of these kinds names another kind, and these kinds are looked up by id
   * alone: an entity is named exactly when some reference's value is its id.)
   */
  named: ReadonlySet<Entity>;
}

/** Whether `named` collects what a reference names, by its first kind. */
function isCounted(kind: EntityKind | undefined): boolean {
  return kind === 'resourceGroup' || kind === 'dataSource' || kind === 'securityGroup';
}

const bindings = new WeakMap<Model, ReferenceBinding>();

/** Every reference of the model bound, in one walk of every reference (`eachReferenceField`). */
export function referenceBinding(model: Model): ReferenceBinding {
  let binding = bindings.get(model);
  if (binding) return binding;
  const unbound: UnboundReference[] = [];
  const named = new Set<Entity>();
  // Tens of thousands of references, visited before V8 optimises this: the previous
  // reference answers for one that names the same way (a task's destination that is its
  // source), and an entity just added is not added again.
  let previous: Reference | undefined;
  let lastNamed: Entity | undefined;
  const generation = model.generation;
  const at: ReferenceWalkPosition = { holder: undefined, top: undefined };
  eachReferenceField(
    model,
    (reference) => {
      if (!reference) return;
      // Most references were bound by the pairs already: the reference answers itself (read
      // here, not through targetOf: a call less for each of them).
      const target =
        reference.resolvedIn === generation
          ? reference.resolvedTarget
          : targetOfLike(model, reference, previous);
      previous = reference;
      if (target === undefined) unbound.push({ reference, holder: at.holder, top: at.top });
      else if (target !== lastNamed && isCounted(reference.field.kinds[0]))
        named.add((lastNamed = target));
    },
    at,
  );
  bindings.set(model, (binding = { unbound, named }));
  return binding;
}
