// A collection of entities of one kind: the first definition of each id, by id and by slot
// (its place among the first definitions, in document order: the order of `byId`), and the
// later definitions as duplicates. Rules and the analysis loop over slots (`at(i)`, `count`):
// no iterator or callback per entity in code not yet optimised, and a slot is what the column
// tables of data sources and tasks are indexed by (model/columns/, bench/model-by-column.md).
//
// A slot's entity may be made only when first asked for (`made` is then filled as asked):
// data sources and tasks are read into columns, and their objects are made for what a finding,
// a hover or a fix names. The cache is shared by every model an edit derives from this one
// (`withReplaced`), so that a slot gives the same object in each (the incremental analysis
// compares entities by identity); the model an edit replaced a slot in keeps its own object
// for that slot (`own`).
import { CompactTree, ESCAPED } from '../compactTree';
import type { Collection, Entity } from '../model';
import type { Node } from '../parse';
import type { Rows } from './rows';
import { SlotIndex } from './slotIndex';

/** `ReadonlyMap` over a collection's slots, in slot order, making entities as it hands them out. */
class EntityMap<T extends Entity> implements ReadonlyMap<string, T> {
  constructor(private readonly collection: EntityCollection<T>) {}

  get size(): number {
    return this.collection.count;
  }

  get(id: string): T | undefined {
    const slot = this.collection.slotOf(id);
    return slot < 0 ? undefined : this.collection.at(slot);
  }

  has(id: string): boolean {
    return this.collection.slotOf(id) >= 0;
  }

  forEach(visit: (value: T, key: string, map: ReadonlyMap<string, T>) => void): void {
    const { collection } = this;
    for (let slot = 0; slot < collection.count; slot++)
      visit(collection.at(slot), collection.idAt(slot), this);
  }

  *entries(): MapIterator<[string, T]> {
    const { collection } = this;
    for (let slot = 0; slot < collection.count; slot++)
      yield [collection.idAt(slot), collection.at(slot)];
  }

  *keys(): MapIterator<string> {
    const { collection } = this;
    for (let slot = 0; slot < collection.count; slot++) yield collection.idAt(slot);
  }

  *values(): MapIterator<T> {
    const { collection } = this;
    for (let slot = 0; slot < collection.count; slot++) yield collection.at(slot);
  }

  [Symbol.iterator](): MapIterator<[string, T]> {
    return this.entries();
  }
}

/** How a collection makes a slot's entity when first asked for. */
export interface LazyEntities<T extends Entity> {
  entity(slot: number): T;
  /** The key node the slot's entity would have (`Entity.keyNode`), without making it. */
  keyNode(slot: number): Node;
  /** The value node the slot's entity would have (`Entity.node`), without making it. */
  node(slot: number): Node;
  /**
   * Called before the tree the entities are read from is edited: the slots' rows, numbers
   * until then, become node views, which an edit moves (core/src/incremental/index.ts).
   */
  followEdits(): void;
}

export class EntityCollection<T extends Entity> implements Collection<T> {
  readonly byId: ReadonlyMap<string, T>;
  node: Node | undefined;
  /** Slots whose entity in this model is not the shared cache's (`withReplaced`). */
  private own: Map<number, T> | undefined;

  constructor(
    private readonly index: SlotIndex,
    /** Slot → entity once made: shared by the models an edit derives from this one. */
    private readonly made: (T | undefined)[],
    /** Makes a slot's entity (every slot is made already when absent). */
    private readonly make: LazyEntities<T> | undefined,
    readonly duplicates: T[],
    node?: Node,
    /** The entities by id, when every one is made (a map of its own: looked up often). */
    byId?: Map<string, T>,
  ) {
    this.byId = byId ?? new EntityMap(this);
    this.node = node;
    this.own = undefined;
  }

  /** Before the tree is edited: see `LazyEntities.followEdits`. */
  followEdits(): void {
    this.make?.followEdits();
  }

  get count(): number {
    return this.index.ids.length;
  }

  /** The entity of a slot (0 ≤ slot < count). */
  at(slot: number): T {
    const own = this.own?.get(slot);
    if (own !== undefined) return own;
    const made = this.made[slot];
    if (made !== undefined) return made;
    // (The cast: every slot is made when there is no `make`.)
    const entity = (this.make as LazyEntities<T>).entity(slot);
    this.made[slot] = entity;
    return entity;
  }

  /** How many slots' entities are made (a test's measure of what a check reads). */
  madeCount(): number {
    let count = 0;
    for (let slot = 0; slot < this.made.length; slot++) if (this.made[slot] !== undefined) count++;
    return count;
  }

  /** The id of a slot, without making its entity. */
  idAt(slot: number): string {
    return this.index.ids[slot] as string;
  }

  get ids(): readonly string[] {
    return this.index.ids;
  }

  /**
   * The key node of a slot's entity, read from the rows when the entity is not made: a
   * finding's related location needs only this, the id and the pointer.
   */
  keyNodeAt(slot: number): Node {
    const entity = this.own?.get(slot) ?? this.made[slot];
    if (entity !== undefined || !this.make) return this.at(slot).keyNode;
    return this.make.keyNode(slot);
  }

  /** The value node of a slot's entity, read from the rows when the entity is not made. */
  nodeAt(slot: number): Node {
    const entity = this.own?.get(slot) ?? this.made[slot];
    if (entity !== undefined || !this.make) return this.at(slot).node;
    return this.make.node(slot);
  }

  /** The slot of an id, -1 when no entity has it. */
  slotOf(id: string): number {
    return this.index.slotOf(id);
  }

  /**
   * The slot of the id a string row holds, -1 when none: a compact tree's row is read in the
   * text, unless escaped, without making the string (a reference of the model's columns:
   * about 20 000 strings of a 10 000 data source check).
   */
  slotOfRow(rows: Rows, row: number): number {
    if (rows instanceof CompactTree) {
      // (`!`: a row of the tree.)
      if ((rows.kinds[row]! & ESCAPED) === 0)
        return this.index.slotOfText(rows.text, rows.offsets[row]! + 1, rows.lengths[row]! - 2);
    }
    return this.index.slotOf(rows.stringAt(row));
  }

  /**
   * This collection with the entity of a slot replaced (an edit's model, which shares every
   * other slot's entity). This collection keeps answering its own entity for that slot:
   * `previous`, made before the edit changed the tree (core/src/incremental/index.ts).
   */
  withReplaced(slot: number, previous: T, replacement: T): Collection<T> {
    (this.own ??= new Map()).set(slot, previous);
    this.made[slot] = replacement;
    const byId =
      this.byId instanceof Map ? new Map(this.byId).set(replacement.id, replacement) : undefined;
    return new EntityCollection(this.index, this.made, this.make, this.duplicates, this.node, byId);
  }
}

/** A collection of these entities (first definitions, in order), without duplicates. */
export function collectionOf<T extends Entity>(entities: readonly T[]): EntityCollection<T> {
  return new EntityCollection(
    SlotIndex.ofIds(entities.map((entity) => entity.id)),
    [...entities],
    undefined,
    [],
    undefined,
    new Map(entities.map((entity) => [entity.id, entity])),
  );
}
