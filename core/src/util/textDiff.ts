// The one text diff of the core: where two texts differ, as the span between their common
// prefix and suffix. Fixes turn it into one minimal edit; the incremental analysis finds
// the keystroke with it.

/** [start, beforeEnd) of the text before is [start, afterEnd) of the text after. */
export interface TextChange {
  start: number;
  beforeEnd: number;
  afterEnd: number;
}

/** Characters compared at once: whole-slice equality is a memory comparison in the engine,
 * many times faster than a loop over character codes (a 4 MB topology at every keystroke). */
const CHUNK = 4096;

/** The span `before` and `after` differ in, the longest common prefix first. */
export function textChange(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + CHUNK <= shorter &&
    before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)
  )
    start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const maxSuffix = shorter - start;
  let suffix = 0;
  while (
    suffix + CHUNK <= maxSuffix &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) ===
      after.slice(after.length - suffix - CHUNK, after.length - suffix)
  )
    suffix += CHUNK;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start, beforeEnd: before.length - suffix, afterEnd: after.length - suffix };
}
