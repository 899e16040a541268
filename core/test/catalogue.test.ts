// The catalogue of SPEC §4 is the contract: every code has its rule file (named after
// the code), a documentation page, and failing and passing fixtures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleDocsUrl } from '../src/index';

const REPO = join(__dirname, '../..');

/** SPEC §4, in order, with default severities. */
const SPEC_CATALOGUE: [string, string][] = [
  ['whitelist-missing', 'error'],
  ['route-missing', 'error'],
  ['connection-missing', 'error'],
  ['vpc-not-associated', 'error'],
  ['nat-missing', 'error'],
  ['snat-missing', 'error'],
  ['eip-missing', 'error'],
  ['classic-network', 'error'],
  ['rg-sg-egress-missing', 'error'],
  ['rg-sg-ingress-missing', 'error'],
  ['ds-sg-ingress-missing', 'error'],
  ['transitive-path', 'warning'],
  ['internet-unstable', 'information'],
  ['eip-may-change', 'information'],
  ['task-kind-mismatch', 'error'],
  ['legacy-resource-group', 'information'],
  ['value-after-apply', 'information'],
  ['json-syntax', 'error'],
  ['schema', 'error'],
  ['duplicate-id', 'error'],
  ['unknown-reference', 'error'],
  ['cidr-invalid', 'error'],
  ['ip-invalid', 'error'],
  ['ipv6-unsupported', 'error'],
  ['cidr-host-bits', 'warning'],
  ['vpc-cidr-mask', 'error'],
  ['vswitch-cidr-mask', 'error'],
  ['vswitch-outside-vpc', 'error'],
  ['vswitch-overlap', 'error'],
  ['address-outside-network', 'error'],
  ['cidr-conflict', 'error'],
  ['binding-out-of-scope', 'error'],
  ['binding-vswitch-mismatch', 'error'],
  ['sg-vpc-mismatch', 'error'],
  ['address-not-public', 'error'],
  ['route-own-vpc', 'warning'],
  ['route-unused', 'warning'],
  ['nat-no-eip', 'error'],
  ['snat-eip-unknown', 'error'],
  ['whitelist-open', 'warning'],
  ['connection-type-mismatch', 'error'],
  ['vpc-cidr-reserved', 'error'],
  ['binding-vpc-unsupported', 'error'],
  ['address-reserved', 'error'],
  ['snat-duplicate-source', 'error'],
  ['region-unknown', 'warning'],
  ['whitelist-too-long', 'error'],
  ['unused', 'hint'],
  ['suppression-invalid', 'warning'],
  ['suppression-unused', 'warning'],
];

/** Codes SPEC §4 gives a quick fix. */
const SPEC_FIXABLE = new Set([
  'whitelist-missing',
  'route-missing',
  'connection-missing',
  'vpc-not-associated',
  'nat-missing',
  'snat-missing',
  'rg-sg-egress-missing',
  'rg-sg-ingress-missing',
  'ds-sg-ingress-missing',
  'unknown-reference',
  'cidr-host-bits',
  'binding-vswitch-mismatch',
  'sg-vpc-mismatch',
  'route-own-vpc',
  'route-unused',
  'snat-eip-unknown',
  'whitelist-open',
  'region-unknown',
  'suppression-unused',
]);

describe('rule catalogue', () => {
  it('has exactly the SPEC codes, in the SPEC order, with the SPEC severities', () => {
    expect(RULES.map((r) => [r.code, r.defaultSeverity])).toEqual(SPEC_CATALOGUE);
  });

  it('marks exactly the SPEC quick fixes as fixable', () => {
    expect(
      RULES.filter((r) => r.fixable)
        .map((r) => r.code)
        .sort(),
    ).toEqual([...SPEC_FIXABLE].sort());
  });

  describe.each(RULES.map((r) => r.code))('%s', (code) => {
    it('has a rule file named after its code that exports it', () => {
      const file = join(REPO, 'core/src/rules', `${code}.ts`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`code: '${code}'`);
    });

    it('has a documentation page with the required sections', () => {
      const page = join(REPO, 'docs/rules', `${code}.md`);
      expect(existsSync(page)).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${code}\n`)).toBe(true);
      for (const section of ['## What it checks', '## Why', '## Example', '## Fix'])
        expect(text).toContain(section);
      expect(ruleDocsUrl(code)).toMatch(new RegExp(`/docs/rules/${code}\\.md$`));
    });

    it('has failing and passing fixtures', () => {
      const dir = join(REPO, 'test/fixtures/rules', code);
      const files = existsSync(dir) ? readdirSync(dir) : [];
      expect(files.some((f) => f.startsWith('invalid'))).toBe(true);
      expect(files.some((f) => f.startsWith('valid'))).toBe(true);
    });
  });
});
