// Properties every document must satisfy (issues 5 and 6); a failure throws a
// `PropertyViolation` naming the property, so the fuzz runner can shrink a
// counterexample without sliding onto a different bug.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import { treeShape } from '../trees';
import {
  analyse,
  applyEdits,
  codeLenses,
  connectivityResults,
  definitionAt,
  documentSymbols,
  explainAnalysis,
  fixAll,
  fixEdits,
  hoverAt,
  idCompletions,
  LIMIT_NOTICES,
  prepareRename,
  reanalyse,
  referencesAt,
  rename,
  RULES,
  validate,
  type Analysis,
  type DocumentSymbol,
  type Finding,
  type TextEdit,
} from '../../src/index';

import { documentArbitrary, offsetFractions, scaled, tokens } from './mutations';

export class PropertyViolation extends Error {
  constructor(
    /** Which property failed, stable across shrinking (e.g. `fix-removes-finding:route-own-vpc`). */
    readonly property: string,
    detail: string,
  ) {
    super(`[${property}] ${detail}`);
    this.name = 'PropertyViolation';
  }
}

function violation(property: string, detail: string): never {
  throw new PropertyViolation(property, detail);
}

/** Runs `action`; an exception becomes a violation of `property`. */
function guard<T>(property: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof PropertyViolation) throw error;
    return violation(
      property,
      `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

/**
 * The fuzz runner instruments the core's `catch {}` blocks (the editor functions answer
 * nothing rather than throw): an exception they swallow is still a dwnet bug.
 */
const swallowed: unknown[] = [];
(globalThis as { __dwnetSwallowed?: (error: unknown) => void }).__dwnetSwallowed = (error) =>
  swallowed.push(error);

function noSwallowed(property: string): void {
  const error = swallowed.shift();
  swallowed.length = 0;
  if (error !== undefined)
    violation(
      property,
      `swallowed ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
}

function inside(
  property: string,
  text: string,
  span: { offset: number; length: number },
  what: string,
): void {
  const { offset, length } = span;
  if (
    !Number.isInteger(offset) ||
    !Number.isInteger(length) ||
    offset < 0 ||
    length < 0 ||
    offset + length > text.length
  ) {
    violation(
      property,
      `${what}: range ${offset}+${length} outside the text (length ${text.length})`,
    );
  }
}

// The rules, and the notice of the findings limit (a fuzzed file can have 1,000 findings).
const KNOWN_CODES = new Set([...RULES, ...LIMIT_NOTICES].map((r) => r.code));

/** Milliseconds `validate` may take: generous, but a hang or a quadratic blow-up exceeds it. */
export const timeBudget = (text: string) => 2_000 + text.length / 50;

/**
 * validate never throws and returns in bounded time; analyse records no internal error;
 * every range lies inside the text; explain never throws. Returns the analysis, which
 * the editor checks reuse (as the server does, once per document version).
 */
export function checkValidate(text: string): { findings: Finding[]; analysis: Analysis } {
  const start = performance.now();
  const result = guard('validate-no-throw', () => validate(text));
  const elapsed = performance.now() - start;
  if (elapsed > timeBudget(text))
    violation(
      'validate-bounded-time',
      `took ${elapsed.toFixed(0)} ms for ${text.length} characters`,
    );
  const analysis = guard('analyse-no-throw', () => analyse(text));
  if (analysis.internalErrors.length > 0)
    violation('no-internal-errors', analysis.internalErrors.join('\n'));
  for (const f of result.findings) {
    if (!KNOWN_CODES.has(f.code)) violation('known-codes', `unknown code ${f.code}`);
    if (f.message.includes('could not analyse this file'))
      violation('validate-no-throw', f.message);
    inside('finding-in-range', text, f, `${f.code} ${f.pointer}`);
    for (const r of f.related)
      inside('finding-in-range', text, r, `${f.code} related ${r.pointer}`);
    for (const fix of f.fixes)
      for (const op of fix.operations)
        if (op.op === 'replaceText')
          inside('finding-in-range', text, op, `${f.code} fix ${fix.title}`);
  }
  guard('explain-no-throw', () => explainAnalysis(analysis));
  noSwallowed('explain-no-throw');
  return { findings: result.findings, analysis };
}

