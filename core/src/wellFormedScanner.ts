// How the fast parser (core/src/wellFormedParse.ts) reads the tokens of a well-formed
// document: whitespace and comments, strings (a key compared with the schema's expected
// name as it is read), numbers and literals, each into a row of the compact tree it builds,
// and the ends of objects and arrays. Any character a well-formed document cannot hold
// there throws `GIVE_UP`.
import { ESCAPED, Kind } from './compactTree';
import { CompactTreeBuilder } from './compactTreeBuilder';
import { ESCAPES } from './jsonStrings';
import type { NameList } from './schemaRowsNode';
import { nameIndex } from './schemaRowsWalk';

/** Thrown (never an Error: no stack to capture) to leave the fast path. */
export const GIVE_UP = Symbol('not well-formed');

export const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  LowerF = 102,
  LowerN = 110,
  LowerT = 116,
  OpenBrace = 123,
  CloseBrace = 125,
  Star = 42,
}

/** The line starts of a parse that records none. */
const NO_LINES = new Int32Array(0);

/** What `key` compares a key with when no name is expected. */
const NO_CODES = new Uint16Array(0);
const NO_KEY_NAMES = new Uint8Array(0);

/** The text being read, the position in it, and the rows written so far. */
export abstract class WellFormedScanner {
  protected pos = 0;
  /** Start and end offsets of every comment and trailing comma: what strict JSON lacks. */
  readonly nonJsonSpans: number[] = [];
  protected readonly rows: CompactTreeBuilder;
  /** Whether the string `stringEnd` last read holds an escape sequence. */
  protected escaped = false;
  /**
   * The offset after each line break read so far, in `lineStarts[0 .. lineCount)` (the first
   * 0): line breaks lie only in trivia (one in a string gives up), so a parse that reaches
   * the end of the text has them all, which spares the CLI its own pass (`LineStarts`). Only
   * when asked: otherwise the array is empty, and each store beyond its end does nothing (a
   * typed array's), as for a text of lines too short for its room; `lineCount` then exceeds
   * its length. One store per line, no check and no call: a fresh process parses without
   * inlining (cli/src/start.ts), where a call per line measured up to 1.4 ms more. The
   * server's and the benchmark's parses ask for none.
   */
  protected readonly lineStarts: Int32Array;
  protected lineCount = 1;

  constructor(
    protected readonly text: string,
    withLineStarts: boolean,
  ) {
    this.rows = new CompactTreeBuilder(text);
    // Room for a line per four characters (a formatted topology's lines hold about 20).
    this.lineStarts = withLineStarts ? new Int32Array((text.length >> 2) + 16) : NO_LINES;
  }

  /** Skips whitespace and comments; returns the new position. */
  protected skipTrivia(): number {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    // Never read past the end (NaN): optimised code is thrown away the first time it does.
    while (pos < length) {
      let ch = text.charCodeAt(pos);
      // Indentation, most of a formatted file's trivia: one comparison per space.
      while (ch === Char.Space && ++pos < length) ch = text.charCodeAt(pos);
      if (ch === Char.LineFeed || ch === Char.CarriageReturn) {
        // A line starts after a line feed, and after a carriage return not followed by one.
        pos++;
        if (ch === Char.LineFeed || text.charCodeAt(pos) !== Char.LineFeed)
          this.lineStarts[this.lineCount++] = pos;
      } else if (ch === Char.Tab) {
        pos++;
      } else if (ch === Char.Slash) {
        pos = this.comment(pos);
      } else {
        break;
      }
    }
    this.pos = pos;
    return pos;
  }

