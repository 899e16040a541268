// The properties an entity kind reads, found in one pass over its object's rows: a lookup
// per name walked the properties once per name, through two calls, for every entity of a
// topology (10 000 data sources, 10 000 tasks in the benchmark's).
import { CompactTree, ESCAPED, KEY_NAMES, Kind, KIND, NAME_SHIFT } from '../compactTree';
import type { Rows } from './rows';

/** The property names one kind of object is read for; a name's index is its field's. */
export class Fields {
  /** The fields of each key length. */
  private readonly byLength: number[][] = [];
  /**
   * The field of each name a key row's kind can say it is (`NAME_SHIFT`), or -1: by the bits
   * above `NAME_SHIFT`, 0 (not said) included.
   */
  private readonly byKeyName: Int8Array;
  /** The value row of each field found by the last scan, or -1: reused by every scan of this set. */
  private readonly found: Int32Array;

  constructor(readonly names: readonly string[]) {
    names.forEach((name, index) => (this.byLength[name.length] ??= []).push(index));
    this.byKeyName = new Int8Array(KEY_NAMES.length + 1).fill(-1);
    KEY_NAMES.forEach((name, index) => (this.byKeyName[index + 1] = names.indexOf(name)));
    this.found = new Int32Array(names.length);
  }

  /** Every field missing (`found` of an object that is not there). */
  none(): Int32Array {
    return this.found.fill(-1);
  }

  /**
   * The value row of each field in an object row (the first property of that name), or -1.
   * The answer is this set's own array, which the next scan overwrites: a reader takes its
   * rows out before it reads anything that scans with the same set (a nested entity).
   */
  scan(rows: Rows, object: number): Int32Array {
    const found = this.none();
    if (!(rows instanceof CompactTree)) {
      for (let field = 0; field < found.length; field++)
        found[field] = rows.propertyValueAt(object, this.names[field]!);
      return found;
    }
    const { kinds, offsets, lengths, ends, text } = rows;
    const names = this.names;
    // (`!`: rows of the tree, in range of its arrays, and fields' indexes, in range of `names`.)
    if ((kinds[object]! & KIND) !== Kind.Object) return found;
    for (
      let property = object + 1, end = ends[object]!;
      property < end;
      property = ends[property]!
    ) {
      const key = property + 1;
      const keyName = kinds[key]! >> NAME_SHIFT;
      let field = -1;
      // A key the parser found among the schema's names says which (most keys of a large
      // topology): no comparison.
      if (keyName !== 0) {
        field = this.byKeyName[keyName]!;
      } else if (kinds[key]! & ESCAPED) {
        field = names.indexOf(rows.stringAt(key));
      } else {
        // Compared in the text, with the names of the key's length only (mostly one): no
        // string per key.
        const candidates = this.byLength[lengths[key]! - 2];
        const start = offsets[key]! + 1;
        if (candidates !== undefined)
          for (let i = 0; i < candidates.length && field < 0; i++)
            if (text.startsWith(names[candidates[i]!]!, start)) field = candidates[i]!;
      }
      if (field >= 0 && found[field]! < 0) found[field] = key + 1;
    }
    return found;
  }
}
