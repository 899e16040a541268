// Quick fixes of SPEC §4 and `source.fixAll.dwnet`. A request's fixes are those of the
// findings its range touches and of the diagnostics it echoes; an echoed diagnostic finds
// its finding again by code, range and (when kept) pointer — never by message text.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applySeverities,
  type Locale,
  fixAll,
  fixEdits,
  keepsSyntax,
  minimalEdit,
  t,
  type Finding,
} from '../../../core/src/index';
import { FIX_ALL_KIND } from '../../../protocol/index';
import type { ServerContext } from '../context';
import { diagnosticRange, toDiagnostic, toTextEdits, type DiagnosticData } from '../convert';
import { sizeNotice } from '../limits';

function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges share a position, ends included (a cursor at a word's end touches it). */
function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

/**
 * The finding an echoed diagnostic stands for: same code and range, and the same pointer
 * when the client kept `data`. Clients echo what they kept of a diagnostic (Vim's ALE keeps
 * only code, message and range), so a missing `source` or `data` is no mismatch; another
 * server's diagnostic, with its own `source`, is.
 */
function findingFor(
  document: TextDocument,
  findings: Finding[],
  diagnostic: Diagnostic,
): Finding | undefined {
  if (diagnostic.source !== undefined && diagnostic.source !== 'dwnet') return undefined;
  const pointer = (diagnostic.data as Partial<DiagnosticData> | undefined)?.pointer;
  return findings.find(
    (f) =>
      f.code === diagnostic.code &&
      (pointer === undefined || f.pointer === pointer) &&
      sameRange(diagnosticRange(document, f), diagnostic.range),
  );
}

/**
 * The findings a code action request is about, each with the diagnostic its actions name:
 * first those the client echoed (in its order, with its own diagnostic), then every other
 * finding whose underline the request's range touches. A client that echoes nothing, or
 * diagnostics stripped of `source` and `data`, still gets the fixes under its cursor.
 */
function requestedFindings(
  document: TextDocument,
  findings: Finding[],
  params: CodeActionParams,
  locale: Locale,
): { finding: Finding; diagnostic: Diagnostic }[] {
  const requested: { finding: Finding; diagnostic: Diagnostic }[] = [];
  const seen = new Set<Finding>();
  for (const diagnostic of params.context.diagnostics ?? []) {
    const finding = findingFor(document, findings, diagnostic);
    if (!finding || seen.has(finding)) continue;
    seen.add(finding);
    requested.push({ finding, diagnostic });
  }
  const start = document.offsetAt(params.range.start);
  const end = document.offsetAt(params.range.end);
  for (const finding of findings) {
    // Offsets first: converting every finding's range to positions is the slow part.
    if (seen.has(finding) || finding.fixes.length === 0) continue;
    if (finding.offset > end || finding.offset + finding.length < start) continue;
    if (!touches(diagnosticRange(document, finding), params.range)) continue;
    seen.add(finding);
    requested.push({
      finding,
      diagnostic: toDiagnostic(document, finding, locale),
    });
  }
  return requested;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

export async function codeActions(
  context: ServerContext,
  params: CodeActionParams,
): Promise<CodeAction[]> {
  const document = context.documents.get(params.textDocument.uri);
  if (!document || !(await context.settings.enabled(document.uri))) return [];
  const options = await context.settings.optionsFor(document.uri);
  // A file above dwnet.maxFileSize is not analysed, so it has nothing to fix.
  if (sizeNotice(context, document.uri, options)) return [];
  const text = document.getText();
  const analysis = context.cache.analysis(document);
  const findings = applySeverities(analysis.rawFindings, options);
  const actions: CodeAction[] = [];

  if (wants(params.context.only, CodeActionKind.QuickFix)) {
    for (const { finding, diagnostic } of requestedFindings(
      document,
      findings,
      params,
      analysis.locale,
    )) {
      for (const fix of finding.fixes) {
        const edits = fixEdits(text, fix, analysis.document.root);
        if (edits.length === 0) continue;
        // While the document does not parse, a fix is checked before it is offered.
        const syntaxErrors = analysis.document.syntaxProblems.length;
        if (syntaxErrors > 0 && !keepsSyntax(text, edits, syntaxErrors)) continue;
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.isPreferred,
          edit: { changes: { [document.uri]: toTextEdits(document, edits) } },
        });
      }
    }
  }

  // Fix-all is offered when asked for explicitly (on save, "Fix all"), not in every lightbulb.
  const only = params.context.only;
  if (
    only &&
    only.some(
      (kind) =>
        FIX_ALL_KIND === kind ||
        FIX_ALL_KIND.startsWith(`${kind}.`) ||
        kind === CodeActionKind.SourceFixAll,
    )
  ) {
    const fixed = fixAll(text, options);
    if (fixed.applied > 0 && fixed.text !== text) {
      actions.push({
        title: t(analysis.locale, 'action.fixAll', { count: fixed.applied }),
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.uri]: toTextEdits(document, minimalEdit(text, fixed.text)) } },
      });
    }
  }
  return actions;
}
