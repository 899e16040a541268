// Runs a TypeScript script of this folder (golden.ts, stage-times.ts, rule-times.ts):
// bundles it as every dwnet bundle is (esbuildOptions.mjs, with the schema validator's
// generated code) into a temporary folder, then runs it with the given `node` flags and
// this command's arguments, and exits with its status.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

/** Bundles `entry` into a new temporary folder; returns the bundle's path. */
export async function bundleScript(entry) {
  const name = basename(entry, '.ts');
  const folder = mkdtempSync(join(tmpdir(), `dwnet-${name}-`));
  await build({
    entryPoints: { [name]: entry },
    outdir: folder,
    ...NODE_BUNDLE,
    define: { __dirname: JSON.stringify(join(process.cwd(), 'scripts')) },
  });
  return join(folder, `${name}.js`);
}

export async function runBundled(entry, nodeFlags) {
  const bundle = await bundleScript(entry);
  const run = spawnSync(process.execPath, [...nodeFlags, bundle, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(run.status ?? 1);
}
