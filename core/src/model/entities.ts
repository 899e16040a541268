// What every entity is read from: its id and value in a collection, and the collection
// itself (first definition of an id used, later ones kept as duplicates).
import { CompactNode, CompactTree, Kind, KIND } from '../compactTree';
import type { Entity } from '../model';
import { escapePointerSegment, type Node } from '../parse';
import { EntityCollection, type LazyEntities } from './collection';
import { anchorOf, rowsOf, type Anchor, type Rows } from './rows';
import { SlotIndex } from './slotIndex';
import { nodeAt, ValueReader } from './values';

/**
 * What identifies an entity. Its key node and its pointer are worked out when asked (a
 * finding asks): stored, they were a node view and a string per entity. Each kind is a class
 * whose constructor sets every field, so that entities of a kind share one shape.
 */
export abstract class ModelEntity implements Entity {
  // No constructor, as for `Placed` (model/values.ts): each kind's sets these.
  abstract readonly id: string;
  /** Where its value is: see model/rows.ts. */
  protected abstract readonly anchor: Anchor;

  /** The node at a row of the entity (`NO_ROW`: none). */
  protected nodeAt(offset: number): Node | undefined {
    return nodeAt(this.anchor, offset);
  }

  /** Its value node: a compact tree's is its anchor, the same view whatever edits move it. */
  get node(): Node {
    const anchor = this.anchor;
    return anchor instanceof CompactNode ? anchor : anchor.rows.node(anchor.index);
  }

  /** The key string node of the entity in its collection. */
  get keyNode(): Node {
    const anchor = this.anchor;
    // A compact tree's key row is just before its value's; jsonc-parser's key is a child of the property.
    // (Row 0 only in the copy an edit leaves the replaced entity's rows in: no key there.)
    return anchor instanceof CompactNode ? keyOfCompact(anchor) : keyOfParsed(anchor);
  }

  /** `/<collection>/<id>`, or under the entity that holds it. */
  abstract get pointer(): string;
}

function keyOfCompact(anchor: CompactNode): Node {
  return anchor.index > 0 ? anchor.compactTree.node(anchor.index - 1) : anchor;
}

function keyOfParsed(anchor: Anchor): Node {
  const node = anchor.rows.node(anchor.index);
  return node.parent?.children?.[0] ?? node;
}

/** A pointer segment under `base`. */
export function pointerUnder(base: string, id: string): string {
  // A join: one flat string, where a template is a rope of two nodes that a finding keeps.
  return [base, escapePointerSegment(id)].join('/');
}

/** The reader of an entity's value node (an edited one, core/src/incremental/). */
export function readerOf(value: Node): ValueReader {
  const { rows, row } = rowsOf(value);
  return new ValueReader(rows, row);
}

/** Reads an entity of one kind from its id and the reader of its value row (an object). */
export type EntityReader<T extends Entity> = (id: string, reader: ValueReader) => T;

/** The first definitions of a collection object row (slots) and the later ones. */
export class CollectedSlots {
  constructor(
    readonly index: SlotIndex,
    /** Slot → its value row (an object), as the tree is when collected. */
    readonly valueRows: Int32Array,
    /** The key and value rows of each later definition of an id, in document order. */
    readonly duplicateRows: number[],
    /** The collection object's node, when it is an object. */
    readonly node: Node | undefined,
  ) {}
}

const NO_SLOTS = new CollectedSlots(new SlotIndex(0).finish(), new Int32Array(0), [], undefined);

