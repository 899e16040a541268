// dwnet declares `untrustedWorkspaces: { supported: true }`: in Restricted Mode it must work
// as in a trusted folder. The harness opens this suite in a folder VS Code does not trust
// (workspace trust on, no trusted folders, no startup prompt: test/e2e/harness/settings.mjs).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  codesOf,
  EXTENSION_ID,
  hoverText,
  open,
  positionOf,
  waitForAnyDiagnostics,
  serverReady,
} from './helpers';

describe('an untrusted workspace (Restricted Mode)', () => {
  before(serverReady);
  it('is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  it('still gets diagnostics', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const diagnostics = await waitForAnyDiagnostics(editor.document.uri);
    assert.deepEqual(codesOf(diagnostics), [
      'rg-sg-egress-missing',
      'route-missing',
      'whitelist-missing',
    ]);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('still answers hovers', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      positionOf(editor.document, '"rds-orders-sh": {', 3),
    );
    assert.match(hoverText(hovers), /Scenario 2/);
  });
});
