// Hover, completion, rename, code lens and go to definition through VS Code's own commands
// (`vscode.execute…Provider`), which ask every provider as the editor would: what comes
// back is what a user sees.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codesOf,
  hoverText,
  open,
  positionOf,
  waitForAnyDiagnostics,
  serverReady,
} from './helpers';

const EXAMPLE = 'examples/scenario2-cross-region-broken.dwnet.json';

describe('language features', () => {
  before(serverReady);
  let editor: vscode.TextEditor;
  let document: vscode.TextDocument;

  beforeEach(async () => {
    editor = await open(EXAMPLE);
    document = editor.document;
    // The server has analysed the document once its diagnostics are in.
    await waitForAnyDiagnostics(document.uri);
  });
  afterEach(closeAllEditors);

  it('hover on a data source shows its scenario and checklist', async () => {
    // Inside the key "rds-orders-sh" of dataSources.
    const position = positionOf(document, '"rds-orders-sh": {', 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hoverText(hovers);
    assert.match(text, /Scenario 2 — Same Alibaba Cloud account, different regions/);
    assert.match(text, /3 steps missing/);
    assert.match(text, /- \[x\] Connect VPC/, 'a step that is done is ticked');
    assert.match(text, /- \[ \] Add a route to 172\.16\.5\.0\/24/, 'a missing step is not');
    assert.match(text, /whitelist-missing/, 'a missing step links its rule');
    assert.match(text, /Path: /);
  });

  it('completion offers the ids of the right kind at a reference', async () => {
    // Just after the opening quote of the task's "resourceGroup" value.
    const position = positionOf(
      document,
      '"resourceGroup": "rg-serverless"',
      '"resourceGroup": "'.length,
    );
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      position,
    );
    const labels = list.items.map((item) =>
      typeof item.label === 'string' ? item.label : item.label.label,
    );
    assert.ok(labels.includes('rg-serverless'), `resource group ids offered: ${labels.join(', ')}`);
    assert.ok(!labels.includes('vpc-hz'), 'a VPC id is not offered for a resource group');
  });

  it('rename changes the id and every reference to it', async () => {
    const before = document.getText();
    const references = before.split('"vpc-sh"').length - 1;
    assert.ok(references >= 3, `"vpc-sh" is declared and referenced (${references} times)`);
    const position = positionOf(document, '"vpc-sh": {', 2);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      document.uri,
      position,
      'vpc-shanghai',
    );
    assert.equal(edit.get(document.uri).length, references, 'one edit per occurrence');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = document.getText();
    assert.equal(after.split('"vpc-sh"').length - 1, 0);
    assert.equal(after.split('"vpc-shanghai"').length - 1, references);
    // The renamed topology means the same: the same findings, no unknown reference.
    const diagnostics = await waitForAnyDiagnostics(document.uri);
    assert.deepEqual(codesOf(diagnostics), [
      'rg-sg-egress-missing',
      'route-missing',
      'whitelist-missing',
    ]);
  });

  it('code lens on a task shows its scenario and the missing steps', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
      100, // resolve them all
    );
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(
      titles.some((title) => /Scenario 2 · 3 steps missing/.test(title)),
      `lens titles: ${titles.join(' | ')}`,
    );
    const lens = lenses.find((l) => /Scenario 2/.test(l.command?.title ?? ''));
    assert.equal(lens?.command?.command, 'dwnet.explainTask');
    assert.equal(document.lineAt(lens.range.start.line).text.includes('"sync-orders-sh"'), true);
  });

  it('go to definition jumps from a reference to the declaration', async () => {
    // The "vpc-sh" in the CEN connection's members.
    const position = positionOf(
      document,
      '"members": ["vpc-hz", "vpc-sh"]',
      '"members": ["vpc-hz", "'.length + 1,
    );
    const locations = await vscode.commands.executeCommand<
      (vscode.Location | vscode.LocationLink)[]
    >('vscode.executeDefinitionProvider', document.uri, position);
    assert.equal(locations.length, 1);
    const target = locations[0]!;
    const range =
      'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    assert.equal(range.start.line, positionOf(document, '"vpc-sh": {').line);
  });
});