/** The slots of a collection object row (`vpcs`, `dataSources`, …): entities whose value is an object. */
export function collectSlots(rows: Rows, object: number): CollectedSlots {
  if (object < 0 || rows.kind(object) !== Kind.Object) return NO_SLOTS;
  // Before the loop: read after it, this site had no feedback yet when V8 optimised the loop,
  // and every call left the optimised code again here (hundreds of times in a check).
  const node = rows.node(object);
  // A compact tree's rows are read directly (no call per row while the code is not yet
  // optimised); its keys are all strings.
  const tree = rows instanceof CompactTree ? rows : undefined;
  // (`!`: rows of the tree, in range of its arrays.)
  const end = tree !== undefined ? tree.ends[object]! : -1;
  // Everything is made at its final size (the properties are counted first): nothing grown
  // and left behind in the young generation.
  const properties =
    tree !== undefined ? propertiesOf(tree, object, end) : childrenOf(rows, object);
  const index = new SlotIndex(properties);
  const valueRows = new Int32Array(properties);
  const duplicateRows: number[] = [];
  let slots = 0;
  for (
    let property = rows.firstChild(object);
    property >= 0 && (tree === undefined || property < end);
    property = tree !== undefined ? tree.ends[property]! : rows.nextSibling(property)
  ) {
    const key = property + 1;
    const value = property + 2;
    // An entity that is not an object is a schema error; it defines nothing.
    if (tree !== undefined) {
      if ((tree.kinds[value]! & KIND) !== Kind.Object) continue;
    } else if (rows.kind(key) !== Kind.String || rows.kind(value) !== Kind.Object) continue;
    if (index.addFirst(rows.stringAt(key)) >= 0) duplicateRows.push(key, value);
    else valueRows[slots++] = value;
  }
  // (A class, not a literal: the literal's site, after the loop, sent V8's optimised loop
  // back to the interpreter at every call.)
  return new CollectedSlots(index.finish(), valueRows, duplicateRows, node);
}

/** How many properties a compact tree's object row has (each property's rows jumped). */
function propertiesOf(tree: CompactTree, object: number, end: number): number {
  const { ends } = tree;
  let count = 0;
  // (`!`: rows of the tree.)
  for (let property = object + 1; property < end; property = ends[property]!) count++;
  return count;
}

/** How many children an object row has. */
function childrenOf(rows: Rows, object: number): number {
  let count = 0;
  for (let child = rows.firstChild(object); child >= 0; child = rows.nextSibling(child)) count++;
  return count;
}

/**
 * The entities of a collection object row read straight into a map (a VPC's vSwitches and
 * NAT gateways: a few per VPC, looked up by id, never by slot), the later definitions of an
 * id, read after them, appended to `duplicates`: the entities a collection (`collect`) would
 * give, by id, without a collection, its index and a map of it made for each (about 0.5 MB of a 500-VPC check).
 */
export function collectMap<T extends Entity>(
  rows: Rows,
  object: number,
  read: EntityReader<T>,
  duplicates: { push(entity: NoInfer<T>): number },
): Map<string, T> {
  const map = new Map<string, T>();
  if (object < 0 || rows.kind(object) !== Kind.Object) return map;
  let reader: ValueReader | undefined;
  /** The key and value rows of each later definition of an id (rare: made when one comes). */
  let duplicateRows: number[] | undefined;
  for (
    let property = rows.firstChild(object);
    property >= 0;
    property = rows.nextSibling(property)
  ) {
    const key = property + 1;
    const value = property + 2;
    // As `collectSlots`: an entity that is not an object defines nothing.
    if (rows.kind(key) !== Kind.String || rows.kind(value) !== Kind.Object) continue;
    const id = rows.stringAt(key);
    if (map.has(id)) {
      (duplicateRows ??= []).push(key, value);
      continue;
    }
    if (reader) reader.moveTo(value);
    else reader = new ValueReader(rows, value);
    map.set(id, read(id, reader));
  }
  if (duplicateRows !== undefined)
    for (let i = 0; i < duplicateRows.length; i += 2) {
      // (`!`: in range, by pairs.)
      const reader = new ValueReader(rows, duplicateRows[i + 1]!);
      duplicates.push(read(rows.stringAt(duplicateRows[i]!), reader));
    }
  return map;
}

/** The later definitions of a collection's ids, read. */
export function readDuplicates<T extends Entity>(
  rows: Rows,
  collected: CollectedSlots,
  read: EntityReader<T>,
): T[] {
  const { duplicateRows } = collected;
  const duplicates = new Array<T>(duplicateRows.length / 2);
  for (let i = 0; i < duplicateRows.length; i += 2) {
    // (`!`: in range, by pairs.)
    const reader = new ValueReader(rows, duplicateRows[i + 1]!);
    duplicates[i / 2] = read(rows.stringAt(duplicateRows[i]!), reader);
  }
  return duplicates;
}

