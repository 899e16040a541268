// One analysis per document version: every request on the same version (diagnostics,
// hover, code actions, code lens, …) reuses it instead of re-parsing.
import {
  analyse,
  analyseIncrementally,
  type Analysis,
  type EditSpan,
  type Finding,
  type Locale,
} from '../../core/src/index';
import type { Diagnostic } from 'vscode-languageserver';
import type { JSONDocument, LanguageService } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { toDiagnostic } from './convert';

interface Entry {
  version: number;
  analysis: Analysis;
  jsonDocument?: JSONDocument;
  /** The diagnostic of each finding converted for this version. */
  diagnostics?: Map<Finding, Diagnostic>;
  /** The previous version's, for the findings an incremental analysis carried over. */
  previousDiagnostics?: Map<Finding, Diagnostic>;
}

/** Whether an offset of the new text has the position it had in the old one. */
function unmovedOffsets(text: string, edit: EditSpan): (offset: number) => boolean {
  let lineEnd = edit.newEnd;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const nextLine = lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1);
  return (offset) => offset <= edit.start || (!edit.lineBreaksChanged && offset >= nextLine);
}

function keepsPositions(finding: Finding, unmoved: (offset: number) => boolean): boolean {
  return (
    unmoved(finding.offset) &&
    unmoved(finding.offset + finding.length) &&
    finding.related.every((r) => unmoved(r.offset) && unmoved(r.offset + r.length))
  );
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  /** The language of every analysis made from now on (set from `initialize.locale`). */
  locale: Locale = 'en';

  constructor(private readonly jsonService: LanguageService) {}

  private current(document: TextDocument): Entry | undefined {
    const cached = this.entries.get(document.uri);
    return cached?.version === document.version ? cached : undefined;
  }

  private entry(document: TextDocument): Entry {
    const current = this.current(document);
    if (current) return current;
    const text = document.getText();
    const previousDiagnostics = this.entries.get(document.uri)?.diagnostics;
    const entry: Entry = {
      version: document.version,
      analysis: this.fromPrevious(document.uri, text) ?? analyse(text, this.locale),
      previousDiagnostics,
    };
    this.entries.set(document.uri, entry);
    return entry;
  }

  /**
   * The analysis of the new text from the previous version's, which hands its tree over:
   * after an edit inside one entity, only what that entity can change is analysed again
   * (core/src/incremental/). Otherwise undefined, and the previous analysis is no longer
   * held when the full one is built: a large topology would hold two at the peak.
   */
  private fromPrevious(uri: string, text: string): Analysis | undefined {
    const previous = this.entries.get(uri)?.analysis;
    this.entries.delete(uri);
    return previous && analyseIncrementally(previous, text);
  }

  analysis(document: TextDocument): Analysis {
    return this.entry(document).analysis;
  }

  /**
   * The LSP diagnostics of findings of this version's analysis. After an incremental
   * analysis, a finding carried over from the previous version (the same object, or one
   * moved from it) keeps that version's diagnostic when none of its positions changed:
   * every offset lies before the edit, or after the edited line and no line break was
   * added or removed. A keystroke converts only the findings it moved on its line and
   * those made anew.
   */
  diagnostics(document: TextDocument, findings: readonly Finding[]): Diagnostic[] {
    const entry = this.entry(document);
    const { carried } = entry.analysis;
    const earlier = carried && entry.previousDiagnostics;
    const unmoved = earlier ? unmovedOffsets(document.getText(), carried.edit) : undefined;
    const converted = new Map<Finding, Diagnostic>();
    const diagnostics = findings.map((finding) => {
      let diagnostic = entry.diagnostics?.get(finding);
      if (!diagnostic && earlier && unmoved && keepsPositions(finding, unmoved))
        diagnostic = earlier.get(carried.movedFrom.get(finding) ?? finding);
      diagnostic ??= toDiagnostic(document, finding, this.locale);
      converted.set(finding, diagnostic);
      return diagnostic;
    });
    entry.diagnostics = converted;
    return diagnostics;
  }

  /**
   * The JSON language service's own parse, for completion and selection ranges; undefined
   * past dwnet's nesting limit, where that parser (which recurses) would overflow the stack.
   */
  jsonDocument(document: TextDocument): JSONDocument | undefined {
    const entry = this.entry(document);
    if (entry.analysis.document.tooDeep) return undefined;
    entry.jsonDocument ??= this.jsonService.parseJSONDocument(document);
    return entry.jsonDocument;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
