// Quick fixes of SPEC §4 and `source.fixAll.dwnet`. A diagnostic finds its finding again by
// code, pointer and range — never by message text.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  applySeverities,
  fixAll,
  fixEdits,
  keepsSyntax,
  minimalEdit,
  type Finding,
} from '../../../core/src/index';
import { FIX_ALL_KIND } from '../../../protocol/index';
import type { ServerContext } from '../context';
import { diagnosticRange, toTextEdits, type DiagnosticData } from '../convert';
import { sizeNotice } from '../limits';

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function findingFor(
  document: TextDocument,
  findings: Finding[],
  diagnostic: Diagnostic,
): Finding | undefined {
  if (diagnostic.source !== 'dwnet') return undefined;
  const pointer = (diagnostic.data as DiagnosticData | undefined)?.pointer;
  return findings.find(
    (f) =>
      f.code === diagnostic.code &&
      (pointer === undefined || f.pointer === pointer) &&
      sameRange(diagnosticRange(document, f), diagnostic.range),
  );
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
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingFor(document, findings, diagnostic);
      if (!finding) continue;
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
        title: `Fix all dwnet problems (${fixed.applied})`,
        kind: FIX_ALL_KIND,
        edit: { changes: { [document.uri]: toTextEdits(document, minimalEdit(text, fixed.text)) } },
      });
    }
  }
  return actions;
}
