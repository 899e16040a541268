// The commands of the extension. Each one is a thin call to the language server;
// the contributed list in package.json is checked against this file by a test.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ExecuteCommandRequest } from 'vscode-languageserver-protocol';
import type { ExplainView } from './explainView';
import { importFrom } from './importCommands';
import {
  CheckWorkspaceRequest,
  EXPLAIN_TASK_COMMAND,
  type ExplainTaskResult,
} from '../../protocol/index';

export interface CommandContext {
  client: LanguageClient;
  output: vscode.LogOutputChannel;
  explainView: ExplainView;
}

export function registerCommands(context: CommandContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('dwnet.checkWorkspace', () => checkWorkspace(context)),
    vscode.commands.registerCommand(EXPLAIN_TASK_COMMAND, (uri?: unknown, task?: unknown) =>
      explainTask(context, uri, task),
    ),
    vscode.commands.registerCommand('dwnet.restartServer', () => restartServer(context)),
    vscode.commands.registerCommand('dwnet.showOutput', () => context.output.show(true)),
    vscode.commands.registerCommand('dwnet.importTerraform', () => runImport(context, 'terraform')),
    vscode.commands.registerCommand('dwnet.importAliyun', () => runImport(context, 'aliyun')),
  ];
}

async function checkWorkspace({ client, output }: CommandContext): Promise<void> {
  if (!(await ensureRunning(client, output))) return;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage(
      'dwnet: open a folder to check the *.dwnet.json files in it.',
    );
    return;
  }
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: 'dwnet: checking the workspace…',
      cancellable: true,
    },
    (_progress, token) =>
      client.sendRequest(CheckWorkspaceRequest.type, token).then(
        (value) => value,
        (error: unknown) => {
          if (!token.isCancellationRequested) reportError(output, 'Check Workspace failed', error);
          return undefined;
        },
      ),
  );
  if (!result) return;
  const summary =
    `dwnet checked ${count(result.files, 'file')}: ` +
    (result.problems === 0 ? 'no problems.' : `${count(result.problems, 'problem')}.`);
  if (result.problems === 0) {
    void vscode.window.showInformationMessage(summary);
    return;
  }
  // Not awaited: the command finishes when the check does, not when the message is closed.
  void vscode.window.showWarningMessage(summary, 'Show Problems').then((choice) => {
    if (choice === 'Show Problems') {
      void vscode.commands.executeCommand('workbench.actions.view.problems');
    }
  });
}

/**
 * Explains a task. A code lens passes `(uri, task)` (the uri as an LSP string); from the
 * command palette the task is picked among the active dwnet editor's tasks. The server
 * executes the command (`workspace/executeCommand`), as it does for every other editor.
 */
async function explainTask(
  { client, output, explainView }: CommandContext,
  uriArgument: unknown,
  taskArgument: unknown,
): Promise<void> {
  const uri = toUri(client, uriArgument) ?? activeDwnetDocument()?.uri;
  if (!uri) {
    void vscode.window.showInformationMessage(
      'dwnet: open a *.dwnet.json file to explain one of its tasks.',
    );
    return;
  }
  if (!(await ensureRunning(client, output))) return;
  const task = typeof taskArgument === 'string' ? taskArgument : await pickTask(uri);
  if (task === undefined) return;
  try {
    const result = (await client.sendRequest(ExecuteCommandRequest.type, {
      command: EXPLAIN_TASK_COMMAND,
      arguments: [
        typeof uriArgument === 'string' ? uriArgument : client.code2ProtocolConverter.asUri(uri),
        task,
      ],
    })) as ExplainTaskResult;
    if (result.text === '') {
      void vscode.window.showInformationMessage(
        `dwnet: ${vscode.workspace.asRelativePath(uri)} has no task '${task}'.`,
      );
      return;
    }
    await explainView.show(uri, task, result.text);
  } catch (error) {
    reportError(output, `Explain Task '${task}' failed`, error);
  }
}

/**
 * Offers the tasks of a document. They are read from the server's code lenses (one or
 * more per task, whose command is dwnet.explainTask with `[uri, task]`), so the
 * extension never parses the file itself, and each pick shows the lens's summary.
 */
async function pickTask(uri: vscode.Uri): Promise<string | undefined> {
  const lenses =
    (await vscode.commands.executeCommand<vscode.CodeLens[] | undefined>(
      'vscode.executeCodeLensProvider',
      uri,
      Number.MAX_SAFE_INTEGER, // resolve every lens, so that each carries its command
    )) ?? [];
  const summaries = new Map<string, string[]>();
  for (const lens of lenses) {
    const command = lens.command;
    const task: unknown = command?.arguments?.[1];
    if (command?.command !== EXPLAIN_TASK_COMMAND || typeof task !== 'string') continue;
    const titles = summaries.get(task) ?? [];
    if (command.title && !titles.includes(command.title)) titles.push(command.title);
    summaries.set(task, titles);
  }
  if (summaries.size === 0) {
    void vscode.window.showInformationMessage(
      `dwnet: ${vscode.workspace.asRelativePath(uri)} declares no tasks.`,
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    [...summaries].map(([task, titles]) => ({ label: task, description: titles.join(' · ') })),
    { title: 'dwnet: Explain Task', placeHolder: 'Pick a task to explain its path' },
  );
  return picked?.label;
}

async function runImport(
  { client, output }: CommandContext,
  source: 'terraform' | 'aliyun',
): Promise<void> {
  if (!(await ensureRunning(client, output))) return;
  await importFrom(source, client, output, (what, error) => reportError(output, what, error));
}

async function restartServer({ client, output }: CommandContext): Promise<void> {
  try {
    if (client.isRunning()) await client.restart();
    else await client.start();
  } catch (error) {
    reportError(output, 'Restarting the dwnet language server failed', error);
  }
}

/** Starts the server if a previous start failed; false (and a message) if it still fails. */
async function ensureRunning(client: LanguageClient, output: vscode.LogOutputChannel) {
  if (client.isRunning()) return true;
  try {
    await client.start();
    return true;
  } catch (error) {
    reportError(output, 'The dwnet language server is not running', error);
    return false;
  }
}

function activeDwnetDocument(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'dwnet' ? document : undefined;
}

function toUri(client: LanguageClient, value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return client.protocol2CodeConverter.asUri(value);
  return undefined;
}

export function reportError(output: vscode.LogOutputChannel, what: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  output.error(`${what}: ${message}`);
  void vscode.window
    .showErrorMessage(`dwnet: ${what}: ${message}`, 'Show Output')
    .then((choice) => {
      if (choice === 'Show Output') output.show(true);
    });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
