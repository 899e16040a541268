// The "dwnet" output channel, and the view of it that the language client traces into.
//
// vscode-languageclient 11 traces the protocol only while its trace channel's log level is
// Trace, which a user can set only through "Developer: Set Log Level…". The `dwnet.trace.server`
// setting is the documented switch, so the trace view derives its log level from that
// setting and writes its lines into the same channel as everything else.
import * as vscode from 'vscode';

export const TRACE_SETTING = 'dwnet.trace.server';

type TraceLevel = 'off' | 'messages' | 'verbose';

function traceLevel(): TraceLevel {
  const value = vscode.workspace.getConfiguration('dwnet').get<string>('trace.server', 'off');
  return value === 'messages' || value === 'verbose' ? value : 'off';
}

/** A LogOutputChannel over `channel` whose level follows `dwnet.trace.server`. */
export class TraceChannel implements vscode.LogOutputChannel {
  private readonly changed = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly listener: vscode.Disposable;
  private level: vscode.LogLevel;

  readonly onDidChangeLogLevel = this.changed.event;

  constructor(private readonly channel: vscode.LogOutputChannel) {
    this.level = TraceChannel.levelFor(traceLevel());
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(TRACE_SETTING)) return;
      const level = TraceChannel.levelFor(traceLevel());
      if (level !== this.level) {
        this.level = level;
        this.changed.fire(level);
      }
    });
  }

  private static levelFor(trace: TraceLevel): vscode.LogLevel {
    return trace === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  }

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  /** Writes in the classic `[Trace - time] message` form, which LSP trace viewers read. */
  trace(message: string): void {
    if (this.level !== vscode.LogLevel.Trace) return;
    this.channel.appendLine(`[Trace - ${new Date().toLocaleTimeString()}] ${message}`);
  }
  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.channel.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.channel.error(error, ...args);
  }
  append(value: string): void {
    this.channel.append(value);
  }
  appendLine(value: string): void {
    this.channel.appendLine(value);
  }
  replace(value: string): void {
    this.channel.replace(value);
  }
  clear(): void {
    this.channel.clear();
  }
  show(preserveFocus?: boolean): void;
  show(column?: vscode.ViewColumn, preserveFocus?: boolean): void;
  show(_columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    this.channel.show(
      typeof _columnOrPreserveFocus === 'boolean' ? _columnOrPreserveFocus : preserveFocus,
    );
  }
  hide(): void {
    this.channel.hide();
  }
  /** Stops following the setting; the channel itself belongs to the extension. */
  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}
