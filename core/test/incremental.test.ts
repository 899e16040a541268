// The incremental analysis (core/src/incremental.ts) against the full one: after any edit,
// re-analysing from the previous analysis gives exactly the findings, connectivity and
// tree that analysing the new text from scratch gives. Chains of edits reuse each result,
// as the server does, so a tree moved in place must stay right edit after edit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { analyseIncrementally, reanalyse } from '../src/incremental';
import type { Node } from '../src/parse';
import { analyse, connectivityResults, type Analysis } from '../src/validate';

const ROOT = join(__dirname, '../..');

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** A deterministic PRNG: a failure names its seed and replays. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

/** A node without its parent links, which are checked separately. */
function shape(node: Node | undefined): unknown {
  if (!node) return undefined;
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    value: node.value,
    colonOffset: node.colonOffset,
    children: node.children?.map(shape),
  };
}

function parentsAreRight(node: Node): boolean {
  return (node.children ?? []).every((child) => child.parent === node && parentsAreRight(child));
}

function observable(analysis: Analysis): unknown {
  return {
    findings: analysis.rawFindings,
    connectivity: connectivityResults(analysis),
    tree: shape(analysis.document.root),
    internalErrors: analysis.internalErrors,
  };
}

function leaves(node: Node | undefined, into: Node[] = []): Node[] {
  if (!node) return into;
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') into.push(node);
  for (const child of node.children ?? []) leaves(child, into);
  return into;
}

/** The data sources and tasks of a document: where incremental edits land. */
function entityValues(analysis: Analysis): Node[] {
  const model = analysis.model;
  if (!model) return [];
  return [...model.dataSources.byId.values(), ...model.tasks.byId.values()].map((e) => e.node);
}

/**
 * One edit a user could make: mostly inside a data source or task (a value replaced by
 * another value of the document, a character typed or deleted, a property added or
 * removed), sometimes anywhere.
 */
function randomEdit(text: string, analysis: Analysis, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const entities = entityValues(analysis);
  const all = leaves(analysis.document.root);
  const pool = [
    ...new Set(all.filter((n) => n.type === 'string').map((n) => String(n.value))),
    '10.0.0.5',
    '192.168.1.300',
    '47.100.1.1',
    'internet',
    'vpc',
    'dataCenter',
  ];
  const insertAt = (at: number, what: string) => text.slice(0, at) + what + text.slice(at);
  if (entities.length === 0 || next() < 0.1) {
    const at = Math.floor(next() * (text.length + 1));
    return next() < 0.5
      ? insertAt(at, pick(['1', 'a', ' ', '"', ',', '}', '\n']))
      : text.slice(0, at) + text.slice(at + 1);
  }
  const entity = pick(entities);
  const inside = leaves(entity);
  const choice = next();
  if (inside.length > 0 && choice < 0.45) {
    const leaf = pick(inside);
    return (
      text.slice(0, leaf.offset) +
      (leaf.type === 'string' ? JSON.stringify(pick(pool)) : String(Math.floor(next() * 70000))) +
      text.slice(leaf.offset + leaf.length)
    );
  }
  if (inside.length > 0 && choice < 0.65) {
    const leaf = pick(inside);
    const at = leaf.offset + 1 + Math.floor(next() * Math.max(1, leaf.length - 2));
    return next() < 0.6
      ? insertAt(at, pick(['1', '0', '.', 'x', '-', '/']))
      : text.slice(0, at) + text.slice(at + 1);
  }
  if (choice < 0.75) return insertAt(entity.offset + 1, ' "port": 5432,');
  if (choice < 0.85 && entity.children && entity.children.length > 1) {
    const property = pick(entity.children.slice(0, -1));
    const following = entity.children[entity.children.indexOf(property) + 1]!;
    return text.slice(0, property.offset) + text.slice(following.offset);
  }
  const at = entity.offset + 1 + Math.floor(next() * Math.max(1, entity.length - 2));
  return insertAt(at, pick(['1', ' ', '"', ',', '{', '}', '// x\n']));
}

function checkChain(start: string, seed: number, edits: number): number {
  const next = random(seed);
  let text = start;
  let current = analyse(text);
  let incremental = 0;
  for (let i = 0; i < edits; i++) {
    const edited = randomEdit(text, current, next);
    const expected = analyse(edited);
    const reused = analyseIncrementally(current, edited);
    const actual = reused ?? analyse(edited);
    if (reused) incremental++;
    expect(observable(actual), `seed ${seed}, edit ${i}`).toEqual(observable(expected));
    if (actual.document.root) expect(parentsAreRight(actual.document.root)).toBe(true);
    // A user mends a syntax error soon: the chain goes on from the last good version,
    // whose analysis a refused incremental run must have left intact.
    if (!reused && expected.document.syntaxProblems.length > 0) continue;
    text = edited;
    current = actual;
  }
  return incremental;
}

describe('incremental analysis', () => {
  it('matches the full analysis along chains of edits in a generated topology', () => {
    const topology = generateTopology(100, 7);
    let incremental = 0;
    for (let seed = 1; seed <= 12; seed++) incremental += checkChain(topology, seed, 25);
    // Most edits must take the incremental path, or this test would prove nothing.
    expect(incremental).toBeGreaterThan(200);
  });

  const files = [
    ...filesUnder(join(ROOT, 'examples')),
    ...filesUnder(join(ROOT, 'test/fixtures/rules')),
  ].filter((f) => f.endsWith('.dwnet.json'));

  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))(
    'matches the full analysis after edits of %s',
    (_name, path) => {
      const text = readFileSync(path, 'utf8');
      for (let seed = 1; seed <= 3; seed++) checkChain(text, seed * 7919, 8);
    },
  );

  it('re-analyses an edit inside a data source incrementally, and one in a VPC in full', () => {
    const text = generateTopology(30, 3);
    const address = text.indexOf('"address": "') + '"address": "'.length;
    const inDataSource = text.slice(0, address) + '1' + text.slice(address);
    expect(analyseIncrementally(analyse(text), inDataSource)).toBeDefined();
    const cidr = text.indexOf('"cidr": "') + '"cidr": "'.length;
    const inVpc = text.slice(0, cidr) + '1' + text.slice(cidr);
    expect(analyseIncrementally(analyse(text), inVpc)).toBeUndefined();
    // reanalyse answers either way.
    expect(observable(reanalyse(analyse(text), inVpc))).toEqual(observable(analyse(inVpc)));
  });

  it('takes the full analysis when the edit adds a comment, so that suppressions are read', () => {
    const text = generateTopology(30, 3);
    const at = text.indexOf('"engine"');
    const edited = `${text.slice(0, at)}// dwnet-ignore unused\n${text.slice(at)}`;
    expect(analyseIncrementally(analyse(text), edited)).toBeUndefined();
  });
});
