// `dwnet fix`: writes the preferred quick fixes (keeping comments, line endings and a
// byte order mark), or with --dry-run prints a unified diff and writes nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
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
