// A plain stdio LSP client for the protocol tests: starts the bundled server
// (`node dist/server.js --stdio`, or `node dist/cli.js lsp --stdio`) and speaks
// JSON-RPC to it as an editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';

export const ROOT = join(__dirname, '..', '..');

export interface ClientOptions {
  /** Use pull diagnostics (textDocument/diagnostic), as VS Code does; push otherwise. */
  pull?: boolean;
  /** What workspace/configuration answers for the `dwnet` section. */
  settings?: Record<string, unknown>;
  workspaceFolder?: string;
  /** Start through the CLI (`dwnet lsp --stdio`) instead of dist/server.js. */
  viaCli?: boolean;
  /** Whether the client answers workspace/configuration, as VS Code does (default true). */
  configuration?: boolean;
  /** Whether the client watches files for the server, as VS Code does (default true). */
  watchFiles?: boolean;
  /** What the client sends as `initializationOptions` (the VS Code extension's, say). */
  initializationOptions?: unknown;
  /** `initialize.locale`, as VS Code sends its display language (`zh-cn`). */
  locale?: string;
}

export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  settings: Record<string, unknown>;
  refreshRequests = 0;
  /** The `window/showMessage` notifications received. */
  readonly messages: { type: number; message: string }[] = [];
  /** The `window/logMessage` notifications received (the server's console). */
  readonly logs: { type: number; message: string }[] = [];
  stderr = '';
  initializeResult?: InitializeResult;

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    const args = options.viaCli
      ? [join(ROOT, 'dist/cli.js'), 'lsp', '--stdio']
      : [join(ROOT, 'dist/server.js'), '--stdio'];
    this.process = spawn(process.execPath, args, { stdio: 'pipe' });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout),
      new StreamMessageWriter(this.process.stdin),
    );
    this.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: PublishDiagnosticsParams) => {
        const list = this.published.get(params.uri) ?? [];
        list.push(params);
        this.published.set(params.uri, list);
        this.waiters.splice(0).forEach((wake) => wake());
      },
    );
    this.connection.onRequest(
      'workspace/configuration',
      (params: { items: { section?: string }[] }) =>
        params.items.map((item) => (item.section === 'dwnet' ? this.settings : null)),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      this.waiters.splice(0).forEach((wake) => wake());
      return null;
    });
    this.connection.onNotification(
      'window/logMessage',
      (params: { type: number; message: string }) => {
        this.logs.push(params);
      },
    );
    this.connection.onNotification(
      'window/showMessage',
      (params: { type: number; message: string }) => {
        this.messages.push(params);
      },
    );
    this.connection.listen();
  }

  async initialize(): Promise<InitializeResult> {
    const folder = this.options.workspaceFolder;
    this.initializeResult = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      ...(this.options.locale ? { locale: this.options.locale } : {}),
      initializationOptions: this.options.initializationOptions,
      rootUri: folder ? pathToFileURL(folder).toString() : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).toString(), name: 'ws' }] : null,
      capabilities: {
        workspace: {
          configuration: this.options.configuration !== false,
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: this.options.watchFiles !== false },
          workspaceEdit: { documentChanges: true },
          diagnostics: { refreshSupport: true },
        },
        textDocument: {
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: {
            relatedInformation: true,
            tagSupport: { valueSet: [1, 2] },
            codeDescriptionSupport: true,
          },
          codeAction: {
            codeActionLiteralSupport: {
              codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] },
            },
            isPreferredSupport: true,
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: true } },
          rename: { prepareSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'dwnet', version, text },
    });
  }

  async change(uri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Push mode: the diagnostics published for `uri` at `version` (waits for them). */
  async pushed(uri: string, version?: number, timeoutMs = 20_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = (this.published.get(uri) ?? [])
        .filter((p) => version === undefined || p.version === version)
        .pop();
      if (match) return match.diagnostics;
      if (Date.now() > deadline)
        throw new Error(
          `no diagnostics published for ${uri}${version !== undefined ? ` v${version}` : ''}\n${this.stderr}`,
        );
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  publishedVersions(uri: string): (number | undefined)[] {
    return (this.published.get(uri) ?? []).map((p) => p.version);
  }

  /** Pull mode: textDocument/diagnostic. */
  async pulled(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest<{ kind: string; items: Diagnostic[] }>(
      'textDocument/diagnostic',
      {
        textDocument: { uri },
      },
    );
    return report.items;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; the process is killed below either way.
    }
    this.connection.dispose();
    this.process.kill();
  }

  get exited(): boolean {
    return this.process.exitCode !== null;
  }
}
