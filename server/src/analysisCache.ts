// One analysis per document version: every request on the same version (diagnostics,
// hover, code actions, code lens, …) reuses it instead of re-parsing.
import { analyse, type Analysis } from '../../core/src/index';
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

  private entry(document: TextDocument): Entry {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const entry: Entry = { version: document.version, analysis: analyse(document.getText()) };
    this.entries.set(document.uri, entry);
    return entry;
  }

  analysis(document: TextDocument): Analysis {
    return this.entry(document).analysis;
  }

  /** The JSON language service's own parse, for formatting, folding, selection and completion. */
  jsonDocument(document: TextDocument): JSONDocument {
    const entry = this.entry(document);
    entry.jsonDocument ??= this.jsonService.parseJSONDocument(document);
    return entry.jsonDocument;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
