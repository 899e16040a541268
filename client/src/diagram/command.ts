// *dwnet: Show Topology Diagram*: from the command palette or the editor title (the active
// dwnet document), or from a task's "Show path" code lens (`[uri, task]`, the uri as an
// LSP string), which opens the diagram on that task's paths.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SHOW_DIAGRAM_COMMAND } from '../../../protocol/index';
import { DiagramPanels } from './panel';

export function registerDiagram(
  client: LanguageClient,
  extensionUri: vscode.Uri,
  output: vscode.LogOutputChannel,
): { panels: DiagramPanels; disposables: vscode.Disposable[] } {
  const panels = new DiagramPanels(client, extensionUri, output);
  const command = vscode.commands.registerCommand(
    SHOW_DIAGRAM_COMMAND,
    async (uriArgument?: unknown, taskArgument?: unknown) => {
      let uri: vscode.Uri | undefined;
      if (uriArgument instanceof vscode.Uri) uri = uriArgument;
      else if (typeof uriArgument === 'string')
        uri = client.protocol2CodeConverter.asUri(uriArgument);
      else {
        const document = vscode.window.activeTextEditor?.document;
        if (document?.languageId === 'dwnet') uri = document.uri;
      }
      if (!uri) {
        void vscode.window.showInformationMessage(
          'dwnet: open a *.dwnet.json file to see its topology diagram.',
        );
        return;
      }
      const task = typeof taskArgument === 'string' ? taskArgument : undefined;
      await panels.show(uri, client.code2ProtocolConverter.asUri(uri), task);
    },
  );
  return { panels, disposables: [panels, command] };
}
