// What `dwnet check` loads when it starts: its own bundle and nothing else. The language
// server is a bundle of its own (dist/lsp.js) and the schema's validator is compiled when
// dist/ is built, so a check neither reads their code nor compiles the schema.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ROOT, dwnet, ensureBuilt, removeDir, tempDir, write } from './helpers';

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

  it('carries neither the language server nor ajv’s schema compiler in dist/cli.js', () => {
    const bundle = fs.readFileSync(CLI, 'utf8');
    // esbuild names each bundled module in a comment: `// node_modules/<package>/<file>`.
    const modules = bundle.match(/^\/\/ node_modules\/\S+/gm) ?? [];
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.filter((m) => /vscode-languageserver|vscode-jsonrpc|\/ajv\//.test(m))).toEqual(
      [],
    );
  });

  it('starts the language server from its own bundle', () => {
    const result = dwnet(['lsp', '--help'], ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: dwnet lsp --stdio\n/);
    expect(fs.existsSync(path.join(ROOT, 'dist', 'lsp.js'))).toBe(true);
  });
});
