// A stand-in for the `vscode` module, just large enough to activate the extension in
// Vitest and observe what it registers. The real editor is exercised by the e2e suite.
import { vi } from 'vitest';

export class Uri {
  constructor(private readonly value: string) {}
  static parse(value: string): Uri {
    return new Uri(value);
  }
  static from(parts: { scheme: string; path: string; query?: string }): Uri {
    return new Uri(`${parts.scheme}:${parts.path}${parts.query ? `?${parts.query}` : ''}`);
  }
  /** `Uri.joinPath(base, 'a/b')`, with `..` going up one folder. */
  static joinPath(base: Uri, ...segments: string[]): Uri {
    const parts = base.value.split('/');
    for (const segment of segments.join('/').split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '' && segment !== '.') parts.push(segment);
    }
    return new Uri(parts.join('/'));
  }
  get path(): string {
    return this.value.replace(/^[a-z]+:(\/\/[^/]*)?/, '');
  }
  get scheme(): string {
    return this.value.slice(0, this.value.indexOf(':'));
  }
  with(change: { path: string }): Uri {
    return new Uri(this.toString().replace(this.path, change.path));
  }
  toString(): string {
    return this.value;
  }
}

export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export enum LogLevel {
  Off = 0,
  Trace = 1,
  Debug = 2,
  Info = 3,
  Warning = 4,
  Error = 5,
}

type Provider = { provideTextDocumentContent(uri: Uri): string };

/** A webview panel as the extension sees it; the tests play the page's side. */
export interface StubWebviewPanel {
  viewType: string;
  title: string;
  options: Record<string, unknown>;
  webview: {
    html: string;
    cspSource: string;
    asWebviewUri(uri: Uri): Uri;
    /** What the extension posted to the page. */
    posted: unknown[];
    postMessage(message: unknown): Promise<boolean>;
    onDidReceiveMessage(listener: (message: unknown) => unknown): { dispose(): void };
    /** Sends a message from the page to the extension; resolves when it is handled. */
    receive(message: unknown): Promise<void>;
  };
  revealed: number;
  reveal(): void;
  onDidDispose(listener: () => void): { dispose(): void };
  dispose(): void;
}

function webviewPanel(
  viewType: string,
  title: string,
  _column: unknown,
  options: Record<string, unknown>,
): StubWebviewPanel {
  const received: ((message: unknown) => unknown)[] = [];
  const disposed: (() => void)[] = [];
  const panel: StubWebviewPanel = {
    viewType,
    title,
    options,
    webview: {
      html: '',
      cspSource: 'https://webview.test',
      asWebviewUri: (uri: Uri) => new Uri(`https://webview.test${uri.path}`),
      posted: [],
      postMessage: async (message: unknown) => {
        panel.webview.posted.push(message);
        return true;
      },
      onDidReceiveMessage: (listener) => {
        received.push(listener);
        return disposable;
      },
      receive: async (message: unknown) => {
        for (const listener of received) await listener(message);
      },
    },
    revealed: 0,
    reveal: () => void panel.revealed++,
    onDidDispose: (listener) => {
      disposed.push(listener);
      return disposable;
    },
    dispose: () => disposed.splice(0).forEach((listener) => listener()),
  };
  editor.webviews.push(panel);
  return panel;
}

/** What the extension did to the editor, for the tests to read. */
export const editor = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  statusItems: [] as Record<string, unknown>[],
  watchers: [] as string[],
  providers: new Map<string, Provider>(),
  shown: [] as { uri: string; text: string }[],
  webviews: [] as StubWebviewPanel[],
  /** Documents shown from a uri (a revealed definition), with the options and the range revealed. */
  opened: [] as { uri: string; options: unknown; revealedRange?: unknown }[],
  written: [] as { uri: string; text: string }[],
  messages: [] as string[],
  outputLines: [] as string[],
  /** The files `vscode.workspace.fs` serves: URI → text (folders are implied by the paths). */
  files: new Map<string, string>(),
  settings: new Map<string, unknown>(),
  configurationListeners: [] as ((event: { affectsConfiguration(s: string): boolean }) => void)[],
  /** Changes a setting and tells the listeners, as the editor does. */
  setSetting(key: string, value: unknown): void {
    this.settings.set(key, value);
    for (const listener of this.configurationListeners) {
      listener({ affectsConfiguration: (section) => key.startsWith(section) });
    }
  },
};

const disposable = { dispose: () => undefined };

function outputChannel(name: string) {
  const line = (value: string) => editor.outputLines.push(value);
  return {
    name,
    logLevel: LogLevel.Info,
    onDidChangeLogLevel: new EventEmitter<LogLevel>().event,
    append: line,
    appendLine: line,
    replace: line,
    clear: () => undefined,
    show: vi.fn(),
    hide: () => undefined,
    dispose: () => undefined,
    trace: line,
    debug: line,
    info: line,
    warn: line,
    error: (value: unknown) => line(String(value)),
  };
}