const CONNECTIVITY_CODES = RULES.filter((r) => r.category === 'connectivity').map((r) => r.code);

/**
 * Errors a fix may legitimately reveal, because the rules reporting them could not look
 * before it: the NAT gateway nat-missing adds still needs its EIP; a reference that
 * resolves, or a region that becomes known, lets every check through it run; a fix for
 * one step of a scenario's checklist (a binding, an SNAT entry and its EIP) lets the
 * steps after it be checked, and so does the gateway's EIP put into an SNAT entry.
 */
export const EXPECTED_FOLLOW_UPS: Record<string, readonly string[] | 'any'> = {
  ...Object.fromEntries(CONNECTIVITY_CODES.map((code) => [code, CONNECTIVITY_CODES])),
  'nat-missing': [...CONNECTIVITY_CODES, 'nat-no-eip'],
  // The EIP an SNAT entry uses is what the data source sees: its whitelist is checked anew.
  'snat-eip-unknown': CONNECTIVITY_CODES,
  'unknown-reference': 'any',
  'region-unknown': 'any',
  // A binding's vSwitch or a security group of the right VPC is checked from then on: the
  // steps that read it (the whitelist holds its CIDR, the group accepts the traffic) run anew.
  'binding-vswitch-mismatch': CONNECTIVITY_CODES,
  'sg-vpc-mismatch': CONNECTIVITY_CODES,
};

/**
 * Open design questions (test/fixtures/fuzz/README.md), tolerated so that the fuzzer keeps
 * looking for other bugs. None is open now; the table stays for the next one.
 */
export const KNOWN_OPEN_FOLLOW_UPS: Record<string, readonly string[]> = {};

const syntaxErrors = (findings: Finding[]) =>
  findings.filter((f) => f.code === 'json-syntax').length;

/** How many errors of each code: array indexes in pointers and messages shift under edits. */
function errorCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings)
    if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

function checkEdits(property: string, text: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  sorted.forEach((edit, i) => {
    inside(property, text, edit, 'edit');
    const next = sorted[i + 1];
    if (next && edit.offset + edit.length > next.offset)
      violation(property, `overlapping edits at ${edit.offset} and ${next.offset}`);
  });
}

/**
 * For every finding with a preferred fix (or those `picks` chooses): the fix applies with
 * edits inside the text; in a text that parses, the fixed text parses, the finding is
 * gone and no error is added (but those EXPECTED_FOLLOW_UPS names).
 */
export function checkFixes(text: string, findings: Finding[], picks?: readonly number[]): void {
  const fixable = findings.filter((f) => f.fixes.some((x) => x.isPreferred));
  if (fixable.length === 0) return;
  // The fuzzer checks a few findings per document (picked by index); replays check all.
  const chosen = picks ? [...new Set(picks.map((p) => fixable[p % fixable.length]!))] : fixable;
  const beforeErrors = errorCounts(findings);
  const beforeSyntax = syntaxErrors(findings);
  for (const finding of chosen) {
    const fix = finding.fixes.find((x) => x.isPreferred)!;
    const label = `${finding.code} ${finding.pointer} (${fix.title})`;
    const edits = guard(`fix-applies:${finding.code}`, () => fixEdits(text, fix));
    noSwallowed(`fix-applies:${finding.code}`);
    checkEdits(`fix-applies:${finding.code}`, text, edits);
    // In a text that does not parse, a fix is computed on the parser's recovery: it may
    // land where the recovery of the fixed text reads it differently (an open question,
    // test/fixtures/fuzz/README.md). fixAll leaves such a text alone.
    if (beforeSyntax > 0) continue;
    const after = applyEdits(text, edits);
    const remaining = guard('validate-no-throw', () => validate(after).findings);
    if (syntaxErrors(remaining) > 0)
      violation(`fix-keeps-syntax:${finding.code}`, `${label} broke the JSON:\n${after}`);
    // Alike findings (a route written twice) are told apart by number, not by position:
    // fewer of them must say the same thing, and fewer must sit on the same text (a fix
    // that removes the wrong element can change the message and still leave its own).
    const anchored = (f: Finding, source: string) => source.slice(f.offset, f.offset + f.length);
    const anchor = anchored(finding, text);
    const sameMessage = (list: Finding[]) =>
      list.filter((f) => f.code === finding.code && f.message === finding.message).length;
    const sameAnchor = (list: Finding[], source: string) =>
      list.filter((f) => f.code === finding.code && anchored(f, source) === anchor).length;
    if (
      sameMessage(remaining) >= sameMessage(findings) ||
      sameAnchor(remaining, after) >= sameAnchor(findings, text)
    )
      violation(`fix-removes-finding:${finding.code}`, `${label} left its finding:\n${after}`);
    const expected = EXPECTED_FOLLOW_UPS[finding.code] ?? [];
    const followUps =
      expected === 'any' ? expected : [...expected, ...(KNOWN_OPEN_FOLLOW_UPS[finding.code] ?? [])];
    const afterErrors = errorCounts(remaining);
    const introduced = [...afterErrors].filter(
      ([code, count]) =>
        followUps !== 'any' && !followUps.includes(code) && count > (beforeErrors.get(code) ?? 0),
    );
    if (introduced.length > 0) {
      const added = new Set(introduced.map(([code]) => code));
      violation(
        `fix-adds-no-error:${finding.code}`,
        `${label} added ${remaining
          .filter((f) => f.severity === 'error' && added.has(f.code))
          .map((f) => `${f.code} ${f.pointer}: ${f.message}`)
          .join('; ')}`,
      );
    }
  }
}

