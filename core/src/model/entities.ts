// What every entity is read from: its id and value in a collection, and the collection
// itself (first definition of an id used, later ones kept as duplicates).
import { CompactNode, CompactTree, Kind, KIND } from '../compactTree';
import type { Collection, Entity } from '../model';
import { escapePointerSegment, type Node } from '../parse';
import { EntityCollection } from './collection';
import { rowsOf, type Anchor, type Rows } from './rows';
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
    if (anchor instanceof CompactNode)
      return anchor.index > 0 ? anchor.compactTree.node(anchor.index - 1) : anchor;
    const node = anchor.rows.node(anchor.index);
    return node.parent?.children?.[0] ?? node;
  }

  /** `/<collection>/<id>`, or under the entity that holds it. */
  abstract get pointer(): string;
}

/** A pointer segment under `base`. */
export function pointerUnder(base: string, id: string): string {
  return `${base}/${escapePointerSegment(id)}`;
}

/** The reader of an entity's value node (an edited one, core/src/incremental/). */
export function readerOf(value: Node): ValueReader {
  const { rows, row } = rowsOf(value);
  return new ValueReader(rows, row);
}

/** Reads an entity of one kind from its id and the reader of its value row (an object). */
export type EntityReader<T extends Entity> = (id: string, reader: ValueReader) => T;

/** The entities of a collection object row (`vpcs`, a VPC's `vSwitches`, …). */
export function collect<T extends Entity>(
  rows: Rows,
  object: number,
  read: EntityReader<T>,
): Collection<T> {
  const byId = new Map<string, T>();
  const duplicates: T[] = [];
  if (object < 0 || rows.kind(object) !== Kind.Object)
    return new EntityCollection(byId, duplicates, []);
  const node = rows.node(object);
  let reader: ValueReader | undefined;
  /** The entities read, in order, until an id comes twice (then undefined). */
  let all: T[] | undefined = [];
  // A compact tree's rows are read directly (no call per row while the code is not yet
  // optimised); its keys are all strings.
  const tree = rows instanceof CompactTree ? rows : undefined;
  // (`!`: rows of the tree, in range of its arrays.)
  const end = tree !== undefined ? tree.ends[object]! : -1;
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
    if (reader) reader.moveTo(value);
    else reader = new ValueReader(rows, value);
    const id = rows.stringAt(key);
    const made = read(id, reader);
    if (all === undefined) {
      if (byId.has(id)) duplicates.push(made);
      else byId.set(id, made);
      continue;
    }
    // One lookup where `has` then `set` were two (a hash lookup per entity of a large
    // topology): a set that does not grow the map replaced an earlier definition, and the
    // map is then made again the slow way from the entities read so far (ids are rarely
    // defined twice).
    all.push(made);
    const size = byId.size;
    byId.set(id, made);
    if (byId.size === size) {
      byId.clear();
      for (const entity of all)
        if (byId.has(entity.id)) duplicates.push(entity);
        else byId.set(entity.id, entity);
      all = undefined;
    }
  }
  // The slots: the entities read when no id came twice, else the map's order.
  return new EntityCollection(byId, duplicates, all ?? [...byId.values()], node);
}
