// A stand-in for `vscode-languageclient/node` (which needs the real `vscode`): records how
// the extension configures the client and answers the custom requests.
import { vi } from 'vitest';
import { EventEmitter, Uri } from './vscodeStub';

export enum State {
  Stopped = 1,
  Starting = 3,
  StartFailed = 4,
  Running = 2,
}

export enum TransportKind {
  stdio = 0,
  ipc = 1,
}

export class LanguageClient {
  static instances: LanguageClient[] = [];
  readonly stateChanged = new EventEmitter<{ oldState: State; newState: State }>();
  readonly onDidChangeState = this.stateChanged.event;
  running = false;
  /** Answers for sendRequest, by method. */
  responses = new Map<string, unknown>();
  readonly requests: { method: string; params: unknown }[] = [];

  readonly protocol2CodeConverter = {
    asUri: (value: string) => Uri.parse(value),
    asRange: (range: unknown) => range,
  };
  /** Notification handlers the extension registered, by method. */
  readonly notificationHandlers = new Map<string, (params: unknown) => void>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly code2ProtocolConverter = { asUri: (uri: Uri) => uri.toString() };

  constructor(
    readonly id: string,
    readonly name: string,
    readonly serverOptions: unknown,
    readonly clientOptions: Record<string, unknown>,
  ) {
    LanguageClient.instances.push(this);
  }

  start = vi.fn(async () => {
    this.stateChanged.fire({ oldState: State.Stopped, newState: State.Starting });
    this.running = true;
    this.stateChanged.fire({ oldState: State.Starting, newState: State.Running });
  });
  stop = vi.fn(async () => {
    this.running = false;
    this.stateChanged.fire({ oldState: State.Running, newState: State.Stopped });
  });
  restart = vi.fn(async () => {
    await this.stop();
    await this.start();
  });
  isRunning(): boolean {
    return this.running;
  }
  needsStop(): boolean {
    return this.running;
  }
  onNotification(type: { method: string }, handler: (params: unknown) => void) {
    this.notificationHandlers.set(type.method, handler);
    return { dispose: () => this.notificationHandlers.delete(type.method) };
  }
  async sendNotification(type: { method: string }, params?: unknown): Promise<void> {
    this.notifications.push({ method: type.method, params });
  }
  async sendRequest(type: { method: string }, params?: unknown): Promise<unknown> {
    // A cancellation token is passed where a request has no params.
    const isToken =
      typeof params === 'object' && params !== null && 'isCancellationRequested' in params;
    this.requests.push({ method: type.method, params: isToken ? undefined : params });
    return this.responses.get(type.method);
  }
}
