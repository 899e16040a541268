// The fast parser (core/src/wellFormedParse.ts) against jsonc-parser, the reference: on
// any text, it either gives up or builds the very tree jsonc-parser builds, and it never
// accepts a text in which jsonc-parser finds an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { CompactTree, KEY_NAMES, Kind, NAME_SHIFT } from '../src/compactTree';
import { Fields } from '../src/model/fields';
import {
  findExcessiveNesting,
  MAX_NESTING_DEPTH,
  parseDocumentForSchema,
  plainDocumentOf,
} from '../src/parse';
import { ruleMeta } from '../src/rules/registry';
import { compiledSchema } from '../src/schemaRows';
import { parseSuppressions } from '../src/suppression';
import { parseWellFormed } from '../src/wellFormedParse';
import { documentArbitrary } from './fuzz';
import { brokenParentLink, filesUnder, treeShape } from './trees';

const ROOT = join(__dirname, '../..');

/** The property the fast parser is held to, on one text. */
function expectSameAsJsoncParser(text: string): 'accepted' | 'gave up' {
  // jsonc-parser recurses: past the limit only the fast parser's refusal is checked.
  if (findExcessiveNesting(text, MAX_NESTING_DEPTH) >= 0) {
    expect(parseWellFormed(text, MAX_NESTING_DEPTH)).toBeUndefined();
    return 'gave up';
  }
  const errors: ParseError[] = [];
  const reference = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const fast = parseWellFormed(text, MAX_NESTING_DEPTH);
  if (!fast) return 'gave up';
  expect(errors).toEqual([]);
  expect(reference).toBeDefined();
  const root = fast.tree.root;
  expect(treeShape(root)).toEqual(treeShape(reference!));
  expect(root.parent).toBeUndefined();
  expect(brokenParentLink(root)).toBeUndefined();
  const slow = plainDocumentOf(reference!);
  // The plain value comes from JSON.parse on the text without its comments and commas.
  const parsed = parseDocumentForSchema(text);
  expect(parsed.schemaInput!.plainDocument().value).toEqual(slow.value);
  const { commentSpans } = parsed.document;
  expect(parseSuppressions(text, parsed.document.root, ruleMeta, commentSpans)).toEqual(
    parseSuppressions(text, parsed.document.root, ruleMeta),
  );
  const byOffset = (a: Node, b: Node) => a.offset - b.offset;
  const repeated = fast.repeatedProperties.map((row) => fast.tree.node(row));
  expect(repeated.sort(byOffset).map(treeShape)).toEqual(slow.repeatedProperties.map(treeShape));
  // Checked against the schema as it is read (as a check parses it), the same tree and the
  // same repeated properties (the names the schema knows are told apart by a bit each).
  const checked = parseWellFormed(text, MAX_NESTING_DEPTH, compiledSchema())!;
  expect(treeShape(checked.tree.root)).toEqual(treeShape(reference!));
  expect(checked.repeatedProperties).toEqual(fast.repeatedProperties);
  keyNamesSaid(checked.tree);
  expectSameFields(fast.tree, checked.tree);
  return 'accepted';
}

/** How many rows say which of `KEY_NAMES` their text is, each checked to be that text. */
function keyNamesSaid(tree: CompactTree): number {
  let said = 0;
  for (let row = 0; row < tree.count; row++) {
    const name = tree.kinds[row]! >> NAME_SHIFT;
    if (name === 0) continue;
    said++;
    expect(tree.kind(row)).toBe(Kind.String);
    expect(tree.stringAt(row)).toBe(KEY_NAMES[name - 1]);
  }
  return said;
}

/** Names the parser says (`KEY_NAMES`) and others, to find in objects either way. */
const SOME_FIELDS = new Fields([...KEY_NAMES, 'id', 'cidr', 'vSwitches', 'rules', '']);

/**
 * `Fields.scan` finds the same fields in every object of the tree of a parse that compared
 * its keys with the schema's names (and says which they are) as in the tree of one that did
 * not (whose keys it compares with the text).
 */
function expectSameFields(unchecked: CompactTree, checked: CompactTree): void {
  for (let row = 0; row < checked.count; row++) {
    if (checked.kind(row) !== Kind.Object) continue;
    const compared = [...SOME_FIELDS.scan(unchecked, row)];
    expect([...SOME_FIELDS.scan(checked, row)]).toEqual(compared);
  }
}

