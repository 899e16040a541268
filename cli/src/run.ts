// Runs one `dwnet` invocation against an `Io`: parses the command, dispatches to
// commands/, and turns every failure into one line on stderr and an exit status.
import { wantsHelp } from './args';
import { runCheck } from './commands/check';
import { runExplain } from './commands/explain';
import { runFix } from './commands/fix';
import { runImport } from './commands/import';
import { runGraph } from './commands/graph';
import { runRules } from './commands/rules';
import { EXIT_OK, EXIT_USAGE, UsageError, errorMessage, type Io } from './io';
import { packageInfo } from './packageInfo';
import { didYouMean } from './suggest';
import { COMMANDS, COMMAND_HELP, MAIN_HELP, SHORT_USAGE, isCommand, type Command } from './usage';

// A command that waits for something (graph's layout) returns a promise of its status.
const RUNNERS: Record<Command, (args: readonly string[], io: Io) => number | Promise<number>> = {
  check: runCheck,
  fix: runFix,
  explain: runExplain,
  rules: runRules,
  import: runImport,
  graph: runGraph,
};

function dispatch(argv: readonly string[], io: Io): number | Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('missing command');
  if (first === '--help' || first === '-h') {
    io.out(MAIN_HELP);
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${packageInfo().version}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.out(MAIN_HELP);
    else if (isCommand(topic)) io.out(COMMAND_HELP[topic]);
    else throw new UsageError(`unknown command '${topic}'${didYouMean(topic, COMMANDS)}`);
    return EXIT_OK;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}'`);
  if (!isCommand(first)) {
    throw new UsageError(`unknown command '${first}'${didYouMean(first, COMMANDS)}`);
  }
  if (wantsHelp(rest)) {
    io.out(COMMAND_HELP[first]);
    return EXIT_OK;
  }
  return RUNNERS[first](rest, io);
}

/** Runs one invocation; returns the exit status (or its promise). Never throws or rejects. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  try {
    const status = dispatch(argv, io);
    return typeof status === 'number' ? status : status.catch((error) => failed(error, io));
  } catch (error) {
    return failed(error, io);
  }
}

function failed(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    const command = error.command ?? 'main';
    const help = error.command === undefined ? 'dwnet --help' : `dwnet ${error.command} --help`;
    const usage = error.showUsage ? `${SHORT_USAGE[command]}\nRun '${help}' for details.\n` : '';
    io.err(`dwnet: ${error.message}\n${usage}`);
    return EXIT_USAGE;
  }
  io.err(`dwnet: internal error: ${errorMessage(error)}\n`);
  if (io.env['DWNET_DEBUG'] && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return EXIT_USAGE;
}
