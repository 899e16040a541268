// A check keeps its objects reachable until the next check replaces them (core/src/keepAlive.ts),
// so that a full collection between two checks does not throw away V8's compiled code. What
// this must never become is a leak: only the last check's objects are kept, and a server lets
// them go with its last document.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { releaseKept, validate, type Finding } from '../src/index';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** A full collection on a fresh turn: a WeakRef's target is kept for the turn that made it. */
async function collected<T extends object>(ref: WeakRef<T>): Promise<boolean> {
  await new Promise((resolve) => setImmediate(resolve));
  collect();
  return ref.deref() === undefined;
}

/** A finding of a check of a generated topology (one pair in ten broken), held weakly. */
function checkedFinding(seed: number): WeakRef<Finding> {
  const [finding] = validate(generateTopology(20, seed)).findings;
  if (!finding) throw new Error('the generated topology has no finding');
  return new WeakRef(finding);
}

describe('what a check keeps after it returns', () => {
  it("keeps the last check's analysis through a full collection", async () => {
    const first = checkedFinding(1);
    expect(await collected(first)).toBe(false);
    releaseKept();
  });

  it('lets it go when the next check replaces it', async () => {
    const first = checkedFinding(1);
    validate(generateTopology(20, 2));
    expect(await collected(first)).toBe(true);
    releaseKept();
  });

  it('lets it go when released (a server with no document open)', async () => {
    const first = checkedFinding(1);
    releaseKept();
    expect(await collected(first)).toBe(true);
  });
});
