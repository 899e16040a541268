// `npm run test:neovim`: dwnet's language server in a real editor that is not VS Code.
// Runs a headless Neovim (Debian's, 0.7 in bookworm; `vim.lsp.start` where it exists)
// with neovim.lua on a copy of an example, against `node dist/cli.js lsp --stdio`, and
// checks exactly what the editor saw: diagnostics, a quick fix's text, a hover, schema
// and id completion, a code lens run on the server, and a dwnet.config.json edit.
// Build first (`npm run build`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deepStrictEqual, ok } from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = 'examples/scenario2-cross-region-broken.dwnet.json';

if (spawnSync('nvim', ['--version']).error) {
  console.error('test:neovim: nvim is not installed (apt-get install neovim)');
  process.exit(1);
}
if (!existsSync(CLI)) {
  console.error('test:neovim: dist/cli.js is missing: run npm run build first');
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'dwnet-neovim-'));
const file = join(folder, 'topology.dwnet.json');
const out = join(folder, 'seen.json');
// The copy keeps the example's "$schema": "../schemas/dwnet.schema.json", which names no
// file there: completion must come from the schema inside the server.
copyFileSync(join(ROOT, EXAMPLE), file);

const nvim = spawnSync(
  'nvim',
  [
    '--headless',
    '--clean',
    '-n',
    '-i',
    'NONE',
    '-c',
    `luafile ${join(ROOT, 'test/editors/neovim.lua')}`,
  ],
  {
    env: {
      ...process.env,
      DWNET_FILE: file,
      DWNET_ROOT: folder,
      DWNET_OUT: out,
      DWNET_CMD: JSON.stringify([process.execPath, CLI, 'lsp', '--stdio']),
    },
    encoding: 'utf8',
    timeout: 120_000,
  },
);
if (!existsSync(out)) {
  console.error(
    `test:neovim: Neovim wrote no results (status ${nvim.status}, ${nvim.error ?? ''})`,
  );
  console.error(nvim.stdout, nvim.stderr);
  process.exit(1);
}
const seen = JSON.parse(readFileSync(out, 'utf8'));
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const checks = [
  ['every step ran', () => deepStrictEqual(seen.errors, [])],
  ['serverInfo', () => deepStrictEqual(seen.server, { name: 'dwnet', version })],
  [
    'diagnostics of the example',
    () =>
      deepStrictEqual(seen.diagnostics, [
        'rg-sg-egress-missing',
        'route-missing',
        'whitelist-missing',
      ]),
  ],
  [
    'the preferred quick fix adds the vSwitch CIDR to the whitelist',
    () => deepStrictEqual(seen.fixedLine, '      "whitelist": ["127.0.0.1", "10.0.1.0/24"]'),
  ],
  [
    'the fixed finding is gone, the others stay',
    () => deepStrictEqual(seen.diagnosticsAfterFix, ['rg-sg-egress-missing', 'route-missing']),
  ],
  [
    'hover on "engine" shows its documentation',
    () =>
      ok(
        seen.hover?.includes(
          'The data source type. Required. It gives the default `network.port`.',
        ),
        `hover lines: ${JSON.stringify(seen.hover)}`,
      ),
  ],
  [
    'schema completion of "hosting" despite "$schema"',
    () => deepStrictEqual(seen.hostingCompletion, ['ecs', 'managed', 'selfManaged']),
  ],
  [
    'id completion of "resourceGroup"',
    () => deepStrictEqual(seen.resourceGroupCompletion, ['rg-serverless']),
  ],
  [
    'code lens titles',
    // After the quick fix: the route and the egress rule are still missing.
    () =>
      ok(
        seen.lenses?.some((title) => title.includes('rds-orders-sh: Scenario 2 · 2 steps missing')),
        JSON.stringify(seen.lenses),
      ),
  ],
  [
    'the code lens runs on the server and its explanation is shown',
    () => {
      deepStrictEqual(seen.messages?.length, 1, JSON.stringify(seen.messages));
      for (const part of ['sync-orders-sh', 'rds-orders-sh', 'Scenario 2'])
        ok(seen.messages[0].includes(part), `${part} in ${seen.messages[0]}`);
    },
  ],
  [
    'a dwnet.config.json written meanwhile applies without file events',
    () => deepStrictEqual(seen.diagnosticsAfterConfig, ['rg-sg-egress-missing']),
  ],
];

let failed = 0;
for (const [name, check] of checks) {
  try {
    check();
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
  }
}
console.log(`Neovim ${seen.neovim}, steps done: ${seen.steps.join(', ')}`);
if (failed > 0) {
  console.log(`test:neovim: ${failed} of ${checks.length} checks failed; what Neovim saw: ${out}`);
  process.exit(1);
}
rmSync(folder, { recursive: true, force: true });
console.log(`test:neovim: ${checks.length} checks passed`);
