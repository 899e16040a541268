// An independent look at issue 17's cold-process row, outside `npm run bench`: a freshly
// generated 10 000 data source file (another seed than the benchmark's), then
// `dwnet check --format json` (dist/cli.js, as built), the peer as a command
// (bench/peerCli.ts) and `node -e 0`, each started as a fresh process, taking turns, like
// hyperfine would. Prints the median and the fastest run of each, as wall time and, where
// /usr/bin/time exists, as CPU time (user + system), and each tool's time less
// `node -e 0`'s. A script, not a test: nothing here is asserted.
//
//   node scripts/cold-process.mjs [--runs=15] [--size=10000] [--seed=17]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const option = (name, fallback) => {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.slice(name.length + 3)) : fallback;
};
const RUNS = option('runs', 15);
const SIZE = option('size', 10_000);
const SEED = option('seed', 17);
const TIME = '/usr/bin/time';

const cli = join(process.cwd(), 'dist/cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');

const folder = mkdtempSync(join(tmpdir(), 'dwnet-cold-'));
try {
  await build({
    entryPoints: { peer: 'bench/peerCli.ts', generate: 'bench/generate.ts' },
    outdir: folder,
    ...NODE_BUNDLE,
  });
  const { generateTopology } = await import(join(folder, 'generate.js'));
  const file = join(folder, `generated-${SIZE}.dwnet.json`);
  writeFileSync(file, generateTopology(SIZE, SEED));

  const commands = {
    'node -e 0': ['-e', '0'],
    'dwnet check --format json': [cli, 'check', '--format', 'json', file],
    'peer (parse + schema, JSON out)': [join(folder, 'peer.js'), file],
  };
  const withTime = existsSync(TIME);
  const usage = join(folder, 'time.txt');
  /** One fresh process: wall and CPU milliseconds. */
  const run = (args) => {
    const command = withTime
      ? [TIME, '-f', '%U %S', '-o', usage, process.execPath, ...args]
      : [process.execPath, ...args];
    const start = performance.now();
    const result = spawnSync(command[0], command.slice(1), { stdio: 'ignore' });
    const wall = performance.now() - start;
    // dwnet exits 1 when it reports an error; anything else is a failure of the run.
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${args.join(' ')} exited with ${result.status}`);
    if (!withTime) return { wall, cpu: NaN };
    const [user, system] = readFileSync(usage, 'utf8')
      .trim()
      .split('\n')
      .pop()
      .split(' ')
      .map(Number);
    return { wall, cpu: (user + system) * 1000 };
  };
  const samples = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  for (let turn = 0; turn < RUNS; turn++)
    for (const [name, args] of Object.entries(commands)) samples[name].push(run(args));

  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const fastest = (values) => Math.min(...values);
  const stats = Object.fromEntries(
    Object.entries(samples).map(([name, list]) => {
      const wall = list.map((s) => s.wall);
      const cpu = list.map((s) => s.cpu);
      return [
        name,
        { wall: median(wall), wallMin: fastest(wall), cpu: median(cpu), cpuMin: fastest(cpu) },
      ];
    }),
  );
  const [node, dwnet, peer] = Object.values(stats);
  const f = (ms) => (Number.isNaN(ms) ? '—' : ms.toFixed(0));
  console.log(
    `${SIZE} data sources (seed ${SEED}), ${(readFileSync(file).length / 1e6).toFixed(1)} MB, ${RUNS} turns`,
  );
  console.log('| process | wall median | wall fastest | CPU median | CPU fastest |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, s] of Object.entries(stats))
    console.log(`| ${name} | ${f(s.wall)} | ${f(s.wallMin)} | ${f(s.cpu)} | ${f(s.cpuMin)} |`);
  const ratio = (key) => ((dwnet[key] - node[key]) / (peer[key] - node[key])).toFixed(2);
  console.log(
    `dwnet ÷ peer, both less node -e 0: wall median ${ratio('wall')}×, wall fastest ${ratio('wallMin')}×` +
      (withTime ? `, CPU median ${ratio('cpu')}×, CPU fastest ${ratio('cpuMin')}×` : ''),
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}
