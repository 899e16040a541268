// Imported first by main.ts: from here on, anything thrown — even while a bundled
// dependency initialises — ends as one line on stderr and exit status 2, never a
// stack trace (set DWNET_DEBUG=1 to see the stack).
import { EXIT_USAGE, errorMessage } from './io';

function fail(error: unknown): void {
  process.stderr.write(`dwnet: internal error: ${errorMessage(error)}\n`);
  if (process.env['DWNET_DEBUG'] && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  process.exit(EXIT_USAGE);
}

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

/**
 * For `dwnet lsp`: an editor session must survive a failure in one request, so errors
 * that escape are logged to stderr (the LSP log) and the server keeps serving.
 */
export function keepServingOnErrors(): void {
  process.off('uncaughtException', fail);
  process.off('unhandledRejection', fail);
  const log = (error: unknown) =>
    process.stderr.write(`dwnet: unexpected error: ${errorMessage(error)}\n`);
  process.on('uncaughtException', log);
  process.on('unhandledRejection', log);
}