describe('the well-formed fast path of parsing', () => {
  const stored = [
    ...filesUnder(join(ROOT, 'examples')),
    ...filesUnder(join(ROOT, 'test/fixtures')),
  ].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('builds the same tree, value and repeated properties as jsonc-parser on every stored file', () => {
    let accepted = 0;
    for (const { path, text } of stored) {
      const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
      try {
        if (expectSameAsJsoncParser(source) === 'accepted') accepted++;
      } catch (error) {
        throw new Error(`${path}: ${String(error)}`, { cause: error });
      }
    }
    // Nearly every stored file is well-formed: the fast path must take them.
    expect(accepted).toBeGreaterThan(stored.length * 0.8);
  });

  it("says which of the keys a check reads most a key is, for a topology's entities", () => {
    // Four bits of a row's kind byte hold the name.
    expect(KEY_NAMES.length).toBeLessThanOrEqual(15);
    const checked = parseWellFormed(generateTopology(20), MAX_NESTING_DEPTH, compiledSchema())!;
    const unchecked = parseWellFormed(generateTopology(20), MAX_NESTING_DEPTH)!;
    // Every data source, network and task key of a valid document.
    expect(keyNamesSaid(checked.tree)).toBeGreaterThan(100);
    expect(keyNamesSaid(unchecked.tree)).toBe(0);
    expectSameFields(unchecked.tree, checked.tree);
  });

  it('accepts what JSON with comments and trailing commas allows', () => {
    const text = [
      '// a topology',
      '{ /* inline */ "version": 1, "a": [1, -2.5e+3, 0, true, false, null,],',
      '  "k" /* a: colon */ // and: another\n : "colon after comments",',
      '  "s": "tab\\t quote\\" slash\\/ \\u00e9\\ud83d\\ude00 end",',
      '  "a": "repeated", "__proto__": {"x": {}}, "e": [], "o": {},',
      '}\r\n// end',
    ].join('\n');
    expect(expectSameAsJsoncParser(text)).toBe('accepted');
    const fast = parseWellFormed(text, MAX_NESTING_DEPTH)!;
    expect(parseDocumentForSchema(text).schemaInput!.plainDocument().value).toEqual(
      Object.assign(Object.create(null), {
        version: 1,
        a: [1, -2500, 0, true, false, null],
        k: 'colon after comments',
        s: 'tab\t quote" slash/ \u00e9\ud83d\ude00 end',
        ['__proto__']: Object.assign(Object.create(null), { x: Object.create(null) }),
        e: [],
        o: Object.create(null),
      }),
    );
    expect(fast.repeatedProperties.map((row) => fast.tree.node(row).children?.[0]?.value)).toEqual([
      'a',
    ]);
  });

  it('finds repeated names in large objects, escaped or not, as jsonc-parser does', () => {
    // Past 16 properties names are found through a hash table; collisions and growth included.
    const names = Array.from({ length: 1500 }, (_, i) => `id-${i % 700}`);
    names.push('a', '\\u0061', 'b\\"', 'b\\u0022', 'é', '\\u00e9', '', 'x'.repeat(40));
    const text = `{${names.map((name, i) => `"${name}": ${i}`).join(',\n')}}`;
    expect(expectSameAsJsoncParser(text)).toBe('accepted');
    expect(parseWellFormed(text, MAX_NESTING_DEPTH)!.repeatedProperties).toHaveLength(
      1500 - 700 + 3,
    );
  });

  it('finds a repeated empty name in a large object', () => {
    // The table stores hashes as 32-bit integers: the hash of no character must be one too.
    const names = [...Array.from({ length: 20 }, (_, i) => `k${i}`), '', ''];
    const text = `{${names.map((name, i) => `"${name}": ${i}`).join(', ')}}`;
    expect(expectSameAsJsoncParser(text)).toBe('accepted');
    expect(parseWellFormed(text, MAX_NESTING_DEPTH)!.repeatedProperties).toHaveLength(1);
  });

  it('reads plain values of strict JSON, comments and trailing commas alike', () => {
    const text = '{"a": [1, /* x */ 2, // y\n ], "b": {"c": "/* not a comment */",/**/},}';
    expect(expectSameAsJsoncParser(text)).toBe('accepted');
    expect(JSON.stringify(parseDocumentForSchema(text).schemaInput!.plainDocument().value)).toBe(
      '{"a":[1,2],"b":{"c":"/* not a comment */"}}',
    );
  });

  it.each([
    ['a missing comma', '{"a": 1 "b": 2}'],
    ['an unclosed string', '{"a": "b}'],
    ['a line break in a string', '{"a": "b\nc"}'],
    ['a bad escape', '{"a": "\\x"}'],
    ['a short unicode escape', '{"a": "\\u12"}'],
    ['a leading zero', '{"a": 01}'],
    ['a bare fraction', '{"a": 1.}'],
    ['an unknown word', '{"a": truthy}'],
    ['a single-quoted key', "{'a': 1}"],
    ['an unclosed comment', '{"a": 1} /* open'],
    ['text after the root', '{"a": 1} {}'],
    ['a lone comma', '[,]'],
    [
      'nesting past the limit',
      '['.repeat(MAX_NESTING_DEPTH + 1) + ']'.repeat(MAX_NESTING_DEPTH + 1),
    ],
  ])('gives up on %s', (_, text) => {
    expect(parseWellFormed(text, MAX_NESTING_DEPTH)).toBeUndefined();
  });

  it('finds the same suppressions from its comment list as a scan of every token', () => {
    const withSuppressions = stored.filter((s) => s.text.includes('dwnet-ignore'));
    let compared = 0;
    for (const { path, text } of withSuppressions) {
      const { document } = parseDocumentForSchema(text);
      if (!document.commentSpans) continue;
      compared++;
      expect(parseSuppressions(text, document.root, ruleMeta, document.commentSpans), path).toEqual(
        parseSuppressions(text, document.root, ruleMeta),
      );
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('agrees with jsonc-parser on generated and mutated documents', () => {
    const seeds = stored.map((s) => s.text).slice(0, 50);
    const outcomes = { accepted: 0, 'gave up': 0 };
    fc.assert(
      fc.property(documentArbitrary(seeds), (text) => {
        outcomes[expectSameAsJsoncParser(text)]++;
      }),
      { numRuns: 300, seed: 20_261_127 },
    );
    // Both outcomes must be exercised, or the comparison proves little.
    expect(outcomes.accepted).toBeGreaterThan(50);
    expect(outcomes['gave up']).toBeGreaterThan(50);
  });
});
