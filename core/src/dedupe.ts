// Findings of one rule that say the same thing at the same place, merged into one (the
// finish stage of validate.ts).
import type { Undescribed } from './rules/run';
import type { Finding } from './types';

/**
 * Merges findings that say the same thing at the same place (one per pair otherwise), in
 * one rule's findings sorted by offset: alike findings sit together. Never changes a
 * finding it is given (but describes one not yet described, to compare its message): an
 * incremental run hands it findings of earlier runs.
 */
export function dedupe(
  findings: readonly Finding[],
  undescribed: Undescribed | undefined,
): Finding[] {
  const kept: Finding[] = [];
  /** Related locations of the findings merged into so far, by index in `kept`. */
  const mergedRelated = new Map<number, Set<string>>();
  let sameOffsetFrom = 0;
  // An index loop: no iterator result per finding in a fresh process's unoptimised code.
  for (let at = 0; at < findings.length; at++) {
    const finding = findings[at] as Finding;
    if (kept.length === 0 || kept[kept.length - 1]!.offset !== finding.offset)
      sameOffsetFrom = kept.length;
    let index = -1;
    for (let k = sameOffsetFrom; k < kept.length; k++) {
      const other = kept[k]!;
      if (other.code !== finding.code || other.pointer !== finding.pointer) continue;
      // One whose `describe` threw says nothing to compare, and is never shown.
      if (undescribed && !(undescribed.describe(other) && undescribed.describe(finding))) continue;
      if (other.message === finding.message) {
        index = k;
        break;
      }
    }
    if (index < 0) {
      kept.push(finding);
      continue;
    }
    let seen = mergedRelated.get(index);
    if (!seen) {
      // The first merge into a finding copies it, with its own list of related locations.
      const copy = { ...kept[index]!, related: [...kept[index]!.related] };
      kept[index] = copy;
      seen = new Set(copy.related.map((r) => `${r.pointer}\0${r.message}`));
      mergedRelated.set(index, seen);
    }
    const merged = kept[index]!;
    for (const related of finding.related) {
      const key = `${related.pointer}\0${related.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.related.push(related);
    }
  }
  return kept;
}
