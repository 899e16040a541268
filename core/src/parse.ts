// JSONC parsing: a well-formed file (nearly always the one open) into a compact tree
// (core/src/wellFormedParse.ts), any other into jsonc-parser's tree with its error
// recovery, plus `json-syntax` problems. Both trees are jsonc-parser `Node`s to every later
// stage, and the single source of positions.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { CompactNode, type CompactTree } from './compactTree';
import type { MessageKey, MessageParams } from './l10n';
import type { LineStarts } from './lineIndex';
import { compiledSchema } from './schemaRows';
import { parseWellFormed } from './wellFormedParse';

export type { Node } from 'jsonc-parser';

/** Deeper than any topology needs, shallow enough for jsonc-parser's recursive descent. */
export const MAX_NESTING_DEPTH = 200;

export interface SyntaxProblem {
  /** The message, formatted in the analysis' language when the finding is made. */
  messageKey: MessageKey;
  params?: MessageParams;
  offset: number;
  length: number;
}

export interface ParsedDocument {
  text: string;
  root: Node | undefined;
  syntaxProblems: SyntaxProblem[];
  /** Start and end offsets of every comment, for a well-formed document. */
  commentSpans?: number[];
  /** Nesting deeper than MAX_NESTING_DEPTH: not parsed, and not to be given to any parser that recurses. */
  tooDeep?: boolean;
}

/** The document as plain data, for schema validation, and its repeated property names. */
export interface PlainDocument {
  value: unknown;
  /** Property nodes whose name already appeared earlier in the same object. */
  repeatedProperties: Node[];
}

/** jsonc-parser's error codes that have a message of their own (`syntax.<code>`). */
const PARSE_ERROR_KEYS: Record<string, MessageKey> = {
  InvalidSymbol: 'syntax.InvalidSymbol',
  InvalidNumberFormat: 'syntax.InvalidNumberFormat',
  PropertyNameExpected: 'syntax.PropertyNameExpected',
  ValueExpected: 'syntax.ValueExpected',
  ColonExpected: 'syntax.ColonExpected',
  CommaExpected: 'syntax.CommaExpected',
  CloseBraceExpected: 'syntax.CloseBraceExpected',
  CloseBracketExpected: 'syntax.CloseBracketExpected',
  EndOfFileExpected: 'syntax.EndOfFileExpected',
  InvalidCommentToken: 'syntax.InvalidCommentToken',
  UnexpectedEndOfComment: 'syntax.UnexpectedEndOfComment',
  UnexpectedEndOfString: 'syntax.UnexpectedEndOfString',
  UnexpectedEndOfNumber: 'syntax.UnexpectedEndOfNumber',
  InvalidUnicode: 'syntax.InvalidUnicode',
  InvalidEscapeCharacter: 'syntax.InvalidEscapeCharacter',
  InvalidCharacter: 'syntax.InvalidCharacter',
};

function describeParseError(error: ParseError): Pick<SyntaxProblem, 'messageKey' | 'params'> {
  const name = printParseErrorCode(error.error);
  const known = PARSE_ERROR_KEYS[name];
  return known ? { messageKey: known } : { messageKey: 'syntax.other', params: { name } };
}

/**
 * Returns the offset of the bracket that opens nesting level `limit + 1`, or -1.
 * Skips strings and comments; a linear scan with no recursion.
 */
export function findExcessiveNesting(text: string, limit: number): number {
  let depth = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      for (i++; i < length; i++) {
        const c = text.charCodeAt(i);
        if (c === 92 /* \ */) i++;
        else if (c === 34 || c === 10 || c === 13) break;
      }
    } else if (ch === 47 /* / */) {
      const next = text.charCodeAt(i + 1);
      if (next === 47) {
        // A line comment ends at CR as well as LF, as in the parser: with CR-only line
        // endings, brackets after a comment would otherwise escape this guard.
        while (i < length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
      } else if (next === 42 /* * */) {
        const close = text.indexOf('*/', i + 2);
        i = close < 0 ? length : close + 1;
      }
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) {
      if (depth > 0) depth--;
    }
  }
  return -1;
}

export function parseDocument(text: string): ParsedDocument {
  return parseDocumentForSchema(text).document;
}

/**
 * What schema validation reads of a well-formed document: its rows, which are validated
 * in place when they certainly follow the schema (core/src/schemaRows.ts), and its plain
 * value, made only when asked (for ajv, which words the errors of any other document).
 */
