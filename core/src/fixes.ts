// Quick fixes as text edits: the operations of a fix descriptor (`append`, `set`, `remove`
// at a JSON path, `replaceText`) turned into edits that keep the user's layout, returned as
// one minimal edit against the text the fix was computed on. Local changes are computed from
// the tree's offsets; jsonc-parser's `modify` is left the cases it alone handles.
import {
  createScanner,
  SyntaxKind,
  findNodeAtLocation,
  modify,
  type FormattingOptions,
  type JSONPath,
  type Node,
} from 'jsonc-parser';
import { parseDocument } from './parse';
import type { FixDescriptor, FixOperation, TextEdit } from './types';
import { applyEdits, minimalEdit, minimalSplice } from './util/textDiff';

/**
 * Indentation and line endings as the document already uses them. Fix-all works them out
 * once per pass and hands them to every fix of the pass.
 */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^([ \t]+)\S/m.exec(text);
  const indent = indented?.[1] ?? '  ';
  if (indent.startsWith('\t')) return { insertSpaces: false, tabSize: 4, eol };
  return { insertSpaces: true, tabSize: Math.min(Math.max(indent.length, 1), 8), eol };
}

/**
 * The edits of one operation against `text`. Each local change is one edit computed from
 * the tree's offsets, so a fix costs the same in a 4 MB topology as in a small one;
 * jsonc-parser's `modify` (which parses the whole text) is left the cases it alone handles.
 */
function operationEdits(
  text: string,
  operation: FixOperation,
  formattingOptions: FormattingOptions,
  parsed: Node | undefined,
): TextEdit[] {
  if (operation.op === 'replaceText') {
    return [{ offset: operation.offset, length: operation.length, content: operation.content }];
  }
  const root = parsed ?? parseDocument(text).root;
  const path = operation.path as JSONPath;
  const target = root ? findNodeAtLocation(root, path) : undefined;
  switch (operation.op) {
    case 'set': {
      if (target && target.type !== 'object' && target.type !== 'array') {
        // A scalar is replaced in place: nothing around it moves.
        return [splice(target.offset, target.length, JSON.stringify(operation.value))];
      }
      if (!target && root) {
        const inserted = insertProperty(text, root, path, operation.value, formattingOptions);
        if (inserted !== undefined) return [inserted];
      }
      return modify(text, path, operation.value, { formattingOptions });
    }
    case 'remove':
      if (target?.parent?.type === 'array') return [removeArrayElement(text, target)];
      return modify(text, path, undefined, { formattingOptions });
    case 'append': {
      if (target?.type === 'array')
        return [appendElement(text, target, operation.value, formattingOptions)];
      if (!target && root) {
        const inserted = insertProperty(text, root, path, [operation.value], formattingOptions);
        if (inserted !== undefined) return [inserted];
      }
      return modify(text, path, [operation.value], { formattingOptions });
    }
  }
}

function splice(offset: number, length: number, content: string): TextEdit {
  return { offset, length, content };
}

