// The bundled examples are documentation: examples/README.md's table of expected findings
// is the complete set dwnet must report for each file, and the correct examples carry no
// error or warning.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';
import { rangeSitsOnAnchor } from './annotations';

const EXAMPLES = join(__dirname, '../../examples');
const readme = readFileSync(join(EXAMPLES, 'README.md'), 'utf8');
const table = readme.slice(readme.indexOf('## Expected findings'));

const expected = new Map<string, string[]>();
for (const line of table.split('\n')) {
  const cells = line.split('|').map((c) => c.trim().replace(/`/g, ''));
  if (cells.length < 7 || !cells[1]!.endsWith('.dwnet.json')) continue;
  const [, file, code, severity, pointer, scenario] = cells as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const rows = expected.get(file) ?? [];
  if (code !== '—')
    rows.push(`${severity} ${code} ${pointer}${scenario === '—' ? '' : ` scenario=${scenario}`}`);
  expected.set(file, rows);
}

const files = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.dwnet.json'))
  .sort();

describe('examples', () => {
  it('the README lists every example', () => {
    expect([...expected.keys()].sort()).toEqual(files);
  });

  it.each(files)('%s reports exactly the findings its README row lists', (file) => {
    const text = readFileSync(join(EXAMPLES, file), 'utf8');
    const actual = validate(text).findings.map(
      (f) =>
        `${f.severity} ${f.code} ${f.pointer}${f.scenario === undefined ? '' : ` scenario=${f.scenario}`}`,
    );
    expect(actual.sort()).toEqual([...(expected.get(file) ?? [])].sort());
    const findings = validate(text).findings;
    expect(findings.filter((f) => !rangeSitsOnAnchor(text, f)).map((f) => f.code)).toEqual([]);
    expect(text).toMatch(/^\{\s*"\$schema": "\.\.\/schemas\/dwnet\.schema\.json"/);
    if (!file.includes('broken')) {
      expect(actual.filter((a) => a.startsWith('error') || a.startsWith('warning'))).toEqual([]);
    }
  });
});
