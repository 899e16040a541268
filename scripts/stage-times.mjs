// Bundles scripts/stage-times.ts and runs it with the collector exposed (see there).
//
// With `--fresh`, what a fresh process spends that a warm one does not: the benchmark's
// topology is written to a file, then checked `--runs` times, each time by a new process
// that does what `dwnet check --format json` does (dist/cli.js: its V8 flags, the bundle
// run through vm.Script with a V8 code cache, made by a first run that is not counted),
// taking turns with nothing else; then once more in one process, warmed up, as without
// `--fresh`. Prints each phase's median: fresh wall, CPU of the process (all threads) and of
// the main thread, warm wall and main thread, and fresh ÷ warm (main thread).
//
//   node scripts/stage-times.mjs --fresh [--runs=7] [--size=10000]
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundleScript, runBundled } from './runBundled.mjs';

if (!process.argv.includes('--fresh')) {
  await runBundled('scripts/stage-times.ts', ['--expose-gc']);
} else {
  const bundle = await bundleScript('scripts/stage-times.ts');
  const folder = dirname(bundle);
  const topology = join(folder, 'topology.dwnet.json');
  const loader = join(folder, 'fresh.cjs');
  // cli/src/start.ts, reduced to what changes the timing: its V8 flags and the code cache.
  const flags = /const SHORT_RUN_V8_FLAGS =\s*'([^']+)'/.exec(
    readFileSync('cli/src/start.ts', 'utf8'),
  )?.[1];
  if (flags === undefined) throw new Error('cli/src/start.ts no longer names SHORT_RUN_V8_FLAGS');
  writeFileSync(
    loader,
    `const { readFileSync, writeFileSync } = require('node:fs');
require('node:v8').setFlagsFromString(${JSON.stringify(flags)});
const { Script } = require('node:vm');
const bundle = ${JSON.stringify(bundle)};
const cache = bundle + '.v8-cache';
let cachedData;
try { cachedData = readFileSync(cache); } catch {}
const script = new Script(require('node:module').wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) process.once('exit', () => writeFileSync(cache, script.createCachedData()));
script.runInThisContext().call(module.exports, module.exports, require, module, bundle, ${JSON.stringify(folder)});
`,
  );
  const args = process.argv.slice(2).filter((a) => a !== '--fresh');
  const run = (nodeArgs, stdio) => {
    const result = spawnSync(process.execPath, nodeArgs, { stdio, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${nodeArgs.join(' ')}: ${result.stderr}`);
    return result;
  };
  try {
    run([bundle, `--write=${topology}`, ...args], 'inherit');
    const fresh = () => run([loader, `--fresh=${topology}`], ['ignore', 'ignore', 'pipe']);
    fresh(); // makes the code cache
    const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7);
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(JSON.parse(fresh().stderr));
    const warm = JSON.parse(run(['--expose-gc', bundle, '--json', ...args], 'pipe').stdout);

    const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    const f = (ms) => (ms === undefined || Number.isNaN(ms) ? '—' : ms.toFixed(1));
    const ratio = (a, b) => (b === undefined ? '—' : `${(a / b).toFixed(1)}×`);
    console.log(
      '| phase | fresh wall | fresh CPU, process | fresh CPU, main thread | warm wall | warm CPU, main thread | fresh ÷ warm, main thread |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const phase of Object.keys(samples[0].wall)) {
      const [wall, cpu, thread] = ['wall', 'cpu', 'thread'].map((column) =>
        median(samples.map((s) => s[column][phase])),
      );
      const warmThread = warm.thread[phase];
      console.log(
        `| ${phase} | ${f(wall)} | ${f(cpu)} | ${f(thread)} | ${f(warm.wall[phase])} | ${f(warmThread)} | ${ratio(thread, warmThread)} |`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
