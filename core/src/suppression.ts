// Inline suppressions (SPEC §5a): `// dwnet-ignore <codes> -- <reason>` on the line
// before an entry silences those codes on the entry and everything inside it;
// `// dwnet-ignore-file <codes> -- <reason>` silences them in the whole file.
import { createScanner, SyntaxKind } from 'jsonc-parser';
import { nodeAtOffset, pathOf, pointerOf, type Node } from './parse';
import { RULES } from './rules/registry';
import { suggestion } from './util/similar';
import type { Finding, RuleMeta } from './types';
import type { Localizer, MessageKey, MessageParams } from './l10n';

export interface Suppression {
  fileLevel: boolean;
  codes: string[];
  reason: string;
  /** Pointer of the entry it precedes ('' for file level). */
  pointer: string;
  offset: number;
  length: number;
  problems: SuppressionProblem[];
}

const UNSILENCEABLE = new Set(['json-syntax', 'suppression-invalid', 'suppression-unused']);
const DIRECTIVE = /^(?:\/\/|\/\*)\s*dwnet-ignore(-file)?(?![\w-])(.*?)(?:\*\/)?$/s;

function targetPointer(root: Node | undefined, offset: number): string {
  const node = nodeAtOffset(root, offset);
  if (!node) return '';
  // A property key stands for its property's value; anything else for itself.
  if (node.parent?.type === 'property' && node.parent.children?.[0] === node) {
    const value = node.parent.children[1];
    return value
      ? pointerOf(pathOf(value))
      : pointerOf([...pathOf(node.parent.parent ?? node), String(node.value)]);
  }
  return pointerOf(pathOf(node));
}

export function parseSuppressions(
  text: string,
  root: Node | undefined,
  known: (code: string) => RuleMeta | undefined,
  /** Start and end offsets of every comment, when the parser listed them. */
  commentSpans?: readonly number[],
): Suppression[] {
  // With the parser's list of comments, a file without any needs no look at its text.
  if (commentSpans) {
    return commentSpans.length === 0 ? [] : suppressionsInComments(text, root, known, commentSpans);
  }
  return text.includes('dwnet-ignore') ? suppressionsByScanning(text, root, known) : [];
}

/** The problem of an unknown code, with the closest code of the catalogue when it is a typo. */
function unknownCode(code: string): SuppressionProblem {
  const best = suggestion(
    code,
    RULES.map((rule) => rule.code),
  );
  return best === undefined
    ? { key: 'suppression.problem.unknownCode', params: { code } }
    : { key: 'suppression.problem.unknownCodeDidYouMean', params: { code, best } };
}

/** What is wrong with a directive, as a message of the catalogue. */
export interface SuppressionProblem {
  key: MessageKey;
  params?: MessageParams;
}

const NO_ENTRY_FOLLOWS: SuppressionProblem = { key: 'suppression.problem.noEntryFollows' };

/** A directive comment as a suppression (its target is set later), or undefined. */
function readDirective(
  comment: string,
  offset: number,
  known: (code: string) => RuleMeta | undefined,
): Suppression | undefined {
  const match = DIRECTIVE.exec(comment.trim());
  if (!match) return undefined;
  const [codesText, ...reasonParts] = (match[2] ?? '').split('--');
  const reason = reasonParts.join('--').trim();
  const codes = (codesText ?? '').split(/[\s,]+/).filter((c) => c.length > 0);
  const problems: SuppressionProblem[] = [];
  if (codes.length === 0) problems.push({ key: 'suppression.problem.noCode' });
  for (const code of codes) {
    if (!known(code)) problems.push(unknownCode(code));
    else if (UNSILENCEABLE.has(code))
      problems.push({ key: 'suppression.problem.unsilenceable', params: { code } });
  }
  if (reason.length === 0) problems.push({ key: 'suppression.problem.noReason' });
  return {
    fileLevel: match[1] !== undefined,
    codes,
    reason,
    pointer: '',
    offset,
    length: comment.length,
    problems,
  };
}

/** Points an entry-level suppression at the token that follows it. */
function target(
  suppression: Suppression,
  root: Node | undefined,
  kind: SyntaxKind,
  offset: number,
): void {
  if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
    suppression.problems.push(NO_ENTRY_FOLLOWS);
  } else {
    suppression.pointer = targetPointer(root, offset);
  }
}

/**
 * With the comments already known (a well-formed document), only those that mention
 * dwnet-ignore are read, and only the text after each is scanned for the entry it
 * precedes: a suppression in a 4 MB topology costs microseconds, not a scan of the file.
 */
