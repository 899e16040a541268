// Diagnostics as the user types: pulled by clients that support textDocument/diagnostic,
// pushed (debounced) to the others. A result computed for an older version is dropped.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { applySeverities, capFindings } from '../../../core/src/index';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import { sizeNotice } from '../limits';

export const PUSH_DELAY_MS = 200;

export async function computeDiagnostics(
  context: ServerContext,
  document: TextDocument,
): Promise<Diagnostic[]> {
  if (!(await context.settings.enabled(document.uri))) return [];
  const options = await context.settings.optionsFor(document.uri);
  // Before the cache: a file above dwnet.maxFileSize is never parsed.
  const tooLarge = sizeNotice(context, document.uri, options);
  if (tooLarge) return [toDiagnostic(document, tooLarge, context.cache.locale)];
  const findings = capFindings(
    applySeverities(context.cache.analysis(document).rawFindings, options),
    options,
  );
  return context.cache.diagnostics(document, findings);
}

/** Push mode: one pending validation per document, restarted by every change. */
export class DiagnosticPusher {
  private readonly pending = new Map<string, { dispose(): void }>();

  constructor(private readonly context: ServerContext) {}

  schedule(document: TextDocument, delay = PUSH_DELAY_MS): void {
    this.pending.get(document.uri)?.dispose();
    this.pending.set(
      document.uri,
      this.context.runtime.setTimeout(() => {
        this.pending.delete(document.uri);
        void this.push(document.uri, document.version);
      }, delay),
    );
  }

  private async push(uri: string, version: number): Promise<void> {
    const document = this.context.documents.get(uri);
    if (!document || document.version !== version) return;
    const diagnostics = await computeDiagnostics(this.context, document);
    // The user may have typed while settings were fetched: never publish stale results.
    if (this.context.documents.get(uri)?.version !== version) return;
    await this.context.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  clear(uri: string): void {
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
    void this.context.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
