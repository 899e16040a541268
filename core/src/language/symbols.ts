// The outline: top-level collections with their entities (VPCs with their vSwitches and
// NAT gateways), and the other top-level properties, in document order.
import type { Node } from '../parse';
import type { Analysis } from '../validate';
import { symbolDetail } from './describe';
import { COLLECTION_OF, languageIndex, type Declaration, type LanguageIndex } from './entities';
import type { DocumentSymbol, EntityKind } from './types';

const TOP_LEVEL_KINDS = new Map<string, EntityKind>(
  (Object.entries(COLLECTION_OF) as [EntityKind, string][])
    .filter(([kind]) => kind !== 'vSwitch' && kind !== 'natGateway')
    .map(([kind, collection]) => [collection, kind]),
);

function span(node: Node): { offset: number; length: number } {
  return { offset: node.offset, length: node.length };
}

function entitySymbol(index: LanguageIndex, declaration: Declaration): DocumentSymbol {
  const property = declaration.keyNode.parent ?? declaration.entity.node;
  const children: DocumentSymbol[] = [];
  if (declaration.kind === 'vpc') {
    // The VPC's own vSwitches and NAT gateways, duplicates included, in text order.
    const nested = [
      ...collectNested(index, declaration, 'vSwitch'),
      ...collectNested(index, declaration, 'natGateway'),
    ].sort((a, b) => a.keyNode.offset - b.keyNode.offset);
    for (const child of nested) children.push(entitySymbol(index, child));
  }
  return {
    name: declaration.id,
    detail: symbolDetail(declaration),
    kind: declaration.kind,
    ...span(property),
    selection: span(declaration.keyNode),
    children,
  };
}

/** Nested entities whose key lies inside this VPC's object. */
function collectNested(
  index: LanguageIndex,
  vpc: Declaration,
  kind: 'vSwitch' | 'natGateway',
): Declaration[] {
  const start = vpc.entity.node.offset;
  const end = start + vpc.entity.node.length;
  return (nestedByScope(index).get(`${kind}\u0000${vpc.id}`) ?? []).filter(
    (d) => d.keyNode.offset >= start && d.keyNode.offset < end,
  );
}

const nestedCache = new WeakMap<LanguageIndex, Map<string, Declaration[]>>();

function nestedByScope(index: LanguageIndex): Map<string, Declaration[]> {
  let map = nestedCache.get(index);
  if (map) return map;
  map = new Map();
  for (const declaration of index.declarations) {
    if (declaration.kind !== 'vSwitch' && declaration.kind !== 'natGateway') continue;
    const key = `${declaration.kind}\u0000${declaration.scope}`;
    const list = map.get(key);
    if (list) list.push(declaration);
    else map.set(key, [declaration]);
  }
  nestedCache.set(index, map);
  return map;
}

function valueDetail(node: Node | undefined): string {
  if (!node) return '';
  switch (node.type) {
    case 'object':
      return '';
    case 'array':
      return `${node.children?.length ?? 0} items`;
    default:
      return String(JSON.stringify(node.value) ?? '').slice(0, 80);
  }
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  try {
    return computeSymbols(analysis);
  } catch {
    return [];
  }
}

function computeSymbols(analysis: Analysis): DocumentSymbol[] {
  const root = analysis.document.root;
  if (root?.type !== 'object') return [];
  const index = languageIndex(analysis);
  const byKey = new Map<Node, Declaration>();
  for (const declaration of index?.declarations ?? []) {
    if (declaration.kind !== 'vSwitch' && declaration.kind !== 'natGateway')
      byKey.set(declaration.keyNode, declaration);
  }
  const symbols: DocumentSymbol[] = [];
  for (const property of root.children ?? []) {
    const key = property.children?.[0];
    const value = property.children?.[1];
    if (!key || typeof key.value !== 'string') continue;
    const kind = TOP_LEVEL_KINDS.get(key.value);
    if (!kind || value?.type !== 'object' || !index) {
      symbols.push({
        name: key.value,
        detail: valueDetail(value),
        kind: 'property',
        ...span(property),
        selection: span(key),
        children: [],
      });
      continue;
    }
    const children: DocumentSymbol[] = [];
    for (const entry of value.children ?? []) {
      const declaration = entry.children?.[0] && byKey.get(entry.children[0]);
      if (declaration) children.push(entitySymbol(index, declaration));
    }
    symbols.push({
      name: key.value,
      detail: `${children.length}`,
      kind: 'collection',
      ...span(property),
      selection: span(key),
      children,
    });
  }
  return symbols;
}
