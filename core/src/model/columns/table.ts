// What the column tables of data sources and tasks share (bench/model-by-column.md). A row of
// a table is a slot of its collection (a first definition, in document order). A reference is
// kept as the slot of the entity it names in that kind's collection, resolved when the row is
// filled: a reference's target depends only on ids and kinds, and an incremental edit changes
// no id (core/src/incremental/replace.ts), so the slots of the other rows stay right.
import { Kind } from '../../compactTree';
import type { Collection, Entity } from '../../model';
import type { ValueReader } from '../values';

/** A reference that is not there (no string at its place). */
export const ABSENT = -1;
/** A reference whose value names no entity of its kind. */
export const UNRESOLVED = -2;

/** The slot the string reference at `row` names in `collection`; `UNRESOLVED`, or `ABSENT`. */
export function targetSlot(
  reader: ValueReader,
  row: number,
  collection: Collection<Entity>,
): number {
  if (!reader.is(row, Kind.String)) return ABSENT;
  const slot = collection.slotOfRow(reader.rows, row);
  return slot < 0 ? UNRESOLVED : slot;
}

/** A copy of `array` with room for `needed` elements (twice as many when it grows). */
export function withRoom<A extends Int32Array | Uint8Array>(array: A, needed: number): A {
  if (needed <= array.length) return array;
  const larger = new (array.constructor as new (length: number) => A)(
    Math.max(needed, array.length * 2),
  );
  larger.set(array);
  return larger;
}
