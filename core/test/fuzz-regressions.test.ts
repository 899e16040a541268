// Replays every counterexample `npm run fuzz` has saved in test/fixtures/fuzz/ against
// the same properties (core/test/fuzz/): every preferred fix, and the editor
// functions at every offset of the smaller documents.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from './fuzz';

const FUZZ = join(__dirname, '../../test/fixtures/fuzz');

/** A `*.utf16.json` fixture holds, as a JSON string, a text that UTF-8 cannot carry. */
function readFixture(name: string): string {
  const raw = readFileSync(join(FUZZ, name), 'utf8');
  return name.endsWith('.utf16.json') ? (JSON.parse(raw) as string) : raw;
}

const fixtures = existsSync(FUZZ)
  ? readdirSync(FUZZ)
      .filter((f) => f.endsWith('.dwnet.json') || f.endsWith('.utf16.json'))
      .sort()
  : [];

describe('fuzz regressions', () => {
  it('has saved counterexamples to replay', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s', (name) => {
    const text = readFixture(name);
    checkDocument(text, { everyOffset: text.length <= 4_000, offsetFractions: [0, 250, 500, 750] });
  });
});
