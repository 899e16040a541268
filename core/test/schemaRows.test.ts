// The walk of the compact tree's rows against the schema (core/src/schemaRows.ts) against
// ajv, the reference: it may say "certainly valid" only where ajv finds no error. Held on
// every stored topology, on generated and mutated documents, on copies of the examples
// broken once each, and on every value and key of the examples replaced by tokens that sit
// on the edges of the schema (escapes, numbers that are equal but written differently,
// numbers past the doubles, bounds). It is also held to decide every document ajv accepts
// among these (no repeated names, no number past the doubles): a walk that said "maybe
// not" everywhere would be correct, and useless.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING_DEPTH, parseDocumentForSchema } from '../src/parse';
import { certainlyValid, undecidedBecause, warmUpIsValid } from '../src/schemaRows';
import { rowsSchema } from '../src/schemaRowsSchema';
import { schemaProblemsOfWellFormed, validateAgainstSchema } from '../src/schemaValidation';
import { parseWellFormed } from '../src/wellFormedParse';
import { generateTopology } from '../../bench/generate';
import { brokenCopies, type Json } from './brokenCopies';
import { documentArbitrary, topologyText } from './fuzz';

const ROOT = join(__dirname, '../..');

function topologyFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.dwnet.json'))
    .map((name) => join(ROOT, folder, name));
}

type Verdict = 'not well-formed' | 'repeated names' | 'agree' | 'maybe not, ajv accepts';

/** The property on one text; what it found, for the counts. */
function expectNeverValidWhereAjvIsNot(text: string): Verdict {
  const parsed = parseWellFormed(text, MAX_NESTING_DEPTH);
  if (!parsed) return 'not well-formed';
  if (parsed.repeatedProperties.length > 0) return 'repeated names';
  const walk = certainlyValid(parsed.tree);
  const { schemaInput } = parseDocumentForSchema(text);
  // The parser's own check, as it writes the rows, decides as the walk of the finished tree.
  expect(schemaInput!.certainlyValid, text).toBe(walk);
  const ajvAccepts = validateAgainstSchema(schemaInput!.plainDocument().value).length === 0;
  if (walk) expect(ajvAccepts, text).toBe(true);
  // And the analysis reports what ajv reports, whichever decides.
  expect(schemaProblemsOfWellFormed(schemaInput!).errors.length === 0).toBe(ajvAccepts);
  return walk === ajvAccepts ? 'agree' : 'maybe not, ajv accepts';
}

function tally(texts: Iterable<string>): Record<Verdict, number> {
  const counts: Record<Verdict, number> = {
    'not well-formed': 0,
    'repeated names': 0,
    agree: 0,
    'maybe not, ajv accepts': 0,
  };
  for (const text of texts) counts[expectNeverValidWhereAjvIsNot(text)]++;
  return counts;
}

/** Raw tokens on the edges of the schema, each put in place of every value in turn. */
const EDGE_TOKENS = [
  '1.0',
  '1e0',
  '10e-1',
  '0',
  '-0',
  '1.5',
  '100',
  '101',
  '65535',
  '65536',
  '1e400',
  '-1e400',
  '"\\u0076pc"',
  '"vpc\\u0000"',
  '"a\\"b"',
  '""',
  '"80"',
  '"all"',
  '"80-\\u0038\\u0030"',
  '"1234567"',
  'true',
  'null',
  '[]',
  '{}',
  '["a", "a"]',
  '["a", 1]',
  '["\\u0061", "a"]',
];

/** The text of `value` with the value at one path, or one key, written as `raw`. */
function edgeCopies(value: Json): string[] {
  const texts: string[] = [];
  const marker = '\u0001MARK\u0001';
  const write = (next: Json, raw: string) =>
    JSON.stringify(next, null, 2).replace(JSON.stringify(marker), raw);
  const visit = (node: Json, replace: (next: Json) => Json): void => {
    for (const raw of EDGE_TOKENS) texts.push(write(replace(marker), raw));
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, index) =>
        visit(item, (next) => replace(node.map((old, i) => (i === index ? next : old)))),
      );
      return;
    }
    for (const key of Object.keys(node)) {
      // The same key with its first character escaped: the same name to ajv.
      const escaped = `\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}`;
      const renamed = Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k === key ? marker : k, v]),
      );
      texts.push(
        JSON.stringify(replace(renamed), null, 2).replace(JSON.stringify(marker), `"${escaped}"`),
      );
      visit(node[key]!, (next) => replace({ ...node, [key]: next }));
    }
  };
  visit(value, (next) => next);
  return texts;
}

const EXAMPLES = topologyFiles('examples');
const STORED = [...EXAMPLES, ...topologyFiles('test/fixtures')];

describe('schema validation on the rows', () => {
  it('decides with dwnet’s schema (no keyword it does not know)', () => {
    expect(undecidedBecause()).toBeUndefined();
  });

  it('walks a valid topology before the first document, so that it takes every path', () => {
    expect(warmUpIsValid()).toBe(true);
  });

  it('reads the schema without its annotations, as the bundles ship it', () => {
    const text = JSON.stringify(rowsSchema);
    expect(text).not.toContain('markdownDescription');
    expect(text).not.toContain('defaultSnippets');
    expect(text.length).toBeLessThan(20_000);
  });

  it('is never valid where ajv is not, on every stored topology', () => {
    const counts = tally(STORED.map((file) => readFileSync(file, 'utf8')));
    expect(counts['maybe not, ajv accepts']).toBe(0);
    expect(counts.agree).toBeGreaterThan(STORED.length * 0.8);
  });

  it('decides the benchmark’s generated topologies, which ajv accepts', () => {
    for (const size of [1, 50, 500]) {
      const text = generateTopology(size, size);
      expect(expectNeverValidWhereAjvIsNot(text)).toBe('agree');
      expect(certainlyValid(parseWellFormed(text, MAX_NESTING_DEPTH)!.tree)).toBe(true);
    }
  });

  it('is never valid where ajv is not, on the examples broken everywhere', () => {
    const texts = EXAMPLES.flatMap((file) =>
      brokenCopies(parse(readFileSync(file, 'utf8')) as Json).map((copy) =>
        JSON.stringify(copy, null, 2),
      ),
    );
    const counts = tally(texts);
    expect(texts.length).toBeGreaterThan(1000);
    expect(counts['maybe not, ajv accepts']).toBe(0);
  });

  // One test per example: each is a few thousand documents, and a worker that runs one
  // long loop cannot answer the test runner.
  it.each(EXAMPLES.slice(0, 12).map((file) => [file.slice(ROOT.length + 1), file]))(
    'is never valid where ajv is not, with edge tokens in place of every value and key: %s',
    (_, file) => {
      const texts = edgeCopies(parse(readFileSync(file, 'utf8')) as Json);
      const counts = tally(texts);
      expect(texts.length).toBeGreaterThan(300);
      // Only numbers past the doubles are left to ajv among these.
      expect(counts['maybe not, ajv accepts']).toBeLessThan(counts.agree / 50);
    },
  );

  it('is never valid where ajv is not, on generated and mutated documents', () => {
    const seeds = EXAMPLES.map((file) => readFileSync(file, 'utf8'));
    const texts = [
      ...fc.sample(topologyText, { numRuns: 300, seed: 17 }),
      ...fc.sample(documentArbitrary(seeds), { numRuns: 1000, seed: 17 }),
    ];
    const counts = tally(texts);
    expect(counts['maybe not, ajv accepts']).toBe(0);
    expect(counts.agree).toBeGreaterThan(texts.length / 2);
  });
});
