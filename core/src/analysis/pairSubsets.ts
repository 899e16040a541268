// The few pairs most pair rules read, listed once per analysis in pair order: a large
// topology has thousands of pairs that connect and are not over the Internet, and a rule's
// own loop over all of them runs unoptimised in a fresh process.
import type { ConnectivityAnalysis, PairEvaluation } from './connectivity';

export interface PairSubsets {
  /** The pairs that do not connect (`ok` false), in pair order. */
  failing: PairEvaluation[];
  /** The pairs over the Internet (scenario 5), in pair order. */
  overInternet: PairEvaluation[];
}

/** The lists of each analysis, made when a rule first asks (full, spliced or filtered alike). */
const subsetsByAnalysis = new WeakMap<ConnectivityAnalysis, PairSubsets>();

/** The subsets of `pairs`, in their order. */
function listPairSubsets(pairs: readonly PairEvaluation[]): PairSubsets {
  const failing: PairEvaluation[] = [];
  const overInternet: PairEvaluation[] = [];
  // An index, not `for … of`: no iterator result per pair before V8 optimises.
  for (let i = 0; i < pairs.length; i++) {
    const pair = pairs[i] as PairEvaluation;
    if (!pair.ok) failing.push(pair);
    // Set together (scenarios.ts, internet.ts); both read, as the rules did.
    if (pair.overInternet || pair.scenario === 5) overInternet.push(pair);
  }
  return { failing, overInternet };
}

/** The subsets of an analysis's pairs (never changed: the pairs of an analysis are not). */
export function pairSubsetsOf(connectivity: ConnectivityAnalysis): PairSubsets {
  let subsets = subsetsByAnalysis.get(connectivity);
  if (!subsets) {
    subsets = listPairSubsets(connectivity.pairs);
    subsetsByAnalysis.set(connectivity, subsets);
  }
  return subsets;
}
