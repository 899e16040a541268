// Quick fixes, before and after: test/fixtures/fixes/<code>[.<variant>].before.dwnet.json
// gives exactly .after.dwnet.json when the preferred fix of its first <code> finding (or
// the first fix offered, for fixes that are never preferred) is applied, and the result re-validates without that finding and without new errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixAll, fixEdits, RULES, validate } from '../src/index';

const FIXES = join(__dirname, '../../test/fixtures/fixes');
const RULE_FIXTURES = join(__dirname, '../../test/fixtures/rules');

/** Errors a fix may legitimately reveal: the NAT gateway it adds still needs its EIP. */
const EXPECTED_FOLLOW_UPS: Record<string, string[]> = { 'nat-missing': ['nat-no-eip'] };

/**
 * Codes whose fixes remove or narrow what someone wrote: offered in the editor, never
 * preferred (SPEC §4 "Fix safety"). Fixture names with an `offered` part are such cases of
 * other codes: a drop rule that decides, which only a non-preferred fix may change.
 */
const OFFERED_ONLY = new Set(['route-own-vpc', 'route-unused', 'whitelist-open']);

const pairs = readdirSync(FIXES)
  .filter((f) => f.endsWith('.before.dwnet.json'))
  .map((f) => f.slice(0, -'.before.dwnet.json'.length))
  .sort();

function errorCodes(text: string): Set<string> {
  return new Set(
    validate(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.code),
  );
}

describe('quick fixes, before and after', () => {
  it.each(pairs)('%s', (name) => {
    const code = name.split('.')[0]!;
    const before = readFileSync(join(FIXES, `${name}.before.dwnet.json`), 'utf8');
    const after = readFileSync(join(FIXES, `${name}.after.dwnet.json`), 'utf8');
    const finding = validate(before).findings.find((f) => f.code === code);
    expect(finding, `a ${code} finding in ${name}.before`).toBeDefined();
    const offered = OFFERED_ONLY.has(code) || name.split('.').includes('offered');
    const fix = offered ? finding!.fixes[0] : finding!.fixes.find((f) => f.isPreferred);
    expect(fix).toBeDefined();
    if (offered) expect(finding!.fixes.filter((f) => f.isPreferred)).toEqual([]);
    else expect(finding!.fixes[0]).toBe(fix);
    expect(applyEdits(before, fixEdits(before, fix!))).toBe(after);

    const remaining = validate(after).findings;
    expect(remaining.filter((f) => f.code === 'json-syntax')).toEqual([]);
    expect(
      remaining.some(
        (f) => f.code === code && f.pointer === finding!.pointer && f.message === finding!.message,
      ),
    ).toBe(false);
    const introduced = [...errorCodes(after)].filter((c) => !errorCodes(before).has(c));
    expect(introduced).toEqual(EXPECTED_FOLLOW_UPS[code] ?? []);
  });

  it('never joins networks whose CIDR blocks overlap: no fix, and the message says why', () => {
    const text = readFileSync(
      join(RULE_FIXTURES, 'connection-missing/invalid-4.dwnet.json'),
      'utf8',
    );
    const finding = validate(text).findings.find((f) => f.code === 'connection-missing')!;
    expect(finding.fixes).toEqual([]);
    expect(finding.message).toContain(
      "First change one of their CIDR blocks: 'vpc-hz' (10.0.0.0/16) overlaps 'idc-bj' (10.0.0.0/8), and networks with overlapping CIDR blocks conflict in routing.",
    );
  });

  it('has a before/after pair for every fixable rule', () => {
    const covered = new Set(pairs.map((p) => p.split('.')[0]));
    expect(RULES.filter((r) => r.fixable && !covered.has(r.code)).map((r) => r.code)).toEqual([]);
  });
});

describe('fix all', () => {
  const fixtures = readdirSync(RULE_FIXTURES).flatMap((code) =>
    readdirSync(join(RULE_FIXTURES, code))
      .filter((f) => f.startsWith('invalid'))
      .map((f) => join(code, f)),
  );

  it.each(fixtures)(
    '%s: leaves no preferred fix to apply, keeps every comment, and is idempotent',
    (file) => {
      const text = readFileSync(join(RULE_FIXTURES, file), 'utf8');
      const fixed = fixAll(text);
      const left = validate(fixed.text).findings.filter((f) => f.fixes.some((x) => x.isPreferred));
      expect(left.map((f) => `${f.code} ${f.pointer}`)).toEqual([]);
      expect(fixAll(fixed.text).text).toBe(fixed.text);
      const comments = (t: string) =>
        (t.match(/\/\/[^\n]*/g) ?? []).filter((c) => !c.includes('dwnet-ignore'));
      expect(comments(fixed.text)).toEqual(comments(text));
    },
  );
});
