// Where a cold check of the benchmark's 10 000 file goes, stage by stage, outside
// `npm run bench` (which takes a minute and writes the report): the same forced collection
// before each check, medians of wall time per stage and of the whole check. For work on
// issue 17; nothing is asserted.
//
//   node scripts/stage-times.mjs [--runs=7] [--size=10000]
import { performance } from 'node:perf_hooks';
import { validateInStages, type Stage } from '../core/src/validate';
import { collectGarbage, numberOption, warmedUpTopology } from './coldCheck';

const text = warmedUpTopology();
const samples: Record<string, number[]> = {};
for (let run = 0; run < numberOption('runs', 7); run++) {
  collectGarbage();
  const start = performance.now();
  validateInStages(text, { maxFileSize: 0 }, (stage: Stage, work) => {
    const stageStart = performance.now();
    try {
      return work();
    } finally {
      (samples[stage] ??= []).push(performance.now() - stageStart);
    }
  });
  (samples.total ??= []).push(performance.now() - start);
}
for (const [stage, times] of Object.entries(samples)) {
  times.sort((a, b) => a - b);
  process.stdout.write(
    `${stage.padEnd(14)}${(times[times.length >> 1] ?? 0).toFixed(1).padStart(8)} ms\n`,
  );
}