function suppressionsInComments(
  text: string,
  root: Node | undefined,
  known: (code: string) => RuleMeta | undefined,
  commentSpans: readonly number[],
): Suppression[] {
  const suppressions: Suppression[] = [];
  const scanner = createScanner(text, false);
  for (let i = 0; i < commentSpans.length; i += 2) {
    const start = commentSpans[i];
    const end = commentSpans[i + 1];
    if (start === undefined || end === undefined) break; // spans come in (start, end) pairs
    const comment = text.slice(start, end);
    if (!comment.includes('dwnet-ignore')) continue;
    const suppression = readDirective(comment, start, known);
    if (!suppression) continue;
    suppressions.push(suppression);
    if (suppression.fileLevel) continue;
    scanner.setPosition(end);
    let kind = scanner.scan();
    while (
      kind === SyntaxKind.Trivia ||
      kind === SyntaxKind.LineBreakTrivia ||
      kind === SyntaxKind.LineCommentTrivia ||
      kind === SyntaxKind.BlockCommentTrivia
    )
      kind = scanner.scan();
    if (kind === SyntaxKind.EOF) suppression.problems.push(NO_ENTRY_FOLLOWS);
    else target(suppression, root, kind, scanner.getTokenOffset());
  }
  return suppressions;
}

/** The general case (a document with syntax errors): every token of the text in order. */
function suppressionsByScanning(
  text: string,
  root: Node | undefined,
  known: (code: string) => RuleMeta | undefined,
): Suppression[] {
  const scanner = createScanner(text, false);
  const suppressions: Suppression[] = [];
  let pending: Suppression[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) {
      // Not getTokenValue(): jsonc-parser 3.3.1 starts a comment's value one character
      // early, so `,// dwnet-ignore …` written without a space would not be recognised
      // (and it ends a block comment left open by a final CRLF past the text).
      const offset = scanner.getTokenOffset();
      const comment = text.slice(offset, offset + scanner.getTokenLength());
      const suppression = readDirective(comment, offset, known);
      if (!suppression) continue;
      suppressions.push(suppression);
      if (!suppression.fileLevel) pending.push(suppression);
      continue;
    }
    if (kind === SyntaxKind.Trivia || kind === SyntaxKind.LineBreakTrivia) continue;
    for (const s of pending) target(s, root, kind, scanner.getTokenOffset());
    pending = [];
  }
  for (const s of pending) s.problems.push(NO_ENTRY_FOLLOWS);
  return suppressions;
}

function covers(suppression: Suppression, finding: Finding): boolean {
  if (suppression.fileLevel) return true;
  return (
    finding.pointer === suppression.pointer || finding.pointer.startsWith(suppression.pointer + '/')
  );
}

/** Removes silenced findings and adds suppression-invalid / suppression-unused findings. */
export function applySuppressions(
  findings: Finding[],
  suppressions: Suppression[],
  l10n: Localizer,
  make: (
    code: 'suppression-invalid' | 'suppression-unused',
    s: Suppression,
    message: string,
    removable: boolean,
  ) => Finding,
): Finding[] {
  if (suppressions.length === 0) return findings;
  const valid = suppressions.filter((s) => s.problems.length === 0);
  const used = new Map<Suppression, Set<string>>(valid.map((s) => [s, new Set<string>()]));
  const kept = findings.filter((finding) => {
    if (UNSILENCEABLE.has(finding.code)) return true;
    let silenced = false;
    for (const s of valid) {
      if (s.codes.includes(finding.code) && covers(s, finding)) {
        used.get(s)?.add(finding.code);
        silenced = true;
      }
    }
    return !silenced;
  });
  for (const s of suppressions) {
    const directive = s.fileLevel ? 'dwnet-ignore-file' : 'dwnet-ignore';
    if (s.problems.length > 0) {
      kept.push(
        make(
          'suppression-invalid',
          s,
          l10n.t('suppression.invalid', {
            directive,
            problems: s.problems
              .map((p) => l10n.t(p.key, p.params))
              .join(l10n.t('suppression.problemSeparator')),
          }),
          false,
        ),
      );
      continue;
    }
    const unused = s.codes.filter((code) => !used.get(s)?.has(code));
    if (unused.length === 0) continue;
    const codes = l10n.list(unused.map((c) => l10n.t('quoted', { value: c })));
    kept.push(
      make(
        'suppression-unused',
        s,
        s.fileLevel
          ? l10n.t('suppression.unused.file', { directive, codes })
          : s.pointer === ''
            ? l10n.t('suppression.unused.here', { directive, codes })
            : l10n.t('suppression.unused.at', { directive, codes, pointer: s.pointer }),
        unused.length === s.codes.length,
      ),
    );
  }
  return kept;
}

/** The span that removes a comment, with its whole line when the comment stands alone. */
export function commentRemoval(
  text: string,
  offset: number,
  length: number,
): { offset: number; length: number; content: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let lineEnd = text.indexOf('\n', offset + length);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset + length, lineEnd).replace(/\r$/, '');
  if (before.trim() === '' && after.trim() === '') {
    return {
      offset: lineStart,
      length: Math.min(lineEnd + 1, text.length) - lineStart,
      content: '',
    };
  }
  return { offset, length, content: '' };
}
