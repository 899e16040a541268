// Severities change at once, without a restart (SPEC §5 and §5a, README "Settings"): the
// `dwnet.rules` setting written as a user would (workspace settings), and dwnet.config.json
// written in the workspace folder; the open document's diagnostics follow.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  open,
  waitForAnyDiagnostics,
  waitForDiagnostics,
  serverReady,
  workspaceFile,
} from './helpers';

function severityOf(diagnostics: readonly vscode.Diagnostic[], code: string) {
  return diagnostics.find((d) => codeOf(d) === code)?.severity;
}

describe('settings', () => {
  before(serverReady);
  const rules = () => vscode.workspace.getConfiguration('dwnet');

  afterEach(async () => {
    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('dwnet.rules changes a severity live, and "off" removes the finding', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const uri = editor.document.uri;
    const initial = await waitForAnyDiagnostics(uri);
    assert.equal(severityOf(initial, 'whitelist-missing'), vscode.DiagnosticSeverity.Error);

    await rules().update(
      'rules',
      { 'whitelist-missing': 'warning' },
      vscode.ConfigurationTarget.Workspace,
    );
    await waitForDiagnostics(
      uri,
      'whitelist-missing as a warning',
      (found) => severityOf(found, 'whitelist-missing') === vscode.DiagnosticSeverity.Warning,
    );

    await rules().update(
      'rules',
      { 'whitelist-missing': 'off' },
      vscode.ConfigurationTarget.Workspace,
    );
    const off = await waitForDiagnostics(
      uri,
      'whitelist-missing turned off',
      (found) => found.length > 0 && severityOf(found, 'whitelist-missing') === undefined,
    );
    assert.equal(severityOf(off, 'route-missing'), vscode.DiagnosticSeverity.Error, 'others stay');

    await rules().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(
      uri,
      'whitelist-missing back as an error',
      (found) => severityOf(found, 'whitelist-missing') === vscode.DiagnosticSeverity.Error,
    );
  });

  it('dwnet.config.json in the workspace folder applies when it is written and deleted', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const uri = editor.document.uri;
    await waitForDiagnostics(
      uri,
      'route-missing as an error',
      (found) => severityOf(found, 'route-missing') === vscode.DiagnosticSeverity.Error,
    );
    const config = workspaceFile('dwnet.config.json');
    const text = JSON.stringify({ rules: { 'route-missing': 'hint' } });
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode(text));
    try {
      await waitForDiagnostics(
        uri,
        'route-missing as a hint (dwnet.config.json)',
        (found) => severityOf(found, 'route-missing') === vscode.DiagnosticSeverity.Hint,
      );
    } finally {
      await vscode.workspace.fs.delete(config);
    }
    await waitForDiagnostics(
      uri,
      'route-missing back as an error',
      (found) => severityOf(found, 'route-missing') === vscode.DiagnosticSeverity.Error,
    );
  });
});