/** The entities of a collection object row (`vpcs`, a VPC's `vSwitches`, …), every one read. */
export function collect<T extends Entity>(
  rows: Rows,
  object: number,
  read: EntityReader<T>,
): EntityCollection<T> {
  return readCollection(rows, collectSlots(rows, object), read);
}

/** The collection of slots collected, every entity read. */
export function readCollection<T extends Entity>(
  rows: Rows,
  collected: CollectedSlots,
  read: EntityReader<T>,
): EntityCollection<T> {
  const { index, valueRows } = collected;
  const made = new Array<T>(index.ids.length);
  const byId = new Map<string, T>();
  let reader: ValueReader | undefined;
  for (let slot = 0; slot < made.length; slot++) {
    // (`!`: slots in range.)
    const row = valueRows[slot]!;
    if (reader) reader.moveTo(row);
    else reader = new ValueReader(rows, row);
    const id = index.ids[slot]!;
    const entity = read(id, reader);
    made[slot] = entity;
    byId.set(id, entity);
  }
  const duplicates = readDuplicates(rows, collected, read);
  return new EntityCollection(index, made, undefined, duplicates, collected.node, byId);
}

/**
 * The collection of slots collected, each entity read when first asked for (data sources and
 * tasks: model/columns/ holds what a check reads of every one). An entity is read from its
 * value as the tree is then: each slot keeps a node view of its value, which follows edits
 * (compactTree.ts `replaceValue`) as the entity's own anchor would.
 */
export function lazyCollection<T extends Entity>(
  rows: Rows,
  collected: CollectedSlots,
  read: EntityReader<T>,
): EntityCollection<T> {
  const { index, valueRows } = collected;
  const count = index.ids.length;
  return new EntityCollection(
    index,
    new Array<T>(count),
    new SlotReader(rows, valueRows, index, read),
    readDuplicates(rows, collected, read),
    collected.node,
  );
}

/**
 * Reads the entity of a slot from its value row. The rows are numbers (those of the tree
 * when collected) until the tree is first edited, and node views from then on, which edits
 * move: no view per entity of a topology that is never edited (a check's).
 */
class SlotReader<T extends Entity> implements LazyEntities<T> {
  private reader: ValueReader | undefined;
  private anchors: Anchor[] | undefined;

  constructor(
    private readonly rows: Rows,
    private readonly valueRows: Int32Array,
    private readonly index: SlotIndex,
    private readonly read: EntityReader<T>,
  ) {
    this.reader = undefined;
    this.anchors = undefined;
  }

  entity(slot: number): T {
    // (`!`: slots in range.)
    const row = this.anchors ? this.anchors[slot]!.index : this.valueRows[slot]!;
    let reader = this.reader;
    if (reader) reader.moveTo(row);
    else this.reader = reader = new ValueReader(this.rows, row);
    return this.read(this.index.ids[slot]!, reader);
  }

  keyNode(slot: number): Node {
    // As `ModelEntity.keyNode` reads it from the anchor the entity would have.
    const anchor = this.anchors?.[slot];
    if (anchor) return anchor instanceof CompactNode ? keyOfCompact(anchor) : keyOfParsed(anchor);
    // (`!`: slots in range.)
    const row = this.valueRows[slot]!;
    const rows = this.rows;
    if (rows instanceof CompactTree) return rows.node(row > 0 ? row - 1 : row);
    return keyOfParsed({ index: row, rows });
  }

  node(slot: number): Node {
    // As `ModelEntity.node` reads it from the anchor the entity would have.
    const anchor = this.anchors?.[slot];
    if (anchor) return anchor instanceof CompactNode ? anchor : anchor.rows.node(anchor.index);
    // (`!`: slots in range.)
    return this.rows.node(this.valueRows[slot]!);
  }

  followEdits(): void {
    if (this.anchors) return;
    const anchors = new Array<Anchor>(this.index.ids.length);
    for (let slot = 0; slot < anchors.length; slot++)
      anchors[slot] = anchorOf(this.rows, this.valueRows[slot]!);
    this.anchors = anchors;
  }
}