/**
 * Comments as written, except `dwnet-ignore` ones (fixes remove unused suppressions).
 * Runs of whitespace count as one space: jsonc-parser's formatter, which fixes fall back
 * on in unusual layouts, re-indents the inner lines of a block comment with its line.
 */
export function commentsOf(text: string): string[] {
  const scanner = createScanner(text, false);
  const comments: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    // getTokenValue() starts one character early for comments (jsonc-parser 3.3.1).
    const comment = text.slice(
      scanner.getTokenOffset(),
      scanner.getTokenOffset() + scanner.getTokenLength(),
    );
    if (!comment.includes('dwnet-ignore')) comments.push(comment.replace(/\s+/g, ' '));
  }
  return comments.sort();
}

/** fixAll is idempotent, keeps the text parseable and never drops a comment. */
export function checkFixAll(text: string, findings: Finding[]): void {
  const once = guard('fixAll-no-throw', () => fixAll(text));
  noSwallowed('fixAll-no-throw');
  if (once.applied === 0) return;
  const twice = guard('fixAll-no-throw', () => fixAll(once.text));
  if (twice.text !== once.text)
    violation(
      'fixAll-idempotent',
      `a second fixAll changed the text:\n--- once\n${once.text}\n--- twice\n${twice.text}`,
    );
  if (syntaxErrors(findings) > 0 && once.text !== text)
    violation('fixAll-leaves-broken-text', `fixAll changed a text that does not parse`);
  if (syntaxErrors(findings) === 0 && syntaxErrors(validate(once.text).findings) > 0)
    violation('fixAll-keeps-syntax', `fixAll broke the JSON:\n${once.text}`);
  const before = commentsOf(text);
  const after = commentsOf(once.text);
  const missing = [...before];
  for (const comment of after) {
    const i = missing.indexOf(comment);
    if (i >= 0) missing.splice(i, 1);
  }
  if (missing.length > 0)
    violation('fixAll-keeps-comments', `fixAll dropped ${JSON.stringify(missing)}:\n${once.text}`);
}

function symbolsInside(text: string, symbols: DocumentSymbol[]): void {
  for (const s of symbols) {
    inside('editor-in-range', text, s, `symbol ${s.name}`);
    inside('editor-in-range', text, s.selection, `symbol selection ${s.name}`);
    symbolsInside(text, s.children);
  }
}

