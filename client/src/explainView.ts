// Read-only markdown documents that show a task's explanation (the server's answer to
// dwnet.explainTask). A content provider's documents cannot be edited or saved, and
// showing the same task again refreshes its document instead of opening another.
import * as vscode from 'vscode';

export const EXPLAIN_SCHEME = 'dwnet-explain';

export class ExplainView implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly registrations: vscode.Disposable[];

  readonly onDidChange = this.changed.event;

  constructor() {
    this.registrations = [
      vscode.workspace.registerTextDocumentContentProvider(EXPLAIN_SCHEME, this),
      // A closed explanation is not kept: the next request asks the server again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.texts.delete(document.uri.toString());
      }),
    ];
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** Opens (or refreshes) the explanation of `task` in `source` beside the editor. */
  async show(source: vscode.Uri, task: string, text: string): Promise<void> {
    const uri = vscode.Uri.from({
      scheme: EXPLAIN_SCHEME,
      path: `/${task}.md`,
      query: source.toString(),
    });
    this.texts.set(uri.toString(), text);
    this.changed.fire(uri);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document, {
      viewColumn: vscode.ViewColumn.Beside,
      preview: true,
    });
  }

  dispose(): void {
    for (const registration of this.registrations) registration.dispose();
    this.changed.dispose();
    this.texts.clear();
  }
}
