// SPEC §4 "Fix safety", kept in one place for every rule: a preferred fix is what
// `source.fixAll.dwnet` and `dwnet fix` apply unattended, so it may only add what a
// finding needs or rewrite a value to one that means the same. A fix a rule marks
// preferred that does anything else (removes, narrows, touches a drop rule, opens to
// 0.0.0.0/0) is still offered in the editor, as a non-preferred fix.
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { parseCidr } from './cidr';
import { eachProperty, propertyValue, type Node, type ParsedDocument } from './parse';
import type { FixDescriptor, FixOperation, JsonPath } from './types';

/**
 * Why `fix` may not be applied unattended in `document`, or undefined when it may. Only
 * preferred fixes are asked about.
 */
export function unattendedRisk(fix: FixDescriptor, document: ParsedDocument): string | undefined {
  // Index loops: every finding's fixes pass here, in a cold check before V8 optimises.
  const operations = fix.operations;
  for (let i = 0; i < operations.length; i++) {
    const risk = operationRisk(operations[i] as FixOperation, document);
    if (risk) return risk;
  }
  return undefined;
}

/** `fixes`, with those that are not safe to apply unattended no longer preferred. */
export function preferredOnlyWhenSafe(
  fixes: FixDescriptor[],
  document: ParsedDocument,
): FixDescriptor[] {
  let risky = false;
  for (let i = 0; i < fixes.length && !risky; i++) {
    const fix = fixes[i] as FixDescriptor;
    risky = fix.isPreferred && Boolean(unattendedRisk(fix, document));
  }
  if (!risky) return fixes;
  return fixes.map((fix) =>
    fix.isPreferred && unattendedRisk(fix, document) ? { ...fix, isPreferred: false } : fix,
  );
}

function operationRisk(operation: FixOperation, document: ParsedDocument): string | undefined {
  switch (operation.op) {
    case 'remove':
      return 'removes a value someone wrote';
    case 'replaceText':
      // Comments have no JSON meaning (an unused suppression); anything else does.
      return onlyComments(
        document.text.slice(operation.offset, operation.offset + operation.length),
      ) && onlyComments(operation.content)
        ? undefined
        : 'replaces text that is not a comment';
    case 'append':
      // Only the value: rules append to lists they have read (a tree lookup for each of
      // thousands of whitelist-missing fixes would slow every analysis of a large file).
      return addedValueRisk(operation.value);
    case 'set': {
      const { target, inDropRule } = walk(document, operation.path);
      if (inDropRule) return 'changes a drop rule';
      if (!target) return addedValueRisk(operation.value);
      return rewriteRisk(target, operation.path, operation.value);
    }
  }
}

/** A value added by a fix: never open to 0.0.0.0/0, never a drop rule. */
function addedValueRisk(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const parsed = parseCidr(value, true);
    return parsed.ok && parsed.range.prefix === 0 ? 'adds an entry open to 0.0.0.0/0' : undefined;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      const risk = addedValueRisk(item);
      if (risk) return risk;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.policy === 'drop') return 'adds a drop rule';
    for (const item of Object.values(record)) {
      const risk = addedValueRisk(item);
      if (risk) return risk;
    }
  }
  return undefined;
}

/**
 * Replacing an existing value: only a string, and an address only by one with the same
 * range (`10.0.1.5/24` → `10.0.1.0/24`). A name (a reference, a region) is rewritten to the
 * one it was meant to be. An SNAT entry's `eip` names one of the gateway's EIPs, not a range
 * that grants access.
 */
function rewriteRisk(target: Node, path: JsonPath, value: unknown): string | undefined {
  if (target.type !== 'string') return 'replaces a value that is not a name or an address';
  if (typeof value !== 'string') return 'replaces a string with another kind of value';
  const before = parseCidr(String(target.value), true);
  if (!before.ok || path[path.length - 1] === 'eip') return addedValueRisk(value);
  const after = parseCidr(value, true);
  return after.ok &&
    after.range.start === before.range.start &&
    after.range.end === before.range.end
    ? undefined
    : 'narrows or widens an address';
}

/**
 * The node at `path` (none when it does not exist yet), and whether the path is a security
 * group rule with `policy: drop` or lies inside one. Looked up key by key, and an entity of
 * a collection through a map made once per document: a large topology has thousands of
 * `cidr-host-bits` or `unknown-reference` fixes, each a lookup among thousands of entities.
 */
function walk(document: ParsedDocument, path: JsonPath): { target?: Node; inDropRule: boolean } {
  const inGroups = path[0] === 'securityGroups';
  let node = document.root;
  let inDropRule = false;
  for (const [depth, segment] of path.entries()) {
    if (!node) break;
    if (typeof segment === 'number')
      node = node.type === 'array' ? node.children?.[segment] : undefined;
    else if (depth === 1) node = entitiesOf(document, node).get(segment);
    else node = propertyValue(node, segment);
    if (inGroups && node?.type === 'object' && propertyValue(node, 'policy')?.value === 'drop')
      inDropRule = true;
  }
  return { target: node, inDropRule };
}

const entityMaps = new WeakMap<ParsedDocument, Map<Node, Map<string, Node>>>();

/** The entities of a collection by id (the first of a repeated id, as `propertyValue` finds). */
function entitiesOf(document: ParsedDocument, collection: Node): Map<string, Node> {
  let maps = entityMaps.get(document);
  if (!maps) entityMaps.set(document, (maps = new Map()));
  let entities = maps.get(collection);
  if (!entities) {
    const found = new Map<string, Node>();
    eachProperty(collection, (key, value) => {
      const id = String(key.value);
      if (!found.has(id)) found.set(id, value);
    });
    maps.set(collection, (entities = found));
  }
  return entities;
}

function onlyComments(text: string): boolean {
  const scanner = createScanner(text, false);
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (
      kind !== SyntaxKind.Trivia &&
      kind !== SyntaxKind.LineBreakTrivia &&
      kind !== SyntaxKind.LineCommentTrivia &&
      kind !== SyntaxKind.BlockCommentTrivia
    )
      return false;
  }
  return true;
}
