// Diagnostics of the bundled examples, as the editor shows them: SPEC §4's codes, severities
// and anchors, each linked to its rule page, with the entities involved as related
// information; the correct examples stay clean.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  codesOf,
  open,
  waitForAnyDiagnostics,
  waitForDiagnostics,
  serverReady,
} from './helpers';

/** The findings of each broken example (`dwnet check examples/` says the same). */
const BROKEN: Record<string, string[]> = {
  'scenario1-same-region-broken': [
    'ds-sg-ingress-missing',
    'vpc-not-associated',
    'whitelist-missing',
  ],
  'scenario2-cross-region-broken': ['rg-sg-egress-missing', 'route-missing', 'whitelist-missing'],
  'scenario4-data-center-broken': ['connection-missing', 'route-missing', 'whitelist-missing'],
  'classic-network-broken': ['classic-network', 'vpc-not-associated'],
};

describe('diagnostics', () => {
  before(serverReady);
  afterEach(closeAllEditors);

  for (const [example, codes] of Object.entries(BROKEN)) {
    it(`${example}: ${codes.join(', ')}`, async () => {
      const editor = await open(`examples/${example}.dwnet.json`);
      const diagnostics = await waitForAnyDiagnostics(editor.document.uri);
      assert.deepEqual(codesOf(diagnostics), codes);
      for (const diagnostic of diagnostics) {
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, codeOf(diagnostic));
      }
    });
  }

  it('anchors whitelist-missing on the whitelist, links its rule page, names the task', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const diagnostics = await waitForAnyDiagnostics(editor.document.uri);
    const finding = diagnostics.find((d) => codeOf(d) === 'whitelist-missing');
    assert.ok(finding, 'a whitelist-missing diagnostic');
    assert.equal(editor.document.getText(finding.range), '["127.0.0.1"]');
    assert.match(finding.message, /10\.0\.1\.0\/24/, 'the message names the CIDR block to add');
    const code = finding.code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/whitelist-missing\.md$/);
    const related = finding.relatedInformation ?? [];
    assert.ok(
      related.some((r) => /task 'sync-orders-sh'/.test(r.message)),
      `related information names the task: ${related.map((r) => r.message).join(' | ')}`,
    );
  });

  it('reports only information on a correct example that uses the Internet', async () => {
    const editor = await open('examples/scenario5-internet.dwnet.json');
    const diagnostics = await waitForAnyDiagnostics(editor.document.uri);
    assert.deepEqual(
      [...new Set(codesOf(diagnostics))],
      ['eip-may-change', 'internet-unstable', 'legacy-resource-group'],
    );
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information, codeOf(diagnostic));
    }
  });

  it('clears the diagnostics of a correct example once a mistake is undone', async () => {
    // An empty list proves nothing until the server has answered for this document, so the
    // test first makes a mistake, waits for it, then undoes it and waits for the list to empty.
    const editor = await open('examples/scenario1-same-region.dwnet.json');
    const uri = editor.document.uri;
    const at = editor.document.getText().indexOf('"10.30.1.0/24"');
    const range = new vscode.Range(
      editor.document.positionAt(at),
      editor.document.positionAt(at + '"10.30.1.0/24"'.length),
    );
    await editor.edit((edit) => edit.replace(range, '"10.30.1.1/24"'));
    await waitForDiagnostics(uri, 'cidr-host-bits', (found) =>
      codesOf(found).includes('cidr-host-bits'),
    );
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, 'no diagnostics', (found) => found.length === 0);
  });

  it('re-checks as the user types', async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    const uri = editor.document.uri;
    await waitForAnyDiagnostics(uri);
    const whitelist = editor.document.getText().indexOf('["127.0.0.1"]');
    const range = new vscode.Range(
      editor.document.positionAt(whitelist),
      editor.document.positionAt(whitelist + '["127.0.0.1"]'.length),
    );
    await editor.edit((edit) => edit.replace(range, '["127.0.0.1", "10.0.1.0/24"]'));
    const after = await waitForDiagnostics(uri, 'whitelist-missing to go', (found) =>
      found.every((d) => codeOf(d) !== 'whitelist-missing'),
    );
    assert.deepEqual(codesOf(after), ['rg-sg-egress-missing', 'route-missing']);
  });
});
