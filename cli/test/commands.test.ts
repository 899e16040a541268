// `dwnet explain`, `dwnet rules`, help and version.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  dir = tempDir();
  write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
  write(dir, 'ok.dwnet.json', SCENARIO1_OK);
});

afterAll(() => removeDir(dir));

describe('dwnet explain', () => {
  it("prints each task's resource group, scenario, path and checklist", () => {
    const run = dwnet(['explain', 'bad.dwnet.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/task daily-report: schedule on resource group rg-a/);
    expect(out).toMatch(/data source rds-orders \(dataSources\): 1 step missing/);
    expect(out).toMatch(/^ {4}Scenario 1 — \S.*$/m);
    expect(out).toMatch(
      /^ {4}path: rg-a → binding 0 \((vpc-hz \/ vsw-hz-a|VPC 'vpc-hz', vSwitch 'vsw-hz-a')\) → rds-orders$/m,
    );
    // Piped: ASCII check boxes, no colour.
    expect(out).toMatch(/^ {4}\[ \] .*10\.0\.1\.0\/24.* \(whitelist-missing\)$/m);
    expect(out).not.toContain('\u001b[');
    expect(out).not.toContain('✗');
  });

  it('marks satisfied steps', () => {
    const run = dwnet(['explain', 'ok.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/rds-orders \(dataSources\): connected/);
    expect(run.stdout).toMatch(/^ {4}\[x\] /m);
    expect(run.stdout).not.toMatch(/^ {4}\[ \] /m);
  });

  it("ends with the document's last step, which dwnet cannot check", () => {
    const run = dwnet(['explain', 'ok.dwnet.json'], dir);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      "    [?] Test the network connectivity in DataWorks: on the Data Sources page of Data Integration, click Test Network Connectivity for resource group 'rg-a' on data source 'rds-orders' (not checked: only DataWorks can test the network itself)",
    );
  });

  it('--task selects one task; an unknown task exits 2 and lists the tasks', () => {
    expect(dwnet(['explain', 'bad.dwnet.json', '--task', 'daily-report'], dir).status).toBe(0);
    const run = dwnet(['explain', 'bad.dwnet.json', '--task', 'nightly'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'dwnet: unknown task "nightly" in bad.dwnet.json; its tasks: daily-report\n',
    );
  });

  it('--format json prints the explanations', () => {
    const run = dwnet(['explain', '--format', 'json', 'bad.dwnet.json'], dir);
    expect(run.status).toBe(0);
    const tasks = JSON.parse(run.stdout) as {
      task: string;
      resourceGroup: string;
      pairs: {
        dataSource: string;
        scenario: number;
        ok: boolean;
        state: string;
        steps: { code?: string; ok: boolean; status: string; description: string }[];
      }[];
    }[];
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      task: 'daily-report',
      kind: 'schedule',
      resourceGroup: 'rg-a',
    });
    const pair = tasks[0]!.pairs[0]!;
    expect(pair).toMatchObject({
      dataSource: 'rds-orders',
      scenario: 1,
      ok: false,
      state: '1 step missing',
    });
    expect(pair.steps.filter((step) => step.status === 'missing').map((step) => step.code)).toEqual(
      ['whitelist-missing'],
    );
    // The last step is the document's connectivity test, which dwnet cannot decide.
    expect(pair.steps.at(-1)).toMatchObject({ ok: false, status: 'notChecked' });
    expect(pair.steps.at(-1)!.code).toBeUndefined();
    expect(pair.steps.at(-1)!.description).toMatch(/^Test the network connectivity in DataWorks/);
  });

  it('exits 2 on a missing file or a wrong number of files', () => {
    const missing = dwnet(['explain', 'missing.dwnet.json'], dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(
      'dwnet: cannot read missing.dwnet.json: no such file or directory\n',
    );
    expect(dwnet(['explain'], dir).status).toBe(2);
    expect(dwnet(['explain', 'bad.dwnet.json', 'ok.dwnet.json'], dir).status).toBe(2);
  });
});

describe('dwnet rules', () => {
  it('prints the catalogue as a table', () => {
    const run = dwnet(['rules'], dir);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+SEVERITY\s+SCENARIO\s+FIXABLE\s+DESCRIPTION$/);
    expect(lines.find((line) => line.startsWith('whitelist-missing '))).toMatch(
      /^whitelist-missing\s+error\s+\S+\s+yes\s+\S/,
    );
    expect(lines.find((line) => line.startsWith('transitive-path '))).toMatch(
      /^transitive-path\s+warning\s+\S+\s+no\s+\S/,
    );
  });

  it('--format json lists every rule with its docs URL', () => {
    const run = dwnet(['rules', '--format', 'json'], dir);
    expect(run.status).toBe(0);
    const rules = JSON.parse(run.stdout) as {
      code: string;
      defaultSeverity: string;
      docsUrl: string;
    }[];
    const codes = rules.map((rule) => rule.code);
    expect(codes).toContain('whitelist-missing');
    expect(codes).toContain('suppression-unused');
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of rules)
      expect(rule.docsUrl).toMatch(new RegExp(`/docs/rules/${rule.code}\\.md$`));
  });
});

describe('help and version', () => {
  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const run = dwnet(['--version'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${pkg.version}\n`);
  });

  it('bin.dwnet is executable and runs through a symbolic link on PATH', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
      bin: { dwnet: string };
    };
    const bin = path.join(ROOT, pkg.bin.dwnet);
    expect(fs.readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(fs.statSync(bin).mode & 0o111).toBe(0o111);
    const onPath = tempDir();
    try {
      fs.symlinkSync(bin, path.join(onPath, 'dwnet'));
      const PATH = [onPath, path.dirname(process.execPath), process.env['PATH']].join(
        path.delimiter,
      );
      const run = spawnSync('dwnet', ['--version'], {
        cwd: dir,
        env: { ...process.env, PATH },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(`${pkg.version}\n`);
    } finally {
      removeDir(onPath);
    }
  });

  it('--help lists every command, the language server included', () => {
    const run = dwnet(['--help'], dir);
    expect(run.status).toBe(0);
    for (const command of ['check', 'fix', 'explain', 'rules', 'lsp']) {
      expect(run.stdout).toContain(`dwnet ${command} `);
    }
  });

  it('lsp without a transport is a usage error', () => {
    const run = dwnet(['lsp'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("dwnet: lsp needs a transport, e.g. 'dwnet lsp --stdio'\n");
    expect(dwnet(['lsp', '--help'], dir).stdout).toContain('Usage: dwnet lsp --stdio');
  });

  it('<command> --help shows that command’s options', () => {
    const check = dwnet(['check', '--help'], dir);
    expect(check.status).toBe(0);
    for (const flag of ['--format', '--fail-on', '--config', '--rule', '--no-color']) {
      expect(check.stdout).toContain(flag);
    }
    expect(dwnet(['fix', '--help'], dir).stdout).toContain('--dry-run');
    expect(dwnet(['explain', '-h'], dir).stdout).toContain('--task');
    expect(dwnet(['help', 'rules'], dir).stdout).toContain('Usage: dwnet rules');
  });

  it('rejects unknown commands with a short usage', () => {
    const run = dwnet(['lint', 'x'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      "dwnet: unknown command 'lint'\nUsage: dwnet <check|fix|explain|rules|import|graph|lsp> [options]\nRun 'dwnet --help' for details.\n",
    );
  });
});
