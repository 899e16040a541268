// `--max-file-size <MB>` and `--max-findings <N>` of `dwnet check` and `dwnet fix`, and
// the same limits in dwnet.config.json: the notices as a user sees them in every format.
import * as fs from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dwnet, ensureBuilt, removeDir, tempDir, write, type JsonDiagnostic } from './helpers';

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
});

beforeEach(() => {
  dir = tempDir();
});

afterEach(() => removeDir(dir));

/** A clean topology padded with spaces to exactly `bytes` bytes (ASCII). */
function fileOf(bytes: number, body = '"version": 1'): string {
  const text = `{ ${body} }`;
  return `{ ${body}${' '.repeat(bytes - text.length)} }`;
}

/** Five VPCs whose CIDR blocks have host bits set: five `cidr-host-bits` warnings. */
const FIVE_WARNINGS = `{
  "version": 1,
  "vpcs": {
    "vpc-0": { "cidr": "10.0.0.1/16" },
    "vpc-1": { "cidr": "10.1.0.1/16" },
    "vpc-2": { "cidr": "10.2.0.1/16" },
    "vpc-3": { "cidr": "10.3.0.1/16" },
    "vpc-4": { "cidr": "10.4.0.1/16", "region": "cn-hangzhuo" }
  }
}
`;

function diagnosticsOf(stdout: string): JsonDiagnostic[][] {
  const report = JSON.parse(stdout) as { files: { diagnostics: JsonDiagnostic[] }[] };
  return report.files.map((file) => file.diagnostics);
}

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('--max-file-size', () => {
  it('checks a file at the limit, and reports one notice for a file one byte above it', () => {
    write(dir, 'at.dwnet.json', fileOf(1048));
    write(dir, 'above.dwnet.json', fileOf(1049));
    const run = dwnet(['check', '--max-file-size', '0.001', '-f', 'json', '.'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(diagnosticsOf(run.stdout)).toEqual([
      [
        {
          code: 'file-too-large',
          severity: 'information',
          message:
            "This file is 1,049 bytes, above dwnet's limit of 0.001 MB (1,048 bytes) (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
          pointer: '',
          range: START,
        },
      ],
      [],
    ]);
  });

  it('prints the notice with its docs link in text, and fails only with --fail-on information', () => {
    write(dir, 'big.dwnet.json', fileOf(3 * 1024));
    const run = dwnet(['check', '--max-file-size=0.002', 'big.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "big.dwnet.json:1:1: information file-too-large: This file is 0.003 MB, above dwnet's limit of 0.002 MB (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.\n" +
        '  help: https://github.com/dwnet/dwnet/blob/main/docs/rules/file-too-large.md\n\n' +
        '0 errors, 0 warnings, 1 info, 0 hints in 1 file\n',
    );
    const failing = dwnet(
      ['check', '--max-file-size', '0.002', '--fail-on', 'information', 'big.dwnet.json'],
      dir,
    );
    expect(failing.status).toBe(1);
  });

  it('replaces every finding of a file above the limit, and 0 turns the limit off', () => {
    const text = FIVE_WARNINGS.padEnd(2000, ' ');
    write(dir, 'warnings.dwnet.json', text);
    const limited = dwnet(['check', '--max-file-size', '.001', '-f', 'json', '.'], dir);
    expect(diagnosticsOf(limited.stdout)[0]!.map((d) => d.code)).toEqual(['file-too-large']);
    const unlimited = dwnet(['check', '--max-file-size', '0', '-f', 'json', '.'], dir);
    expect(diagnosticsOf(unlimited.stdout)[0]!.map((d) => d.code)).toEqual([
      'cidr-host-bits',
      'cidr-host-bits',
      'cidr-host-bits',
      'cidr-host-bits',
      'cidr-host-bits',
      'region-unknown',
    ]);
  });

  it('dwnet fix leaves a file above the limit untouched and reports the notice', () => {
    const text = FIVE_WARNINGS.padEnd(2000, ' ');
    const file = write(dir, 'warnings.dwnet.json', text);
    const run = dwnet(['fix', '--max-file-size', '0.001', 'warnings.dwnet.json'], dir);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(run.stdout).not.toContain('fixed');
    expect(run.stdout).toContain('warnings.dwnet.json:1:1: information file-too-large: ');
    expect(dwnet(['fix', 'warnings.dwnet.json'], dir).stdout).toContain(
      'fixed 6 problems in warnings.dwnet.json',
    );
  });
});

describe('--max-findings', () => {
  it('keeps the most severe in document order, after one notice, in JSON and SARIF', () => {
    write(dir, 'warnings.dwnet.json', FIVE_WARNINGS);
    const run = dwnet(['check', '--max-findings', '2', '-f', 'json', '.'], dir);
    expect(run.status).toBe(0);
    const [diagnostics] = diagnosticsOf(run.stdout);
    expect(diagnostics!.map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['too-many-findings', 'information', ''],
      ['cidr-host-bits', 'warning', '/vpcs/vpc-0/cidr'],
      ['cidr-host-bits', 'warning', '/vpcs/vpc-1/cidr'],
    ]);
    expect(diagnostics![0]).toEqual({
      code: 'too-many-findings',
      severity: 'information',
      message:
        '4 more findings are not shown (4 warnings): dwnet shows at most 2 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
      pointer: '',
      range: START,
    });

    const sarif = JSON.parse(
      dwnet(['check', '--max-findings', '2', '-f', 'sarif', '.'], dir).stdout,
    ) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string }[];
      }[];
    };
    const { driver } = sarif.runs[0]!.tool;
    const results = sarif.runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['too-many-findings', 'note'],
      ['cidr-host-bits', 'warning'],
      ['cidr-host-bits', 'warning'],
    ]);
    for (const result of results) expect(driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(driver.rules.map((r) => r.id).slice(-2)).toEqual([
      'file-too-large',
      'too-many-findings',
    ]);
  });

  it('0 turns the limit off; dwnet fix fixes every finding, shown or not', () => {
    const file = write(dir, 'warnings.dwnet.json', FIVE_WARNINGS);
    const all = dwnet(['check', '--max-findings', '0', '-f', 'json', '.'], dir);
    expect(diagnosticsOf(all.stdout)[0]).toHaveLength(6);
    const fixed = dwnet(['fix', '--max-findings', '1', 'warnings.dwnet.json'], dir);
    expect(fixed.stdout).toContain('fixed 6 problems in warnings.dwnet.json');
    expect(fs.readFileSync(file, 'utf8')).toContain('"10.4.0.0/16"');
  });
});