/** The editor functions never throw at any offset and answer with ranges inside the text. */
export function checkEditor(
  text: string,
  offsets: readonly number[],
  analysis: Analysis = guard('analyse-no-throw', () => analyse(text)),
): void {
  const symbols = guard('editor-no-throw:documentSymbols', () => documentSymbols(analysis));
  noSwallowed('editor-no-throw:documentSymbols');
  symbolsInside(text, symbols);
  const lenses = guard('editor-no-throw:codeLenses', () => codeLenses(analysis));
  noSwallowed('editor-no-throw:codeLenses');
  for (const lens of lenses) inside('editor-in-range', text, lens, `code lens ${lens.title}`);
  for (const offset of offsets) {
    const at = (name: string) => `editor-no-throw:${name}`;
    const hover = guard(at('hoverAt'), () => hoverAt(analysis, offset));
    noSwallowed(at('hoverAt'));
    if (hover) inside('editor-in-range', text, hover, `hover at ${offset}`);
    for (const span of guard(at('definitionAt'), () => definitionAt(analysis, offset)))
      inside('editor-in-range', text, span, `definition at ${offset}`);
    noSwallowed(at('definitionAt'));
    for (const include of [true, false]) {
      for (const span of guard(at('referencesAt'), () => referencesAt(analysis, offset, include)))
        inside('editor-in-range', text, span, `reference at ${offset}`);
      noSwallowed(at('referencesAt'));
    }
    const prepared = guard(at('prepareRename'), () => prepareRename(analysis, offset));
    noSwallowed(at('prepareRename'));
    if (prepared) inside('editor-in-range', text, prepared, `prepareRename at ${offset}`);
    const renamed = guard(at('rename'), () => rename(analysis, offset, 'renamed-id'));
    noSwallowed(at('rename'));
    if ('edits' in renamed) checkEdits('editor-in-range', text, renamed.edits);
    for (const item of guard(at('idCompletions'), () => idCompletions(analysis, offset)) ?? [])
      inside('editor-in-range', text, item.replace, `completion ${item.label} at ${offset}`);
    noSwallowed(at('idCompletions'));
  }
}

/** The text with whitespace on both sides of every comment, which changes no meaning. */
export function spaceComments(text: string): string {
  const scanner = createScanner(text, false);
  let spaced = '';
  let done = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    const start = scanner.getTokenOffset();
    const end = Math.min(start + scanner.getTokenLength(), text.length);
    spaced += text.slice(done, start);
    if (start > 0 && !/\s/.test(text[start - 1]!)) spaced += ' ';
    spaced += text.slice(start, end);
    if (kind === SyntaxKind.BlockCommentTrivia && end < text.length && !/\s/.test(text[end]!))
      spaced += ' ';
    done = end;
  }
  return spaced + text.slice(done);
}

