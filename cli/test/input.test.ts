// SPEC §6 in the CLI: text output counts columns in code points and places the caret by
// display width (wide characters take two cells, tabs expand); JSON and SARIF keep UTF-16
// positions; a file that is not UTF-8 gets `encoding-invalid`, one that cannot be read
// `file-unreadable`, and every input file appears in the JSON and SARIF reports.
import { spawnSync } from 'node:child_process';
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
  type JsonDiagnostic,
} from './helpers';

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
});

beforeEach(() => {
  dir = tempDir();
});

afterEach(() => removeDir(dir));

interface JsonFile {
  file: string;
  diagnostics: JsonDiagnostic[];
  connectivity: unknown[];
}

function jsonFiles(stdout: string): JsonFile[] {
  return (JSON.parse(stdout) as { files: JsonFile[] }).files;
}

/** The lines of one text diagnostic: header, source line, caret line. */
function textDiagnostic(stdout: string, header: string): [string, string, string] {
  const lines = stdout.split('\n');
  const at = lines.findIndex((line) => line.startsWith(header));
  if (at < 0) throw new Error(`no line starting with ${header} in:\n${stdout}`);
  return [lines[at]!, lines[at + 1]!, lines[at + 2]!];
}

/** What follows the gutter (` 18 | `) of an excerpt or caret line. */
function afterGutter(line: string): string {
  return line.slice(line.indexOf('|') + 2);
}

// Before the whitelist, on its line: a comment with three CJK characters (one UTF-16 unit,
// two cells each) and U+20000 (a CJK ideograph outside the BMP: two UTF-16 units, one code
// point, two cells).
const WIDE_PREFIX = '      "whitelist": /* 订单库𠀀 */ ';
const WIDE = SCENARIO1_BAD.replace(
  '      "whitelist": ["10.0.2.0/24"]',
  `${WIDE_PREFIX}["10.0.2.0/24"],\n      "备注": "订单库"`,
);

