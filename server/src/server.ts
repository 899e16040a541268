// The dwnet language server: capabilities and one thin handler per request, each a call
// into a feature module. Every handler is guarded (guard.ts): a failure is logged once
// per handler and answered as an LSP error, and the server keeps serving.
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type CodeActionParams,
  type Connection,
  type DocumentDiagnosticParams,
  type ExecuteCommandParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  CHECK_WORKSPACE_REQUEST,
  EXPLAIN_TASK_COMMAND,
  EXPLAIN_TASK_REQUEST,
  FIX_ALL_KIND,
  GRAPH_REQUEST,
  GRAPH_UNFOLLOW_NOTIFICATION,
  IMPORT_REQUEST,
  POINTER_RANGE_REQUEST,
  SHOW_DIAGRAM_COMMAND,
  type DwnetInitializationOptions,
  type ExplainTaskParams,
  type ExplainTaskResult,
  type GraphParams,
  type ImportParams,
  type PointerRangeParams,
  type UnfollowParams,
} from '../../protocol/index';
import { version as SERVER_VERSION } from '../../package.json';
import { releaseKept, resolveLocale } from '../../core/src/index';
import { AnalysisCache } from './analysisCache';
import { createGuard } from './guard';
import type { ServerContext } from './context';
import { codeActions } from './features/codeActions';
import { checkWorkspace, explainTask } from './features/commands';
import { importTopology } from './features/import';
import { computeDiagnostics, DiagnosticPusher } from './features/diagnostics';
import { GraphFollower, pointerRange } from './features/graph';
import {
  createJsonService,
  setJsonServiceLocale,
  foldingRanges,
  format,
  schemaCompletions,
  selectionRanges,
} from './features/json';
import {
  definition,
  hover,
  lenses,
  prepareRenameAt,
  referenceCompletions,
  references,
  renameAt,
  symbols,
} from './features/language';
import { forgetSize, tooLarge } from './limits';
import type { Runtime } from './runtime';
import { CONFIG_FILE, SettingsStore } from './settings';

export const SERVER_NAME = 'dwnet';

/** Commands the server executes (`workspace/executeCommand`). */
const SERVER_COMMANDS = [EXPLAIN_TASK_COMMAND];

/**
 * How often the server looks at the modification time of the config files it read, for a
 * client that does not watch files for it.
 */
export const CONFIG_POLL_MS = 2000;

/**
 * The `[uri, task]` arguments of dwnet.explainTask, or undefined when they are not that.
 * An absolute file path stands for its URI: typed by hand (Helix's :lsp-workspace-command,
 * an Emacs command), a path is what a user has.
 */
function explainTaskArguments(args: unknown[] | undefined): ExplainTaskParams | undefined {
  const [document, task] = args ?? [];
  if (typeof document !== 'string' || typeof task !== 'string') return undefined;
  return { uri: document.startsWith('/') ? URI.file(document).toString() : document, task };
}

function clientCommandsOf(options: unknown): Set<string> {
  const commands = (options as DwnetInitializationOptions | null | undefined)?.clientCommands;
  return new Set(Array.isArray(commands) ? commands.filter((c) => typeof c === 'string') : []);
}

