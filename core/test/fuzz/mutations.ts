// Mutations: what typing, pasting and accidents do to a document, and documents made
// of seeds and mutations.
import fc from 'fast-check';
import { createScanner, SyntaxKind } from 'jsonc-parser';

import { pick } from './plans';
import { topologyText } from './generators';

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'retype'; token: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'nest'; token: number; depth: number; open: string; balanced: boolean }
  | { kind: 'huge'; token: number; size: number; unit: string }
  | { kind: 'surrogate'; token: number; escaped: boolean; code: number }
  | { kind: 'lineEndings'; eol: '\r\n' | '\r' | '\n' }
  | { kind: 'bom' };

/** A position as a fraction of the text, so one mutation fits any text. */
const fraction = fc.integer({ min: 0, max: 1000 });
export const scaled = (at: number, length: number) => Math.floor((at / 1000) * length);

const garbage = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"',
      '\\',
      '/',
      '*',
      '\n',
      '\r',
      ' ',
      'a',
      '1',
      '-',
      '.',
      'e',
      'true',
      'null',
      '\u2028',
      '\u0000',
      '\ufeff',
      '\ud800',
      '\udc00',
      '😀',
      'ä',
      '//',
      '/*',
      '*/',
      '"vpc-0"',
      '"10.0.1.0/24"',
    ),
    maxLength: 24,
  }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 80 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 200 }),
      to: fraction,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('retype' as const),
      token: fc.nat(),
      value: fc.constantFrom(
        '123',
        'null',
        'true',
        '{}',
        '[]',
        '"x"',
        '-1.5e400',
        '"10.0.0.0/8"',
        '[[',
        '{"a":',
        '"',
        '""',
        '0x10',
        'NaN',
        '"vpc-0"',
        '"sg-0"',
        '"rg-0"',
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('splice' as const), at: fraction, text: garbage }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      token: fc.nat(),
      // Past the parser's 200-level guard now and then, mostly in the range people type.
      depth: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 260 }) },
        { weight: 1, arbitrary: fc.integer({ min: 260, max: 20_000 }) },
      ),
      open: fc.constantFrom('[', '{"a":', '{"vpcs":', '[{'),
      balanced: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      token: fc.nat(),
      // Mostly a few kilobytes; the large ones cost the most time per document.
      size: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1_000, max: 10_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 100_000 }) },
      ),
      unit: fc.constantFrom('x', '10.0.0.', '"10.0.1.0/24", ', '\\u00e9', '😀', '"a": 1, '),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('surrogate' as const),
      token: fc.nat(),
      escaped: fc.boolean(),
      code: fc.integer({ min: 0xd800, max: 0xdfff }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lineEndings' as const),
      eol: fc.constantFrom<'\r\n' | '\r' | '\n'>('\r\n', '\r', '\n'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

/** Start and end offsets of the JSON tokens of a text (comments and whitespace excluded). */
export function tokens(text: string): { offset: number; length: number; kind: SyntaxKind }[] {
  const scanner = createScanner(text, true);
  const result: { offset: number; length: number; kind: SyntaxKind }[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) continue;
    result.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), kind });
  }
  return result;
}

const VALUE_TOKENS = new Set([
  SyntaxKind.StringLiteral,
  SyntaxKind.NumericLiteral,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
]);

function valueToken(text: string, n: number) {
  const values = tokens(text).filter((t) => VALUE_TOKENS.has(t.kind));
  return pick(values, n);
}

const splice = (text: string, offset: number, length: number, content: string) =>
  text.slice(0, offset) + content + text.slice(offset + length);

export function mutate(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'delete': {
      const at = scaled(mutation.at, text.length);
      return splice(text, at, mutation.length, '');
    }
    case 'duplicate': {
      const at = scaled(mutation.at, text.length);
      const span = text.slice(at, at + mutation.length);
      return splice(text, scaled(mutation.to, text.length), 0, span);
    }
    case 'retype': {
      const token = valueToken(text, mutation.token);
      return token ? splice(text, token.offset, token.length, mutation.value) : text;
    }
    case 'truncate':
      return text.slice(0, scaled(mutation.at, text.length));
    case 'splice':
      return splice(text, scaled(mutation.at, text.length), 0, mutation.text);
    case 'nest': {
      const token = valueToken(text, mutation.token);
      if (!token) return text;
      const close = mutation.open.startsWith('[{')
        ? '}]'
        : mutation.open.startsWith('[')
          ? ']'
          : '}';
      const nested =
        mutation.open.repeat(mutation.depth) +
        '1' +
        (mutation.balanced ? close.repeat(mutation.depth) : '');
      return splice(text, token.offset, token.length, nested);
    }
    case 'huge': {
      const token = valueToken(text, mutation.token);
      if (!token) return text;
      const repeated = mutation.unit.repeat(Math.ceil(mutation.size / mutation.unit.length));
      const value = mutation.unit.startsWith('"')
        ? `[${repeated}"x"]`
        : mutation.unit === '"a": 1, '
          ? `{${repeated}"b": 2}`
          : JSON.stringify(repeated);
      return splice(text, token.offset, token.length, value);
    }
    case 'surrogate': {
      const token = valueToken(text, mutation.token);
      const unit = mutation.escaped
        ? `\\u${mutation.code.toString(16)}`
        : String.fromCharCode(mutation.code);
      // Inside a string value when there is one (where people paste text), else anywhere.
      const at = token ? token.offset + Math.min(1, token.length) : 0;
      return splice(text, at, 0, unit);
    }
    case 'lineEndings':
      return text.replace(/\r\n|\r|\n/g, mutation.eol);
    case 'bom':
      return text.startsWith('\ufeff') ? text : '\ufeff' + text;
  }
}

/**
 * Documents: generated topologies and stored seeds (valid fixtures, examples), each with
 * no mutation (a third of the time: the fix properties need whole topologies) or a few.
 */
export function documentArbitrary(seeds: readonly string[]): fc.Arbitrary<string> {
  const base =
    seeds.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: topologyText },
          { weight: 1, arbitrary: fc.constantFrom(...seeds) },
        )
      : topologyText;
  const mutations = fc.oneof(
    { weight: 1, arbitrary: fc.constant([] as Mutation[]) },
    { weight: 2, arbitrary: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }) },
  );
  return fc
    .tuple(base, mutations)
    .map(([text, list]) => list.reduce((current, m) => mutate(current, m), text));
}

/** Offsets for the editor functions, as fractions of the document (and its ends). */
export const offsetFractions = fc.array(fc.integer({ min: 0, max: 1000 }), {
  minLength: 1,
  maxLength: 12,
});
