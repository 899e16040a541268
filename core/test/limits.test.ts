// The limits (README "Limits"): the file size limit, the findings cap per file and the
// nesting depth guard, as the findings a user sees.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_FILE_SIZE_MB,
  DEFAULT_MAX_FINDINGS_PER_FILE,
  LIMIT_NOTICES,
  RULES,
  fixAll,
  utf8Length,
  validate,
  type Finding,
} from '../src/index';

const MB = 1024 * 1024;

/** A topology padded with spaces (inside the root object) to exactly `bytes` bytes of UTF-8. */
function fileOf(bytes: number, body = '"version": 1'): string {
  const text = `{ ${body} }`;
  return `{ ${body}${' '.repeat(bytes - utf8Length(text))} }`;
}

const summary = (findings: Finding[]) => findings.map((f) => [f.code, f.severity, f.pointer]);

/** A limit's notice as the user gets it: information, at the top of the file, no fix. */
const limitNotice =
  (code: 'file-too-large' | 'too-many-findings') =>
  (message: string): Finding => ({
    code,
    severity: 'information',
    message,
    pointer: '',
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  });

describe('file size limit', () => {
  const notice = limitNotice('file-too-large');

  it('counts bytes of UTF-8, not characters', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\u0800b', '\ud800', '\udc00x', 'x\ud83d']) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('analyses a file at the limit, and gives one notice for a file one byte above it', () => {
    // 0.001 MB = 1,048.576 bytes.
    const at = fileOf(1048);
    expect(utf8Length(at)).toBe(1048);
    expect(validate(at, { maxFileSize: 0.001 })).toEqual(validate(at));
    expect(validate(at, { maxFileSize: 0.001 }).findings).toEqual([]);

    const above = fileOf(1049);
    expect(validate(above, { maxFileSize: 0.001 })).toEqual({
      findings: [
        notice(
          "This file is 1,049 bytes, above dwnet's limit of 0.001 MB (1,048 bytes) (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
        ),
      ],
      connectivity: [],
    });
  });

  it('replaces every other finding, even syntax errors: the file is not parsed', () => {
    const broken = `{ "version": 1, "vpcs": { "x": ${'['.repeat(500)}`.padEnd(3 * 1024, ' ');
    expect(summary(validate(broken).findings)).toEqual([['json-syntax', 'error', '']]);
    expect(validate(broken, { maxFileSize: 0.002 }).findings).toEqual([
      notice(
        "This file is 0.003 MB, above dwnet's limit of 0.002 MB (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
      ),
    ]);
  });

  it('measures multi-byte characters as UTF-8 bytes', () => {
    // 600 characters of "é" take 1,200 bytes: above 0.001 MB although the text is shorter.
    const text = `{ "version": 1, "notes": "${'é'.repeat(600)}" }`;
    expect(text.length).toBeLessThan(1048);
    expect(validate(text, { maxFileSize: 0.001 }).findings.map((f) => f.code)).toEqual([
      'file-too-large',
    ]);
  });

  it('is 20 MB by default, and 0 turns it off', () => {
    expect(DEFAULT_MAX_FILE_SIZE_MB).toBe(20);
    const at = fileOf(20 * MB);
    expect(validate(at).findings).toEqual([]);
    const above = fileOf(20 * MB + 1);
    expect(validate(above).findings).toEqual([
      notice(
        "This file is 20,971,521 bytes, above dwnet's limit of 20 MB (20,971,520 bytes) (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
      ),
    ]);
    expect(validate(above, { maxFileSize: 0 }).findings).toEqual([]);
    expect(validate(fileOf(Math.round(23.4 * MB))).findings[0]?.message).toBe(
      "This file is 23.4 MB, above dwnet's limit of 20 MB (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
    );
  });

  it('fix-all leaves a file above the limit alone', () => {
    const text = fileOf(2000, '"version": 1, "vpcs": { "vpc-a": { "cidr": "10.0.0.1/16" } }');
    expect(fixAll(text).applied).toBe(1);
    expect(fixAll(text, { maxFileSize: 0.001 })).toEqual({ text, applied: 0, passes: 0 });
  });
});

/**
 * `hints` unused resource groups (one `unused` hint each), then one with an unknown
 * region (`region-unknown`, warning, and `unused`), then two VPCs with invalid CIDR
 * blocks (`cidr-invalid`, error): hints + 4 findings, the errors last in the file.
 */
function manyFindings(hints: number): string {
  const groups = Array.from(
    { length: hints },
    (_, i) => `"rg-${i}": { "type": "serverless", "region": "cn-hangzhou" }`,
  );
  groups.push(`"rg-odd": { "type": "serverless", "region": "cn-hangzhuo" }`);
  return `{
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "resourceGroups": {
    ${groups.join(',\n    ')}
  },
  "vpcs": {
    "vpc-a": { "cidr": "10.0.0.0/33" },
    "vpc-b": { "cidr": "10.1.0.0/99" }
  }
}`;
}

