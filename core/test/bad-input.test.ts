// SPEC §6: whatever the text, validate/explain/fixAll return findings, never throw, and
// every range lies inside the document. Stored cases are described in
// test/fixtures/bad-input/README.md; pathological ones are built here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, fixAll, RULES, validate, type ValidationResult } from '../src/index';
import { analyse } from '../src/validate';
import { rangeSitsOnAnchor } from './annotations';

const BAD = join(__dirname, '../../test/fixtures/bad-input');
const RULES_DIR = join(__dirname, '../../test/fixtures/rules');
const KNOWN = new Set(RULES.map((r) => r.code));

function checkWellFormed(text: string): ValidationResult {
  const result = validate(text);
  expect(analyse(text).internalErrors).toEqual([]);
  for (const f of result.findings) {
    expect(KNOWN.has(f.code), f.code).toBe(true);
    expect(f.offset).toBeGreaterThanOrEqual(0);
    expect(f.offset + f.length).toBeLessThanOrEqual(text.length);
    expect(f.pointer === '' || f.pointer.startsWith('/')).toBe(true);
    if (f.scenario !== undefined) expect([1, 2, 3, 4, 5]).toContain(f.scenario);
  }
  if (text.length < 200_000) {
    expect(
      result.findings
        .filter((f) => !rangeSitsOnAnchor(text, f))
        .map((f) => `${f.code} ${f.pointer}`),
    ).toEqual([]);
  }
  return result;
}

const codesOf = (r: ValidationResult) => new Set(r.findings.map((f) => f.code));
const pointersOf = (r: ValidationResult, code: string) =>
  r.findings.filter((f) => f.code === code).map((f) => f.pointer);

describe('stored bad input', () => {
  const files = readdirSync(BAD).filter((f) => f.endsWith('.dwnet.json'));
  it.each(files)('%s: findings, no throw, explain and fix-all survive', (file) => {
    const text = readFileSync(join(BAD, file), 'utf8');
    checkWellFormed(text);
    expect(() => explain(text)).not.toThrow();
    const fixed = fixAll(text);
    checkWellFormed(fixed.text);
  });

  it('empty file: one json-syntax at the start', () => {
    const result = checkWellFormed('');
    expect(result.findings.map((f) => [f.code, f.pointer, f.offset])).toEqual([
      ['json-syntax', '', 0],
    ]);
  });

  it('array and null roots: a schema finding on the root', () => {
    for (const text of ['[]', 'null']) {
      const result = checkWellFormed(text);
      expect(result.findings.map((f) => [f.code, f.pointer])).toEqual([['schema', '']]);
    }
  });

  it('duplicate keys: duplicate-id on collection entries, schema on other properties', () => {
    const result = checkWellFormed(readFileSync(join(BAD, 'duplicate-keys.dwnet.json'), 'utf8'));
    expect(pointersOf(result, 'duplicate-id')).toEqual(
      expect.arrayContaining([
        '/vpcs/vpc-hz',
        '/vpcs/vpc-hz/vSwitches/vsw-a',
        '/resourceGroups/rg-serverless',
        '/tasks/daily-report',
      ]),
    );
    expect(pointersOf(result, 'schema')).toEqual(
      expect.arrayContaining(['/version', '/vpcs/vpc-hz/cidr']),
    );
  });

  it('unicode ids: pointers escape / and ~, ranges count UTF-16 code units', () => {
    const result = checkWellFormed(readFileSync(join(BAD, 'unicode-ids.dwnet.json'), 'utf8'));
    expect(result.findings.map((f) => [f.code, f.pointer])).toEqual(
      expect.arrayContaining([['unused', '/securityGroups/sg~1默认~01']]),
    );
    expect(result.connectivity.every((c) => c.ok)).toBe(true);
  });

  it('IPv6 everywhere: ipv6-unsupported, never cidr-invalid or ip-invalid', () => {
    const result = checkWellFormed(readFileSync(join(BAD, 'ipv6-everywhere.dwnet.json'), 'utf8'));
    const codes = codesOf(result);
    expect(codes.has('ipv6-unsupported')).toBe(true);
    expect(codes.has('cidr-invalid')).toBe(false);
    expect(codes.has('ip-invalid')).toBe(false);
  });
});

describe('generated bad input', () => {
  const valid = readFileSync(join(RULES_DIR, 'whitelist-missing/valid.dwnet.json'), 'utf8');

  it('50 000 unclosed brackets: json-syntax, no stack overflow', () => {
    const result = checkWellFormed('['.repeat(50_000));
    expect([...codesOf(result)]).toEqual(['json-syntax']);
  });

  it('50 000 balanced brackets and objects: a clear finding', () => {
    checkWellFormed(`{"version": 1, "vpcs": ${'['.repeat(50_000)}${']'.repeat(50_000)}}`);
    checkWellFormed(`{"version": 1, "x": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`);
  });

  it('moderately deep nesting inside a real slot is a schema finding, not a crash', () => {
    const text = valid.replace('"10.0.1.0/24"]', `${'['.repeat(150)}${']'.repeat(150)}]`);
    const result = checkWellFormed(text);
    expect(codesOf(result).has('schema')).toBe(true);
  });

  it('every prefix of a valid file: findings, and json-syntax when incomplete', () => {
    for (let n = 0; n < valid.length; n += 3) {
      const result = checkWellFormed(valid.slice(0, n));
      if (n < valid.trimEnd().length - 1) expect(codesOf(result).has('json-syntax')).toBe(true);
    }
  });

  it('every single-character deletion: no throw', () => {
    for (let n = 0; n < valid.length; n += 2)
      checkWellFormed(valid.slice(0, n) + valid.slice(n + 1));
  });

  it('garbage, NULs and lone surrogates: json-syntax', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const garbage = Array.from({ length: 65_536 }, () =>
      String.fromCharCode(random() % 65_536),
    ).join('');
    expect(codesOf(checkWellFormed(garbage)).has('json-syntax')).toBe(true);
    checkWellFormed('\u0000\u0000{"version": 1}');
    checkWellFormed('{"version": 1, "vpcs": {"\ud800": {"cidr": "10.0.0.0/16"}}}');
  });

  it('a BOM or CRLF line endings do not change the findings', () => {
    const base = validate(valid).findings.map((f) => [f.code, f.pointer]);
    expect(checkWellFormed('\ufeff' + valid).findings.map((f) => [f.code, f.pointer])).toEqual(
      base,
    );
    expect(
      checkWellFormed(valid.replace(/\n/g, '\r\n')).findings.map((f) => [f.code, f.pointer]),
    ).toEqual(base);
  });

  it('a whitelist of 100 000 entries: one whitelist-too-long', () => {
    const entries = Array.from(
      { length: 100_000 },
      (_, i) => `"10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}"`,
    );
    const text = valid.replace(
      '"whitelist": ["10.0.1.0/24"]',
      `"whitelist": ["10.0.1.0/24", ${entries.join(',')}]`,
    );
    const result = checkWellFormed(text);
    expect(pointersOf(result, 'whitelist-too-long')).toHaveLength(1);
  });

  it('a 5 MB string in an unknown property: one schema finding', () => {
    const text = valid.replace(
      '"version": 1,',
      `"version": 1, "notes": "${'x'.repeat(5_000_000)}",`,
    );
    const result = checkWellFormed(text);
    expect(pointersOf(result, 'schema')).toEqual(['/notes']);
  });
});
