// Every request handler runs guarded: an exception in one handler is a bug in dwnet, never
// the end of the server. It is logged once per handler (a failure on every keystroke must
// not flood the output) and answered as an LSP error, and the server keeps serving. A
// request the client cancelled before it ran is answered as cancelled, without running.
import {
  ErrorCodes,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
} from 'vscode-languageserver';

export type Handler<P, R> = (params: P, token: CancellationToken) => R | Promise<R>;

export function createGuard(logError: (message: string) => void) {
  const loggedFailures = new Set<string>();
  return function guarded<P, R>(
    name: string,
    handler: Handler<P, R>,
  ): (params: P, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      if (token?.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, `dwnet: ${name} was cancelled`);
      }
      try {
        return await handler(params, token);
      } catch (error) {
        // Deliberate answers ("that name is taken") reach the client as they are.
        if (error instanceof ResponseError) throw error;
        const reason = error instanceof Error ? error.message : String(error);
        if (!loggedFailures.has(name)) {
          loggedFailures.add(name);
          logError(
            `dwnet: ${name} failed: ${error instanceof Error ? (error.stack ?? reason) : reason}`,
          );
        }
        throw new ResponseError(
          ErrorCodes.InternalError,
          `dwnet: ${name} failed (${reason}); details are in the dwnet output channel.`,
        );
      }
    };
  };
}
