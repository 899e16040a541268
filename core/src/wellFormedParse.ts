// The fast path of parsing, for the document a user has open nearly all the time: one
// without a single syntax error. In one pass over the text it builds a compact tree
// (core/src/compactTree.ts) that reads as exactly the tree jsonc-parser's parseTree builds
// (same node shapes, offsets and values, so every later stage is unchanged), and with it
// the list of repeated property names. jsonc-parser's visitor-based scanner spends most of its time on
// per-token callbacks; this loop reads character codes directly (see docs/performance.md).
// Given the schema's table (core/src/schemaRows.ts), it also checks the document against
// it as it writes the rows (core/src/schemaRowsWalk.ts): each key's name is looked up among
// its object's while its text is at hand, each value checked once written, each object's
// rules once it closes. A plain value, for a document this cannot certify, is left to the
// engine's native JSON.parse on the text with its comments and trailing commas blanked
// out: building it here would cost more than the parse.
//
// It never guesses: at the first thing a well-formed document cannot contain, it gives up
// and the caller parses with jsonc-parser, which recovers from errors and reports them.
// A differential test holds the two parsers to the same trees. Tokens are read by
// core/src/wellFormedScanner.ts; this file puts them together.
import { ESCAPED, KIND, Kind, type CompactTree } from './compactTree';
import { keepUntilReplaced, keptUntilReplaced } from './keepAlive';
import { decodeEscaped } from './jsonStrings';
import type { LineStarts } from './lineIndex';
import type { SchemaNode } from './schemaRowsNode';
import {
  hasSlots,
  objectCloses,
  openSlots,
  resetSlots,
  slots,
  uniqueHolds,
  valueHolds,
} from './schemaRowsWalk';
import { nameHash, NameTable, type KeyNames } from './wellFormedNames';
import { Char, GIVE_UP, WellFormedScanner } from './wellFormedScanner';

export interface WellFormedDocument {
  tree: CompactTree;
  /** Rows of the property nodes whose name already appeared earlier in the same object. */
  repeatedProperties: number[];
  /** Start and end offsets of every comment and trailing comma: what strict JSON lacks. */
  nonJsonSpans: number[];
  /**
   * Whether the document certainly follows the schema it was parsed with, as ajv decides
   * (false: maybe not, or no schema given). Repeated properties are not taken into account.
   */
  schemaValid: boolean;
  /** Every line start of the text, when asked for and there was room for them. */
  lineStarts: LineStarts | undefined;
}

/** Up to this many properties, a repeated name is found by comparing names directly. */
const SMALL_OBJECT = 16;

class WellFormedParser extends WellFormedScanner implements KeyNames {
  readonly repeatedProperties: number[] = [];
  /** Whether what was read so far follows the schema; once not, nothing more is checked. */
  private valid: boolean;

  constructor(
    text: string,
    private readonly maxDepth: number,
    private readonly schema: SchemaNode | null,
    withLineStarts: boolean,
  ) {
    super(text, withLineStarts);
    this.valid = schema !== null;
  }

  document(): WellFormedDocument {
    const schema = this.schema;
    if (
      schema !== null &&
      schema.objectOnly &&
      this.text.charCodeAt(this.skipTrivia()) === Char.OpenBrace
    ) {
      this.object(-1, 1, schema);
    } else {
      const root = this.value(-1, 0);
      if (schema !== null && !valueHolds(this.rows, root, schema)) this.valid = false;
    }
    if (this.skipTrivia() === this.text.length) {
      const { repeatedProperties, nonJsonSpans, valid } = this;
      return {
        tree: this.rows.finish(),
        repeatedProperties,
        nonJsonSpans,
        schemaValid: valid,
        lineStarts:
          this.lineCount <= this.lineStarts.length
            ? { starts: this.lineStarts, count: this.lineCount }
            : undefined,
      };
    }
    throw GIVE_UP;
  }

  /** Reads a value; returns its row. */
  private value(parent: number, depth: number): number {
    const pos = this.skipTrivia();
    const ch = this.text.charCodeAt(pos);
    switch (ch) {
      case Char.OpenBrace:
        return this.object(parent, depth + 1, null);
      case Char.OpenBracket:
        return this.array(parent, depth + 1, null);
      case Char.Quote:
        return this.string(parent);
      case Char.LowerT:
        return this.literal(parent, 'true', Kind.True);
      case Char.LowerF:
        return this.literal(parent, 'false', Kind.False);
      case Char.LowerN:
        return this.literal(parent, 'null', Kind.Null);
      default:
        if (ch === Char.Minus || (ch >= Char.Zero && ch <= Char.Nine)) return this.number(parent);
        throw GIVE_UP;
    }
  }

