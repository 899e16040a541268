// `npm run bench`: bundles bench/run.ts and runs it with the garbage collector exposed,
// so that heap figures and medians are not skewed by collections of earlier runs.
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The cold-process rows run dist/cli.js as a user does: build it as `npm run build` does.
const product = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (product.status !== 0) process.exit(product.status ?? 1);

const folder = mkdtempSync(join(tmpdir(), 'dwnet-bench-'));
const out = join(folder, 'bench.js');
await build({
  entryPoints: { bench: 'bench/run.ts', peer: 'bench/peerCli.ts' },
  outdir: folder,
  ...NODE_BUNDLE,
  define: { __dirname: JSON.stringify(join(process.cwd(), 'bench')) },
});
const run = spawnSync(
  process.execPath,
  [
    '--expose-gc',
    '--max-old-space-size=8192',
    out,
    `--peer=${join(folder, 'peer.js')}`,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
process.exit(run.status ?? 1);
