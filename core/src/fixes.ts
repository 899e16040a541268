// Quick fixes as text edits. Every JSON change goes through jsonc-parser's `modify`,
// which keeps the user's formatting and comments; the result is returned as one
// minimal edit against the text the fix was computed on.
import {
  applyEdits as applyJsonEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type FormattingOptions,
  type JSONPath,
  type Node,
} from 'jsonc-parser';
import { analyse, applySeverities } from './validate';
import type { FixDescriptor, FixOperation, TextEdit, ValidateOptions } from './types';

/** Indentation and line endings as the document already uses them. */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^([ \t]+)\S/m.exec(text);
  const indent = indented?.[1] ?? '  ';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: Math.min(Math.max(indent.length, 1), 8), eol };
}

function applyOperation(text: string, operation: FixOperation, formattingOptions: FormattingOptions): string {
  switch (operation.op) {
    case 'replaceText':
      return text.slice(0, operation.offset) + operation.content + text.slice(operation.offset + operation.length);
    case 'set':
      return applyJsonEdits(text, modify(text, operation.path as JSONPath, operation.value, { formattingOptions }));
    case 'remove':
      return applyJsonEdits(text, modify(text, operation.path as JSONPath, undefined, { formattingOptions }));
    case 'append': {
      const root = parseTree(text);
      const array = root ? findNodeAtLocation(root, operation.path as JSONPath) : undefined;
      if (array?.type === 'array') {
        const inline = inlineScalarAppend(text, array, operation.value);
        if (inline !== undefined) return inline;
        const edits = modify(text, [...operation.path, -1] as JSONPath, operation.value, {
          formattingOptions,
          isArrayInsertion: true,
        });
        return applyJsonEdits(text, edits);
      }
      return applyJsonEdits(text, modify(text, operation.path as JSONPath, [operation.value], { formattingOptions }));
    }
    case 'rename': {
      const root = parseTree(text);
      const value = root ? findNodeAtLocation(root, operation.path as JSONPath) : undefined;
      const key = value?.parent?.type === 'property' ? value.parent.children?.[0] : undefined;
      if (!key) return text;
      return text.slice(0, key.offset) + JSON.stringify(operation.value) + text.slice(key.offset + key.length);
    }
  }
}

/**
 * Appends a scalar to an array written on one line, keeping it on one line
 * (`["a"]` → `["a", "b"]`). jsonc-parser would reformat the whole line into one
 * element per line, which is not how the user wrote it.
 */
function inlineScalarAppend(text: string, array: Node, value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) return undefined;
  const source = text.slice(array.offset, array.offset + array.length);
  if (/[\r\n]/.test(source) || /\/[/*]/.test(source)) return undefined;
  const items = array.children ?? [];
  const literal = JSON.stringify(value);
  const last = items[items.length - 1];
  if (!last) {
    const close = array.offset + array.length - 1;
    return text.slice(0, array.offset) + `[${literal}]` + text.slice(close + 1);
  }
  const at = last.offset + last.length;
  return text.slice(0, at) + `, ${literal}` + text.slice(at);
}

/** The smallest single edit that turns `before` into `after`. */
function minimalEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  return [{ offset: start, length: endBefore - start, content: after.slice(start, endAfter) }];
}

/** The edits of one quick fix, relative to `text`. */
export function fixEdits(text: string, fix: FixDescriptor): TextEdit[] {
  const formattingOptions = detectFormatting(text);
  let result = text;
  for (const operation of fix.operations) result = applyOperation(result, operation, formattingOptions);
  return minimalEdit(text, result);
}

/** Applies non-overlapping edits (offsets relative to `text`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length);
  }
  return result;
}

export const MAX_FIX_PASSES = 20;

/**
 * Applies every preferred quick fix, like `eslint --fix`: each pass applies the fixes
 * whose edits do not overlap, then re-validates, until nothing is left to fix.
 */
export function fixAll(text: string, options: ValidateOptions = {}): { text: string; applied: number; passes: number } {
  let current = text;
  let applied = 0;
  let passes = 0;
  // A fix that did not remove its finding must not be applied again (no endless appends).
  const alreadyApplied = new Set<string>();
  while (passes < MAX_FIX_PASSES) {
    const findings = applySeverities(analyse(current).rawFindings, options);
    const edits: TextEdit[] = [];
    for (const finding of findings) {
      const fix = finding.fixes.find((f) => f.isPreferred);
      if (!fix) continue;
      const key = `${finding.code}\0${finding.pointer}\0${fix.title}`;
      if (alreadyApplied.has(key)) continue;
      const fixEditsForFinding = fixEdits(current, fix);
      const overlapping = fixEditsForFinding.some((e) =>
        edits.some((other) => e.offset <= other.offset + other.length && other.offset <= e.offset + e.length),
      );
      if (overlapping || fixEditsForFinding.length === 0) continue;
      edits.push(...fixEditsForFinding);
      alreadyApplied.add(key);
      applied++;
    }
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    passes++;
  }
  return { text: current, applied, passes };
}