describe('limits in dwnet.config.json', () => {
  it('applies them, and the options win over them', () => {
    write(dir, 'warnings.dwnet.json', FIVE_WARNINGS);
    write(dir, 'dwnet.config.json', '{ "maxFindingsPerFile": 1, "maxFileSize": 0.0001 }');
    const fromConfig = dwnet(['check', '-f', 'json', '.'], dir);
    expect(diagnosticsOf(fromConfig.stdout)[0]!.map((d) => d.code)).toEqual(['file-too-large']);
    const sizeFromOption = dwnet(['check', '--max-file-size', '1', '-f', 'json', '.'], dir);
    expect(diagnosticsOf(sizeFromOption.stdout)[0]!.map((d) => d.code)).toEqual([
      'too-many-findings',
      'cidr-host-bits',
    ]);
    const both = dwnet(
      ['check', '--max-file-size', '1', '--max-findings', '3', '-f', 'json', '.'],
      dir,
    );
    expect(diagnosticsOf(both.stdout)[0]).toHaveLength(4);
  });

  it('rejects a bad limit with a clear message and exit status 2', () => {
    for (const [config, message] of [
      ['{ "maxFileSize": "20" }', '"maxFileSize": expected a number ≥ 0 (0: no limit)'],
      ['{ "maxFileSize": -1 }', '"maxFileSize": expected a number ≥ 0 (0: no limit)'],
      [
        '{ "maxFindingsPerFile": 1.5 }',
        '"maxFindingsPerFile": expected a whole number ≥ 0 (0: no limit)',
      ],
      [
        '{ "maxFilesize": 10 }',
        'unknown property "maxFilesize" (did you mean "maxFileSize"?); expected "rules", "maxFileSize" or "maxFindingsPerFile"',
      ],
    ]) {
      write(dir, 'dwnet.config.json', config!);
      const run = dwnet(['check', 'x.dwnet.json'], dir);
      expect(run.status, config).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr, config).toBe(`dwnet: invalid config dwnet.config.json: ${message}\n`);
    }
  });
});

describe('bad option values', () => {
  it('exit 2 with a clear message and the usage, for check and fix', () => {
    write(dir, 'ok.dwnet.json', fileOf(100));
    const size = (value: string) =>
      `dwnet: invalid --max-file-size '${value}'; expected a size in MB such as 20 or 0.5 (0: no limit)\n`;
    const count = (value: string) =>
      `dwnet: invalid --max-findings '${value}'; expected a whole number of findings such as 1000 (0: no limit)\n`;
    for (const [args, message] of [
      [['--max-file-size', 'abc'], size('abc')],
      [['--max-file-size=-1'], size('-1')],
      [['--max-file-size', '20MB'], size('20MB')],
      [['--max-file-size', ''], size('')],
      [['--max-findings', '1.5'], count('1.5')],
      [['--max-findings=-3'], count('-3')],
      [['--max-findings', 'many'], count('many')],
      [['--max-findings'], "dwnet: option '--max-findings' needs a value\n"],
    ] as const) {
      for (const command of ['check', 'fix']) {
        const run = dwnet([command, 'ok.dwnet.json', ...args], dir);
        const label = `${command} ${args.join(' ')}`;
        expect(run.status, label).toBe(2);
        expect(run.stdout, label).toBe('');
        expect(run.stderr, label).toBe(
          `${message}Usage: dwnet ${command} <files or folders…> ${command === 'fix' ? '[--dry-run] ' : ''}[options]\nRun 'dwnet ${command} --help' for details.\n`,
        );
      }
    }
  });

  it('both options are in the help of check and fix', () => {
    for (const command of ['check', 'fix']) {
      const help = dwnet([command, '--help'], dir).stdout;
      expect(help).toContain('--max-file-size <MB>');
      expect(help).toContain('--max-findings <N>');
    }
  });
});

describe('dwnet rules', () => {
  it('lists the 50 rules of the catalogue, not the limit notices', () => {
    const rules = JSON.parse(dwnet(['rules', '--format', 'json'], dir).stdout) as {
      code: string;
    }[];
    expect(rules).toHaveLength(50);
    expect(rules.map((r) => r.code)).not.toContain('file-too-large');
    expect(rules.map((r) => r.code)).not.toContain('too-many-findings');
  });
});
