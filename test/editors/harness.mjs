// What the editor tries share (neovim.mjs, vim.mjs, emacs.mjs): a copy of an example in a
// fresh folder, the environment the editor's driver reads, and the checks of what every
// editor must have seen. Build first (`npm run build`): the editors start
// `node dist/cli.js lsp --stdio`, as a user's `dwnet lsp --stdio`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { deepStrictEqual, ok } from 'node:assert/strict';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const EXAMPLE = 'examples/scenario2-cross-region-broken.dwnet.json';
export const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/**
 * Runs an editor's driver on a copy of the example and returns what it saw (its JSON),
 * or exits with a message when the editor or the build is missing or the driver wrote
 * nothing.
 */
export function runEditor(name, executable, args) {
  if (spawnSync(executable, ['--version']).error) {
    console.error(`${name}: ${executable} is not installed`);
    process.exit(1);
  }
  if (!existsSync(CLI)) {
    console.error(`${name}: dist/cli.js is missing: run npm run build first`);
    process.exit(1);
  }
  const folder = mkdtempSync(join(tmpdir(), `dwnet-${executable}-`));
  const file = join(folder, 'topology.dwnet.json');
  const out = join(folder, 'seen.json');
  // The copy keeps the example's "$schema": "../schemas/dwnet.schema.json", which names
  // no file there: completion must come from the schema inside the server.
  copyFileSync(join(ROOT, EXAMPLE), file);
  const run = spawnSync(executable, args, {
    env: {
      ...process.env,
      DWNET_FILE: file,
      DWNET_ROOT: folder,
      DWNET_OUT: out,
      DWNET_NODE: process.execPath,
      DWNET_CLI: CLI,
      DWNET_CMD: JSON.stringify([process.execPath, CLI, 'lsp', '--stdio']),
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (!existsSync(out)) {
    console.error(
      `${name}: the editor wrote no results (status ${run.status}, ${run.error ?? ''})`,
    );
    console.error(run.stdout, run.stderr);
    process.exit(1);
  }
  return { seen: JSON.parse(readFileSync(out, 'utf8')), folder, out };
}

/** What every editor must see on the example: the steps of SPEC §5 it was driven through. */
export function commonChecks(seen) {
  return [
    // Vim's json_encode writes {} and Emacs's json-encode an empty hash table as {}.
    [
      'every step ran',
      () => deepStrictEqual(Object.keys(seen.errors ?? {}), [], JSON.stringify(seen.errors)),
    ],
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
          [seen.hover]
            .flat()
            .join('\n')
            .includes('The data source type. Required. It gives the default `network.port`.'),
          `hover: ${JSON.stringify(seen.hover)}`,
        ),
    ],
    [
      'schema completion of "hosting" despite "$schema"',
      () => deepStrictEqual(seen.hostingCompletion, ['ecs', 'managed', 'selfManaged']),
    ],
  ];
}

/** Prints each check; exits 1 when one fails (keeping the folder), else removes it. */
export function report(name, editor, { seen, folder, out }, checks) {
  let failed = 0;
  for (const [title, check] of checks) {
    try {
      check();
      console.log(`  ✓ ${title}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${title}\n    ${String(error.message).split('\n').join('\n    ')}`);
    }
  }
  console.log(`${editor}, steps done: ${(seen.steps ?? []).join(', ')}`);
  if (failed > 0) {
    console.log(
      `${name}: ${failed} of ${checks.length} checks failed; what the editor saw: ${out}`,
    );
    process.exit(1);
  }
  rmSync(folder, { recursive: true, force: true });
  console.log(`${name}: ${checks.length} checks passed`);
}
