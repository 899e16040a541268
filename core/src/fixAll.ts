// Fix-all, like `eslint --fix`: every preferred quick fix applied, pass after pass, each pass
// on a new analysis of the text the previous one made. The orchestration of analyses and
// edits (fixes.ts only turns one fix into edits).
import { parseDocument } from './parse';
import { detectFormatting, fixEdits } from './fixes';
import { fileSizeNotice } from './limits';
import type { Finding, FixDescriptor, TextEdit, ValidateOptions } from './types';
import { applyEdits } from './util/textDiff';
import { analyse, applySeverities } from './validate';

export const MAX_FIX_PASSES = 20;

const preferredFix = (finding: Finding) => finding.fixes.find((f) => f.isPreferred);

/**
 * Applies every preferred quick fix, like `eslint --fix`: each pass applies the fixes
 * whose edits do not overlap, then re-validates, until nothing is left to fix.
 */
export function fixAll(
  text: string,
  options: ValidateOptions = {},
): { text: string; applied: number; passes: number } {
  // A file above the size limit is not analysed, so nothing of it is fixed either.
  if (fileSizeNotice(text, options)) return { text, applied: 0, passes: 0 };
  let current = text;
  let applied = 0;
  let passes = 0;
  // A fix that did not remove its finding must not be applied again (no endless appends).
  // Findings can be alike (a route written twice, two unused `dwnet-ignore-file`
  // comments) and pointers shift when an array element goes, so a fix is known by what
  // it says, and judged by the number of its findings. When they are not fewer after its
  // pass, another fix of that pass may have made an alike one (cidr-host-bits turns a
  // route into a duplicate): the fix is then tried alone on the text it was made for.
  let appliedLastPass: { key: string; count: number; edits: TextEdit[] }[] = [];
  let previous = text;
  const ineffective = new Set<string>();
  const keyOf = (finding: Finding, fix: FixDescriptor) =>
    `${finding.code}\0${finding.message}\0${fix.title}`;
  const countsOf = (findings: Finding[]) => {
    const counts = new Map<string, number>();
    for (const finding of findings) {
      const fix = preferredFix(finding);
      if (fix) counts.set(keyOf(finding, fix), (counts.get(keyOf(finding, fix)) ?? 0) + 1);
    }
    return counts;
  };
  while (passes < MAX_FIX_PASSES) {
    const analysis = analyse(current);
    const findings = applySeverities(analysis.rawFindings, options);
    // A text that does not parse is left alone: its fixes were computed on the parser's
    // recovery, which can place an insertion outside the object it belongs to, and a
    // half-typed document saved with fix-on-save must not gain text in odd places.
    if (findings.some((f) => f.code === 'json-syntax')) break;
    const counts = countsOf(findings);
    for (const { key, count, edits } of appliedLastPass) {
      if ((counts.get(key) ?? 0) < count) continue;
      const alone = analyse(applyEdits(previous, edits)).rawFindings;
      if ((countsOf(applySeverities(alone, options)).get(key) ?? 0) >= count) ineffective.add(key);
    }
    appliedLastPass = [];
    const appliedThisPass = new Set<string>();
    const edits: TextEdit[] = [];
    let firstFixEdits: TextEdit[] = [];
    // Every fix of the pass is made on the same text: its layout is read once.
    const formatting = detectFormatting(current);
    for (const finding of findings) {
      const fix = preferredFix(finding);
      if (!fix) continue;
      const key = keyOf(finding, fix);
      if (appliedThisPass.has(key) || ineffective.has(key)) continue;
      // The analysis's tree is the tree of `current`: no fix parses the document again.
      const fixEditsForFinding = fixEdits(current, fix, analysis.document.root, formatting);
      const overlapping = fixEditsForFinding.some((e) =>
        edits.some(
          (other) => e.offset <= other.offset + other.length && other.offset <= e.offset + e.length,
        ),
      );
      if (overlapping || fixEditsForFinding.length === 0) continue;
      if (edits.length === 0) firstFixEdits = fixEditsForFinding;
      edits.push(...fixEditsForFinding);
      appliedThisPass.add(key);
      appliedLastPass.push({ key, count: counts.get(key)!, edits: fixEditsForFinding });
      applied++;
    }
    if (edits.length === 0) break;
    // Fixes computed on one text can still interfere: a minimal edit slides over identical
    // characters (a `}` that closes either of two objects) and can land on the other side
    // of a neighbour's insertion. When together they break the JSON, this pass applies
    // its first fix alone, and the next pass computes the others again.
    const together = applyEdits(current, edits);
    const breaks = parseDocument(together).syntaxProblems.length > 0;
    previous = current;
    if (breaks && appliedLastPass.length > 1) {
      applied -= appliedLastPass.length - 1;
      appliedLastPass.splice(1);
      current = applyEdits(current, firstFixEdits);
    } else {
      current = together;
    }
    passes++;
  }
  return { text: current, applied, passes };
}
