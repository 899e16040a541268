// SPEC §5a: severity overrides and inline suppressions, seen through validate().
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';

const broken = readFileSync(
  join(__dirname, '../../test/fixtures/rules/whitelist-missing/invalid.dwnet.json'),
  'utf8',
);
const summary = (
  text: string,
  rules?: Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint'>,
) => validate(text, { rules }).findings.map((f) => `${f.severity} ${f.code} ${f.pointer}`);

describe('severity overrides', () => {
  it('reports the default severity without configuration', () => {
    expect(summary(broken)).toEqual(['error whitelist-missing /dataSources/rds-orders/whitelist']);
  });

  it('changes a severity', () => {
    expect(summary(broken, { 'whitelist-missing': 'warning' })).toEqual([
      'warning whitelist-missing /dataSources/rds-orders/whitelist',
    ]);
  });

  it('turns a rule off', () => {
    expect(summary(broken, { 'whitelist-missing': 'off' })).toEqual([]);
  });

  it('leaves the connectivity results alone', () => {
    expect(
      validate(broken, { rules: { 'whitelist-missing': 'off' } }).connectivity[0]?.missing,
    ).toEqual(['whitelist-missing']);
  });
});

describe('inline suppressions', () => {
  const suppressed = (comment: string) =>
    broken.replace('"rds-orders": {', `${comment}\n    "rds-orders": {`);

  it('silences the code on the entry it precedes and everything inside', () => {
    expect(
      summary(
        suppressed('// dwnet-ignore whitelist-missing -- the partner team manages this list'),
      ),
    ).toEqual([]);
  });

  it('accepts several codes and block comments', () => {
    expect(
      summary(suppressed('/* dwnet-ignore unused, whitelist-missing -- managed elsewhere */')),
    ).toEqual([expect.stringMatching(/^warning suppression-unused \/dataSources\/rds-orders$/)]);
  });

  it('file-level suppressions silence the code anywhere', () => {
    const text = broken.replace(
      '{\n  "version"',
      '// dwnet-ignore-file whitelist-missing -- lab topology\n{\n  "version"',
    );
    expect(summary(text)).toEqual([]);
  });

  it('a suppression without a reason is invalid and silences nothing', () => {
    expect(summary(suppressed('// dwnet-ignore whitelist-missing'))).toEqual([
      'warning suppression-invalid /dataSources/rds-orders',
      'error whitelist-missing /dataSources/rds-orders/whitelist',
    ]);
  });

  it('an unknown code is invalid, with the closest code when it is a typo', () => {
    const messages = validate(suppressed('// dwnet-ignore whitelist-mising -- typo'))
      .findings.filter((f) => f.code === 'suppression-invalid')
      .map((f) => f.message);
    expect(messages).toEqual([
      "This dwnet-ignore comment is not valid: 'whitelist-mising' is not a dwnet rule code (did you mean 'whitelist-missing'?).",
    ]);
    const unrelated = validate(suppressed('// dwnet-ignore no-such-thing -- typo')).findings.find(
      (f) => f.code === 'suppression-invalid',
    );
    expect(unrelated?.message).toBe(
      "This dwnet-ignore comment is not valid: 'no-such-thing' is not a dwnet rule code.",
    );
  });

  it('json-syntax cannot be silenced', () => {
    const text = `// dwnet-ignore-file json-syntax -- nope\n{ "version": 1,, }`;
    const codes = validate(text).findings.map((f) => f.code);
    expect(codes).toContain('json-syntax');
    expect(codes).toContain('suppression-invalid');
  });

  it('a suppression on another entry does not apply', () => {
    const text = broken.replace(
      '"tasks": {',
      '// dwnet-ignore whitelist-missing -- wrong place\n  "tasks": {',
    );
    expect(summary(text)).toEqual([
      'error whitelist-missing /dataSources/rds-orders/whitelist',
      'warning suppression-unused /tasks',
    ]);
  });
});