  /** Reads an object; with `schema` (an `objectOnly` node), checks it against it. */
  private object(parent: number, depth: number, schema: SchemaNode | null): number {
    if (depth > this.maxDepth) throw GIVE_UP;
    const text = this.text;
    const rows = this.rows;
    const object = rows.add(Kind.Object, this.pos, parent);
    this.pos++;
    let pos = this.skipTrivia();
    let properties = 0;
    // Names seen so far, once the object is too big to compare them one by one.
    let names: NameTable | undefined;
    // The schema's names (none: not checked), a bit per name found, and the index of the
    // last name found (-1: none yet), whose successor in the last such object is expected next.
    const known = schema !== null ? schema.names : null;
    let seen = 0;
    let previous = -1;
    const base = schema !== null ? openSlots(schema) : 0;
    const withSlots = schema !== null && hasSlots(schema);
    if (text.charCodeAt(pos) !== Char.CloseBrace) {
      for (;;) {
        if (text.charCodeAt(pos) !== Char.Quote) throw GIVE_UP;
        if (rows.count === rows.kinds.length) rows.grow();
        const property = rows.count++;
        rows.kinds[property] = Kind.Property;
        rows.offsets[property] = pos;
        rows.parents[property] = object;
        const key = property + 1;
        const expected = known !== null ? known.after[previous + 1]! : 0;
        const index = this.stringAmong(property, known, expected);
        // The schema of the value (null: not checked).
        let node: SchemaNode | null = null;
        if (known !== null && schema !== null) {
          if (index >= 0) {
            if (index !== expected) known.after[previous + 1] = index;
            previous = index;
            if (withSlots) slots[base + index] = property + 2;
            if (this.valid) node = schema.properties[index]!;
          } else if (this.valid) {
            node = schema.additional;
          }
        }
        // What a formatted document holds, read here without a call: the colon right after
        // the key, spaces before the value, a string value.
        let at = this.pos;
        let ch = text.charCodeAt(at);
        if (ch !== Char.Colon) {
          this.pos = at;
          at = this.skipTrivia();
          if (text.charCodeAt(at) !== Char.Colon) throw GIVE_UP;
        }
        ch = text.charCodeAt(++at);
        while (ch === Char.Space) ch = text.charCodeAt(++at);
        if (ch === Char.Quote) {
          this.pos = at;
          const strings = node !== null ? node.strings : null;
          if (strings !== null) {
            if (this.stringAmong(property, strings, strings.last) < 0) this.valid = false;
          } else {
            const value = this.string(property);
            if (
              node !== null &&
              !(node.kindOnly ? node.types & (1 << Kind.String) : valueHolds(rows, value, node))
            )
              this.valid = false;
          }
        } else if (ch === Char.OpenBrace && node !== null && node.objectOnly) {
          this.pos = at;
          this.object(property, depth + 1, node);
        } else if (ch === Char.OpenBracket && node !== null && node.arrayOnly) {
          this.pos = at;
          this.array(property, depth + 1, node);
        } else {
          this.pos = at;
          this.otherValue(property, depth, node);
        }
        rows.lengths[property] = this.pos - pos;
        rows.ends[property] = rows.count;
        let repeated: boolean;
        if (index >= 0) {
          // A name the schema knows: repeated when its bit is set (an unknown name is none of these).
          repeated = (seen & (1 << index)) !== 0;
          seen |= 1 << index;
        } else if (names) {
          repeated = names.add(key);
        } else if (properties < SMALL_OBJECT) {
          repeated = this.repeatsEarlier(object, key);
        } else {
          names = this.namesOf(object, property);
          repeated = names.add(key);
        }
        if (repeated) this.repeatedProperties.push(property);
        properties++;
        at = this.pos;
        if (text.charCodeAt(at) === Char.Comma) {
          // A comma right after the value, then a line break and indentation, then the next
          // key (or a trailing comma).
          pos = at + 1;
          ch = text.charCodeAt(pos);
          // (Any other trivia, a carriage return included, is left to `skipTrivia`.)
          if (ch === Char.LineFeed) {
            this.lineStarts[this.lineCount++] = ++pos;
            ch = text.charCodeAt(pos);
          }
          while (ch === Char.Space) ch = text.charCodeAt(++pos);
          this.pos = pos;
          if (ch === Char.Quote) continue;
          pos = this.skipTrivia();
          if (text.charCodeAt(pos) !== Char.CloseBrace) continue;
          this.nonJsonSpans.push(at, at + 1);
          break;
        }
        if (this.endsAfterEntry(Char.CloseBrace)) break;
        pos = this.pos;
      }
    }
    this.close(object);
    // Always asked, to release the object's slots.
    if (schema !== null && !objectCloses(rows, schema, base, seen)) this.valid = false;
    return object;
  }

