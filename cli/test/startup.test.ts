// What `dwnet check` loads when it starts: its own bundle and nothing else. The language
// server and the importers are bundles of their own (dist/lsp.js, dist/import.js) and the
// schema's validator is compiled when dist/ is built, so a check neither reads their code
// nor compiles the schema. dist/cli.js runs the bundle with V8's code cache, which must
// never change what a command does.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  CLI,
  ROOT,
  dwnet,
  ensureBuilt,
  removeDir,
  tempDir,
  write,
  type CliResult,
} from './helpers';

const BUNDLE = path.join(ROOT, 'dist', 'cli.bundle.js');

beforeAll(ensureBuilt);

describe('dwnet check at start-up', () => {
  it('loads dist/cli.js only, and still checks the file', () => {
    const dir = tempDir();
    try {
      const listing = path.join(dir, 'loaded.json');
      const preload = write(
        dir,
        'record-loaded.cjs',
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify(Object.keys(require.cache))));\n`,
      );
      const example = path.join(ROOT, 'examples', 'scenario1-same-region-broken.dwnet.json');
      const result = dwnet(['check', '--format', 'json', example], dir, {
        NODE_OPTIONS: `--require ${preload}`,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(JSON.parse(result.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
      const loaded = (JSON.parse(fs.readFileSync(listing, 'utf8')) as string[]).filter(
        (file) => file !== preload,
      );
      expect(loaded).toEqual([CLI]);
    } finally {
      removeDir(dir);
    }
  });

  it('carries neither the language server, the HCL parser, elkjs nor ajv’s compiler in its bundle', () => {
    const bundle = fs.readFileSync(BUNDLE, 'utf8');
    // esbuild names each bundled module in a comment: `// node_modules/<package>/<file>`.
    const modules = bundle.match(/^\/\/ node_modules\/\S+/gm) ?? [];
    expect(modules.length).toBeGreaterThan(0);
    const unwanted = /vscode-languageserver|vscode-jsonrpc|web-tree-sitter|elkjs|\/ajv\//;
    expect(modules.filter((m) => unwanted.test(m))).toEqual([]);
  });

  it('runs lsp and import from their own bundles', () => {
    const lsp = dwnet(['lsp'], ROOT);
    expect(lsp.stderr).toBe(`dwnet: lsp needs a transport, e.g. 'dwnet lsp --stdio'\n`);
    expect(lsp.status).toBe(2);
    const imported = dwnet(['import', 'terraform', 'no-such-folder'], ROOT);
    expect(imported.stderr).toMatch(/^dwnet: /);
    expect(imported.stderr).not.toMatch(/internal error/);
    expect(imported.status).toBe(2);
    for (const chunk of ['lsp.js', 'import.js'])
      expect(fs.existsSync(path.join(ROOT, 'dist', chunk)), chunk).toBe(true);
  });
});

