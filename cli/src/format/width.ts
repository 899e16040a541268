// Columns as a terminal shows them (SPEC §6). Text output counts `line:column` in code
// points, and draws source excerpts with tabs expanded and each character as wide as a
// terminal makes it: East Asian wide and full-width characters take two cells, combining
// marks and zero-width characters none. JSON and SARIF keep LSP's UTF-16 positions.
// @ts-expect-error TS1479: an ESM-only package, which esbuild bundles into the CommonJS CLI (Node16 resolution cannot tell).
import { eastAsianWidth } from 'get-east-asian-width';

/** Cells a tab advances to: the next multiple of this (VS Code's default tab size). */
export const TAB_SIZE = 4;

/**
 * The patterns of Unicode properties below are made on first use: V8 builds their character
 * classes when it makes the object (about 0.3 ms), which every command paid as it started,
 * yet only an excerpt beyond U+02FF asks.
 */
let zeroWidth: RegExp | undefined;
let pictographic: RegExp | undefined;

/** Combining marks and format characters (zero-width space and joiner, byte order mark). */
function isZeroWidth(codePoint: number): boolean {
  zeroWidth ??= /^[\p{Mn}\p{Me}\p{Cf}]$/u;
  return zeroWidth.test(String.fromCodePoint(codePoint));
}

function isPictographic(codePoint: number): boolean {
  pictographic ??= /^\p{Extended_Pictographic}$/u;
  return pictographic.test(String.fromCodePoint(codePoint));
}
/** Variation selector 16: the character before it is drawn as an emoji, two cells wide. */
const EMOJI_PRESENTATION = 0xfe0f;

/** Terminal cells one code point takes (a tab is the caller's: it depends on the column). */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x300) return 1;
  if (isZeroWidth(codePoint)) return 0;
  return eastAsianWidth(codePoint);
}

/** The 1-based column of UTF-16 `character` in `line`, counted in code points. */
export function codePointColumn(line: string, character: number): number {
  let column = 1;
  for (let i = 0; i < character && i < line.length; i++) {
    const unit = line.charCodeAt(i);
    // The high half of a surrogate pair counts; the low half does not.
    if (unit < 0xdc00 || unit > 0xdfff) column++;
  }
  return column;
}

export interface Laid {
  /** The text with tabs expanded to spaces. */
  text: string;
  /** The cell where UTF-16 offset `from` starts, and where `to` does. */
  fromCell: number;
  toCell: number;
}

/**
 * Lays `text` out as a terminal would, from its first cell: tabs expanded, and the cells
 * where the UTF-16 offsets `from` and `to` land (an offset inside a character lands at
 * its end).
 */
export function layOut(text: string, from: number, to: number): Laid {
  let shown = '';
  let cell = 0;
  let fromCell: number | undefined;
  let toCell: number | undefined;
  for (let i = 0; i < text.length;) {
    if (fromCell === undefined && i >= from) fromCell = cell;
    if (toCell === undefined && i >= to) toCell = cell;
    const codePoint = text.codePointAt(i)!;
    const units = codePoint > 0xffff ? 2 : 1;
    if (codePoint === 0x09) {
      const spaces = TAB_SIZE - (cell % TAB_SIZE);
      shown += ' '.repeat(spaces);
      cell += spaces;
    } else {
      shown += text.slice(i, i + units);
      const emoji = text.codePointAt(i + units) === EMOJI_PRESENTATION && isPictographic(codePoint);
      cell += emoji ? 2 : codePointWidth(codePoint);
    }
    i += units;
  }
  return { text: shown, fromCell: fromCell ?? cell, toCell: toCell ?? cell };
}

/** Cells a code point takes when a window is measured (a tab at most a full tab stop). */
function measureWidth(codePoint: number): number {
  return codePoint === 0x09 ? TAB_SIZE : codePointWidth(codePoint);
}

/**
 * The span of `line` (UTF-16 offsets, never inside a character) to show of a line too
 * long for a terminal: about `before` cells before `from`, and `max` cells in all; more
 * before `from` when the line ends early. Walks only the cells it keeps, so that a
 * diagnostic on a minified file of megabytes stays cheap.
 */
export function windowAround(
  line: string,
  from: number,
  max: number,
  before: number,
): { start: number; end: number } {
  const previous = (index: number): number => {
    const low = line.charCodeAt(index - 1);
    const high = line.charCodeAt(index - 2);
    const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
    return index - (pair ? 2 : 1);
  };
  let start = Math.min(from, line.length);
  let cells = 0;
  while (start > 0 && cells < before) {
    start = previous(start);
    cells += measureWidth(line.codePointAt(start)!);
  }
  let end = start;
  cells = 0;
  while (end < line.length && cells < max) {
    const codePoint = line.codePointAt(end)!;
    cells += measureWidth(codePoint);
    end += codePoint > 0xffff ? 2 : 1;
  }
  while (start > 0 && end === line.length) {
    const earlier = previous(start);
    const width = measureWidth(line.codePointAt(earlier)!);
    if (cells + width > max) break;
    cells += width;
    start = earlier;
  }
  return { start, end };
}
