// Go to definition, find references and rename for ids. An id is its key in its
// collection; references are the strings that name it at typed positions (see
// entities.ts). Spans cover whole string tokens, quotes included, except prepareRename's,
// which covers the content an editor lets the user type over.
import type { TextEdit } from '../types';
import type { Analysis } from '../validate';
import {
  contentSpan,
  elsewhere,
  KIND_LABELS,
  languageIndex,
  stringNodeAt,
  type Declaration,
  type LanguageIndex,
  type Reference,
} from './entities';
import type { EntityKind, PrepareRenameResult, RenameResult, Span } from './types';

interface Symbol {
  kind: EntityKind;
  scope: string;
  id: string;
  /** What the offset is on. */
  at: Declaration | Reference;
}

function spanOf(node: { offset: number; length: number }): Span {
  return { offset: node.offset, length: node.length };
}

/** The id under an offset: a declaration's key or a reference (resolved or not). */
function symbolAt(
  analysis: Analysis,
  offset: number,
): { index: LanguageIndex; symbol: Symbol } | undefined {
  const index = languageIndex(analysis);
  const node = stringNodeAt(analysis.document.root, offset);
  const entry = node && index?.byNode.get(node);
  if (!index || !entry) return undefined;
  if ('entity' in entry) {
    return {
      index,
      symbol: { kind: entry.kind, scope: entry.scope, id: entry.id, at: entry },
    };
  }
  const kind = entry.target?.kind ?? entry.kinds[0]!;
  return { index, symbol: { kind, scope: entry.scope, id: entry.value.value, at: entry } };
}

function byOffset(spans: Span[]): Span[] {
  const seen = new Set<number>();
  return spans
    .sort((a, b) => a.offset - b.offset)
    .filter((span) => !seen.has(span.offset) && seen.add(span.offset));
}

/** The key of the entity an id names (from a reference or from the key itself). */
export function definitionAt(analysis: Analysis, offset: number): Span[] {
  try {
    const found = symbolAt(analysis, offset);
    if (!found) return [];
    const { index, symbol } = found;
    const declarations = index.declarationsOf(symbol.kind, symbol.scope, symbol.id);
    if (declarations.length > 0) {
      // The definition that counts first, then any later duplicates.
      const ordered = [...declarations].sort((a, b) => Number(b.primary) - Number(a.primary));
      return ordered.map((d) => spanOf(d.keyNode));
    }
    // A vSwitch named in the wrong VPC: its definitions elsewhere are the best guess.
    if (!('entity' in symbol.at) && symbol.at.kinds.length === 1)
      return elsewhere(index, symbol.kind, symbol.id).map((d) => spanOf(d.keyNode));
    return [];
  } catch {
    return [];
  }
}

/** Every reference naming the entity under the offset, and its keys when asked. */
export function referencesAt(
  analysis: Analysis,
  offset: number,
  includeDeclaration: boolean,
): Span[] {
  try {
    const found = symbolAt(analysis, offset);
    if (!found) return [];
    const { index, symbol } = found;
    const spans = index
      .referencesOf(symbol.kind, symbol.scope, symbol.id)
      .map((r) => spanOf(r.value.node));
    if (includeDeclaration) {
      for (const declaration of index.declarationsOf(symbol.kind, symbol.scope, symbol.id))
        spans.push(spanOf(declaration.keyNode));
    }
    return byOffset(spans);
  } catch {
    return [];
  }
}

/** The id under the offset when it can be renamed: a key, or a reference that resolves. */
function renameTarget(
  analysis: Analysis,
  offset: number,
):
  { index: LanguageIndex; declaration: Declaration; node: Reference['value']['node'] } | undefined {
  const found = symbolAt(analysis, offset);
  if (!found) return undefined;
  const { index, symbol } = found;
  if ('entity' in symbol.at) return { index, declaration: symbol.at, node: symbol.at.keyNode };
  if (!symbol.at.target) return undefined;
  return { index, declaration: symbol.at.target, node: symbol.at.value.node };
}

export function prepareRename(analysis: Analysis, offset: number): PrepareRenameResult | undefined {
  try {
    const target = renameTarget(analysis, offset);
    if (!target) return undefined;
    return {
      ...contentSpan(analysis.document.text, target.node),
      placeholder: target.declaration.id,
    };
  } catch {
    return undefined;
  }
}

/** Why an id cannot take a new name, if it cannot. */
function conflict(
  index: LanguageIndex,
  declaration: Declaration,
  newName: string,
): string | undefined {
  const label = KIND_LABELS[declaration.kind];
  if (index.declarationsOf(declaration.kind, declaration.scope, newName).length > 0) {
    return declaration.scope === ''
      ? `A ${label} named '${newName}' already exists.`
      : `VPC '${declaration.scope}' already has a ${label} named '${newName}'.`;
  }
  // Connection members name VPCs and data centers alike: one id must not name both.
  const other: EntityKind | undefined =
    declaration.kind === 'vpc'
      ? 'dataCenter'
      : declaration.kind === 'dataCenter'
        ? 'vpc'
        : undefined;
  if (other && index.declarationsOf(other, '', newName).length > 0) {
    return `A ${KIND_LABELS[other]} named '${newName}' already exists; connection members could not tell them apart.`;
  }
  return undefined;
}

/** Edits that rename the id under the offset: its keys and every reference to it. */
export function rename(analysis: Analysis, offset: number, newName: string): RenameResult {
  try {
    if (typeof newName !== 'string' || newName.length === 0)
      return { error: 'The new name must not be empty.' };
    const target = renameTarget(analysis, offset);
    if (!target)
      return { error: 'Only the id of an entity, or a reference to one, can be renamed.' };
    const { index, declaration } = target;
    if (newName === declaration.id) return { edits: [] };
    const problem = conflict(index, declaration, newName);
    if (problem) return { error: problem };
    const content = JSON.stringify(newName);
    // A later duplicate has no references of its own: renaming it resolves the duplicate.
    if (!declaration.primary) return { edits: [{ ...spanOf(declaration.keyNode), content }] };
    const nodes = [
      ...index
        .declarationsOf(declaration.kind, declaration.scope, declaration.id)
        .map((d) => d.keyNode),
      ...index
        .referencesOf(declaration.kind, declaration.scope, declaration.id)
        .map((r) => r.value.node),
    ];
    const edits: TextEdit[] = byOffset(nodes.map(spanOf)).map((span) => ({ ...span, content }));
    return { edits };
  } catch {
    return { error: 'This id cannot be renamed.' };
  }
}
