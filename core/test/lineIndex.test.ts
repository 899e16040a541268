// Offsets to positions and back (core/src/lineIndex.ts) with every kind of line break,
// held to a plain count of the line breaks before each offset.
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/lineIndex';

const TEXTS = {
  'line feeds': '{\n  "a": 1,\n\n  "b": [2]\n}\n',
  'carriage return and line feed': '{\r\n  "a": 1,\r\n\r\n  "b": [2]\r\n}',
  'carriage returns alone': '{\r  "a": 1,\r\r  "b": [2]\r}\r',
  'mixed breaks': '\n{\r\n "a":\r1,\n\r\n\r"b"\n\n}',
  'no break': '{ "a": 1 }',
  'empty text': '',
};

/** The position of an offset: lines end at LF, CR LF or CR; within CR LF it stays on the line. */
function expectedPosition(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      if (i + 1 === offset) break;
      i++;
    }
    if (text[i] === '\r' || text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

describe('the line index', () => {
  it.each(Object.entries(TEXTS))(
    'gives every offset of a text with %s its line and character, and back',
    (_, text) => {
      const index = new LineIndex(text);
      expect(index.lineCount).toBe(text.split(/\r\n|\r|\n/).length);
      for (let offset = 0; offset <= text.length; offset++) {
        const position = index.positionAt(offset);
        expect(position).toEqual(expectedPosition(text, offset));
        // Inside a CR LF, the offset goes back to the end of the line.
        if (text[offset - 1] !== '\r' || text[offset] !== '\n')
          expect(index.offsetAt(position)).toBe(offset);
      }
    },
  );

  // Lines are indexed as far as each question needs: whatever is asked first, and in
  // whatever order, the answers are those of an index that knows every line.
  it.each(Object.entries(TEXTS))(
    'answers the same for a text with %s whatever it is asked first',
    (_, text) => {
      const whole = new LineIndex(text);
      const lineCount = whole.lineCount;
      const offsets = Array.from({ length: text.length + 3 }, (_, i) => i - 1);
      const lines = Array.from({ length: lineCount + 3 }, (_, i) => i - 1);
      const askers: [string, (index: LineIndex) => unknown[]][] = [
        ['offsets ascending', (index) => offsets.map((o) => index.positionAt(o))],
        ['offsets descending', (index) => [...offsets].reverse().map((o) => index.positionAt(o))],
        ['line texts', (index) => lines.map((line) => index.lineText(line))],
        [
          'line texts descending',
          (index) => [...lines].reverse().map((line) => index.lineText(line)),
        ],
        [
          'offsets of positions',
          (index) => lines.map((line) => index.offsetAt({ line, character: 2 })),
        ],
        ['the line count', (index) => [index.lineCount]],
      ];
      for (const [first, ask] of askers) {
        const index = new LineIndex(text);
        expect(ask(index), first).toEqual(ask(whole));
        for (const [, then] of askers) expect(then(index), first).toEqual(then(whole));
      }
    },
  );
});