export interface SchemaInput {
  tree: CompactTree;
  /** Whether the rows certainly follow the schema, found while parsing (core/src/schemaRows.ts). */
  certainlyValid: boolean;
  /** Property nodes whose name already appeared earlier in the same object. */
  repeatedProperties: Node[];
  plainDocument(): PlainDocument;
}

/**
 * A parsed document; a well-formed one (the usual case) also gives what its schema check
 * reads, and when asked every line start of its text (for `validateWithLineStarts`).
 */
export interface ParsedForSchema {
  document: ParsedDocument;
  schemaInput?: SchemaInput;
  lineStarts?: LineStarts;
}

/**
 * Parses a document; a well-formed one (the usual case) also gives what its schema check
 * reads, and with `withLineStarts` (the CLI's check) mostly every line start of the text.
 */
export function parseDocumentForSchema(text: string, withLineStarts = false): ParsedForSchema {
  const syntaxProblems: SyntaxProblem[] = [];
  if (text.trim().length === 0) {
    syntaxProblems.push({
      messageKey: 'syntax.empty',
      offset: 0,
      length: 0,
    });
    return { document: { text, root: undefined, syntaxProblems } };
  }
  // A UTF-8 byte order mark is not JSON, but editors write it; blank it without moving offsets.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const wellFormed = parseWellFormed(source, MAX_NESTING_DEPTH, compiledSchema(), withLineStarts);
  if (wellFormed) {
    const { tree, nonJsonSpans, lineStarts } = wellFormed;
    const root = tree.root;
    const repeatedProperties = wellFormed.repeatedProperties.map((row) => tree.node(row));
    const commentSpans: number[] = [];
    for (let i = 0; i < nonJsonSpans.length; i += 2) {
      // The other spans are trailing commas.
      if (source.charCodeAt(nonJsonSpans[i]!) === 47 /* / */)
        commentSpans.push(nonJsonSpans[i]!, nonJsonSpans[i + 1]!);
    }
    return {
      document: { text, root, syntaxProblems, commentSpans },
      schemaInput: {
        tree,
        certainlyValid: wellFormed.schemaValid,
        repeatedProperties,
        plainDocument: () => ({
          // The engine's JSON.parse reads a value faster than any walk of the tree; it keeps
          // the last of two repeated properties where the model keeps the first, so those
          // documents (rare: each repetition is reported) take the walk.
          value:
            repeatedProperties.length > 0
              ? nodeToValue(root)
              : (JSON.parse(blankSpans(source, nonJsonSpans)) as unknown),
          repeatedProperties,
        }),
      },
      lineStarts,
    };
  }
  const tooDeep = findExcessiveNesting(text, MAX_NESTING_DEPTH);
  if (tooDeep >= 0) {
    syntaxProblems.push({
      messageKey: 'syntax.tooDeep',
      params: { depth: MAX_NESTING_DEPTH },
      offset: tooDeep,
      length: 1,
    });
    return { document: { text, root: undefined, syntaxProblems, tooDeep: true } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false });
  clampToText(root, text.length);
  for (const error of errors) {
    const offset = Math.min(error.offset, text.length);
    syntaxProblems.push({
      ...describeParseError(error),
      offset,
      length: Math.min(error.length, text.length - offset),
    });
  }
  return { document: { text, root, syntaxProblems } };
}

