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

// `dwnet lsp` runs from a bundle of its own (dist/lsp.js) that carries a second copy of this
// module: the process keeps one guard, whichever copy loads first, so that
// keepServingOnErrors removes the handlers that are actually installed.
const GUARD = Symbol.for('dwnet.cli.guard');
interface Guarded {
  /** The installed handler; null once the language server logs errors instead. */
  [GUARD]?: ((error: unknown) => void) | null;
}
const guarded = process as Guarded;
if (guarded[GUARD] === undefined) {
  guarded[GUARD] = fail;
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/**
 * For `dwnet lsp`: an editor session must survive a failure in one request, so errors
 * that escape are logged to stderr (the LSP log) and the server keeps serving.
 */
export function keepServingOnErrors(): void {
  const installed = guarded[GUARD];
  if (installed === undefined || installed === null) return;
  guarded[GUARD] = null;
  process.off('uncaughtException', installed);
  process.off('unhandledRejection', installed);
  const log = (error: unknown) =>
    process.stderr.write(`dwnet: unexpected error: ${errorMessage(error)}\n`);
  process.on('uncaughtException', log);
  process.on('unhandledRejection', log);
}
