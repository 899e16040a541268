// What a user sees of one analysis, for differential tests: findings and their fixes' edits,
// connectivity, explain, the outline, code lenses, the diagram's graph, and at chosen offsets
// hovers, definitions, references, rename and id completion. Two analyses of the same text must see the same,
// however each was made (in full, incrementally, with its objects made early or late).
import { parseTree, type Node as JsoncNode } from 'jsonc-parser';
import { explainAnalysis } from '../src/explain';
import { fixEdits } from '../src/fixes';
import { buildGraph } from '../src/graph';
import {
  codeLenses,
  definitionAt,
  documentSymbols,
  hoverAt,
  idCompletions,
  prepareRename,
  referencesAt,
  rename,
} from '../src/language';
import { connectivityResults, type Analysis } from '../src/validate';

/** Everything but the per-offset features. */
export function wholeSurface(analysis: Analysis): unknown {
  const { text } = analysis.document;
  const root = analysis.document.root;
  return {
    findings: analysis.rawFindings,
    fixes: analysis.rawFindings.map((finding) =>
      finding.fixes.map((fix) => fixEdits(text, fix, root)),
    ),
    connectivity: connectivityResults(analysis),
    explain: explainAnalysis(analysis),
    symbols: documentSymbols(analysis),
    lenses: codeLenses(analysis),
    graph: buildGraph(analysis),
    internalErrors: analysis.internalErrors,
  };
}

/** The language features at each offset. */
export function featuresAt(analysis: Analysis, offsets: readonly number[]): unknown[] {
  return offsets.map((offset) => ({
    offset,
    hover: hoverAt(analysis, offset),
    definition: definitionAt(analysis, offset),
    references: referencesAt(analysis, offset, true),
    prepareRename: prepareRename(analysis, offset),
    rename: rename(analysis, offset, 'renamed-1'),
    completion: idCompletions(analysis, offset),
  }));
}

export function surface(analysis: Analysis, offsets: readonly number[]): unknown {
  return { ...(wholeSurface(analysis) as object), at: featuresAt(analysis, offsets) };
}

/** The value nodes of `section`'s entities, read by jsonc-parser (not by the code under test). */
export function entitiesOf(text: string, section: string): JsoncNode[] {
  const root = parseTree(text);
  const object = root?.children?.find((property) => property.children?.[0]?.value === section)
    ?.children?.[1];
  if (object?.type !== 'object') return [];
  return (object.children ?? []).flatMap((property) =>
    property.children?.[1] ? [property.children[1]] : [],
  );
}

/**
 * Offsets where a user hovers or asks for a definition: inside each string (keys and values)
 * of data sources and tasks, and a sample of every other string, `limit` at most, spread
 * over the document.
 */
export function offsetsOf(text: string, limit = 400): number[] {
  const root = parseTree(text);
  const inWorkloads: number[] = [];
  const elsewhere: number[] = [];
  const workloads = new Set(
    [...entitiesOf(text, 'dataSources'), ...entitiesOf(text, 'tasks')].map((n) => n.offset),
  );
  const walk = (node: JsoncNode | undefined, inside: boolean) => {
    if (!node) return;
    const here = inside || workloads.has(node.offset);
    if (node.type === 'string') (here ? inWorkloads : elsewhere).push(node.offset + 1);
    for (const child of node.children ?? []) walk(child, here);
  };
  walk(root, false);
  const all = [...inWorkloads, ...elsewhere.filter((_, i) => i % 7 === 0)];
  if (all.length <= limit) return all;
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)] as number);
}
