// What the timing scripts (stage-times.ts, rule-times.ts) share with the bench's cold check:
// the benchmark's generated topology, and code compiled on a smaller one first (bench/run.ts
// `warmUp`), so that the cold checks measure compiled code, not the JIT warming up.
import { validate } from '../core/src/index';
import { generateTopology } from '../bench/generate';

/** `--<name>=<number>` from the command line, or `fallback`. */
export function numberOption(name: string, fallback: number): number {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`));
  return given ? Number(given.slice(name.length + 3)) : fallback;
}

/** A full collection (the scripts run with --expose-gc, as the bench), else nothing. */
export const collectGarbage: () => void =
  (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** The topology of `--size` data sources (10 000 by default), after the warm-up. */
export function warmedUpTopology(): string {
  const text = generateTopology(numberOption('size', 10_000));
  const warm = generateTopology(500, 7);
  for (let i = 0; i < 5; i++) validate(warm, { maxFileSize: 0 });
  return text;
}
