// The line starts the fast parser records as it reads a document (core/src/wellFormedScanner.ts),
// which the CLI places findings with (`validateWithLineStarts`, `LineIndex.withLineStarts`):
// for every kind of line break, comment and ending, the index made from them answers every
// question exactly as an index that finds the lines itself.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../src/lineIndex';
import { parseDocumentForSchema } from '../src/parse';
import { validate, validateWithLineStarts } from '../src/validate';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

const examples: [string, string][] = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.dwnet.json'))
  .map((name) => [name, readFileSync(join(EXAMPLES, name), 'utf8')]);

const SMALL = `{
  // 数据源：生产库
  "version": 1,
  "dataSources": [
    { "id": "生产库", "type": "mysql" },
    {
      "id": "b",	"type": "mysql"
    }
  ],
  /* a block comment
     over several lines */
  "vpcs": []
}`;

/** Texts the fast parser reads to the end, each with some way of breaking its lines. */
const WELL_FORMED: [string, string][] = [
  ['an empty object', '{}'],
  ['an empty object on lines of its own', '\n{\n}\n'],
  ['Chinese names and comments', SMALL],
  ['line feeds after the root', `${SMALL}\n\n\n`],
  ['a trailing line comment', `${SMALL}\n// the end`],
  ['a trailing line comment and a line feed', `${SMALL}\n// the end\n`],
  ['a trailing block comment over lines', `${SMALL}\n/* one\n two\r\n three\r four */\n`],
  ['carriage returns and line feeds', SMALL.replace(/\n/g, '\r\n')],
  ['carriage returns and line feeds, one at the end', `${SMALL.replace(/\n/g, '\r\n')}\r\n`],
  ['lone carriage returns', SMALL.replace(/\n/g, '\r')],
  ['lone carriage returns, one at the end', `${SMALL.replace(/\n/g, '\r')}\r`],
  ['mixed breaks', SMALL.replace(/,\n/g, ',\r').replace(/\[\n/g, '[\r\n').replace(/ \*\//, '\r*/')],
  ['a line feed then a carriage return', SMALL.replace(/\n/g, '\n\r')],
  ['blank lines between properties', SMALL.replace(/,\n/g, ',\n\n   \n')],
  ['spaces before the line break after a comma', SMALL.replace(/,\n/g, ',  \n')],
  ['a comment after a comma', SMALL.replace(/,\n/g, ', // note\n')],
  ['a block comment ending a line', SMALL.replace(/,\n/g, ', /* a\r\nb */\n')],
  ['a byte order mark', `\ufeff${SMALL}`],
  ['a trailing comma', SMALL.replace('"mysql"\n', '"mysql",\n')],
];

/** Texts the fast parser gives up on, or has no room for the line starts of. */
const WITHOUT_LINE_STARTS: [string, string][] = [
  ['a missing comma', SMALL.replace('"version": 1,', '"version": 1')],
  ['a line break in a string', SMALL.replace('"b"', '"b\nc"')],
  ['an unclosed block comment', `${SMALL}\n/* open\n`],
  // More lines than the parser makes room for: under four characters each.
  ['many blank lines', `${'\n'.repeat(3000)}{\r\n${'\r\n'.repeat(2000)}}${'\r'.repeat(1000)}`],
];

/** Every answer of an index, for every offset and line (and a few beyond). */
function answers(index: LineIndex, text: string): unknown {
  const lineCount = index.lineCount;
  const offsets: unknown[] = [];
  for (let offset = -1; offset <= text.length + 1; offset++) offsets.push(index.positionAt(offset));
  const lines: unknown[] = [];
  for (let line = -1; line <= lineCount + 1; line++) {
    lines.push(index.lineText(line));
    for (const character of [-1, 0, 1, 3, 1000]) lines.push(index.offsetAt({ line, character }));
  }
  return { lineCount, offsets, lines };
}

function lineStartsOf(text: string) {
  return parseDocumentForSchema(text, true).lineStarts;
}

describe('the line starts the parser records', () => {
  it.each([...WELL_FORMED, ...examples])('index %s as the line index does', (_, text) => {
    const lineStarts = lineStartsOf(text);
    expect(lineStarts).toBeDefined();
    if (lineStarts === undefined) return;
    expect(answers(LineIndex.withLineStarts(text, lineStarts), text)).toEqual(
      answers(new LineIndex(text), text),
    );
  });

  it.each(examples)('index %s with every kind of line break', (_, example) => {
    for (const text of [
      example.replace(/\n/g, '\r\n'),
      example.replace(/\n/g, '\r'),
      example.endsWith('\n') ? example.slice(0, -1) : `${example}\n`,
    ]) {
      const lineStarts = lineStartsOf(text);
      expect(lineStarts).toBeDefined();
      if (lineStarts === undefined) return;
      expect(answers(LineIndex.withLineStarts(text, lineStarts), text)).toEqual(
        answers(new LineIndex(text), text),
      );
    }
  });

  it('are recorded only when asked for', () => {
    expect(parseDocumentForSchema(SMALL).lineStarts).toBeUndefined();
  });

  it.each(WITHOUT_LINE_STARTS)('are not given for a document with %s', (_, text) => {
    expect(lineStartsOf(text)).toBeUndefined();
    expect(validateWithLineStarts(text).lineStarts).toBeUndefined();
  });

  it('are given with the check, whose findings are those of validate', () => {
    for (const [, text] of [...WELL_FORMED, ...WITHOUT_LINE_STARTS, ...examples]) {
      const { lineStarts, ...result } = validateWithLineStarts(text);
      expect(result).toEqual(validate(text));
      expect(lineStarts).toEqual(lineStartsOf(text));
      expect('lineStarts' in validate(text)).toBe(false);
    }
  });
});
