// The builder of a compact tree (core/src/compactTree.ts): the rows a parse adds, in typed
// arrays that double when full, trimmed to a tree at the end. The schema's walk reads its
// complete rows while the parse goes on (core/src/schemaRowsWalk.ts).
import { CompactTree, ESCAPED } from './compactTree';
import { decodeEscaped } from './jsonStrings';

/** Rows are added while parsing (by `add`, or the parser itself after `grow` when full). */
export class CompactTreeBuilder {
  count = 0;
  kinds: Uint8Array;
  offsets: Int32Array;
  lengths: Int32Array;
  parents: Int32Array;
  ends: Int32Array;

  constructor(
    /** The text the rows' offsets point into. */
    readonly text: string,
    /** Room for this many rows at first; by default about what a formatted topology needs. */
    capacity = Math.max(16, Math.floor(text.length / 9)),
  ) {
    // About one node per ten characters in a formatted topology (9.9 in the benchmark's).
    this.kinds = new Uint8Array(capacity);
    this.offsets = new Int32Array(capacity);
    this.lengths = new Int32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** The rows of a finished tree, to read as a builder's (the schema's walk of a whole tree). */
  static over(tree: CompactTree): CompactTreeBuilder {
    const rows = new CompactTreeBuilder(tree.text, 0);
    rows.kinds = tree.kinds;
    rows.offsets = tree.offsets;
    rows.lengths = tree.lengths;
    rows.parents = tree.parents;
    rows.ends = tree.ends;
    rows.count = tree.count;
    return rows;
  }

  /** The string a complete string row holds (a key's name, or a value). */
  stringAt(row: number): string {
    const start = this.offsets[row]! + 1;
    const end = start + this.lengths[row]! - 2;
    return this.kinds[row]! & ESCAPED
      ? decodeEscaped(this.text, start, end)
      : this.text.slice(start, end);
  }

  /** A new row; its length and end are set when the node is complete. */
  add(kind: number, offset: number, parent: number): number {
    if (this.count === this.kinds.length) this.grow();
    const index = this.count++;
    this.kinds[index] = kind;
    this.offsets[index] = offset;
    this.parents[index] = parent;
    return index;
  }

  grow(): void {
    const capacity = this.kinds.length * 2;
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds);
    this.kinds = kinds;
    this.offsets = grown(this.offsets, capacity);
    this.lengths = grown(this.lengths, capacity);
    this.parents = grown(this.parents, capacity);
    this.ends = grown(this.ends, capacity);
  }

  finish(): CompactTree {
    const count = this.count;
    // Nearly full arrays are kept as they are (a view of their first rows): copying 8 MB
    // of rows cost a tenth of parsing the benchmark's file. Emptier ones are copied, so
    // that no tree keeps much unused room.
    const keep = count >= this.kinds.length - (this.kinds.length >> 3);
    const rows = <T extends Uint8Array | Int32Array>(array: T): T =>
      (keep ? array.subarray(0, count) : array.slice(0, count)) as T;
    return new CompactTree(
      this.text,
      rows(this.kinds),
      rows(this.offsets),
      rows(this.lengths),
      rows(this.parents),
      rows(this.ends),
    );
  }
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const result = new Int32Array(capacity);
  result.set(array);
  return result;
}