/** `{ "a": 1, "b": [2] }`: one-line JSON with the spacing people write by hand. */
function compactJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compactJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${compactJson(v)}`).join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** Multi-line JSON whose continuation lines start at `indent`. */
function blockJson(value: unknown, indent: string, options: FormattingOptions): string {
  const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize ?? 2);
  return JSON.stringify(value, null, unit)
    .split('\n')
    .join(`${options.eol ?? '\n'}${indent}`);
}

function isMultiline(text: string, node: Node): boolean {
  return /[\r\n]/.test(text.slice(node.offset, node.offset + node.length));
}

/** The indentation of the line `offset` is on, when only whitespace precedes it. */
function indentBefore(text: string, offset: number): string | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
  const prefix = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(prefix) ? prefix : undefined;
}

/** True when only whitespace follows `offset` on its line (no comment to step over). */
function lineEndsAfter(text: string, offset: number): boolean {
  const lineEnd = text.indexOf('\n', offset);
  return /^[ \t\r]*$/.test(text.slice(offset, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * Appends an element in the style of its siblings: on the same line for a one-line
 * array, on a new line with the last element's indentation otherwise (as one line when
 * every sibling is written on one line).
 */
function appendElement(
  text: string,
  array: Node,
  value: unknown,
  options: FormattingOptions,
): TextEdit {
  const items = array.children ?? [];
  const last = items[items.length - 1];
  if (!last) {
    const inside = text.slice(array.offset + 1, array.offset + array.length - 1);
    // An empty array keeps what it holds (a comment, line breaks): the element goes last.
    return /^\s*$/.test(inside) && !isMultiline(text, array)
      ? splice(array.offset, array.length, `[${compactJson(value)}]`)
      : splice(array.offset + array.length - 1, 0, compactJson(value));
  }
  const end = last.offset + last.length;
  // Right after the last element, before any comment that follows it, the new one always
  // keeps the array valid: a one-line array, or a layout of its own, gets it on that line.
  const inline = splice(end, 0, `, ${compactJson(value)}`);
  if (!isMultiline(text, array)) return inline;
  const indent = indentBefore(text, last.offset);
  if (indent === undefined || !lineEndsAfter(text, end)) return inline;
  const oneLineSiblings = items.every((item) => !isMultiline(text, item));
  const body = oneLineSiblings ? compactJson(value) : blockJson(value, indent, options);
  return splice(end, 0, `,${options.eol ?? '\n'}${indent}${body}`);
}

/**
 * Adds the property at `path` (and any missing parent objects) after the last property
 * of the deepest existing object, in that object's style. Undefined when jsonc-parser
 * should do it (one-line objects, comments in the way, a path through an array).
 */
function insertProperty(
  text: string,
  root: Node,
  path: JSONPath,
  value: unknown,
  options: FormattingOptions,
): TextEdit | undefined {
  let depth = path.length - 1;
  let wrapped: unknown = value;
  let parent = findNodeAtLocation(root, path.slice(0, depth));
  while (!parent && depth > 0) {
    const key = path[depth];
    if (typeof key !== 'string') return undefined;
    wrapped = { [key]: wrapped };
    depth--;
    parent = findNodeAtLocation(root, path.slice(0, depth));
  }
  const key = path[depth];
  if (!parent || parent.type !== 'object' || typeof key !== 'string') return undefined;
  const properties = parent.children ?? [];
  const last = properties[properties.length - 1];
  if (!last) return undefined;
  const end = last.offset + last.length;
  // Right after the last property's value, before any comment that follows it, the new
  // one always keeps the object valid: a one-line object, or a layout of its own (the last
  // property shares its line with more), gets it on that line.
  const inline = splice(end, 0, `, ${JSON.stringify(key)}: ${compactJson(wrapped)}`);
  if (!isMultiline(text, parent)) return inline;
  const indent = indentBefore(text, last.offset);
  if (indent === undefined || !lineEndsAfter(text, end)) return inline;
  return splice(
    end,
    0,
    `,${options.eol ?? '\n'}${indent}${JSON.stringify(key)}: ${blockJson(wrapped, indent, options)}`,
  );
}

/** Offset of the first comma token in text[from, to), skipping comments; -1 if none. */
function commaBetween(text: string, from: number, to: number): number {
  const scanner = createScanner(text.slice(from, to), false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.CommaToken) return from + scanner.getTokenOffset();
  }
  return -1;
}

/** The comments in text[from, to), as written. */
function commentsIn(text: string, from: number, to: number): string[] {
  const scanner = createScanner(text.slice(from, to), false);
  const comments: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      const offset = from + scanner.getTokenOffset();
      comments.push(text.slice(offset, offset + scanner.getTokenLength()));
    }
  }
  return comments;
}

/**
 * Removes text[from, to) but not the comments in it: they are the user's words, and a
 * fix never loses them. A line comment keeps a line break after it, or it would
 * swallow what follows.
 */
function removeKeepingComments(text: string, from: number, to: number): TextEdit {
  const comments = commentsIn(text, from, to);
  if (comments.length === 0) return splice(from, to - from, '');
  // What follows the removed span, up to the end of its line, decides the separators.
  const lineEnd = text.indexOf('\n', to);
  const rest = text.slice(to, lineEnd < 0 ? text.length : lineEnd + 1);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let kept = /\s$/.test(text.slice(Math.max(from - 1, 0), from)) ? '' : ' ';
  comments.forEach((comment, i) => {
    const last = i === comments.length - 1;
    if (comment.startsWith('//'))
      kept += comment + (last && /^[ \t]*(\r?\n|$)/.test(rest) ? '' : eol);
    else kept += comment + (last && (rest === '' || /^\s/.test(rest)) ? '' : ' ');
  });
  return splice(from, to - from, kept);
}

/**
 * Removes one array element with its separator. jsonc-parser 3.3.1 leaves a stray
 * quote when it removes the last element of a one-line array, so this is done
 * from the tree's offsets; comments in the removed span are kept.
 */
function removeArrayElement(text: string, element: Node): TextEdit {
  const siblings = element.parent!.children!;
  const index = siblings.indexOf(element);
  const end = element.offset + element.length;
  const previous = siblings[index - 1];
  const next = siblings[index + 1];
  if (previous) {
    const comma = commaBetween(text, previous.offset + previous.length, element.offset);
    const start = comma >= 0 ? comma : previous.offset + previous.length;
    return removeKeepingComments(text, start, end);
  }
  if (next) {
    const comma = commaBetween(text, end, next.offset);
    if (comma < 0) return removeKeepingComments(text, element.offset, next.offset);
    const between = text.slice(comma + 1, next.offset);
    const stop = /^\s*$/.test(between)
      ? next.offset
      : comma + 1 + (/^[ \t]*/.exec(between)?.[0].length ?? 0);
    return removeKeepingComments(text, element.offset, stop);
  }
  // The only element: its trailing comma goes too, as `[,]` is not JSON even with
  // trailing commas allowed.
  const array = element.parent!;
  const trailing = commaBetween(text, end, array.offset + array.length);
  return removeKeepingComments(text, element.offset, trailing >= 0 ? trailing + 1 : end);
}

/**
 * The edits of one quick fix, relative to `text`, as one minimal edit. Pass the tree
 * already parsed from `text` (the analysis has one) to spare a parse of the whole document.
 */
export function fixEdits(
  text: string,
  fix: FixDescriptor,
  tree?: Node,
  formattingOptions: FormattingOptions = detectFormatting(text),
): TextEdit[] {
  try {
    const [first, ...rest] = fix.operations;
    if (!first) return [];
    const firstEdits = operationEdits(text, first, formattingOptions, tree);
    if (rest.length === 0 && firstEdits.length === 1) return minimalSplice(text, firstEdits[0]!);
    // Later operations see the text the earlier ones produced (and parse it).
    let result = applyEdits(text, firstEdits);
    for (const operation of rest) {
      result = applyEdits(result, operationEdits(result, operation, formattingOptions, undefined));
    }
    return minimalEdit(text, result);
  } catch (modifyFailed) {
    // jsonc-parser 3.3.1's `modify` throws on some texts that do not parse (deep unclosed
    // brackets): that fix has no edits there, and the other fixes are still offered.
    void modifyFailed;
    return [];
  }
}

/**
 * Whether applying `edits` to a text with `syntaxErrors` syntax problems (as its analysis
 * counted them) leaves no more. A fix for a document that does not parse was computed on
 * the parser's recovery; it is offered only when this holds, so a quick fix never makes a
 * half-typed document worse.
 */
export function keepsSyntax(
  text: string,
  edits: readonly TextEdit[],
  syntaxErrors: number,
): boolean {
  return parseDocument(applyEdits(text, edits)).syntaxProblems.length <= syntaxErrors;
}
