// Where an edit landed: the span between the two texts' common prefix and suffix, and the
// entity (`section → id → { … }`) whose braces hold it; and where a finding of the previous
// version stands after it.
import { CompactNode } from '../compactTree';
import type { Node, ParsedDocument } from '../parse';
import type { Finding } from '../types';
import { textChange } from '../util/textDiff';

/** The part of the text an edit replaced: [start, oldEnd) became [start, oldEnd + delta). */
export interface Edit {
  start: number;
  oldEnd: number;
  delta: number;
}

/** The entity an edit lies in, as the previous tree has it. */
export interface EditedEntity {
  edit: Edit;
  /** The name of its collection (`dataSources`, `vpcs`, …). */
  section: string;
  id: string;
  /** Its property in the collection, and that property's key and (object) value. */
  property: CompactNode;
  key: Node;
  value: Node;
}

export function findEdit(before: string, after: string): Edit {
  const change = textChange(before, after);
  return {
    start: change.start,
    oldEnd: change.beforeEnd,
    delta: after.length - before.length,
  };
}

/** The child of a container whose range holds [start, end), by binary search. */
function childHolding(node: Node, start: number, end: number): Node | undefined {
  const children = node.children;
  if (!children) return undefined;
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    if (!child) return undefined;
    if (child.offset + child.length <= start) low = middle + 1;
    else if (child.offset > start) high = middle - 1;
    else return end <= child.offset + child.length ? child : undefined;
  }
  return undefined;
}

/**
 * The entity whose braces hold the edit that made `text` of the document's text; undefined
 * when the edit reaches outside them (a key, a comma, another entity, the root).
 */
export function locateEdit(document: ParsedDocument, text: string): EditedEntity | undefined {
  const root = document.root;
  if (!(root instanceof CompactNode) || root.type !== 'object') return undefined;
  const edit = findEdit(document.text, text);
  const sectionProperty = childHolding(root, edit.start, edit.oldEnd);
  const section = sectionProperty?.children?.[0]?.value;
  const sectionValue = sectionProperty?.children?.[1];
  if (typeof section !== 'string' || sectionValue?.type !== 'object') return undefined;
  const property = childHolding(sectionValue, edit.start, edit.oldEnd);
  const key = property?.children?.[0];
  const value = property?.children?.[1];
  if (
    !(property instanceof CompactNode) ||
    !key ||
    !value ||
    value.type !== 'object' ||
    typeof key.value !== 'string'
  )
    return undefined;
  if (edit.start <= value.offset || edit.oldEnd >= value.offset + value.length) return undefined;
  return { edit, section, id: key.value, property, key, value };
}

/** Whether the edit added, removed, split or joined a line break. */
export function lineBreaksChanged(before: string, after: string, edit: Edit): boolean {
  const newEnd = edit.oldEnd + edit.delta;
  const breaks = /[\r\n]/;
  return (
    breaks.test(before.slice(edit.start, edit.oldEnd)) ||
    breaks.test(after.slice(edit.start, newEnd)) ||
    (before.charCodeAt(edit.start - 1) === 13 &&
      (before.charCodeAt(edit.oldEnd) === 10 || after.charCodeAt(newEnd) === 10))
  );
}

/** A finding of the previous version where it now stands. */
export function moved(finding: Finding, edit: Edit): Finding {
  if (edit.delta === 0) return finding;
  // After the edit a range moves; around it (the root, the collection) it grows.
  const move = (offset: number, length: number) =>
    offset >= edit.oldEnd
      ? { offset: offset + edit.delta, length }
      : offset < edit.start && offset + length > edit.oldEnd
        ? { offset, length: length + edit.delta }
        : undefined;
  const own = move(finding.offset, finding.length);
  const relatedMoves = finding.related.some((r) => move(r.offset, r.length) !== undefined);
  if (!own && !relatedMoves) return finding;
  return {
    ...finding,
    offset: own?.offset ?? finding.offset,
    length: own?.length ?? finding.length,
    related: relatedMoves
      ? finding.related.map((r) => ({ ...r, ...move(r.offset, r.length) }))
      : finding.related,
  };
}
