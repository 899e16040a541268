// Per-rule times of the rules stage on the benchmark's 10 000 file (issue 17 work; nothing
// is asserted): each rule run alone (`runRule`: it walks what it visits by itself, where a
// check shares the walks, core/src/rules/run.ts), its wall time in a cold check (after a
// forced collection, the model and pairs just built, as the bench) with the collections
// that fell inside it (mean), and its time on a warm model (the same inputs, run again).
//
//   node scripts/rule-times.mjs [--runs=7] [--size=10000] [--profile=PREFIX] [--alloc=PREFIX]
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { parseDocumentForSchema } from '../core/src/parse';
import { schemaProblemsOfWellFormed } from '../core/src/schemaValidation';
import type { Rule } from '../core/src/rules/rule';
import { analyseParsed, runRule, type RuleInputs } from '../core/src/validate';
import { collectGarbage, numberOption, warmedUpTopology } from './coldCheck';

const text = warmedUpTopology();

const gcs: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    gcs.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ entryTypes: ['gc'] });

// --profile=PREFIX writes a CPU profile of each cold run's rules stage (PREFIX.<run>.cpuprofile).
const profiling = process.argv.find((a) => a.startsWith('--profile='))?.slice(10);
// --alloc=PREFIX writes a sampling heap profile (freed objects included) of each cold run's rules stage.
const allocating = process.argv.find((a) => a.startsWith('--alloc='))?.slice(8);
const session = new Session();
if (profiling || allocating) session.connect();
if (allocating) session.post('HeapProfiler.enable');
const post = (method: string) => session.post(method);
if (profiling) {
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 50 });
}
const cold: Record<string, number[]> = {};
const coldGc: Record<string, number[]> = {};
const warmTimes: Record<string, number[]> = {};
const windows: { code: string; start: number; end: number; run: number }[] = [];
const runs = numberOption('runs', 7);
for (let run = 0; run < runs; run++) {
  collectGarbage();
  // The check's own pipeline builds the rules' inputs (model, topology, pairs, addresses);
  // each rule is then run alone through `analyseParsed`'s override, and timed.
  const { document, schemaInput } = parseDocumentForSchema(text);
  const schema = schemaInput && schemaProblemsOfWellFormed(schemaInput);
  const errors: string[] = [];
  let ranWith: { rules: Rule[]; inputs: RuleInputs } | undefined;
  let stageStart = 0;
  analyseParsed(document, schema, (rule, index, inputs) => {
    if (index === 0) {
      // Built before the first rule, so that it is not charged for them.
      inputs.connectivity();
      inputs.addresses();
      ranWith = { rules: [], inputs };
      if (profiling) post('Profiler.start');
      if (allocating)
        session.post('HeapProfiler.startSampling', {
          samplingInterval: 1024,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        } as object);
      stageStart = performance.now();
    }
    ranWith?.rules.push(rule);
    const start = performance.now();
    const findings = runRule(rule, inputs, errors);
    const end = performance.now();
    (cold[rule.meta.code] ??= []).push(end - start);
    windows.push({ code: rule.meta.code, start, end, run });
    return findings;
  });
  (cold.TOTAL ??= []).push(performance.now() - stageStart);
  windows.push({ code: 'TOTAL', start: stageStart, end: performance.now(), run });
  if (allocating)
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (!error) writeFileSync(`${allocating}.${run}.heapprofile`, JSON.stringify(result.profile));
    });
  if (profiling)
    session.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(`${profiling}.${run}.cpuprofile`, JSON.stringify(result.profile));
    });
  if (ranWith === undefined) throw new Error('the generated topology did not parse');
  const { rules, inputs } = ranWith;
  for (let again = 0; again < 3; again++) {
    const t0 = performance.now();
    for (const rule of rules) {
      const start = performance.now();
      runRule(rule, inputs, errors);
      (warmTimes[rule.meta.code] ??= []).push(performance.now() - start);
    }
    (warmTimes.TOTAL ??= []).push(performance.now() - t0);
  }
  if (errors.length) console.error(errors);
}
setTimeout(report, 50);
function report(): void {
  for (const w of windows) {
    let inside = 0;
    for (const g of gcs) inside += Math.max(0, Math.min(g.end, w.end) - Math.max(g.start, w.start));
    (coldGc[w.code] ??= []).push(inside);
  }
  const mean = (xs: number[] | undefined) => (xs ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const median = (xs: number[] | undefined) => {
    if (!xs) return 0;
    const s = [...xs].sort((a, b) => a - b);
    return s[s.length >> 1] ?? 0;
  };
  const rows = Object.keys(cold).map((code) => ({
    code,
    cold: median(cold[code]),
    gc: mean(coldGc[code]),
    warm: median(warmTimes[code]),
  }));
  rows.sort((a, b) => b.cold - a.cold);
  process.stdout.write(
    `${'rule'.padEnd(26)}${'cold'.padStart(8)}${'gc'.padStart(8)}${'warm'.padStart(8)}\n`,
  );
  for (const r of rows)
    process.stdout.write(
      `${r.code.padEnd(26)}${r.cold.toFixed(1).padStart(8)}${r.gc.toFixed(1).padStart(8)}${r.warm.toFixed(1).padStart(8)}\n`,
    );
}
