// Converts between UTF-16 offsets and zero-based line/character positions (LSP style).

export interface Position {
  line: number;
  character: number;
}

/**
 * Every line start of a text, found by whoever read all of it (the fast parser, which passes
 * over each line break anyway): `starts[0 .. count)`, the first 0, each other the offset after
 * a line break (`\n`, `\r\n` or a lone `\r`).
 */
export interface LineStarts {
  readonly starts: Int32Array;
  readonly count: number;
}

/** Room for the line starts of a text: about one line per 32 characters, grown by doubling. */
function initialCapacity(text: string): number {
  return (text.length >> 5) + 16;
}

/** Twice the room, the line starts kept (a call once per doubling, not once per line). */
function grown(starts: Int32Array): Int32Array {
  const larger = new Int32Array(starts.length * 2);
  larger.set(starts);
  return larger;
}

/**
 * Lines are indexed as far as a question needs, not all at once: the CLI asks for the
 * positions of a file's findings, which in the benchmark's 10 000 file end two thirds of the
 * way through its 215 000 lines, and a fresh process indexes lines in unoptimised code.
 */
export class LineIndex {
  /**
   * The offset of each line's first character found so far, in `lineStarts[0 .. count)`. A
   * typed array, not an array grown by `push`: pushed, the 10 000 file's line starts took
   * about twice the time in a fresh process (the CLI).
   */
  private lineStarts: Int32Array;
  /** How many line starts are known. */
  private count = 1;
  /** Whether every line start of the text is known. */
  private complete = false;
  /** Without a carriage return every line ends at a line feed, which `indexOf` finds fast. */
  private readonly lineFeedsOnly: boolean;

  /** `known`: every line start of `text` (see `withLineStarts`); without, found as asked. */
  constructor(
    private readonly text: string,
    known?: LineStarts,
  ) {
    if (known === undefined) {
      this.lineStarts = new Int32Array(initialCapacity(text));
      this.lineFeedsOnly = !text.includes('\r');
    } else {
      this.lineStarts = known.starts;
      this.count = known.count;
      this.complete = true;
      // Never read: nothing is left to index.
      this.lineFeedsOnly = true;
    }
  }

  /**
   * The index of `text` from its complete line starts, as the fast parser records them while
   * it reads the text (`CheckedText.lineStarts`): the CLI's positions without a second pass
   * over a large file's line breaks, in code a fresh process runs unoptimised.
   */
  static withLineStarts(text: string, lines: LineStarts): LineIndex {
    return new LineIndex(text, lines);
  }

  /** How many lines the text has (indexes all of it). */
  get lineCount(): number {
    this.indexLines(Infinity, Infinity);
    return this.count;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    this.indexLines(clamped, 0);
    const starts = this.lineStarts;
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      // Typed array reads within [0, count) are numbers, never undefined.
      if (starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - starts[low]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    this.indexLines(-1, position.line + 2);
    if (position.line >= this.count) return this.text.length;
    const start = this.lineStarts[position.line]!;
    const end = this.lineEnd(position.line);
    return Math.min(start + Math.max(0, position.character), end);
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    this.indexLines(-1, line + 2);
    const start = line >= 0 && line < this.count ? this.lineStarts[line]! : this.text.length;
    return this.text.slice(start, this.lineEnd(line));
  }

  /** Needs the start of line + 1 indexed, if there is one. */
  private lineEnd(line: number): number {
    if (line + 1 >= this.count || line + 1 < 0) return this.text.length;
    let end = this.lineStarts[line + 1]! - 1;
    if (this.text.charCodeAt(end) === 10 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /**
   * Indexes line starts until the last one known lies beyond `offset` (so every start up to
   * it is known) and at least `lines` are known, or the text ends.
   */
  private indexLines(offset: number, lines: number): void {
    if (this.complete) return;
    const text = this.text;
    let starts = this.lineStarts;
    let limit = starts.length;
    let count = this.count;
    // Typed array reads within [0, count) are numbers, never undefined.
    let last = starts[count - 1]!;
    // The growth is written out in both loops, not called: a fresh process runs these loops
    // unoptimised (its compiler busy with the analysis), where a call per line cost half again.
    if (this.lineFeedsOnly) {
      while (last <= offset || count < lines) {
        const lineFeed = text.indexOf('\n', last);
        if (lineFeed < 0) {
          this.complete = true;
          break;
        }
        if (count === limit) {
          starts = grown(starts);
          limit = starts.length;
        }
        last = lineFeed + 1;
        starts[count++] = last;
      }
    } else {
      while (last <= offset || count < lines) {
        let i = last;
        let ch = 0;
        for (; i < text.length; i++) {
          ch = text.charCodeAt(i);
          if (ch === 13 /* \r */ || ch === 10 /* \n */) break;
        }
        if (i >= text.length) {
          this.complete = true;
          break;
        }
        if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (count === limit) {
          starts = grown(starts);
          limit = starts.length;
        }
        last = i + 1;
        starts[count++] = last;
      }
    }
    this.lineStarts = starts;
    this.count = count;
  }
}
