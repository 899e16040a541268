// Where stdout goes does not change what dwnet writes: a regular file and /dev/null are
// written straight (cli/src/main.ts), a pipe through process.stdout, and both give the same
// bytes, exit status and stderr, a failed write included.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, dwnet, ensureBuilt, removeDir, tempDir } from './helpers';

beforeAll(ensureBuilt);

const EXAMPLES = path.join(ROOT, 'examples');

/** Runs the CLI with stdout on `stdout` (a descriptor), as `dwnet … > file` does. */
function dwnetInto(
  args: readonly string[],
  stdout: number,
): { status: number | null; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'LC_ALL', 'LC_MESSAGES', 'LANG']) delete env[name];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', stdout, 'pipe'],
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr };
}

describe("dwnet's output into a file", () => {
  it.each([
    ['text', ['check', EXAMPLES]],
    ['json', ['check', '--format', 'json', EXAMPLES]],
    ['sarif', ['check', '--format', 'sarif', EXAMPLES]],
    ['Chinese text', ['--locale', 'zh-CN', 'check', EXAMPLES]],
    ['rules', ['rules']],
  ])('is what a pipe gets: %s', (_, args) => {
    const dir = tempDir();
    try {
      const piped = dwnet(args, ROOT);
      const file = path.join(dir, 'out.txt');
      const descriptor = fs.openSync(file, 'w');
      let intoFile;
      try {
        intoFile = dwnetInto(args, descriptor);
      } finally {
        fs.closeSync(descriptor);
      }
      expect(piped.stdout.length).toBeGreaterThan(0);
      expect(fs.readFileSync(file, 'utf8')).toBe(piped.stdout);
      expect(intoFile).toEqual({ status: piped.status, stderr: piped.stderr });
    } finally {
      removeDir(dir);
    }
  });

  it('goes to /dev/null with the status and stderr a pipe gets', () => {
    const args = ['check', '--format', 'json', EXAMPLES];
    const piped = dwnet(args, ROOT);
    const descriptor = fs.openSync('/dev/null', 'w');
    try {
      expect(dwnetInto(args, descriptor)).toEqual({ status: piped.status, stderr: piped.stderr });
    } finally {
      fs.closeSync(descriptor);
    }
  });

  // Written straight with nothing on stderr, the run ends by process.exit (main.ts): the
  // 'exit' handlers still run, so a run that found no code cache leaves one.
  it('leaves the code cache a run without one writes, when its output went into a file', () => {
    const dir = tempDir();
    try {
      for (const name of ['cli.js', 'cli.bundle.js'])
        fs.copyFileSync(path.join(ROOT, 'dist', name), path.join(dir, name));
      const args = ['check', '--format', 'json', EXAMPLES];
      const piped = dwnet(args, ROOT);
      const file = path.join(dir, 'out.json');
      const descriptor = fs.openSync(file, 'w');
      let intoFile;
      try {
        const result = spawnSync(process.execPath, [path.join(dir, 'cli.js'), ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: ['ignore', descriptor, 'pipe'],
          timeout: 30_000,
        });
        intoFile = { status: result.status, stderr: result.stderr };
      } finally {
        fs.closeSync(descriptor);
      }
      expect(intoFile).toEqual({ status: piped.status, stderr: piped.stderr });
      expect(fs.readFileSync(file, 'utf8')).toBe(piped.stdout);
      expect(fs.statSync(path.join(dir, 'cli.bundle.js.v8-cache')).size).toBeGreaterThan(10_000);
    } finally {
      removeDir(dir);
    }
  });

  it('says once that it cannot write, and exits with 2, when the file takes no writes', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'read-only.txt');
      fs.writeFileSync(file, '');
      const descriptor = fs.openSync(file, 'r');
      try {
        expect(dwnetInto(['check', EXAMPLES], descriptor)).toEqual({
          status: 2,
          stderr: 'dwnet: cannot write output: EBADF: bad file descriptor, write\n',
        });
      } finally {
        fs.closeSync(descriptor);
      }
    } finally {
      removeDir(dir);
    }
  });
});
