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
