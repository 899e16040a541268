// `dwnet lsp --stdio`: the language server, for any LSP editor (Neovim, Helix, Emacs, …).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { nodeRuntime } from '../../../server/src/nodeRuntime';
import { startServer } from '../../../server/src/server';
import { keepServingOnErrors } from '../guard';
import { EXIT_OK, EXIT_USAGE, type Io } from '../io';

export const LSP_HELP = `Usage: dwnet lsp --stdio

Starts the dwnet language server, speaking the Language Server Protocol over
standard input and output (--node-ipc and --socket=<port> work too, for clients
that start servers that way).
`;

const TRANSPORTS = ['--stdio', '--node-ipc'];

/** Starts the server and returns while it keeps the process alive; a usage error returns 2. */
export function runLsp(args: readonly string[], io: Io): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(LSP_HELP);
    return EXIT_OK;
  }
  const transport = args.filter(
    (a) => TRANSPORTS.includes(a) || a.startsWith('--socket=') || a.startsWith('--clientProcessId'),
  );
  if (transport.length === 0 || transport.length !== args.length) {
    io.err(`dwnet: lsp needs a transport, e.g. 'dwnet lsp --stdio'\n`);
    return EXIT_USAGE;
  }
  keepServingOnErrors();
  startServer(createConnection(ProposedFeatures.all), nodeRuntime);
  return EXIT_OK;
}
