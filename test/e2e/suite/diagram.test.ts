// The topology diagram through the VS Code API: each task has a "Show path" lens that
// opens the diagram, one panel per document beside the editor. What the diagram draws and
// how it follows edits is checked by the Playwright pass (harness/diagram.mjs), which sees
// the webview's page.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, open, serverReady, waitForAnyDiagnostics } from './helpers';

const EXAMPLE = 'examples/scenario1-same-region-broken.dwnet.json';
const TITLE = 'Diagram: scenario1-same-region-broken.dwnet.json';

function diagramTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('dwnet.diagram'),
    );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('topology diagram', () => {
  before(serverReady);
  afterEach(closeAllEditors);

  it('a task\'s "Show path" lens opens the diagram beside the editor, once per document', async () => {
    const editor = await open(EXAMPLE);
    await waitForAnyDiagnostics(editor.document.uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      editor.document.uri,
      100,
    );
    const showPath = lenses.filter((lens) => lens.command?.command === 'dwnet.showDiagram');
    assert.deepEqual(
      showPath.map((lens) => [lens.command?.title, lens.command?.arguments?.[1]]),
      [
        ['Show path', 'sync-orders'],
        ['Show path', 'sync-events'],
        ['Show path', 'inventory-api'],
        ['Show path', 'daily-report'],
      ],
    );
    const lens = showPath[0]!;
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    await until(() => diagramTabs().length === 1, 'the diagram tab');
    const [tab] = diagramTabs();
    assert.equal(tab?.label, TITLE);
    assert.notEqual(tab?.group.viewColumn, vscode.window.activeTextEditor?.viewColumn);
    // Asked again (the palette, on the active editor): the same panel, not a second one.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('dwnet.showDiagram');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(diagramTabs().length, 1);
  });
});