  /**
   * Reads a property's value that is not a string, nor an object or array checked as it is
   * read, and checks it against `node` once its rows are written. Apart from `object`, as
   * are the other rare paths: V8 took twice as long to compile it with them, and a cold
   * process parsed unoptimised meanwhile.
   */
  private otherValue(property: number, depth: number, node: SchemaNode | null): void {
    const value =
      this.text.charCodeAt(this.pos) === Char.OpenBrace
        ? this.object(property, depth + 1, null)
        : this.value(property, depth);
    if (node !== null && !valueHolds(this.rows, value, node)) this.valid = false;
  }

  /** The table of the names of the large object at `object` so far, up to `property`. */
  private namesOf(object: number, property: number): NameTable {
    const rows = this.rows;
    const names = keptUntilReplaced('nameTable', new NameTable(this, rows, this.text));
    for (let earlier = object + 1; earlier < property; earlier = rows.ends[earlier]!)
      names.add(earlier + 1);
    return names;
  }

  /**
   * Whether a key row of an object repeats the name of an earlier property, compared one by
   * one (a small object). Apart from `object`, whose function V8 optimises later the longer it is.
   */
  private repeatsEarlier(object: number, key: number): boolean {
    const { kinds, lengths, ends } = this.rows;
    // Names of different lengths differ, unless one holds an escape sequence.
    const keyLength = kinds[key]! & ESCAPED ? -1 : lengths[key]!;
    for (let earlier = object + 1; earlier < key - 1; earlier = ends[earlier]!) {
      const other = earlier + 1;
      if (
        (lengths[other] === keyLength || keyLength < 0 || kinds[other]! & ESCAPED) &&
        this.sameName(other, key)
      )
        return true;
    }
    return false;
  }

  /** The name a key row holds. */
  name(key: number): string {
    const rows = this.rows;
    const start = rows.offsets[key]! + 1;
    const end = start + rows.lengths[key]! - 2;
    return rows.kinds[key]! & ESCAPED
      ? decodeEscaped(this.text, start, end)
      : this.text.slice(start, end);
  }

  /** Whether two key rows hold the same name, compared in the text where neither is escaped. */
  sameName(a: number, b: number): boolean {
    const rows = this.rows;
    if ((rows.kinds[a]! | rows.kinds[b]!) & ESCAPED) return this.name(a) === this.name(b);
    const length = rows.lengths[a]!;
    if (length !== rows.lengths[b]) return false;
    const text = this.text;
    const from = rows.offsets[a]!;
    const to = rows.offsets[b]!;
    for (let i = 1; i < length - 1; i++)
      if (text.charCodeAt(from + i) !== text.charCodeAt(to + i)) return false;
    return true;
  }

  /** A hash of the name a key row holds (escaped: `NameTable` hashes the others in place). */
  nameHash(key: number): number {
    return nameHash(this.name(key));
  }

  /** Reads an array; with `schema` (an `arrayOnly` node), checks it against it. */
  private array(parent: number, depth: number, schema: SchemaNode | null): number {
    if (depth > this.maxDepth) throw GIVE_UP;
    const rows = this.rows;
    const array = rows.add(Kind.Array, this.pos, parent);
    this.pos++;
    const items = schema !== null ? schema.items : null;
    if (this.text.charCodeAt(this.skipTrivia()) !== Char.CloseBracket) {
      do {
        if (items === null || !this.valid) {
          this.value(array, depth);
        } else if (items.objectOnly && this.text.charCodeAt(this.pos) === Char.OpenBrace) {
          this.object(array, depth + 1, items);
        } else {
          const item = this.value(array, depth);
          if (
            !(items.kindOnly
              ? items.types & (1 << (rows.kinds[item]! & KIND))
              : valueHolds(rows, item, items))
          )
            this.valid = false;
        }
      } while (!this.endsAfterEntry(Char.CloseBracket));
    }
    this.close(array);
    if (schema !== null && schema.unique && this.valid && !uniqueHolds(rows, array))
      this.valid = false;
    return array;
  }
}

/**
 * The tree, text spans and repeated properties of a document without syntax errors whose
 * nesting stays within `maxDepth` brackets, checked against `schema` when given (see
 * `schemaValid`), and with `withLineStarts` its line starts; `undefined` for any other document.
 */
export function parseWellFormed(
  text: string,
  maxDepth: number,
  schema: SchemaNode | null = null,
  withLineStarts = false,
): WellFormedDocument | undefined {
  try {
    // Left by a parse that gave up in an object being checked.
    resetSlots();
    const parser = new WellFormedParser(text, maxDepth, schema, withLineStarts);
    keepUntilReplaced('parser', parser);
    return parser.document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    // A stack overflow cannot happen within maxDepth, but if the engine disagrees, the
    // error-tolerant parser (behind its own nesting guard) still gets the document.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