const findingKeys = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.pointer} ${f.message}`).sort();

/** Spaces around comments change no finding (a `dwnet-ignore` right after a comma works). */
export function checkWhitespaceInvariance(text: string, findings: Finding[]): void {
  const spaced = spaceComments(text);
  if (spaced === text) return;
  const before = findingKeys(findings);
  const after = findingKeys(guard('validate-no-throw', () => validate(spaced).findings));
  const lost = before.filter((k) => !after.includes(k));
  const gained = after.filter((k) => !before.includes(k));
  if (lost.length > 0 || gained.length > 0)
    violation(
      'whitespace-invariant',
      `spaces around comments changed the findings: lost ${JSON.stringify(lost)}, gained ${JSON.stringify(gained)}`,
    );
}

export interface CheckOptions {
  /** Offsets for the editor functions, as fractions (0–1000) of the text length. */
  offsetFractions?: readonly number[];
  /** Check every offset of the text (the regression replay of small fixtures does). */
  everyOffset?: boolean;
  /** Which findings with a preferred fix get it checked (indexes, wrapping); all by default. */
  fixPicks?: readonly number[];
}

/** The editor offsets: every one, or both ends and the given fractions (and one past each). */
function editorOffsets(text: string, options: CheckOptions): number[] {
  if (options.everyOffset) return Array.from({ length: text.length + 1 }, (_, i) => i);
  const offsets = new Set([0, text.length]);
  for (const f of options.offsetFractions ?? []) {
    const at = scaled(f, text.length);
    offsets.add(at);
    offsets.add(Math.min(at + 1, text.length));
  }
  return [...offsets];
}

/**
 * Issue 5: re-analysing after a keystroke from the previous analysis gives the full
 * analysis of the new text. The keystrokes go inside string values (picked by `fractions`),
 * where an edit keeps a topology well-formed and the incremental path is taken.
 */
export function checkIncremental(text: string, fractions: readonly number[]): void {
  // Strings inside entities, where the incremental paths apply; any string where there is
  // none (the edit then takes the full analysis, which must agree too).
  const model = analyse(text).model;
  const entities = model
    ? [
        ...model.dataSources.byId.values(),
        ...model.tasks.byId.values(),
        ...model.vpcs.byId.values(),
        ...model.resourceGroups.byId.values(),
        ...model.securityGroups.byId.values(),
      ]
    : [];
  const inEntities: { offset: number; length: number }[] = [];
  const collect = (node: Node) => {
    if (node.type === 'string') inEntities.push(node);
    for (const child of node.children ?? []) collect(child);
  };
  for (const entity of entities) collect(entity.node);
  const strings =
    inEntities.length > 0
      ? inEntities
      : tokens(text).filter((t) => t.kind === SyntaxKind.StringLiteral && t.length >= 2);
  if (strings.length === 0) return;
  // Two keystrokes (one typed, one deleted) per document keep the fuzzer's pace.
  fractions.slice(0, 2).forEach((fraction, i) => {
    const token = strings[scaled(fraction, strings.length - 1)]!;
    const at = token.offset + 1;
    const edited =
      i % 2 === 0 || token.length === 2
        ? `${text.slice(0, at)}1${text.slice(at)}`
        : text.slice(0, at) + text.slice(at + 1);
    const incremental = guard('incremental-no-throw', () => reanalyse(analyse(text), edited));
    const full = analyse(edited);
    const observe = (a: Analysis) => ({
      findings: a.rawFindings,
      connectivity: connectivityResults(a),
      tree: treeShape(a.document.root),
      internalErrors: a.internalErrors,
    });
    if (!isDeepStrictEqual(observe(incremental), observe(full)))
      violation(
        'incremental-matches-full',
        `after editing offset ${at}: ${JSON.stringify(observe(incremental).findings).slice(0, 400)} ≠ ${JSON.stringify(observe(full).findings).slice(0, 400)}`,
      );
  });
}

/** Every property of issues 5 and 6 on one document; throws a PropertyViolation. */
export function checkDocument(text: string, options: CheckOptions = {}): void {
  swallowed.length = 0;
  const { findings, analysis } = checkValidate(text);
  noSwallowed('validate-no-throw');
  checkIncremental(text, options.offsetFractions ?? [250, 750]);
  checkEditor(text, editorOffsets(text, options), analysis);
  checkWhitespaceInvariance(text, findings);
  checkFixes(text, findings, options.fixPicks);
  checkFixAll(text, findings);
}

/** What the fuzzer checks: a document, editor offsets and the fixes to try. */
export interface FuzzCase {
  text: string;
  offsetFractions: number[];
  fixPicks: number[];
}

export function fuzzCaseArbitrary(seeds: readonly string[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    text: documentArbitrary(seeds),
    offsetFractions,
    fixPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  });
}

export function checkCase(c: FuzzCase): void {
  checkDocument(c.text, { offsetFractions: c.offsetFractions, fixPicks: c.fixPicks });
}

/**
 * Shrinks a failing text further by deleting chunks (delta debugging), keeping only
 * deletions after which the same property still fails. fast-check shrinks the plan and
 * the mutations; this makes the saved fixture as small as the text allows.
 */
export function minimiseText(
  text: string,
  property: string,
  check: (text: string) => void,
  deadline = Date.now() + 60_000,
): string {
  // A counterexample that parses must stay one that parses: a fix that misbehaves on a
  // whole topology says more than the same fix on the parser's recovery of a fragment.
  const parses = (candidate: string) =>
    !validate(candidate).findings.some((f) => f.code === 'json-syntax');
  const mustParse = parses(text);
  const fails = (candidate: string): boolean => {
    if (mustParse && !parses(candidate)) return false;
    try {
      check(candidate);
      return false;
    } catch (error) {
      return error instanceof PropertyViolation && error.property === property;
    }
  };
  let current = text;
  for (let chunk = Math.max(1, Math.floor(current.length / 2)); chunk >= 1;) {
    let removed = false;
    for (let at = 0; at < current.length && Date.now() < deadline;) {
      const candidate = current.slice(0, at) + current.slice(at + chunk);
      if (fails(candidate)) {
        current = candidate;
        removed = true;
      } else {
        at += chunk;
      }
    }
    if (Date.now() >= deadline) break;
    if (!removed) chunk = Math.floor(chunk / 2);
  }
  return current;
}
