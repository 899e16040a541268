// What `dwnet check` loads when it starts: its own bundle and nothing else. The language
// server and the importers are bundles of their own (dist/lsp.js, dist/import.js) and the
// schema's validator is compiled when dist/ is built, so a check neither reads their code
// nor compiles the schema.
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

  it('carries neither the language server, the HCL parser nor ajv’s compiler in dist/cli.js', () => {
    const bundle = fs.readFileSync(CLI, 'utf8');
    // esbuild names each bundled module in a comment: `// node_modules/<package>/<file>`.
    const modules = bundle.match(/^\/\/ node_modules\/\S+/gm) ?? [];
    expect(modules.length).toBeGreaterThan(0);
    const unwanted = /vscode-languageserver|vscode-jsonrpc|web-tree-sitter|\/ajv\//;
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
