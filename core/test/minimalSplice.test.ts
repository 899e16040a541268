// A quick fix's edit is made minimal from the characters around it only (a code action in
// a 4 MB topology must not compare the whole document); it must still be exactly the edit
// a comparison of the whole texts gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, minimalEdit, minimalSplice } from '../src/fixes';

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