/** `vscode.workspace.fs` over `editor.files`. */
const fileSystem = {
  async stat(uri: Uri) {
    const key = uri.toString();
    if (editor.files.has(key)) return { type: FileType.File };
    if ([...editor.files.keys()].some((k) => k.startsWith(`${key}/`)))
      return { type: FileType.Directory };
    throw new Error(`no such file: ${key}`);
  },
  async readDirectory(uri: Uri): Promise<[string, number][]> {
    const prefix = `${uri.toString()}/`;
    const entries = new Map<string, number>();
    for (const key of editor.files.keys()) {
      if (!key.startsWith(prefix)) continue;
      const [name = '', ...rest] = key.slice(prefix.length).split('/');
      entries.set(name, rest.length > 0 ? FileType.Directory : FileType.File);
    }
    return [...entries];
  },
  async readFile(uri: Uri): Promise<Uint8Array> {
    const text = editor.files.get(uri.toString());
    if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
    return new TextEncoder().encode(text);
  },
};

export enum FileType {
  File = 1,
  Directory = 2,
}

let untitled = 0;

export const vscode = {
  Uri,
  FileType,
  // vscode.l10n.t with no bundle loaded: the English message, `{0}` … filled in.
  l10n: {
    t: (message: string, ...args: unknown[]) =>
      message.replace(/\{(\d+)\}/g, (_, index: string) => String(args[Number(index)])),
  },
  env: { language: 'en' },
  EventEmitter,
  LogLevel,
  ViewColumn: { Beside: -2, One: 1 },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  ProgressLocation: { Notification: 15 },
  LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
  commands: {
    registerCommand(id: string, callback: (...args: unknown[]) => unknown) {
      if (editor.commands.has(id)) throw new Error(`command '${id}' already exists`);
      editor.commands.set(id, callback);
      return { dispose: () => editor.commands.delete(id) };
    },
    executeCommand: vi.fn(async () => undefined),
  },
  languages: {
    createLanguageStatusItem(id: string, selector: unknown) {
      const item: Record<string, unknown> = { id, selector, dispose: () => undefined };
      editor.statusItems.push(item);
      return item;
    },
  },
  window: {
    createOutputChannel: outputChannel,
    activeTextEditor: undefined,
    showInformationMessage: vi.fn(async (message: string) => {
      editor.messages.push(message);
      return undefined;
    }),
    showWarningMessage: vi.fn(async (message: string) => {
      editor.messages.push(message);
      return undefined;
    }),
    showErrorMessage: vi.fn(async (message: string) => {
      editor.messages.push(message);
      return undefined;
    }),
    showQuickPick: vi.fn(async () => undefined),
    showOpenDialog: vi.fn(async (): Promise<Uri[] | undefined> => undefined),
    withProgress: (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
      task(
        { report: () => undefined },
        { isCancellationRequested: false, onCancellationRequested: () => disposable },
      ),
    showTextDocument: vi.fn(
      async (document: Uri | { uri: Uri; getText(): string }, options?: unknown) => {
        if (document instanceof Uri) {
          const opened: (typeof editor.opened)[number] = { uri: document.toString(), options };
          editor.opened.push(opened);
          return { revealRange: (range: unknown) => (opened.revealedRange = range) };
        }
        editor.shown.push({ uri: document.uri.toString(), text: document.getText() });
        return undefined;
      },
    ),
    visibleTextEditors: [] as unknown[],
    createWebviewPanel: webviewPanel,
    showSaveDialog: vi.fn(async (): Promise<Uri | undefined> => undefined),
  },
  workspace: {
    workspaceFolders: [{ uri: Uri.parse('file:///ws'), name: 'ws', index: 0 }],
    getConfiguration(section: string) {
      return {
        get: (key: string, fallback?: unknown) =>
          editor.settings.has(`${section}.${key}`)
            ? editor.settings.get(`${section}.${key}`)
            : fallback,
      };
    },
    onDidChangeConfiguration(
      listener: (event: { affectsConfiguration(s: string): boolean }) => void,
    ) {
      editor.configurationListeners.push(listener);
      return disposable;
    },
    createFileSystemWatcher(glob: string) {
      editor.watchers.push(glob);
      return disposable;
    },
    registerTextDocumentContentProvider(scheme: string, provider: Provider) {
      editor.providers.set(scheme, provider);
      return disposable;
    },
    onDidCloseTextDocument: () => disposable,
    async openTextDocument(what: Uri | { language: string; content: string }) {
      if (!(what instanceof Uri)) {
        const uri = Uri.parse(`untitled:Untitled-${++untitled}`);
        return { uri, languageId: what.language, getText: () => what.content };
      }
      const provider = editor.providers.get(what.scheme);
      return { uri: what, getText: () => provider?.provideTextDocumentContent(what) ?? '' };
    },
    fs: {
      ...fileSystem,
      writeFile: async (uri: Uri, content: Uint8Array) => {
        editor.written.push({ uri: uri.toString(), text: new TextDecoder().decode(content) });
      },
    },
    asRelativePath: (uri: Uri) => uri.toString(),
  },
};
