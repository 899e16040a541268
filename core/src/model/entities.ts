// What every entity is read from: the header of its key and value in a collection, and
// the collection itself (first definition of an id used, later ones kept as duplicates).
import type { Collection, Entity } from '../model';
import { eachProperty, escapePointerSegment, type Node } from '../parse';

/** Reads an entity of one kind from its header and its value. */
export type EntityReader<T extends Entity> = (header: Entity, value: Node) => T;

/**
 * The header of the entity at `key`/`value` in the collection at `base`: the one place
 * an entity's id, key, value node and pointer are read.
 */
export function readHeader(key: Node, value: Node, base: string): Entity | undefined {
  const id: unknown = key.value;
  // An entity that is not an object is a schema error; it defines nothing.
  if (typeof id !== 'string' || value.type !== 'object') return undefined;
  return { id, keyNode: key, node: value, pointer: `${base}/${escapePointerSegment(id)}` };
}

/**
 * An entity: its header with its kind's fields added. The header object is fresh, made
 * for this entity by `readHeader` (or by incremental.ts), so it is extended in place:
 * V8 adds the fields in one fixed order per kind, where a spread from a base object takes
 * a slow generic path (it made building a large model several times slower, see
 * docs/performance.md).
 */
export function entity<F extends object>(header: Entity, fields: F): Entity & F {
  return Object.assign(header, fields);
}

/** The entities of a collection object node (`vpcs`, a VPC's `vSwitches`, …). */
export function collect<T extends Entity>(
  node: Node | undefined,
  base: string,
  read: EntityReader<T>,
): Collection<T> {
  const collection: Collection<T> = { byId: new Map(), duplicates: [] };
  if (node?.type !== 'object') return collection;
  collection.node = node;
  eachProperty(node, (key, value) => {
    const header = readHeader(key, value, base);
    if (header === undefined) return;
    const made = read(header, value);
    if (collection.byId.has(header.id)) collection.duplicates.push(made);
    else collection.byId.set(header.id, made);
  });
  return collection;
}