/** The text with each span (start and end offset pairs, disjoint) replaced by spaces. */
export function blankSpans(text: string, spans: readonly number[]): string {
  if (spans.length === 0) return text;
  const pairs: [number, number][] = [];
  for (let i = 0; i < spans.length; i += 2) pairs.push([spans[i]!, spans[i + 1]!]);
  // A trailing comma is found after the comments that follow it.
  pairs.sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of pairs) {
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** The plain view of a tree the error-tolerant parser built (the slow path). */
export function plainDocumentOf(root: Node): PlainDocument {
  const repeatedProperties: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const name = property.children?.[0]?.value;
        if (typeof name !== 'string') continue;
        if (seen.has(name)) repeatedProperties.push(property);
        seen.add(name);
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  repeatedProperties.sort((a, b) => a.offset - b.offset);
  return { value: nodeToValue(root), repeatedProperties };
}

/**
 * jsonc-parser 3.3.1 ends a block comment left open at the end of the text (`/*` typed
 * last, or a final CRLF inside it) one character past the text, and the nodes that hold
 * it with it. Only the last node at each level can reach past the end.
 */
function clampToText(root: Node | undefined, length: number): void {
  for (let node = root; node; node = node.children?.[node.children.length - 1]) {
    if (node.offset + node.length <= length) return;
    // The tree was just built for this document; its type only marks it read-only.
    (node as { length: number }).length = Math.max(length - node.offset, 0);
  }
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string | number): string {
  const text = String(segment);
  if (!text.includes('~') && !text.includes('/')) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerOf(path: readonly (string | number)[]): string {
  // A loop, not `map` with a callback made per call: V8 keeps a function's optimised code
  // only while one of its closures lives.
  let pointer = '';
  for (let i = 0; i < path.length; i++)
    pointer += '/' + escapePointerSegment(path[i] as string | number);
  return pointer;
}

/** The value node of property `name` of an object node, if any (first occurrence). */
export function propertyValue(node: Node | undefined, name: string): Node | undefined {
  if (node instanceof CompactNode) return node.propertyValue(name);
  if (!node || node.type !== 'object' || !node.children) return undefined;
  for (const property of node.children) {
    const key = property.children?.[0];
    if (key && key.value === name) return property.children?.[1];
  }
  return undefined;
}

/** Calls `visit` with the key and value of each property of an object node, in order. */
export function eachProperty(node: Node, visit: (key: Node, value: Node) => void): void {
  // A compact tree walks its rows: views of the properties themselves are never made.
  if (node instanceof CompactNode) return node.eachProperty(visit);
  if (node.type !== 'object') return;
  for (const property of node.children ?? []) {
    const key = property.children?.[0];
    const value = property.children?.[1];
    if (key && value) visit(key, value);
  }
}

/** The property node (key + value) that holds a value node, if the value is a property value. */
export function propertyOf(value: Node): Node | undefined {
  return value.parent?.type === 'property' ? value.parent : undefined;
}

/** The JSON path of a node, computed by walking up its parents. */
export function pathOf(node: Node): (string | number)[] {
  if (node instanceof CompactNode) return node.compactTree.pathAt(node.index);
  const path: (string | number)[] = [];
  let current: Node | undefined = node;
  while (current?.parent) {
    const parent: Node = current.parent;
    if (parent.type === 'property') {
      const key = parent.children?.[0];
      if (current !== key) path.push(String(key?.value ?? ''));
      current = parent.parent;
      continue;
    }
    if (parent.type === 'array') path.push(parent.children?.indexOf(current) ?? 0);
    current = parent;
  }
  return path.reverse();
}

/** The deepest node containing an offset (for `json-syntax` pointers and hovers). */
export function nodeAtOffset(root: Node | undefined, offset: number): Node | undefined {
  let current = root;
  if (!current || offset < current.offset || offset > current.offset + current.length)
    return undefined;
  for (;;) {
    const child: Node | undefined = current.children?.find(
      (c) => c.offset <= offset && offset <= c.offset + c.length,
    );
    if (!child) return current;
    current = child;
  }
}

export function stringValue(node: Node | undefined): string | undefined {
  if (node?.type !== 'string') return undefined;
  // Read once: a compact tree's node reads its value from the text on each access.
  const value: unknown = node.value;
  return typeof value === 'string' ? value : undefined;
}

export function numberValue(node: Node | undefined): number | undefined {
  if (node?.type !== 'number') return undefined;
  const value: unknown = node.value;
  return typeof value === 'number' ? value : undefined;
}

/** Converts a tree to a plain value without recursion limits becoming a crash. */
export function nodeToValue(node: Node, depth = 0): unknown {
  switch (node.type) {
    case 'object': {
      // A null prototype keeps keys such as `__proto__` plain data.
      const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      if (depth > MAX_NESTING_DEPTH) return result;
      for (const property of node.children ?? []) {
        const key = property.children?.[0];
        const value = property.children?.[1];
        if (key && typeof key.value === 'string' && value) {
          if (!Object.prototype.hasOwnProperty.call(result, key.value)) {
            result[key.value] = nodeToValue(value, depth + 1);
          }
        }
      }
      return result;
    }
    case 'array':
      if (depth > MAX_NESTING_DEPTH) return [];
      return (node.children ?? []).map((child) => nodeToValue(child, depth + 1));
    default:
      return node.value;
  }
}
