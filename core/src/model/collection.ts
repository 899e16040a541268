// A collection of entities of one kind: the first definition of each id, by id and by slot
// (its place among the first definitions, in document order: the order of `byId`), and the
// later definitions as duplicates. Rules and the analysis loop over slots (`at(i)`, `count`)
// rather than over the map: no iterator or callback per entity in code not yet optimised, and
// a slot is what a column of the model will be indexed by (bench/model-by-column.md).
import type { Collection, Entity } from '../model';
import type { Node } from '../parse';

export class EntityCollection<T extends Entity> implements Collection<T> {
  node: Node | undefined;
  /** id → slot, made when first asked (incremental analysis, not a check). */
  private slots: Map<string, number> | undefined;

  constructor(
    readonly byId: Map<string, T>,
    readonly duplicates: T[],
    /** The first definitions in the order of `byId`: slot i is `list[i]`. */
    private readonly list: readonly T[],
    node?: Node,
  ) {
    this.node = node;
  }

  get count(): number {
    return this.list.length;
  }

  /** The entity of a slot (0 ≤ slot < count). */
  at(slot: number): T {
    return this.list[slot] as T;
  }

  /** The slot of an id, -1 when no entity has it. */
  slotOf(id: string): number {
    let slots = this.slots;
    if (!slots) {
      slots = new Map();
      for (let i = 0; i < this.list.length; i++) slots.set((this.list[i] as T).id, i);
      this.slots = slots;
    }
    return slots.get(id) ?? -1;
  }
}

/** The collection with the entity of `replacement.id` replaced, in its slot (an edit's model). */
export function withReplaced<T extends Entity>(
  collection: Collection<T>,
  replacement: T,
): Collection<T> {
  const list = new Array<T>(collection.count);
  for (let i = 0; i < list.length; i++) list[i] = collection.at(i);
  list[collection.slotOf(replacement.id)] = replacement;
  const byId = new Map(collection.byId).set(replacement.id, replacement);
  return new EntityCollection(byId, collection.duplicates, list, collection.node);
}

/** A collection of these entities (first definitions, in order), without duplicates. */
export function collectionOf<T extends Entity>(entities: readonly T[]): EntityCollection<T> {
  const byId = new Map<string, T>();
  for (const entity of entities) byId.set(entity.id, entity);
  return new EntityCollection(byId, [], [...byId.values()]);
}