describe('findings per file', () => {
  const capNotice = limitNotice('too-many-findings');

  it('shows every finding up to the limit, with no notice', () => {
    const text = manyFindings(6);
    const all = validate(text).findings;
    expect(summary(all)).toEqual([
      ...Array.from({ length: 6 }, (_, i) => ['unused', 'hint', `/resourceGroups/rg-${i}`]),
      ['unused', 'hint', '/resourceGroups/rg-odd'],
      ['region-unknown', 'warning', '/resourceGroups/rg-odd/region'],
      ['cidr-invalid', 'error', '/vpcs/vpc-a/cidr'],
      ['cidr-invalid', 'error', '/vpcs/vpc-b/cidr'],
    ]);
    expect(validate(text, { maxFindingsPerFile: 10 }).findings).toEqual(all);
  });

  it('above the limit: the most severe first, in document order, after one notice', () => {
    const text = manyFindings(6);
    const all = validate(text).findings;
    const capped = validate(text, { maxFindingsPerFile: 5 }).findings;
    expect(capped).toEqual([
      capNotice(
        '5 more findings are not shown (5 hints): dwnet shows at most 5 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
      ),
      // The errors and the warning are kept although they come last; then the first hints.
      ...all.filter(
        (f) =>
          f.severity !== 'hint' ||
          f.pointer === '/resourceGroups/rg-0' ||
          f.pointer === '/resourceGroups/rg-1',
      ),
    ]);
    expect(summary(capped.slice(1))).toEqual([
      ['unused', 'hint', '/resourceGroups/rg-0'],
      ['unused', 'hint', '/resourceGroups/rg-1'],
      ['region-unknown', 'warning', '/resourceGroups/rg-odd/region'],
      ['cidr-invalid', 'error', '/vpcs/vpc-a/cidr'],
      ['cidr-invalid', 'error', '/vpcs/vpc-b/cidr'],
    ]);
  });

  it('counts the hidden findings by severity, and says "1 more finding"', () => {
    const text = manyFindings(6);
    expect(validate(text, { maxFindingsPerFile: 1 }).findings.map((f) => f.message)).toEqual([
      '9 more findings are not shown (1 error, 1 warning, 7 hints): dwnet shows at most 1 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
      validate(text).findings.find((f) => f.pointer === '/vpcs/vpc-a/cidr')!.message,
    ]);
    expect(validate(text, { maxFindingsPerFile: 9 }).findings[0]!.message).toBe(
      '1 more finding is not shown (1 hint): dwnet shows at most 9 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
    );
  });

  it('counts what is left after configured levels: an "off" rule does not count, a raised one ranks higher', () => {
    const text = manyFindings(6);
    expect(validate(text, { maxFindingsPerFile: 3, rules: { unused: 'off' } }).findings).toEqual(
      validate(text, { rules: { unused: 'off' } }).findings,
    );
    const raised = validate(text, { maxFindingsPerFile: 3, rules: { unused: 'error' } });
    expect(summary(raised.findings)).toEqual([
      ['too-many-findings', 'information', ''],
      ['unused', 'error', '/resourceGroups/rg-0'],
      ['unused', 'error', '/resourceGroups/rg-1'],
      ['unused', 'error', '/resourceGroups/rg-2'],
    ]);
    expect(raised.findings[0]!.message).toMatch(
      /^7 more findings are not shown \(6 errors, 1 warning\)/,
    );
  });

  it('is 1,000 by default, and 0 turns it off', () => {
    expect(DEFAULT_MAX_FINDINGS_PER_FILE).toBe(1000);
    const text = manyFindings(2230);
    const findings = validate(text).findings;
    expect(findings).toHaveLength(1001);
    expect(findings[0]).toEqual(
      capNotice(
        '1,234 more findings are not shown (1,234 hints): dwnet shows at most 1,000 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
      ),
    );
    expect(findings.filter((f) => f.severity !== 'hint').map((f) => f.code)).toEqual([
      'too-many-findings',
      'region-unknown',
      'cidr-invalid',
      'cidr-invalid',
    ]);
    expect(validate(text, { maxFindingsPerFile: 0 }).findings).toHaveLength(2234);
  });

  it('fix-all fixes every finding, shown or not', () => {
    const vpcs = Array.from({ length: 5 }, (_, i) => `"vpc-${i}": { "cidr": "10.${i}.0.1/16" }`);
    const text = `{ "version": 1, "vpcs": { ${vpcs.join(', ')} } }`;
    expect(validate(text, { maxFindingsPerFile: 2 }).findings.map((f) => f.code)).toEqual([
      'too-many-findings',
      'cidr-host-bits',
      'cidr-host-bits',
    ]);
    expect(fixAll(text, { maxFindingsPerFile: 2 }).applied).toBe(5);
  });
});

describe('limit notices', () => {
  it('are not rules of the catalogue', () => {
    const codes = new Set(RULES.map((r) => r.code));
    expect(RULES).toHaveLength(50);
    expect(LIMIT_NOTICES.map((n) => [n.code, n.defaultSeverity, codes.has(n.code)])).toEqual([
      ['file-too-large', 'information', false],
      ['too-many-findings', 'information', false],
    ]);
  });
});

describe('nesting depth limit', () => {
  it('analyses 200 levels, and stops with one json-syntax error at the 201st', () => {
    expect(summary(validate(`${'['.repeat(200)}${']'.repeat(200)}`).findings)).toEqual([
      ['schema', 'error', ''],
    ]);
    const text = `${'['.repeat(201)}${']'.repeat(201)}`;
    expect(validate(text).findings).toEqual([
      {
        code: 'json-syntax',
        severity: 'error',
        message:
          'Nesting deeper than 200 levels: this is not a topology, and dwnet does not analyse it further.',
        pointer: '',
        offset: 200,
        length: 1,
        related: [],
        fixes: [],
      },
    ]);
  });

  it('counts objects and arrays alike, and not brackets inside strings or comments', () => {
    // The root object, 100 objects and 100 arrays: the last array is the 201st level.
    const deep = `{"version": 1, "x": ${'{"a":'.repeat(100)}${'['.repeat(100)}${']'.repeat(100)}${'}'.repeat(100)}}`;
    const finding = validate(deep).findings[0]!;
    expect([finding.code, finding.offset]).toEqual(['json-syntax', deep.lastIndexOf('[')]);
    const quoted = `{"version": 1, "notes": "${'['.repeat(300)}" /* ${'{'.repeat(300)} */}`;
    expect(validate(quoted).findings.map((f) => f.code)).toEqual(['schema']);
  });
});
