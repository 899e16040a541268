// V8's optimised code refers weakly to the hidden classes ("maps") of the objects it reads.
// When nothing of the last check is reachable any more, a full collection frees those
// maps and marks every function optimised against them for deoptimisation ("marking
// dependent code for deoptimization, reason: weak objects" in `node --trace-deopt`): the
// next check of a large topology then ran unoptimised until TurboFan had compiled it all
// again, on the same two cores. A server has a full collection now and then between two
// checks; the benchmark forces one before each.
//
// So each check leaves its objects reachable until the next check replaces them: the
// analysis of a `validate` (a server keeps its analyses itself, and lets a stale one go as
// the user types), and one object of each kind that lives only while a stage runs (a
// parser, a reader of rows). What this holds is bounded by the last check's analysis; a
// process that checks once and exits (the CLI) pays nothing for it.

/** The objects of a check that nothing else keeps, by what they are. */
type Kept =
  | 'analysis'
  | 'parser'
  | 'nameTable'
  | 'reader'
  | 'addressFields'
  | 'ruleRuns'
  | 'referenceWalk'
  | 'referenceBinder'
  | 'addressFieldList';

const lastOfKind = new Map<Kept, object>();

/** Keeps `value` reachable until the next object of the same kind replaces it. */
export function keepUntilReplaced(kind: Kept, value: object): void {
  lastOfKind.set(kind, value);
}

/** `keepUntilReplaced`, returning `value`. */
export function keptUntilReplaced<T extends object>(kind: Kept, value: T): T {
  lastOfKind.set(kind, value);
  return value;
}

/** Lets the last check's objects go (a server with no document left open). */
export function releaseKept(): void {
  lastOfKind.clear();
}
