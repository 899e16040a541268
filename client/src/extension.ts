// The dwnet VS Code extension: starts the dwnet language server (dist/server.js, the same
// program as `dwnet lsp --stdio`) for dwnet documents and wires the commands and the
// status item to it. All checking happens in the server; this file only connects.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EXPLAIN_TASK_COMMAND, type DwnetInitializationOptions } from '../../protocol/index';
import { registerCommands, reportError } from './commands';
import { registerDiagram } from './diagram/command';
import { ExplainView } from './explainView';
import { TraceChannel } from './output';
import { ServerStatus } from './status';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('dwnet', { log: true });
  const trace = new TraceChannel(output);
  const status = new ServerStatus();
  const explainView = new ExplainView();
  context.subscriptions.push(output, trace, status, explainView);

  // The server is started with `--stdio`, as every other editor starts it.
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio },
    debug: {
      module,
      transport: TransportKind.stdio,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/dwnet.config.json');
  context.subscriptions.push(configWatcher);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'dwnet' },
      { scheme: 'untitled', language: 'dwnet' },
    ],
    // Settings are pulled by the server per resource (workspace/configuration), and it
    // registers for their change notifications itself; the config file's events are
    // pushed from here.
    synchronize: { fileEvents: configWatcher },
    outputChannel: output,
    traceOutputChannel: trace,
    diagnosticCollectionName: 'dwnet',
    // The extension registers the code lens command itself (it also runs from the
    // palette) and shows the server's answer in a view, not as a message.
    initializationOptions: {
      clientCommands: [EXPLAIN_TASK_COMMAND],
      // This client draws the topology diagram: the server adds a "Show path" lens per task.
      showPathLens: true,
    } satisfies DwnetInitializationOptions,
  };

  // The id `dwnet` makes the client read `dwnet.trace.server`.
  client = new LanguageClient('dwnet', 'dwnet language server', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onDidChangeState((event) => status.update(event.newState)),
    ...registerCommands({ client, output, explainView }),
    ...registerDiagram(client, context.extensionUri, output).disposables,
  );

  try {
    await client.start();
  } catch (error) {
    // Activation still succeeds: the commands stay available and dwnet.restartServer retries.
    // Say so out loud: without a server a broken topology would look clean.
    status.failed();
    reportError(output, 'The language server did not start, so no file is checked', error);
  }
}

export async function deactivate(): Promise<void> {
  if (client?.needsStop()) await client.stop();
  client = undefined;
}
