// Runs one `dwnet` invocation against an `Io`: parses the command, dispatches to
// commands/, and turns every failure into one line on stderr and an exit status.
import {
  LOCALES,
  localeFromEnvironment,
  t,
  type Locale,
  type MessageKey,
} from '../../core/src/index';
import { wantsHelp } from './args';
import { runCheck } from './commands/check';
import { runExplain } from './commands/explain';
import { runFix } from './commands/fix';
import { runImport } from './commands/import';
import { runGraph } from './commands/graph';
import { runRules } from './commands/rules';
import { EXIT_OK, EXIT_USAGE, UsageError, errorMessage, type Io } from './io';
import { packageInfo } from './packageInfo';
import { closest } from './suggest';
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
  const locale = io.locale ?? 'en';
  const unknownCommand = (name: string) => {
    const match = closest(name, COMMANDS);
    const suggestion = match === undefined ? '' : t(locale, 'cli.usage.didYouMean', { match });
    return new UsageError(t(locale, 'cli.usage.unknownCommand', { name, suggestion }));
  };
  if (first === undefined) throw new UsageError(t(locale, 'cli.usage.missingCommand'));
  if (first === '--help' || first === '-h') {
    io.out(mainHelp(io));
    return EXIT_OK;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${packageInfo().version}\n`);
    return EXIT_OK;
  }
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) io.out(mainHelp(io));
    else if (isCommand(topic)) io.out(commandHelp(topic, io));
    else throw unknownCommand(topic);
    return EXIT_OK;
  }
  if (first.startsWith('-')) {
    throw new UsageError(t(locale, 'cli.usage.unknownOption', { flag: first, suggestion: '' }));
  }
  if (!isCommand(first)) throw unknownCommand(first);
  if (wantsHelp(rest)) {
    io.out(commandHelp(first, io));
    return EXIT_OK;
  }
  return RUNNERS[first](rest, io);
}

/**
 * Takes `--locale <en|zh-CN>` (or `--locale=…`) out of the arguments, for every command;
 * without it, the environment's LC_ALL, LC_MESSAGES or LANG decides.
 */
function withLocale(argv: readonly string[], io: Io): { argv: string[]; io: Io } {
  const rest: string[] = [];
  let given: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale') {
      given = argv[++i];
      if (given === undefined)
        throw new UsageError(
          t(localeFromEnvironment(io.env), 'cli.usage.needsValue', { flag: '--locale' }),
        );
    } else if (arg.startsWith('--locale=')) {
      given = arg.slice('--locale='.length);
    } else {
      rest.push(arg);
    }
  }
  if (given === undefined)
    return { argv: rest, io: { ...io, locale: localeFromEnvironment(io.env) } };
  const locale = LOCALES.find((l) => l.toLowerCase() === given.toLowerCase());
  if (!locale)
    throw new UsageError(t(localeFromEnvironment(io.env), 'cli.locale.invalid', { value: given }));
  return { argv: rest, io: { ...io, locale } };
}

/**
 * The main help in the invocation's language. The English text is MAIN_HELP; the
 * catalogue's `cli.help.main` mirrors it for translators.
 */
function mainHelp(io: Io): string {
  return io.locale === 'zh-CN' ? t('zh-CN', 'cli.help.main') : MAIN_HELP;
}

/** Each command's help in the catalogue (the English entries mirror COMMAND_HELP for translators). */
const HELP_KEYS = {
  check: 'cli.help.check',
  fix: 'cli.help.fix',
  explain: 'cli.help.explain',
  graph: 'cli.help.graph',
  rules: 'cli.help.rules',
  import: 'cli.help.import',
} as const satisfies Record<Command, MessageKey>;

/** A command's help in the invocation's language; COMMAND_HELP is the English original. */
function commandHelp(command: Command, io: Io): string {
  return io.locale === 'zh-CN' ? t('zh-CN', HELP_KEYS[command]) : COMMAND_HELP[command];
}

/** Runs one invocation; returns the exit status (or its promise). Never throws or rejects. */
export function run(argv: readonly string[], io: Io): number | Promise<number> {
  let locale: Locale = localeFromEnvironment(io.env);
  try {
    const localized = withLocale(argv, io);
    locale = localized.io.locale ?? locale;
    const status = dispatch(localized.argv, localized.io);
    return typeof status === 'number' ? status : status.catch((error) => failed(error, io, locale));
  } catch (error) {
    return failed(error, io, locale);
  }
}

function failed(error: unknown, io: Io, locale: Locale): number {
  if (error instanceof UsageError) {
    const command = error.command ?? 'main';
    const help = error.command === undefined ? 'dwnet --help' : `dwnet ${error.command} --help`;
    const details = t(locale, 'cli.usage.details', { help });
    const short = t(locale, 'cli.usage.short', { usage: SHORT_USAGE[command] });
    const usage = error.showUsage ? `${short}\n${details}\n` : '';
    io.err(`dwnet: ${error.message}\n${usage}`);
    return EXIT_USAGE;
  }
  io.err(`dwnet: internal error: ${errorMessage(error)}\n`);
  if (io.env['DWNET_DEBUG'] && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return EXIT_USAGE;
}
