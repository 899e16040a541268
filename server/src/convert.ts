// Core findings and spans → LSP shapes. The only place where offsets become positions.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ruleDocsUrl,
  type Locale,
  type Finding,
  type Severity,
  type TextEdit as CoreEdit,
} from '../../core/src/index';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(document: TextDocument, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

/**
 * Where the editor underlines a finding. A finding on a whole entity (a security group,
 * a binding) spans many lines; underlining all of them buries the code, so the editor
 * shows the entity's first line — its key and opening bracket — instead. The CLI and
 * the finding itself keep the full range of the anchor.
 */
export function diagnosticRange(document: TextDocument, finding: Finding): Range {
  const range = rangeOf(document, finding.offset, finding.length);
  if (range.start.line === range.end.line) return range;
  const line = document.getText({
    start: { line: range.start.line, character: 0 },
    end: { line: range.start.line + 1, character: 0 },
  });
  const content = line.replace(/\r?\n$/, '');
  const first = content.length - content.trimStart().length;
  return {
    start: { line: range.start.line, character: Math.min(first, range.start.character) },
    end: { line: range.start.line, character: content.trimEnd().length },
  };
}

/** What a diagnostic carries so that code actions find their finding again (never by message). */
export interface DiagnosticData {
  pointer: string;
  scenario?: number;
}

export function toDiagnostic(
  document: TextDocument,
  finding: Finding,
  locale: Locale = 'en',
): Diagnostic {
  const data: DiagnosticData = { pointer: finding.pointer };
  if (finding.scenario !== undefined) data.scenario = finding.scenario;
  const diagnostic: Diagnostic = {
    range: diagnosticRange(document, finding),
    severity: SEVERITIES[finding.severity],
    code: finding.code,
    codeDescription: { href: ruleDocsUrl(finding.code, locale) },
    source: 'dwnet',
    message: finding.message,
    data,
  };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({
      location: { uri: document.uri, range: rangeOf(document, related.offset, related.length) },
      message: related.message,
    }));
  }
  if (finding.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function toTextEdits(document: TextDocument, edits: readonly CoreEdit[]): TextEdit[] {
  return edits.map((edit) => ({
    range: rangeOf(document, edit.offset, edit.length),
    newText: edit.content,
  }));
}
