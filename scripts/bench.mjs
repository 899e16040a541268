// `npm run bench`: bundles bench/run.ts and runs it with the garbage collector exposed,
// so that heap figures and medians are not skewed by collections of earlier runs.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'dwnet-bench-')), 'bench.js');
await build({
  entryPoints: ['bench/run.ts'],
  outfile: out,
  ...NODE_BUNDLE,
  define: { __dirname: JSON.stringify(join(process.cwd(), 'bench')) },
});
const run = spawnSync(
  process.execPath,
  ['--expose-gc', '--max-old-space-size=8192', out, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