  /** Skips the comment that starts at `pos`; returns the position after it. */
  protected comment(start: number): number {
    const text = this.text;
    const length = text.length;
    const next = text.charCodeAt(start + 1);
    let pos = start;
    if (next === Char.Slash) {
      pos += 2;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === Char.LineFeed || c === Char.CarriageReturn) break;
        pos++;
      }
    } else if (next === Char.Star) {
      const close = text.indexOf('*/', pos + 2);
      if (close < 0) throw GIVE_UP;
      for (let at = pos + 2; at < close; at++) {
        const c = text.charCodeAt(at);
        if (
          c === Char.LineFeed ||
          (c === Char.CarriageReturn && text.charCodeAt(at + 1) !== Char.LineFeed)
        )
          this.lineStarts[this.lineCount++] = at + 1;
      }
      pos = close + 2;
    } else {
      throw GIVE_UP;
    }
    this.nonJsonSpans.push(start, pos);
    return pos;
  }

  /**
   * After an entry of an object or array: true at the closing bracket (a trailing comma
   * before it included), false after a comma with another entry to come.
   */
  protected endsAfterEntry(close: Char.CloseBrace | Char.CloseBracket): boolean {
    const text = this.text;
    const after = this.skipTrivia();
    const next = text.charCodeAt(after);
    if (next === close) return true;
    if (next !== Char.Comma) throw GIVE_UP;
    this.pos = after + 1;
    if (text.charCodeAt(this.skipTrivia()) !== close) return false;
    // A trailing comma, as jsonc-parser allows with allowTrailingComma.
    this.nonJsonSpans.push(after, after + 1);
    return true;
  }

  /** Ends the object or array at the closing bracket under `pos`. */
  protected close(row: number): number {
    const rows = this.rows;
    this.pos++;
    rows.lengths[row] = this.pos - rows.offsets[row]!;
    rows.ends[row] = rows.count;
    return row;
  }

  /**
   * Reads the string whose opening quote is at `pos` (a key, or a value that must be one of
   * some strings) into a row; leaves `pos` after it. Returns its index among `known` (-1:
   * not there, or no names), comparing it with the name at `next` as it reads it (a
   * document writes its objects' names in one order, mostly, and repeats an enum's value),
   * and with the others only if it is not that one: a second pass over the string's
   * characters cost as much as reading them.
   */
  protected stringAmong(parent: number, known: NameList | null, next: number): number {
    const text = this.text;
    const quote = this.pos;
    let end = quote + 1;
    let ch = text.charCodeAt(end);
    // The characters of the expected name, from `at` to `limit` (-1: not that name).
    let codes: Uint16Array = NO_CODES;
    let keyNames: Uint8Array = NO_KEY_NAMES;
    let at = 0;
    let limit = -1;
    if (known !== null && next < known.count) {
      codes = known.codes;
      keyNames = known.keyNames;
      at = known.starts[next]!;
      limit = known.starts[next + 1]!;
    }
    // Nearly every character: printable, neither the quote nor a backslash.
    while (ch > Char.Quote && ch !== Char.Backslash) {
      if (at < limit && codes[at] === ch) at++;
      else limit = -1;
      ch = text.charCodeAt(++end);
    }
    let kind: number = Kind.String;
    if (ch !== Char.Quote) {
      end = this.stringEnd(end);
      if (this.escaped) kind = Kind.String | ESCAPED;
      limit = -1;
    }
    this.pos = end + 1;
    const rows = this.rows;
    if (rows.count === rows.kinds.length) rows.grow();
    const row = rows.count++;
    const expected = limit >= 0 && at === limit;
    // (`!`: `next` is in range of `keyNames` whenever `limit` is set.)
    rows.kinds[row] = expected ? kind | keyNames[next]! : kind;
    rows.offsets[row] = quote;
    rows.lengths[row] = end + 1 - quote;
    rows.parents[row] = parent;
    rows.ends[row] = row + 1;
    if (expected) return next;
    if (known === null || known.count === 0) return -1;
    const index = nameIndex(rows, row, known, next + 1);
    if (index >= 0) rows.kinds[row] = kind | known.keyNames[index]!;
    return index;
  }

  /** Reads the string whose opening quote is at `pos` into a row; leaves `pos` after it. */
  protected string(parent: number): number {
    const text = this.text;
    const quote = this.pos;
    let end = quote + 1;
    let ch = text.charCodeAt(end);
    // Nearly every character: printable, neither the quote nor a backslash.
    while (ch > Char.Quote && ch !== Char.Backslash) ch = text.charCodeAt(++end);
    let kind: number = Kind.String;
    if (ch !== Char.Quote) {
      end = this.stringEnd(end);
      if (this.escaped) kind = Kind.String | ESCAPED;
    }
    this.pos = end + 1;
    const rows = this.rows;
    // `rows.add`, written out: a string is every other row.
    if (rows.count === rows.kinds.length) rows.grow();
    const row = rows.count++;
    rows.kinds[row] = kind;
    rows.offsets[row] = quote;
    rows.lengths[row] = end + 1 - quote;
    rows.parents[row] = parent;
    rows.ends[row] = row + 1;
    return row;
  }

  /**
   * The closing quote of a string, from the first character at or after `from` that is not
   * an ordinary one (a space, `!`, the quote, a backslash, a control character); sets
   * `escaped` to whether the rest holds an escape sequence.
   */
  protected stringEnd(from: number): number {
    const text = this.text;
    let pos = from;
    this.escaped = false;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch > Char.Quote && ch !== Char.Backslash) {
        pos++;
        continue;
      }
      if (ch === Char.Quote) return pos;
      if (ch === Char.Backslash) {
        this.escaped = true;
        const escape = text.charCodeAt(pos + 1);
        if (escape === 117 /* u */) {
          for (let i = pos + 2; i < pos + 6; i++)
            if (!isHexDigit(text.charCodeAt(i))) throw GIVE_UP;
          pos += 6;
        } else if (ESCAPES[escape] !== undefined) {
          pos += 2;
        } else {
          throw GIVE_UP;
        }
        continue;
      }
      // Control characters (line breaks included) and the end of the text are errors.
      if (!(ch >= Char.Space)) throw GIVE_UP;
      pos++;
    }
  }

  protected number(parent: number): number {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    if (text.charCodeAt(pos) === Char.Minus) pos++;
    const first = text.charCodeAt(pos);
    if (first === Char.Zero) pos++;
    else if (first > Char.Zero && first <= Char.Nine) pos = this.digits(pos + 1);
    else throw GIVE_UP;
    if (text.charCodeAt(pos) === Char.Dot) {
      const fraction = this.digits(pos + 1);
      if (fraction === pos + 1) throw GIVE_UP;
      pos = fraction;
    }
    const e = text.charCodeAt(pos);
    if (e === Char.LowerE || e === Char.UpperE) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === Char.Plus || sign === Char.Minus) pos++;
      const exponent = this.digits(pos);
      if (exponent === pos) throw GIVE_UP;
      pos = exponent;
    }
    this.pos = pos;
    return this.leaf(Kind.Number, start, pos - start, parent);
  }

  protected digits(from: number): number {
    const text = this.text;
    let pos = from;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch >= Char.Zero && ch <= Char.Nine) pos++;
      else return pos;
    }
  }

  protected literal(parent: number, word: 'true' | 'false' | 'null', kind: Kind): number {
    const start = this.pos;
    if (!this.text.startsWith(word, start)) throw GIVE_UP;
    // `trueish` is one unknown word to jsonc-parser, not `true` followed by garbage; either
    // way the container's next check rejects it, because no comma or bracket follows.
    this.pos = start + word.length;
    return this.leaf(kind, start, word.length, parent);
  }

  protected leaf(kind: Kind, offset: number, length: number, parent: number): number {
    const rows = this.rows;
    const row = rows.add(kind, offset, parent);
    rows.lengths[row] = length;
    rows.ends[row] = row + 1;
    return row;
  }
}

function isHexDigit(ch: number): boolean {
  return (ch >= Char.Zero && ch <= Char.Nine) || (ch >= 65 && ch <= 70) || (ch >= 97 && ch <= 102);
}
