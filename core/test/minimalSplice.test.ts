// A quick fix's edit is made minimal from the characters around it only (a code action in
// a 4 MB topology must not compare the whole document); it must still be exactly the edit
// a comparison of the whole texts gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepsSyntax } from '../src/fixes';
import { applyEdits, minimalEdit, minimalSplice } from '../src/util/textDiff';
import { parseDocument } from '../src/parse';

// A small alphabet makes repeated characters, and so sliding edits, likely.
const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', ' ', '\n'), maxLength: 24 });

describe('minimalSplice', () => {
  it('equals minimalEdit of the whole texts', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (before, at, size, content) => {
        const offset = at % (before.length + 1);
        const length = size % (before.length - offset + 1);
        const edit = { offset, length, content };
        expect(minimalSplice(before, edit)).toEqual(
          minimalEdit(before, applyEdits(before, [edit])),
        );
      }),
      { numRuns: 5000, seed: 20_261_127 },
    );
  });

  it('narrows an edit that rewrites text to the characters that change', () => {
    expect(minimalSplice('["a", "b"]', { offset: 1, length: 8, content: '"a", "c"' })).toEqual([
      { offset: 7, length: 1, content: 'c' },
    ]);
    expect(minimalSplice('[1]', { offset: 1, length: 1, content: '1' })).toEqual([]);
  });
});

describe('applyEdits', () => {
  /** What applying the edits one by one from the end of the text gives. */
  function oneByOne(text: string, edits: { offset: number; length: number; content: string }[]) {
    let result = text;
    for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
      result =
        result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length);
    }
    return result;
  }

  it('gives what applying the edits one by one from the end gives', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.nat(3), text), { maxLength: 6 }),
        (before, raw) => {
          const edits = raw.map(([at, size, content]) => {
            const offset = at % (before.length + 1);
            return { offset, length: Math.min(size, before.length - offset), content };
          });
          expect(applyEdits(before, edits)).toBe(oneByOne(before, edits));
        },
      ),
      { numRuns: 5000, seed: 20_261_128 },
    );
  });
});

describe('keepsSyntax', () => {
  // Five syntax errors here: the array lacks its comma and its bracket.
  const text = '{ "a": [1, 2 "b": 3 }';
  const errors = (source: string) => parseDocument(source).syntaxProblems.length;

  it('accepts an edit that leaves a broken document no worse', () => {
    expect(errors(text)).toBe(5);
    expect(keepsSyntax(text, [{ offset: 12, length: 0, content: ', 4' }], 5)).toBe(true);
    expect(keepsSyntax(text, [{ offset: 12, length: 0, content: ']' }], 5)).toBe(true);
  });

  it('refuses an edit that adds a syntax error', () => {
    const oneError = '{ "a": [1, 2] "b": 3 }';
    expect(errors(oneError)).toBe(1);
    expect(keepsSyntax(oneError, [{ offset: 2, length: 0, content: '"c": ' }], 1)).toBe(false);
    expect(keepsSyntax('{}', [{ offset: 1, length: 0, content: '[' }], 0)).toBe(false);
  });
});