describe('the code cache of dist/cli.bundle.js', () => {
  const example = path.join(ROOT, 'examples', 'scenario2-cross-region-broken.dwnet.json');

  /** dist/cli.js and its bundle copied into `dir`, so that the cache written is its own. */
  function copyOfCli(dir: string): { cli: string; cache: string } {
    for (const file of ['cli.js', 'cli.bundle.js'])
      fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(dir, file));
    return { cli: path.join(dir, 'cli.js'), cache: path.join(dir, 'cli.bundle.js.v8-cache') };
  }

  function check(
    cli: string,
    nodeOptions: readonly string[] = [],
  ): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [...nodeOptions, cli, 'check', example], {
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('is written by the build, for this bundle and this Node', () => {
    const stored = fs.readFileSync(`${BUNDLE}.v8-cache`);
    const sourceHash = createHash('sha256')
      .update(fs.readFileSync(BUNDLE, 'utf8').replace(/^#!/, '//'))
      .digest('hex');
    expect(stored.subarray(0, stored.indexOf(10)).toString()).toBe(
      `${sourceHash} ${process.version} ${process.arch}`,
    );
  });

  it('is written by a run that has none, replaced when it is another bundle’s, and changes no output', () => {
    const dir = tempDir();
    try {
      const { cli, cache } = copyOfCli(dir);
      const expected = dwnet(['check', example], ROOT);
      expect(expected.status).toBe(1);
      const first = check(cli);
      expect(first).toEqual(expected);
      const written = fs.readFileSync(cache);
      expect(written.length).toBeGreaterThan(10_000);
      expect(check(cli)).toEqual(expected);
      expect(fs.readFileSync(cache).equals(written)).toBe(true);
      // A cache made for another bundle (another key) is not used, and is replaced.
      fs.writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(64)), written.subarray(64)]));
      expect(check(cli)).toEqual(expected);
      expect(fs.readFileSync(cache).subarray(0, 64).equals(written.subarray(0, 64))).toBe(true);
      expect(fs.readdirSync(dir).sort()).toEqual([
        'cli.bundle.js',
        'cli.bundle.js.v8-cache',
        'cli.js',
      ]);
    } finally {
      removeDir(dir);
    }
  });

  it('is made for a bundle that is not ASCII as well (read as UTF-8), with the same output', () => {
    const dir = tempDir();
    try {
      const { cli, cache } = copyOfCli(dir);
      const bundle = path.join(dir, 'cli.bundle.js');
      // dist/cli.js copies an ASCII bundle's bytes as they are, and decodes any other.
      fs.appendFileSync(bundle, '\n// \u2264 \u7f51\u7edc\n');
      const expected = dwnet(['check', example], ROOT);
      expect(check(cli)).toEqual(expected);
      expect(fs.existsSync(cache)).toBe(true);
      expect(check(cli)).toEqual(expected);
    } finally {
      removeDir(dir);
    }
  });

  it('is kept apart for runs under other V8 flags (node options, the language server)', () => {
    const dir = tempDir();
    try {
      const { cli, cache } = copyOfCli(dir);
      const expected = dwnet(['check', example], ROOT);
      expect(check(cli)).toEqual(expected);
      const plain = fs.readFileSync(cache);
      // A V8 flag: the plain commands' cache would be rejected, and was replaced before.
      const options = ['--stack-trace-limit=20'];
      expect(check(cli, options)).toEqual(expected);
      expect(fs.readFileSync(cache).equals(plain)).toBe(true);
      const other = path.join(dir, 'cli.bundle.js.other-flags.v8-cache');
      const written = fs.readFileSync(other);
      expect(written.subarray(0, written.indexOf(10)).toString()).toMatch(
        / --stack-trace-limit=20$/,
      );
      expect(check(cli, options)).toEqual(expected);
      expect(fs.readFileSync(other).equals(written)).toBe(true);
      expect(check(cli)).toEqual(expected);
      expect(fs.readFileSync(cache).equals(plain)).toBe(true);
      // The language server runs under V8's default flags, which other commands change.
      const lsp = spawnSync(process.execPath, [cli, 'lsp'], { encoding: 'utf8' });
      expect(lsp.status).toBe(2);
      expect(fs.readFileSync(cache).equals(plain)).toBe(true);
      const lspCache = fs.readFileSync(other);
      expect(lspCache.subarray(0, lspCache.indexOf(10)).toString()).toBe(
        `${written.subarray(0, written.indexOf(10)).toString().split(' ').slice(0, 3).join(' ')} lsp`,
      );
    } finally {
      removeDir(dir);
    }
  });
});

describe('the V8 flags of a command', () => {
  const example = path.join(ROOT, 'examples', 'scenario1-same-region-broken.dwnet.json');

  /**
   * `node [options] <copy of dist/cli.js in dir> check --format json example`, its output
   * written into a file, as a CI job's often is (into a pipe, Node's streams carry it).
   */
  function check(dir: string, nodeOptions: readonly string[]): CliResult {
    for (const file of ['cli.js', 'cli.bundle.js'])
      fs.copyFileSync(path.join(ROOT, 'dist', file), path.join(dir, file));
    const output = path.join(dir, 'output.json');
    const fd = fs.openSync(output, 'w');
    try {
      const result = spawnSync(
        process.execPath,
        [...nodeOptions, path.join(dir, 'cli.js'), 'check', '--format', 'json', example],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', fd, 'pipe'] },
      );
      return {
        status: result.status,
        stdout: fs.readFileSync(output, 'utf8'),
        stderr: result.stderr,
      };
    } finally {
      fs.closeSync(fd);
    }
  }

  it('are set without loading node:v8 (nor the streams it loads), and without a warning', () => {
    const dir = tempDir();
    try {
      const listing = path.join(dir, 'modules.json');
      const preload = write(
        dir,
        'record-modules.cjs',
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(listing)}, JSON.stringify(process.moduleLoadList)));\n`,
      );
      const expected = dwnet(['check', '--format', 'json', example], ROOT);
      expect(expected.status).toBe(1);
      // Deprecations printed, or thrown: the binding's warning is neither.
      for (const options of [[], ['--pending-deprecation'], ['--throw-deprecation']]) {
        expect(check(dir, [...options, '--require', preload]), options.join(' ')).toEqual(expected);
        const loaded = JSON.parse(fs.readFileSync(listing, 'utf8')) as string[];
        expect(loaded).toContain('Internal Binding v8');
        expect(loaded.filter((m) => /^NativeModule (v8|stream)$/.test(m))).toEqual([]);
      }
    } finally {
      removeDir(dir);
    }
  });

  it('are set through node:v8 where the binding is refused (the permission model)', () => {
    const dir = tempDir();
    try {
      const expected = dwnet(['check', '--format', 'json', example], ROOT);
      const refused = check(dir, ['--experimental-permission', `--allow-fs-read=*`]);
      // (Node warns that the permission model is experimental.)
      expect({ status: refused.status, stdout: refused.stdout }).toEqual({
        status: expected.status,
        stdout: expected.stdout,
      });
    } finally {
      removeDir(dir);
    }
  });
});
