// The language status item ("{ }" in the status bar of a dwnet editor): the server's state,
// and a click to its output.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';

export class ServerStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor() {
    this.item = vscode.languages.createLanguageStatusItem('dwnet.server', { language: 'dwnet' });
    this.item.name = 'dwnet';
    this.item.text = 'dwnet';
    this.item.command = { title: vscode.l10n.t('Show Output'), command: 'dwnet.showOutput' };
    this.update(State.Stopped);
  }

  /** Shows a state of the language client. */
  update(state: State): void {
    this.item.busy = state === State.Starting;
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    switch (state) {
      case State.Starting:
        this.item.detail = vscode.l10n.t('server starting');
        break;
      case State.Running:
        this.item.detail = vscode.l10n.t('server running');
        break;
      case State.Stopped:
        this.item.detail = vscode.l10n.t('server stopped');
        break;
      case State.StartFailed:
        this.failed();
        break;
    }
  }

  /** The server could not start, or stopped for good after crashing. */
  failed(): void {
    this.item.busy = false;
    this.item.severity = vscode.LanguageStatusSeverity.Error;
    this.item.detail = vscode.l10n.t('server failed: see the output');
  }

  dispose(): void {
    this.item.dispose();
  }
}