describe('wide characters and tabs', () => {
  it('text: the column counts code points and the caret sits under the anchor', () => {
    write(dir, 'wide.dwnet.json', WIDE);
    const run = dwnet(['check', 'wide.dwnet.json'], dir);
    expect(run.status).toBe(1);
    const line = WIDE.split('\n').findIndex((text) => text.startsWith(WIDE_PREFIX)) + 1;
    // 31 UTF-16 units, 30 code points, 34 cells before the array.
    expect(WIDE_PREFIX.length).toBe(31);
    const [header, source, caret] = textDiagnostic(
      run.stdout,
      `wide.dwnet.json:${line}:31: error whitelist-missing: `,
    );
    expect(header).toContain('10.0.1.0/24');
    expect(afterGutter(source)).toBe(`${WIDE_PREFIX}["10.0.2.0/24"],`);
    expect(afterGutter(caret)).toBe(`${' '.repeat(34)}^${'~'.repeat(14)}`);

    // A range of wide characters is underlined across their cells: "订单库" is 8 cells,
    // after 14 (12 code points, two of them wide).
    const [, remark, underline] = textDiagnostic(
      run.stdout,
      `wide.dwnet.json:${line + 1}:13: error schema: `,
    );
    expect(afterGutter(remark)).toBe('      "备注": "订单库"');
    expect(afterGutter(underline)).toBe(`${' '.repeat(14)}^${'~'.repeat(7)}`);
  });

  it('text: an emoji with its variation selector takes two cells', () => {
    const run = dwnet(['check', 'test/fixtures/bad-input/unicode-ids.dwnet.json'], ROOT);
    const [, source, caret] = textDiagnostic(
      run.stdout,
      'test/fixtures/bad-input/unicode-ids.dwnet.json:42:5: hint unused: ',
    );
    // The key "归档库🗄️": quotes 2 cells, three CJK characters 6, U+1F5C4 U+FE0F 2.
    expect(afterGutter(source)).toBe('    "归档库🗄️": {');
    expect(afterGutter(caret)).toBe(`    ^${'~'.repeat(9)}`);
  });

  it('text: a minified line shows a window of at most 160 cells, the caret under the anchor', () => {
    const minified = SCENARIO1_BAD.replace(
      "// Only the database's own vSwitch so far.",
      '/* 订单库的白名单：只有数据库自己的交换机 */',
    )
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('//'))
      .map((line) => line.trim())
      .join(' ');
    write(dir, 'min.dwnet.json', minified);
    const character = minified.indexOf('["10.0.2.0/24"]');
    expect(character).toBeGreaterThan(160);
    const [, source, caret] = textDiagnostic(
      dwnet(['check', 'min.dwnet.json'], dir).stdout,
      `min.dwnet.json:1:${character + 1}: error whitelist-missing: `,
    );
    const shown = afterGutter(source);
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    const cells = (text: string) =>
      [...text].length + (text.match(/[\u3000-\u9fff\uff00-\uffef]/g) ?? []).length;
    expect(cells(shown)).toBeLessThanOrEqual(162);
    const before = shown.slice(0, shown.indexOf('["10.0.2.0/24"]'));
    // About 40 cells of context (a wide character may make it 41), after the ellipsis.
    expect(before).toBe('…：只有数据库自己的交换机 */ "whitelist": ');
    expect(cells(before)).toBe(1 + 41);
    expect(afterGutter(caret)).toBe(`${' '.repeat(cells(before))}^${'~'.repeat(14)}`);
  });

  it('JSON and SARIF keep zero-based and 1-based UTF-16 positions', () => {
    write(dir, 'wide.dwnet.json', WIDE);
    const line = WIDE.split('\n').findIndex((text) => text.startsWith(WIDE_PREFIX));
    const json = jsonFiles(dwnet(['check', '-f', 'json', 'wide.dwnet.json'], dir).stdout);
    const whitelist = json[0]!.diagnostics.find((d) => d.code === 'whitelist-missing')!;
    expect(whitelist.range).toEqual({
      start: { line, character: 31 },
      end: { line, character: 31 + '["10.0.2.0/24"]'.length },
    });

    const sarif = JSON.parse(dwnet(['check', '-f', 'sarif', 'wide.dwnet.json'], dir).stdout) as {
      runs: {
        columnKind: string;
        results: {
          ruleId: string;
          locations: { physicalLocation: { region: Record<string, number> } }[];
        }[];
      }[];
    };
    expect(sarif.runs[0]!.columnKind).toBe('utf16CodeUnits');
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'whitelist-missing')!;
    expect(result.locations[0]!.physicalLocation.region).toEqual({
      startLine: line + 1,
      startColumn: 32,
      endLine: line + 1,
      endColumn: 32 + '["10.0.2.0/24"]'.length,
    });
  });

  it('text: tabs expand to the next multiple of 4 cells, in the line and under it', () => {
    const tabbed = SCENARIO1_BAD.replace(
      '      "whitelist": ["10.0.2.0/24"]',
      '\t \t"whitelist": ["10.0.2.0/24"]',
    );
    write(dir, 'tabs.dwnet.json', tabbed);
    const line = tabbed.split('\n').findIndex((text) => text.startsWith('\t \t')) + 1;
    // Three code points of indentation, then `"whitelist": `: column 17.
    const [, source, caret] = textDiagnostic(
      dwnet(['check', 'tabs.dwnet.json'], dir).stdout,
      `tabs.dwnet.json:${line}:17: error whitelist-missing: `,
    );
    expect(afterGutter(source)).toBe(`${' '.repeat(8)}"whitelist": ["10.0.2.0/24"]`);
    expect(afterGutter(caret)).toBe(`${' '.repeat(8 + 13)}^${'~'.repeat(14)}`);
  });
});

// UTF-8 up to a Latin-1 "é" after two CJK characters: a file whose encodings got mixed.
const BEFORE_BAD_BYTE = '{\n  "version": 1,\n  // 订单 caf';
const MIXED = Buffer.concat([Buffer.from(BEFORE_BAD_BYTE), Buffer.from([0xe9, 0x0a, 0x7d, 0x0a])]);

