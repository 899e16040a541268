// Every rule fixture under test/fixtures/rules/<code>/ must produce exactly the findings
// its annotations describe; invalid fixtures must show their rule, valid ones must not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';
import { analyse } from '../src/validate';
import { compare, parseExpectations, rangeSitsOnAnchor } from './annotations';

const ROOT = join(__dirname, '../../test/fixtures/rules');

const codes = readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe.each(codes)('%s', (code) => {
  const files = readdirSync(join(ROOT, code))
    .filter((f) => f.endsWith('.dwnet.json'))
    .sort();
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(ROOT, code, file), 'utf8');
    const result = validate(text);
    expect(analyse(text).internalErrors).toEqual([]);
    expect(compare(text, result.findings)).toEqual({ missing: [], unexpected: [] });
    expect(
      result.findings
        .filter((f) => !rangeSitsOnAnchor(text, f))
        .map((f) => `${f.code} ${f.pointer}`),
    ).toEqual([]);
    const expectedCodes = parseExpectations(text).map((e) => e.code);
    if (file.startsWith('invalid')) expect(expectedCodes).toContain(code);
    else expect(expectedCodes).not.toContain(code);
  });
});
