// Bundles scripts/golden.ts and runs it (see there): results of dwnet before and after a change.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const folder = mkdtempSync(join(tmpdir(), 'dwnet-golden-'));
await build({
  entryPoints: { golden: 'scripts/golden.ts' },
  outdir: folder,
  ...NODE_BUNDLE,
  define: { __dirname: JSON.stringify(join(process.cwd(), 'scripts')) },
});
const run = spawnSync(
  process.execPath,
  ['--max-old-space-size=8192', join(folder, 'golden.js'), ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
