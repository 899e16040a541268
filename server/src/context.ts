// What every feature handler receives: the open documents, the per-version analyses,
// settings, and the connection for logging.
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService } from 'vscode-json-languageservice';
import type { AnalysisCache } from './analysisCache';
import type { Runtime } from './runtime';
import type { SettingsStore } from './settings';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  cache: AnalysisCache;
  settings: SettingsStore;
  jsonService: LanguageService;
  runtime: Runtime;
}
