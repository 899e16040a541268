// Where a cold check of the benchmark's 10 000 file goes, stage by stage, outside
// `npm run bench` (which takes a minute and writes the report): the same forced collection
// before each check, medians of wall time per stage and of the whole check. After the
// check's own stages, what `dwnet check --format json` adds to it: the report (line index
// and ranges) and its JSON text. For work on issue 17; nothing is asserted.
//
//   node scripts/stage-times.mjs [--runs=7] [--size=10000] [--thread] [--json]
//
// `--thread`: the main thread's CPU time instead of wall time (see below); `--json`: both,
// as JSON.
//
// `--fresh=<file>` (given by `stage-times.mjs --fresh`, see there) checks that file once, as
// `dwnet check --format json` would in a fresh process, and writes on stderr, as JSON, each
// phase's wall and CPU milliseconds, start-up and reading the file included: the CPU of the
// process (the compiler's and the collector's threads too) and that of the main thread
// alone (Linux's /proc/thread-self/schedstat, to the nanosecond: on a loaded machine, the
// steadiest of the three).
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateTopology } from '../bench/generate';
import { readSource } from '../cli/src/files';
import { formatJson } from '../cli/src/format/json';
import { buildReport } from '../cli/src/format/report';
import { validateInStages, type Stage } from '../core/src/validate';
import { collectGarbage, numberOption, warmedUpTopology } from './coldCheck';

/** The main thread's CPU milliseconds so far, where Linux tells; else NaN. */
function threadCpu(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

const startUp = performance.now();
const startUpCpu = process.cpuUsage();
const startUpThread = threadCpu();
const option = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

type Phase = Stage | 'read' | 'report' | 'json' | 'write';
type Column = Partial<Record<Phase | 'start-up' | 'total', number>>;
interface Times {
  wall: Column;
  cpu: Column;
  thread: Column;
}

/** Runs `work` as `phase`, adding its wall and CPU milliseconds to `times`. */
function timed<T>(times: Times, phase: Phase | 'total', work: () => T): T {
  const threadStart = threadCpu();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  try {
    return work();
  } finally {
    times.wall[phase] = (times.wall[phase] ?? 0) + performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    times.cpu[phase] = (times.cpu[phase] ?? 0) + (cpu.user + cpu.system) / 1000;
    times.thread[phase] = (times.thread[phase] ?? 0) + threadCpu() - threadStart;
  }
}

/** One check of `text`, then the JSON report of `dwnet check --format json` into a file. */
function checkOnce(times: Times, text: string, file = readSourceOf(text)): string {
  const result = timed(times, 'total', () =>
    validateInStages(
      text,
      { maxFileSize: 0, locale: 'en' },
      (stage, work) => timed(times, stage, work),
      // With the line starts, as the CLI's check asks.
      true,
    ),
  );
  // With every pair's result, as the JSON report asks (core makes the list when first read).
  const report = timed(times, 'report', () => buildReport(file, result, true));
  return timed(times, 'json', () => formatJson([report], false));
}

function readSourceOf(text: string): ReturnType<typeof readSource> {
  return {
    absPath: '/generated.dwnet.json',
    displayPath: 'generated.dwnet.json',
    text,
    bom: false,
  };
}

const written = option('write');
const fresh = option('fresh');
if (written !== undefined) {
  // For `--fresh`: the benchmark's topology, written once for every fresh process.
  writeFileSync(written, generateTopology(numberOption('size', 10_000)));
} else if (fresh !== undefined) {
  const times: Times = {
    wall: { 'start-up': startUp },
    cpu: { 'start-up': (startUpCpu.user + startUpCpu.system) / 1000 },
    thread: { 'start-up': startUpThread },
  };
  const file = timed(times, 'read', () => readSource(fresh, process.cwd(), Infinity));
  const json = checkOnce(times, file.text, file);
  // stdout is /dev/null (stage-times.mjs): a file, written synchronously, as the CLI's.
  timed(times, 'write', () => process.stdout.write(json));
  process.stderr.write(`${JSON.stringify(times)}\n`);
} else {
  void measureInThisProcess();
}

/**
 * The cold checks of the bench, in this process. Each check after the first starts after an
 * `await`, as in the bench's `median`: in a synchronous loop the same checks measured the
 * parse stage at 28 ms against 48 (with 13 against 72 of the parser's functions thrown away
 * by the forced collections, "reason: weak objects", in five checks), for a reason not yet
 * found (bench/analysis.md); this tool measures what the bench does.
 */
async function measureInThisProcess(): Promise<void> {
  const text = warmedUpTopology();
  const samples: { wall: Record<string, number[]>; thread: Record<string, number[]> } = {
    wall: {},
    thread: {},
  };
  for (let run = 0; run < numberOption('runs', 7); run++) {
    collectGarbage();
    const times: Times = { wall: {}, cpu: {}, thread: {} };
    checkOnce(times, text);
    for (const column of ['wall', 'thread'] as const)
      for (const [phase, ms] of Object.entries(times[column]))
        (samples[column][phase] ??= []).push(ms);
    await undefined;
  }
  const medians = (column: Record<string, number[]>): Record<string, number> =>
    Object.fromEntries(
      Object.entries(column).map(([phase, list]) => {
        list.sort((a, b) => a - b);
        return [phase, list[list.length >> 1] ?? 0];
      }),
    );
  const wall = medians(samples.wall);
  const thread = medians(samples.thread);
  if (process.argv.includes('--json'))
    process.stdout.write(`${JSON.stringify({ wall, thread })}\n`);
  else
    for (const [phase, ms] of Object.entries(process.argv.includes('--thread') ? thread : wall))
      process.stdout.write(`${phase.padEnd(14)}${ms.toFixed(1).padStart(8)} ms\n`);
}
