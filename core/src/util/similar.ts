// "Did you mean …?": the closest candidate by edit distance, for references, enum
// values, property names and region ids.

export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate (case-insensitive distance), first on a tie; undefined when there are none. */
export function closest(
  value: string,
  candidates: Iterable<string>,
  maxCandidates = 5000,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let seen = 0;
  const needle = value.toLowerCase();
  for (const candidate of candidates) {
    if (++seen > maxCandidates) break;
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Like `closest`, but only when the candidate is plausibly a typo of the value. */
export function suggestion(value: string, candidates: Iterable<string>): string | undefined {
  const best = closest(value, candidates);
  if (best === undefined) return undefined;
  return editDistance(value.toLowerCase(), best.toLowerCase()) <=
    Math.max(2, Math.floor(best.length / 3))
    ? best
    : undefined;
}

/**
 * The closest candidate within a third of the word's length (at least 2 edits), if any:
 * for names a user typed (commands, options, rule codes, levels, config properties).
 */
export function closestWithinReach(word: string, candidates: Iterable<string>): string | undefined {
  const best = closest(word, candidates);
  if (best === undefined) return undefined;
  const reach = Math.max(2, Math.floor(word.length / 3));
  return editDistance(word.toLowerCase(), best.toLowerCase()) <= reach ? best : undefined;
}

/** ` (did you mean "x"?)`, or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestWithinReach(word, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
