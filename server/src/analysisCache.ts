// One analysis per document version: every request on the same version (diagnostics,
// hover, code actions, code lens, …) reuses it instead of re-parsing.
import { analyse, analyseIncrementally, type Analysis } from '../../core/src/index';
import type { JSONDocument, LanguageService } from 'vscode-json-languageservice';
import type { TextDocument } from 'vscode-languageserver-textdocument';

interface Entry {
  version: number;
  analysis: Analysis;
  jsonDocument?: JSONDocument;
}

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly jsonService: LanguageService) {}

  private current(document: TextDocument): Entry | undefined {
    const cached = this.entries.get(document.uri);
    return cached?.version === document.version ? cached : undefined;
  }

  private entry(document: TextDocument): Entry {
    const current = this.current(document);
    if (current) return current;
    const text = document.getText();
    const entry: Entry = {
      version: document.version,
      analysis: this.fromPrevious(document.uri, text) ?? analyse(text),
    };
    this.entries.set(document.uri, entry);
    return entry;
  }

  /**
   * The analysis of the new text from the previous version's, which it consumes: after an
   * edit inside one data source or task, only that entity is analysed again
   * (core/src/incremental.ts). Otherwise undefined, and the previous analysis is no longer
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