export function startServer(connection: Connection, runtime: Runtime): void {
  const documents = new TextDocuments(TextDocument);
  const jsonService = createJsonService();
  const settings = new SettingsStore(connection, runtime);
  const context: ServerContext = {
    connection,
    documents,
    cache: new AnalysisCache(jsonService),
    settings,
    jsonService,
    runtime,
  };
  const pusher = new DiagnosticPusher(context);
  const graphs = new GraphFollower(context);
  /** A client that shows diagrams (the VS Code extension) gets a "Show path" lens per task. */
  let showPathLens = false;
  let pullDiagnostics = false;
  let dynamicWatchers = false;
  let dynamicConfiguration = false;
  let workspaceFolderEvents = false;
  let clientCommands = new Set<string>();

  const guarded = createGuard((message) => connection.console.error(message));

  /**
   * `guarded` for a request on one document: a document above dwnet.maxFileSize gets the
   * empty answer without being parsed (its diagnostics say why).
   */
  function onDocument<P, R>(
    name: string,
    fallback: R,
    uriOf: (params: P) => string,
    handler: (params: P, token: CancellationToken) => R | Promise<R>,
  ) {
    return guarded(name, async (params: P, token) =>
      (await tooLarge(context, uriOf(params))) ? fallback : handler(params, token),
    );
  }
  const textDocumentUri = <P extends { textDocument: { uri: string } }>(params: P) =>
    params.textDocument.uri;

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    const options = params.initializationOptions as DwnetInitializationOptions | null | undefined;
    showPathLens = options?.showPathLens === true;
    pullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    dynamicWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    // Subscribing to folder changes throws for a client that does not send them.
    workspaceFolderEvents = capabilities.workspace?.workspaceFolders === true;
    dynamicConfiguration =
      capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    settings.supportsConfiguration = capabilities.workspace?.configuration === true;
    // VS Code sends its display language (zh-cn); other editors may send zh-Hans, zh_CN….
    settings.locale = context.cache.locale = resolveLocale(params.locale);
    if (settings.locale !== 'en') setJsonServiceLocale(jsonService, settings.locale);
    clientCommands = clientCommandsOf(params.initializationOptions);
    settings.workspaceFolders = (params.workspaceFolders ?? [])
      .map((folder) => URI.parse(folder.uri))
      .concat(!params.workspaceFolders && params.rootUri ? [URI.parse(params.rootUri)] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...(pullDiagnostics
          ? {
              diagnosticProvider: {
                identifier: SERVER_NAME,
                interFileDependencies: false,
                workspaceDiagnostics: false,
              },
            }
          : {}),
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
          resolveProvider: false,
        },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['"', ':'], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        executeCommandProvider: {
          commands: SERVER_COMMANDS.filter((command) => !clientCommands.has(command)),
        },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (dynamicConfiguration)
      void connection.client.register(DidChangeConfigurationNotification.type, {
        section: 'dwnet',
      });
    if (dynamicWatchers) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: `**/${CONFIG_FILE}` }],
      });
    } else {
      // Some clients watch no files for the server (Neovim 0.7–0.10 on Linux, Vim's ALE):
      // a config file edited there, or by a script, is noticed by its modification time.
      const poll = () =>
        runtime.setTimeout(() => {
          void settings
            .configFilesChanged()
            .then((changed) => changed && refreshAll())
            .finally(poll);
        }, CONFIG_POLL_MS);
      poll();
    }
    if (!workspaceFolderEvents) return;
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => f.uri));
      settings.workspaceFolders = settings.workspaceFolders
        .filter((f) => !removed.has(f.toString()))
        .concat(event.added.map((f) => URI.parse(f.uri)));
      settings.clearConfigFiles();
      refreshAll();
    });
  });

  /** Settings or configuration changed: every open document's diagnostics are out of date. */
  function refreshAll(): void {
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    else for (const document of documents.all()) pusher.schedule(document, 0);
  }

  connection.onDidChangeConfiguration((params) => {
    settings.clearSettings();
    settings.pushSettings(params.settings);
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => change.uri.endsWith(`/${CONFIG_FILE}`))) {
      settings.clearConfigFiles();
      refreshAll();
    }
  });

  documents.onDidChangeContent((event) => {
    if (!pullDiagnostics) pusher.schedule(event.document);
    graphs.changed(event.document);
  });
  documents.onDidClose((event) => {
    graphs.unfollow(event.document.uri);
    context.cache.delete(event.document.uri);
    forgetSize(event.document.uri);
    if (!pullDiagnostics) pusher.clear(event.document.uri);
    // The last check's objects, kept for V8's compiled code, go with the last document.
    if (documents.all().length === 0) releaseKept();
  });

  connection.languages.diagnostics.on(
    guarded('diagnostics', async (params: DocumentDiagnosticParams) => {
      const document = documents.get(params.textDocument.uri);
      return {
        kind: 'full' as const,
        items: document ? await computeDiagnostics(context, document) : [],
      };
    }),
  );

  connection.onCodeAction(
    guarded('code actions', (params: CodeActionParams) => codeActions(context, params)),
  );
  connection.onHover(
    onDocument('hover', null, textDocumentUri, (params) =>
      hover(context, params.textDocument.uri, params.position),
    ),
  );
  connection.onDefinition(
    onDocument('definition', [], textDocumentUri, (params) =>
      definition(context, params.textDocument.uri, params.position),
    ),
  );
  connection.onReferences(
    onDocument('references', [], textDocumentUri, (params) =>
      references(
        context,
        params.textDocument.uri,
        params.position,
        params.context.includeDeclaration,
      ),
    ),
  );
  connection.onPrepareRename(
    onDocument('prepare rename', null, textDocumentUri, (params) =>
      prepareRenameAt(context, params.textDocument.uri, params.position),
    ),
  );
  connection.onRenameRequest(
    onDocument('rename', null, textDocumentUri, (params) =>
      renameAt(context, params.textDocument.uri, params.position, params.newName),
    ),
  );
  connection.onDocumentSymbol(
    onDocument('document symbols', [], textDocumentUri, (params) =>
      symbols(context, params.textDocument.uri),
    ),
  );
  connection.onCodeLens(
    onDocument('code lens', [], textDocumentUri, (params) =>
      lenses(context, params.textDocument.uri, showPathLens ? SHOW_DIAGRAM_COMMAND : undefined),
    ),
  );
  connection.onCompletion(
    onDocument(
      'completion',
      { isIncomplete: false, items: [] },
      textDocumentUri,
      async (params) => {
        const document = documents.get(params.textDocument.uri);
        if (!document) return { isIncomplete: false, items: [] };
        const ids = referenceCompletions(context, document, params.position);
        if (ids) return { isIncomplete: false, items: ids };
        return schemaCompletions(context, document, params.position);
      },
    ),
  );
  connection.onDocumentFormatting(
    onDocument('formatting', [], textDocumentUri, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? format(context, document, undefined, params.options) : [];
    }),
  );
  connection.onDocumentRangeFormatting(
    onDocument('range formatting', [], textDocumentUri, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? format(context, document, params.range, params.options) : [];
    }),
  );
  connection.onFoldingRanges(
    onDocument('folding ranges', [], textDocumentUri, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? foldingRanges(context, document) : [];
    }),
  );
  connection.onSelectionRanges(
    onDocument('selection ranges', [], textDocumentUri, (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? selectionRanges(context, document, params.positions) : [];
    }),
  );
  connection.onRequest(
    EXPLAIN_TASK_REQUEST,
    onDocument(
      'explain task',
      { text: '' },
      (params: ExplainTaskParams) => params.uri,
      (params: ExplainTaskParams) => explainTask(context, params),
    ),
  );
  connection.onExecuteCommand(
    guarded('execute command', async (params: ExecuteCommandParams) => {
      if (params.command !== EXPLAIN_TASK_COMMAND)
        throw new ResponseError(ErrorCodes.InvalidParams, `dwnet has no command ${params.command}`);
      const target = explainTaskArguments(params.arguments);
      if (!target)
        throw new ResponseError(
          ErrorCodes.InvalidParams,
          `${EXPLAIN_TASK_COMMAND} takes the topology (its URI or absolute path) and a task id, as a task's code lens passes them`,
        );
      const result: ExplainTaskResult = (await tooLarge(context, target.uri))
        ? { text: '' }
        : explainTask(context, target);
      // A client that runs the lens without showing its answer (every one but VS Code)
      // gets the explanation as a message.
      if (!clientCommands.has(params.command))
        void connection.sendNotification(ShowMessageNotification.type, {
          type: MessageType.Info,
          message: result.text || `dwnet: no task '${target.task}' in ${target.uri}`,
        });
      return result;
    }),
  );
  connection.onRequest(
    GRAPH_REQUEST,
    guarded('graph', (params: GraphParams) => graphs.request(params)),
  );
  connection.onNotification(GRAPH_UNFOLLOW_NOTIFICATION, (params: UnfollowParams) =>
    graphs.unfollow(params.uri),
  );
  connection.onRequest(
    POINTER_RANGE_REQUEST,
    guarded('pointer range', (params: PointerRangeParams) => pointerRange(context, params)),
  );
  connection.onRequest(
    CHECK_WORKSPACE_REQUEST,
    guarded('check workspace', () => checkWorkspace(context)),
  );
  connection.onRequest(
    IMPORT_REQUEST,
    guarded('import', (params: ImportParams) => importTopology(context, params)),
  );

  documents.listen(connection);
  connection.listen();
}
