// What the spawned-CLI tests cannot see from a pipe: colour and check marks on a
// terminal, and NO_COLOR. These call `run` in-process with a fake terminal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepLineEndings } from '../src/commands/fix';
import type { Io } from '../src/io';
import { run } from '../src/run';
import { closest } from '../src/suggest';
import { SCENARIO1_BAD, SCENARIO1_OK, removeDir, tempDir, write } from './helpers';

let dir: string;

beforeAll(() => {
  dir = tempDir();
  write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
  write(dir, 'ok.dwnet.json', SCENARIO1_OK);
});

afterAll(() => removeDir(dir));

function runIn(args: string[], options: { tty: boolean; env?: Record<string, string> }) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: dir,
    env: options.env ?? {},
    stdoutIsTTY: options.tty,
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
  };
  const status = run(args, io);
  return { status, stdout, stderr };
}

const ESC = '\u001b[';

describe('on a terminal', () => {
  it('check colours the severity and the caret', () => {
    const result = runIn(['check', 'bad.dwnet.json'], { tty: true });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`${ESC}31merror${ESC}39m`);
    const caret = result.stdout.indexOf('^~');
    expect(result.stdout.slice(caret - `${ESC}31m`.length, caret)).toBe(`${ESC}31m`);
  });

  it('NO_COLOR, --no-color and TERM=dumb turn colour off', () => {
    for (const [args, env] of [
      [['check', 'bad.dwnet.json'], { NO_COLOR: '1' }],
      [['check', '--no-color', 'bad.dwnet.json'], {}],
      [['check', 'bad.dwnet.json'], { TERM: 'dumb' }],
    ] as const) {
      const result = runIn([...args], { tty: true, env });
      expect(result.stdout).not.toContain(ESC);
      expect(result.stdout).toContain('error whitelist-missing');
    }
  });

  it('an empty NO_COLOR does not turn colour off', () => {
    expect(
      runIn(['check', 'bad.dwnet.json'], { tty: true, env: { NO_COLOR: '' } }).stdout,
    ).toContain(ESC);
  });

  it('explain uses check marks, and ASCII boxes without colour', () => {
    const fancy = runIn(['explain', 'bad.dwnet.json'], { tty: true }).stdout;
    expect(fancy).toContain('✗');
    expect(runIn(['explain', 'ok.dwnet.json'], { tty: true }).stdout).toContain('✓');
    const plain = runIn(['explain', '--no-color', 'bad.dwnet.json'], { tty: true }).stdout;
    expect(plain).toContain('[ ] ');
    expect(plain).not.toContain(ESC);
  });

  it('JSON and SARIF never contain colour', () => {
    for (const format of ['json', 'sarif']) {
      const result = runIn(['check', '--format', format, 'bad.dwnet.json'], { tty: true });
      expect(result.stdout).not.toContain(ESC);
      expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
    }
  });
});

describe('JSON output', () => {
  /** `run` to its end (`graph` ends asynchronously), on a terminal or not. */
  async function output(args: string[], tty: boolean): Promise<{ status: number; stdout: string }> {
    let stdout = '';
    const io: Io = {
      cwd: dir,
      env: {},
      stdoutIsTTY: tty,
      out: (text) => {
        stdout += text;
      },
      err: () => undefined,
    };
    const status = await run(args, io);
    return { status, stdout };
  }

  // Indented for a person at a terminal, compact where a program reads it: the same document.
  it.each([
    ['check', ['check', '--format', 'json', 'bad.dwnet.json']],
    ['explain', ['explain', '--format', 'json', 'bad.dwnet.json']],
    ['rules', ['rules', '--format', 'json']],
    ['graph', ['graph', '--format', 'json', 'bad.dwnet.json']],
  ])('%s: indented on a terminal, one line into a pipe or a file', async (_, args) => {
    const terminal = await output(args, true);
    const piped = await output(args, false);
    expect(piped.status).toBe(terminal.status);
    expect(terminal.stdout).toMatch(/^[[{]\n {2}["{]/);
    expect(piped.stdout).toMatch(/^[[{]["{]/);
    expect(piped.stdout.indexOf('\n')).toBe(piped.stdout.length - 1);
    expect(piped.stdout).toBe(`${JSON.stringify(JSON.parse(terminal.stdout))}\n`);
  });
});

describe('helpers', () => {
  it('keepLineEndings restores CRLF and leaves mixed files alone', () => {
    expect(keepLineEndings('a\r\nb\r\n', 'a\r\nx\ny\r\n')).toBe('a\r\nx\r\ny\r\n');
    expect(keepLineEndings('a\nb\n', 'a\r\nb\n')).toBe('a\nb\n');
    expect(keepLineEndings('a\r\nb\n', 'a\r\nb\nc\n')).toBe('a\r\nb\nc\n');
  });

  it('closest suggests near misses only', () => {
    expect(closest('whitelist-mising', ['whitelist-missing', 'route-missing'])).toBe(
      'whitelist-missing',
    );
    expect(closest('--formt', ['--format', '--fail-on'])).toBe('--format');
    expect(closest('lint', ['check', 'fix', 'explain', 'rules'])).toBeUndefined();
  });
});