describe('encoding-invalid', () => {
  it('one error at the first bad byte, the others checked, exit 1', () => {
    write(dir, 'mixed.dwnet.json', MIXED);
    write(dir, 'ok.dwnet.json', SCENARIO1_OK);
    const run = dwnet(['check', '-f', 'json', 'mixed.dwnet.json', 'ok.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const [mixed, ok] = jsonFiles(run.stdout);
    expect(ok!.diagnostics).toEqual([]);
    expect(mixed).toEqual({
      file: 'mixed.dwnet.json',
      diagnostics: [
        {
          code: 'encoding-invalid',
          severity: 'error',
          message: `This file is not valid UTF-8: byte 0xE9 at byte offset ${Buffer.byteLength(BEFORE_BAD_BYTE)} does not belong to a UTF-8 character, so it was not analysed. Save it as UTF-8 (a file in GBK, GB 18030 or Latin-1 must be converted).`,
          pointer: '',
          range: { start: { line: 2, character: 11 }, end: { line: 2, character: 12 } },
        },
      ],
      connectivity: [],
    });
  });

  it('text shows the line with the bad byte replaced, and the caret under it', () => {
    write(dir, 'mixed.dwnet.json', MIXED);
    const run = dwnet(['check', 'mixed.dwnet.json'], dir);
    expect(run.status).toBe(1);
    const [, source, caret] = textDiagnostic(
      run.stdout,
      'mixed.dwnet.json:3:12: error encoding-invalid: ',
    );
    expect(afterGutter(source)).toBe('  // 订单 caf\ufffd');
    expect(afterGutter(caret)).toBe(`${' '.repeat(13)}^`);
    expect(run.stdout).toContain(
      '  help: https://github.com/dwnet/dwnet/blob/main/docs/rules/encoding-invalid.md\n',
    );
  });

  it('SARIF lists the notice among its rules', () => {
    write(dir, 'mixed.dwnet.json', MIXED);
    const sarif = JSON.parse(dwnet(['check', '-f', 'sarif', 'mixed.dwnet.json'], dir).stdout) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string }[];
      }[];
    };
    const { driver } = sarif.runs[0]!.tool;
    expect(driver.rules.map((r) => r.id).slice(-4)).toEqual([
      'encoding-invalid',
      'file-unreadable',
      'file-too-large',
      'too-many-findings',
    ]);
    const [result] = sarif.runs[0]!.results;
    expect(result).toMatchObject({ ruleId: 'encoding-invalid', level: 'error' });
    expect(driver.rules[result!.ruleIndex]!.helpUri).toMatch(
      /\/docs\/rules\/encoding-invalid\.md$/,
    );
  });

  it('dwnet fix leaves the file as it is', () => {
    const file = write(dir, 'mixed.dwnet.json', MIXED);
    const run = dwnet(['fix', 'mixed.dwnet.json'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('error encoding-invalid');
    expect(fs.readFileSync(file).equals(MIXED)).toBe(true);
  });
});

describe('file-unreadable', () => {
  beforeEach(() => {
    write(dir, 'topologies/a.dwnet.json', SCENARIO1_OK);
    // A directory with a topology's name, holding a broken topology that must not be read.
    write(dir, 'topologies/archive.dwnet.json/old.dwnet.json', SCENARIO1_BAD);
  });

  it('JSON lists it in order with its reason; exit 2', () => {
    const run = dwnet(['check', '-f', 'json', 'topologies', 'gone.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      'dwnet: cannot read topologies/archive.dwnet.json: is a directory\n' +
        'dwnet: cannot read gone.dwnet.json: no such file or directory\n',
    );
    const files = jsonFiles(run.stdout);
    expect(files.map((f) => [f.file, f.diagnostics.map((d) => d.message)])).toEqual([
      ['topologies/a.dwnet.json', []],
      ['topologies/archive.dwnet.json', ['This file cannot be read: is a directory.']],
      ['gone.dwnet.json', ['This file cannot be read: no such file or directory.']],
    ]);
    expect(files[1]).toEqual({
      file: 'topologies/archive.dwnet.json',
      diagnostics: [
        {
          code: 'file-unreadable',
          severity: 'error',
          message: 'This file cannot be read: is a directory.',
          pointer: '',
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        },
      ],
      connectivity: [],
    });
  });

  it('a directory named *.dwnet.json on the command line is a file that cannot be read', () => {
    const run = dwnet(['check', '-f', 'json', 'topologies/archive.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(jsonFiles(run.stdout).map((f) => [f.file, f.diagnostics[0]?.code])).toEqual([
      ['topologies/archive.dwnet.json', 'file-unreadable'],
    ]);
  });

  it('SARIF has a result and a notification for it', () => {
    const sarif = JSON.parse(dwnet(['check', '-f', 'sarif', 'topologies'], dir).stdout) as {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
        results: {
          ruleId: string;
          ruleIndex: number;
          level: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    const run = sarif.runs[0]!;
    expect(run.results).toHaveLength(1);
    const [result] = run.results;
    expect(result).toMatchObject({ ruleId: 'file-unreadable', level: 'error' });
    expect(run.tool.driver.rules[result!.ruleIndex]!.id).toBe('file-unreadable');
    expect(result!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'topologies/archive.dwnet.json',
    );
    expect(run.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        {
          level: 'error',
          message: { text: 'cannot read topologies/archive.dwnet.json: is a directory' },
        },
      ],
    });
  });

  it('text: the line on stderr, the summary counts the files checked; fix goes on too', () => {
    const check = dwnet(['check', 'topologies'], dir);
    expect(check.status).toBe(2);
    expect(check.stderr).toBe('dwnet: cannot read topologies/archive.dwnet.json: is a directory\n');
    expect(check.stdout).toBe('0 errors, 0 warnings, 0 infos, 0 hints in 1 file\n');
    const fix = dwnet(['fix', 'topologies'], dir);
    expect(fix.status).toBe(2);
    expect(fix.stderr).toBe(check.stderr);
    expect(fix.stdout).toBe(check.stdout);
  });

  it('a symbolic link loop, and a FIFO (which would block a read for ever)', () => {
    fs.symlinkSync('loop.dwnet.json', path.join(dir, 'loop.dwnet.json'));
    const fifo = spawnSync('mkfifo', [path.join(dir, 'pipe.dwnet.json')]);
    const run = dwnet(['check', '-f', 'json', 'loop.dwnet.json', 'pipe.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(jsonFiles(run.stdout).map((f) => [f.file, f.diagnostics.map((d) => d.message)])).toEqual(
      [
        ['loop.dwnet.json', ['This file cannot be read: too many levels of symbolic links.']],
        [
          'pipe.dwnet.json',
          [
            fifo.status === 0
              ? 'This file cannot be read: not a regular file.'
              : 'This file cannot be read: no such file or directory.',
          ],
        ],
      ],
    );
    // explain reads through the same function: it refuses the FIFO instead of waiting.
    if (fifo.status === 0) {
      expect(dwnet(['explain', 'pipe.dwnet.json'], dir).stderr).toBe(
        'dwnet: cannot read pipe.dwnet.json: not a regular file\n',
      );
    }
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', () => {
    const file = write(dir, 'locked.dwnet.json', SCENARIO1_OK);
    fs.chmodSync(file, 0o000);
    try {
      const run = dwnet(['check', '-f', 'json', 'locked.dwnet.json'], dir);
      expect(run.status).toBe(2);
      expect(jsonFiles(run.stdout)[0]!.diagnostics.map((d) => d.message)).toEqual([
        'This file cannot be read: permission denied.',
      ]);
    } finally {
      fs.chmodSync(file, 0o644);
    }
  });
});

describe('the notices are not rules', () => {
  it('cannot be configured', () => {
    write(dir, 'ok.dwnet.json', SCENARIO1_OK);
    for (const code of ['encoding-invalid', 'file-unreadable']) {
      const run = dwnet(['check', '--rule', `${code}=off`, 'ok.dwnet.json'], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`unknown rule "${code}"`);
    }
  });
});
