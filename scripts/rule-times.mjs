// Bundles scripts/rule-times.ts and runs it with the collector exposed (see there).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const folder = mkdtempSync(join(tmpdir(), 'dwnet-rule-times-'));
await build({
  entryPoints: { rules: 'scripts/rule-times.ts' },
  outdir: folder,
  ...NODE_BUNDLE,
  define: { __dirname: JSON.stringify(join(process.cwd(), 'scripts')) },
});
const run = spawnSync(
  process.execPath,
  ['--expose-gc', join(folder, 'rules.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
