// `dwnet check`: exit codes, the JSON document of SPEC §1, the text and SARIF formats,
// folder discovery, rule overrides and unreadable inputs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SCENARIO1_BAD,
  SCENARIO1_OK,
  WARNING_ONLY,
  dwnet,
  ensureBuilt,
  positionOf,
  removeDir,
  tempDir,
  write,
  type JsonDiagnostic,
} from './helpers';

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir();
  write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
  write(dir, 'ok.dwnet.json', SCENARIO1_OK);
  write(dir, 'warn.dwnet.json', WARNING_ONLY);
});

afterAll(() => removeDir(dir));

interface JsonReport {
  version: number;
  files: { file: string; diagnostics: JsonDiagnostic[]; connectivity: Record<string, unknown>[] }[];
}

function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}

describe('exit codes', () => {
  it('exits 0 on a clean file', () => {
    const run = dwnet(['check', 'ok.dwnet.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 when there is an error', () => {
    expect(dwnet(['check', 'bad.dwnet.json'], dir).status).toBe(1);
  });

  it('exits 0 on warnings unless --fail-on warning', () => {
    expect(dwnet(['check', 'warn.dwnet.json'], dir).status).toBe(0);
    expect(dwnet(['check', '--fail-on', 'warning', 'warn.dwnet.json'], dir).status).toBe(1);
    expect(dwnet(['check', '--fail-on=hint', 'ok.dwnet.json'], dir).status).toBe(0);
  });

  it('exits 2 with a short usage on a bad flag or value', () => {
    for (const args of [
      ['check', '--frobnicate', 'ok.dwnet.json'],
      ['check', '--format', 'xml', 'ok.dwnet.json'],
      ['check', '--fail-on', 'fatal', 'ok.dwnet.json'],
      ['check'],
      ['chekc', 'ok.dwnet.json'],
      ['--frobnicate'],
      [],
    ]) {
      const run = dwnet(args, dir);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stdout, args.join(' ')).toBe('');
      expect(run.stderr, args.join(' ')).toMatch(/^dwnet: .+\nUsage: dwnet/);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(dwnet(['check', '--formt', 'json', 'ok.dwnet.json'], dir).stderr).toContain(
      `unknown option '--formt' (did you mean "--format"?)`,
    );
  });
});

describe('--format json', () => {
  it('prints exactly the document of SPEC §1', () => {
    const run = dwnet(['check', '--format', 'json', 'bad.dwnet.json', 'ok.dwnet.json'], dir);
    expect(run.status).toBe(1);
    const report = parseJson(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'files']);
    expect(report.version).toBe(1);
    expect(report.files.map((file) => file.file)).toEqual(['bad.dwnet.json', 'ok.dwnet.json']);

    const [bad, ok] = report.files;
    expect(Object.keys(bad!)).toEqual(['file', 'diagnostics', 'connectivity']);
    expect(bad!.diagnostics).toHaveLength(1);
    const diagnostic = bad!.diagnostics[0]!;
    expect(Object.keys(diagnostic)).toEqual([
      'code',
      'severity',
      'message',
      'pointer',
      'range',
      'scenario',
    ]);
    expect(diagnostic).toMatchObject({
      code: 'whitelist-missing',
      severity: 'error',
      pointer: '/dataSources/rds-orders/whitelist',
      scenario: 1,
    });
    expect(diagnostic.message).toContain('10.0.1.0/24');
    const start = positionOf(SCENARIO1_BAD, '["10.0.2.0/24"]');
    expect(diagnostic.range).toEqual({
      start,
      end: { line: start.line, character: start.character + '["10.0.2.0/24"]'.length },
    });
    expect(bad!.connectivity).toEqual([
      {
        task: 'daily-report',
        resourceGroup: 'rg-a',
        dataSource: 'rds-orders',
        scenario: 1,
        binding: 0,
        ok: false,
        missing: ['whitelist-missing'],
      },
    ]);

    expect(ok!.diagnostics).toEqual([]);
    expect(ok!.connectivity).toEqual([
      {
        task: 'daily-report',
        resourceGroup: 'rg-a',
        dataSource: 'rds-orders',
        scenario: 1,
        binding: 0,
        ok: true,
        missing: [],
      },
    ]);
  });

  it('leaves scenario out when none applies and sorts diagnostics by position', () => {
    const text = SCENARIO1_BAD.replace('"10.0.0.0/16"', '"10.0.0.0/33"').replace(
      '"address": "10.0.2.20"',
      '"address": "10.0.2.300"',
    );
    write(dir, 'structure.dwnet.json', text);
    const run = dwnet(['check', '-f', 'json', 'structure.dwnet.json'], dir);
    const diagnostics = parseJson(run.stdout).files[0]!.diagnostics;
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('cidr-invalid');
    expect(codes).toContain('ip-invalid');
    for (const diagnostic of diagnostics.filter((d) => d.code !== 'whitelist-missing')) {
      expect('scenario' in diagnostic, diagnostic.code).toBe(false);
    }
    const starts = diagnostics.map((d) => d.range.start.line * 1e6 + d.range.start.character);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('names files relative to the current directory with forward slashes', () => {
    write(dir, 'nested/deeper/x.dwnet.json', SCENARIO1_OK);
    const run = dwnet(['check', '--format=json', path.join(dir, 'nested')], dir);
    expect(parseJson(run.stdout).files.map((file) => file.file)).toEqual([
      'nested/deeper/x.dwnet.json',
    ]);
  });

  it('reports a file that is not JSON as json-syntax, not as a crash', () => {
    write(dir, 'garbage.dwnet.json', '{ "version": 1, "vpcs": { ');
    const run = dwnet(['check', '--format', 'json', 'garbage.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const codes = parseJson(run.stdout).files[0]!.diagnostics.map((d) => d.code);
    expect(codes).toContain('json-syntax');
  });
});

describe('--format text', () => {
  it('prints compiler-style diagnostics with the source line and a caret underline', () => {
    const run = dwnet(['check', 'bad.dwnet.json'], dir);
    const start = positionOf(SCENARIO1_BAD, '["10.0.2.0/24"]');
    const lines = run.stdout.split('\n');
    const header = `bad.dwnet.json:${start.line + 1}:${start.character + 1}: error whitelist-missing: `;
    const at = lines.findIndex((line) => line.startsWith(header));
    expect(at, run.stdout).toBeGreaterThanOrEqual(0);
    expect(lines[at + 1]).toBe(` ${start.line + 1} |       "whitelist": ["10.0.2.0/24"]`);
    const caret = lines[at + 2]!;
    expect(caret).toMatch(/^ +\| +\^~+$/);
    // The underline sits under the array: `^` at its first column, `~` to its end.
    const underline = caret.slice(caret.indexOf('|') + 2);
    expect(underline.indexOf('^')).toBe(start.character);
    expect(underline.trimStart()).toHaveLength('["10.0.2.0/24"]'.length);
    expect(run.stdout).toMatch(/\n {2}help: https:\/\/\S+\/whitelist-missing\.md\n/);
    expect(run.stdout).toContain('1 error, 0 warnings, 0 infos, 0 hints in 1 file\n');
  });

  it('has no colour when piped, and none with --no-color', () => {
    expect(dwnet(['check', 'bad.dwnet.json'], dir).stdout).not.toContain('\u001b[');
    expect(dwnet(['check', '--no-color', 'bad.dwnet.json'], dir).stdout).not.toContain('\u001b[');
  });

  it('counts every file in the summary', () => {
    const run = dwnet(['check', 'ok.dwnet.json', 'warn.dwnet.json', 'bad.dwnet.json'], dir);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      '1 error, 1 warning, 0 infos, 0 hints in 3 files',
    );
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with every rule and located results', () => {
    const run = dwnet(['check', '--format', 'sarif', 'bad.dwnet.json'], dir);
    expect(run.status).toBe(1);
    const sarif = JSON.parse(run.stdout) as {
      $schema: string;
      version: string;
      runs: {
        tool: {
          driver: {
            name: string;
            version: string;
            informationUri: string;
            rules: {
              id: string;
              shortDescription: { text: string };
              helpUri: string;
              defaultConfiguration: { level: string };
            }[];
          };
        };
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          message: { text: string };
          locations: {
            physicalLocation: {
              artifactLocation: { uri: string };
              region: {
                startLine: number;
                startColumn: number;
                endLine: number;
                endColumn: number;
              };
            };
          }[];
          properties: { pointer: string; scenario?: number };
        }[];
      }[];
    };
    expect(sarif.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const { driver } = sarif.runs[0]!.tool;
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
      version: string;
    };
    expect(driver.name).toBe('dwnet');
    expect(driver.version).toBe(pkg.version);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.length).toBeGreaterThanOrEqual(40);
    for (const rule of driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://.*/docs/rules/${rule.id}\\.md$`));
      expect(rule.shortDescription.text).not.toBe('');
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    const byId = new Map(driver.rules.map((rule) => [rule.id, rule]));
    expect(byId.get('whitelist-missing')?.defaultConfiguration.level).toBe('error');
    expect(byId.get('transitive-path')?.defaultConfiguration.level).toBe('warning');
    expect(byId.get('internet-unstable')?.defaultConfiguration.level).toBe('note');
    expect(byId.get('unused')?.defaultConfiguration.level).toBe('note');

    const results = sarif.runs[0]!.results;
    expect(results).toHaveLength(1);
    const result = results[0]!;
    expect(result.ruleId).toBe('whitelist-missing');
    expect(driver.rules[result.ruleIndex]!.id).toBe('whitelist-missing');
    expect(result.level).toBe('error');
    expect(result.message.text).toContain('10.0.1.0/24');
    const start = positionOf(SCENARIO1_BAD, '["10.0.2.0/24"]');
    const location = result.locations[0]!.physicalLocation;
    expect(location.artifactLocation.uri).toBe('bad.dwnet.json');
    expect(location.region).toEqual({
      startLine: start.line + 1,
      startColumn: start.character + 1,
      endLine: start.line + 1,
      endColumn: start.character + 1 + '["10.0.2.0/24"]'.length,
    });
    expect(result.properties).toEqual({
      pointer: '/dataSources/rds-orders/whitelist',
      scenario: 1,
    });
  });
});

describe('inputs', () => {
  it('searches folders recursively, sorted, skipping node_modules and dot-folders', () => {
    const tree = tempDir();
    try {
      write(tree, 'b/two.dwnet.json', SCENARIO1_OK);
      write(tree, 'a/one.dwnet.json', SCENARIO1_OK);
      write(tree, 'a/z/three.dwnet.json', SCENARIO1_OK);
      write(tree, 'top.dwnet.json', SCENARIO1_OK);
      write(tree, 'not-a-topology.json', '{}');
      write(tree, 'node_modules/pkg/x.dwnet.json', SCENARIO1_BAD);
      write(tree, '.git/y.dwnet.json', SCENARIO1_BAD);
      const run = dwnet(['check', '--format', 'json', '.'], tree);
      expect(run.status).toBe(0);
      expect(parseJson(run.stdout).files.map((file) => file.file)).toEqual([
        'a/one.dwnet.json',
        'a/z/three.dwnet.json',
        'b/two.dwnet.json',
        'top.dwnet.json',
      ]);
    } finally {
      removeDir(tree);
    }
  });

  it('reports an unreadable path on stderr, checks the others, and exits 2', () => {
    fs.mkdirSync(path.join(dir, 'empty'), { recursive: true });
    const run = dwnet(
      ['check', '--format', 'json', 'missing.dwnet.json', 'ok.dwnet.json', 'empty'],
      dir,
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'dwnet: cannot read missing.dwnet.json: no such file or directory\n' +
        'dwnet: cannot read empty: no *.dwnet.json files found\n',
    );
    // The missing file is an input file (SPEC §6): it appears, with file-unreadable; an
    // empty folder is no file.
    const files = parseJson(run.stdout).files;
    expect(files.map((file) => file.file)).toEqual(['missing.dwnet.json', 'ok.dwnet.json']);
    expect(files[0]!.diagnostics.map((d) => d.code)).toEqual(['file-unreadable']);
  });

  it('exits 2 on unreadable input even when the readable files have errors', () => {
    const run = dwnet(['check', 'bad.dwnet.json', 'nope.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('error whitelist-missing');
  });

  it('reports a UTF-16 file with encoding-invalid, and checks the others', () => {
    write(dir, 'utf16.dwnet.json', Buffer.from('\ufeff{ "version": 1 }', 'utf16le'));
    const run = dwnet(['check', 'utf16.dwnet.json', 'ok.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^utf16\.dwnet\.json:1:1: error encoding-invalid: This file is UTF-16 text .*Save it as UTF-8/,
    );
    expect(run.stdout).toContain('1 error, 0 warnings, 0 infos, 0 hints in 2 files\n');
  });

  it('reads files with a byte order mark', () => {
    write(
      dir,
      'bom.dwnet.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SCENARIO1_OK)]),
    );
    expect(dwnet(['check', 'bom.dwnet.json'], dir).status).toBe(0);
  });
});

describe('rule severities', () => {
  it('--rule code=off silences a rule', () => {
    const run = dwnet(
      ['check', '--format', 'json', '--rule', 'whitelist-missing=off', 'bad.dwnet.json'],
      dir,
    );
    expect(run.status).toBe(0);
    expect(parseJson(run.stdout).files[0]!.diagnostics).toEqual([]);
  });

  it('--rule changes a severity, and --fail-on applies to the new one', () => {
    const args = [
      'check',
      '--format',
      'json',
      '--rule',
      'whitelist-missing=warning',
      'bad.dwnet.json',
    ];
    const run = dwnet(args, dir);
    expect(run.status).toBe(0);
    expect(parseJson(run.stdout).files[0]!.diagnostics[0]!.severity).toBe('warning');
    expect(dwnet([...args, '--fail-on', 'warning'], dir).status).toBe(1);
  });

  it('rejects an unknown code or level', () => {
    const code = dwnet(['check', '--rule', 'whitelist-mising=off', 'bad.dwnet.json'], dir);
    expect(code.status).toBe(2);
    expect(code.stderr).toContain(
      'unknown rule "whitelist-mising" (did you mean "whitelist-missing"?)',
    );
    const level = dwnet(['check', '--rule', 'whitelist-missing=fatal', 'bad.dwnet.json'], dir);
    expect(level.status).toBe(2);
    expect(level.stderr).toContain('invalid level "fatal"');
    expect(dwnet(['check', '--rule', 'whitelist-missing', 'bad.dwnet.json'], dir).status).toBe(2);
  });

  it('reads dwnet.config.json from the current directory, and --rule wins over it', () => {
    const project = tempDir();
    try {
      write(project, 'bad.dwnet.json', SCENARIO1_BAD);
      write(
        project,
        'dwnet.config.json',
        '{\n  // CI only\n  "rules": { "whitelist-missing": "off" },\n}\n',
      );
      expect(dwnet(['check', 'bad.dwnet.json'], project).status).toBe(0);
      const overridden = dwnet(
        ['check', '--rule', 'whitelist-missing=error', 'bad.dwnet.json'],
        project,
      );
      expect(overridden.status).toBe(1);
    } finally {
      removeDir(project);
    }
  });

  it('takes --config <path>, and a bad config is a usage error with a clear message', () => {
    write(dir, 'configs/hint.json', '{ "rules": { "whitelist-missing": "hint" } }');
    write(dir, 'configs/broken.json', '{ "rules": ');
    write(dir, 'configs/unknown.json', '{ "rules": { "no-such-rule": "off" } }');
    write(dir, 'configs/extra.json', '{ "rulez": {} }');

    const hint = dwnet(
      ['check', '--config', 'configs/hint.json', '-f', 'json', 'bad.dwnet.json'],
      dir,
    );
    expect(hint.status).toBe(0);
    expect(parseJson(hint.stdout).files[0]!.diagnostics[0]!.severity).toBe('hint');

    for (const [config, message] of [
      ['configs/broken.json', /^dwnet: invalid config configs\/broken\.json: .*line 1/],
      [
        'configs/unknown.json',
        /^dwnet: invalid config configs\/unknown\.json: unknown rule "no-such-rule"/,
      ],
      [
        'configs/extra.json',
        /^dwnet: invalid config configs\/extra\.json: unknown property "rulez"/,
      ],
      ['configs/missing.json', /^dwnet: cannot read config configs\/missing\.json: no such file/],
    ] as const) {
      const run = dwnet(['check', '--config', config, 'bad.dwnet.json'], dir);
      expect(run.status, config).toBe(2);
      expect(run.stdout, config).toBe('');
      expect(run.stderr, config).toMatch(message);
    }
  });
});
