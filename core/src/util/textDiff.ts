// The one text diff of the core: where two texts differ, as the span between their common
// prefix and suffix. Fixes turn it into one minimal edit; the incremental analysis finds
// the keystroke with it. And text edits applied to a text.
import type { TextEdit } from '../types';

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

/** The smallest single edit that turns `before` into `after`. */
export function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const { start, beforeEnd, afterEnd } = textChange(before, after);
  return [{ offset: start, length: beforeEnd - start, content: after.slice(start, afterEnd) }];
}

/**
 * `minimalEdit(text, applyEdits(text, [edit]))` without building the new text or comparing
 * the whole document: outside the edit both texts are the same, so only the characters
 * around it are compared.
 */
export function minimalSplice(text: string, edit: TextEdit): TextEdit[] {
  const { offset, length, content } = edit;
  const delta = content.length - length;
  const afterLength = text.length + delta;
  // The character at `i` of the text after the edit.
  const after = (i: number): number =>
    i < offset
      ? text.charCodeAt(i)
      : i < offset + content.length
        ? content.charCodeAt(i - offset)
        : text.charCodeAt(i - delta);
  let start = offset;
  const max = Math.min(text.length, afterLength);
  while (start < max && text.charCodeAt(start) === after(start)) start++;
  if (start === max && text.length === afterLength) return [];
  // Every character from the end of the edit on is shared; the loop below resumes where a
  // comparison from the end of both texts would reach it.
  let endBefore = Math.max(offset + length, start + Math.max(0, -delta));
  let endAfter = endBefore + delta;
  while (
    endBefore > start &&
    endAfter > start &&
    text.charCodeAt(endBefore - 1) === after(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  let inserted = '';
  for (let i = start; i < endAfter;) {
    // Whole runs from the text or the content, not one character at a time.
    if (i < offset) {
      const to = Math.min(endAfter, offset);
      inserted += text.slice(i, to);
      i = to;
    } else if (i < offset + content.length) {
      const to = Math.min(endAfter, offset + content.length);
      inserted += content.slice(i - offset, to - offset);
      i = to;
    } else {
      inserted += text.slice(i - delta, endAfter - delta);
      i = endAfter;
    }
  }
  return [{ offset: start, length: endBefore - start, content: inserted }];
}

/** Applies non-overlapping edits (offsets relative to `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 1) {
    const [edit] = edits;
    return text.slice(0, edit!.offset) + edit!.content + text.slice(edit!.offset + edit!.length);
  }
  // One pass over the text, however many edits (fix-all applies hundreds at once). Edits at
  // the same offset keep their order, as they did when applied one by one from the end.
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.offset - b.edit.offset || b.order - a.order)
    .map(({ edit }) => edit);
  const parts: string[] = [];
  let from = 0;
  for (const edit of sorted) {
    // Overlapping edits have no one-pass meaning: apply them one by one from the end.
    if (edit.offset < from) return applyFromTheEnd(text, edits);
    parts.push(text.slice(from, edit.offset), edit.content);
    from = edit.offset + edit.length;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function applyFromTheEnd(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length);
  }
  return result;
}
