// `dwnet fix`: writes the preferred quick fixes (keeping comments, line endings and a
// byte order mark), or with --dry-run prints a unified diff and writes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ROOT,
  SCENARIO1_BAD,
  SCENARIO1_OK,
  dwnet,
  ensureBuilt,
  removeDir,
  tempDir,
  write,
} from './helpers';

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
});

beforeEach(() => {
  dir = tempDir();
});

afterEach(() => removeDir(dir));

describe('dwnet fix', () => {
  it('--dry-run prints a unified diff and writes nothing', () => {
    const file = write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
    const before = fs.statSync(file).mtimeMs;
    const run = dwnet(['fix', '--dry-run', 'bad.dwnet.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^--- a\/bad\.dwnet\.json\n\+\+\+ b\/bad\.dwnet\.json\n@@ -\d+,\d+ \+\d+,\d+ @@/,
    );
    expect(run.stdout).toMatch(/^-\s+"whitelist": \["10\.0\.2\.0\/24"\]/m);
    expect(run.stdout).toMatch(/^\+.*10\.0\.1\.0\/24/m);
    expect(run.stdout).toContain('would fix 1 problem in bad.dwnet.json');
    expect(run.stdout).toContain('0 errors, 0 warnings, 0 infos, 0 hints in 1 file');
    expect(fs.readFileSync(file, 'utf8')).toBe(SCENARIO1_BAD);
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('writes the fix, keeps comments, and the file then checks clean', () => {
    const file = write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
    const run = dwnet(['fix', 'bad.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fixed 1 problem in bad.dwnet.json\n');
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).not.toBe(SCENARIO1_BAD);
    expect(fixed).toContain('// Scenario 1: same account, same region.');
    expect(fixed).toContain("// Only the database's own vSwitch so far.");
    expect(fixed).toContain('10.0.1.0/24');
    expect(dwnet(['check', 'bad.dwnet.json'], dir).status).toBe(0);
  });

  it('leaves a clean file untouched and says nothing about it', () => {
    const file = write(dir, 'ok.dwnet.json', SCENARIO1_OK);
    const before = fs.statSync(file).mtimeMs;
    const run = dwnet(['fix', 'ok.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 errors, 0 warnings, 0 infos, 0 hints in 1 file\n');
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const crlf = SCENARIO1_BAD.replace(/\n/g, '\r\n');
    const file = write(
      dir,
      'crlf.dwnet.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf, 'utf8')]),
    );
    expect(dwnet(['fix', 'crlf.dwnet.json'], dir).status).toBe(0);
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text).toContain('10.0.1.0/24');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('reports what remains like check, with its exit code', () => {
    // A classic-network data source has no quick fix: it remains an error.
    const text = SCENARIO1_BAD.replace(
      '"network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.2.20" }',
      '"network": { "type": "classic" }',
    );
    write(dir, 'classic.dwnet.json', text);
    const run = dwnet(['fix', 'classic.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^classic\.dwnet\.json:\d+:\d+: error classic-network: /m);
    expect(dwnet(['fix', '--fail-on', 'warning', 'missing.dwnet.json'], dir).status).toBe(2);
  });

  it('goes on with the other files when one cannot be read', () => {
    write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
    const run = dwnet(['fix', 'missing.dwnet.json', 'bad.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('dwnet: cannot read missing.dwnet.json: no such file or directory\n');
    expect(run.stdout).toContain('fixed 1 problem in bad.dwnet.json');
    expect(fs.readFileSync(path.join(dir, 'bad.dwnet.json'), 'utf8')).toContain('10.0.1.0/24');
  });
});

/** A before file of test/fixtures/fixes (SPEC §4 "Fix safety" cases). */
const fixFixture = (name: string) =>
  fs.readFileSync(path.join(ROOT, 'test/fixtures/fixes', `${name}.before.dwnet.json`), 'utf8');

describe('dwnet fix never opens what a drop rule closes (issue 13)', () => {
  it("leaves the review's priority-1 deny on MySQL in place and says which rule decides", () => {
    const text = fixFixture('ds-sg-ingress-missing.review.offered');
    const file = write(dir, 'review.dwnet.json', text);
    const run = dwnet(['fix', 'review.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(run.stdout).not.toContain('fixed');
    expect(run.stdout).toContain(
      'Rule 0 (drop 0.0.0.0/0, port 3306, priority 1) decides: the matching rule with the highest priority wins (1 is the highest), and drop wins over accept at equal priority.',
    );
    expect(run.stdout).toContain('1 error, 0 warnings, 0 infos, 0 hints in 1 file');
  });

  it("leaves an advanced group's priority-1 egress drop rule in place", () => {
    const text = fixFixture('rg-sg-egress-missing.4.offered');
    const file = write(dir, 'egress.dwnet.json', text);
    expect(dwnet(['fix', 'egress.dwnet.json'], dir).status).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('adds an accept rule one priority above a blanket deny below priority 1, and keeps the deny', () => {
    const text = fixFixture('ds-sg-ingress-missing.7');
    const file = write(dir, 'blanket.dwnet.json', text);
    const run = dwnet(['fix', 'blanket.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('fixed 1 problem in blanket.dwnet.json');
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).toContain(
      '{ "direction": "ingress", "cidr": "0.0.0.0/0", "ports": "3306", "policy": "drop", "priority": 10 },',
    );
    expect(fixed).toContain(
      '{ "direction": "ingress", "cidr": "10.60.100.0/24", "ports": "3306", "policy": "accept", "priority": 9 }',
    );
    expect(dwnet(['check', 'blanket.dwnet.json'], dir).status).toBe(0);
  });

  it('removes no route and no whitelist entry, even those it warns about', () => {
    for (const name of ['route-own-vpc', 'route-unused', 'whitelist-open']) {
      const text = fixFixture(name);
      const file = write(dir, `${name}.dwnet.json`, text);
      dwnet(['fix', `${name}.dwnet.json`], dir);
      expect(fs.readFileSync(file, 'utf8'), name).toBe(text);
    }
  });
});
