// Option parsing for every command, on node's util.parseArgs, with parse errors turned
// into short usage errors instead of node's long explanations.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SEVERITY_ORDER, type Severity } from '../../core/src/index';
import { UsageError } from './io';
import type { Command } from './usage';
import { didYouMean } from './suggest';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Whether `--help`/`-h` appears before a `--` terminator. */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

function knownFlags(options: Options): string[] {
  return Object.entries(options).flatMap(([name, option]) =>
    option.short === undefined ? [`--${name}`] : [`--${name}`, `-${option.short}`],
  );
}

/** Turns node's parse error into one short sentence. */
function usageMessage(error: unknown, options: Options): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const flag = quoted.split('=')[0] ?? quoted;
    return `unknown option '${flag}'${didYouMean(flag, knownFlags(options))}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted !== undefined) {
    const flag = quoted.replace(/ <value>$/, '');
    if (/does not take an argument/.test(message)) return `option '${flag}' does not take a value`;
    return `option '${flag}' needs a value`;
  }
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine.charAt(0).toLowerCase() + firstLine.slice(1);
}

type OptionValue<C> = C extends { type: 'string'; multiple: true }
  ? string[]
  : C extends { type: 'boolean'; multiple: true }
    ? boolean[]
    : C extends { type: 'string' }
      ? string
      : boolean;

/** What parseArgs returns for `options`: each option's value, absent when not given. */
export type OptionValues<O extends Options> = { [K in keyof O]?: OptionValue<O[K]> };

export function parseCommandArgs<O extends Options>(
  command: Command,
  args: readonly string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as OptionValues<O>, positionals };
  } catch (error) {
    throw new UsageError(usageMessage(error, options), command);
  }
}

/** Validates an enumerated option value (`--format`, `--fail-on`). */
export function oneOf<T extends string>(
  command: Command,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list =
    allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}` : allowed[0];
  throw new UsageError(
    `invalid ${flag} '${value}'${didYouMean(value, allowed)}; expected ${list}`,
    command,
  );
}

/**
 * Validates a limit (`--max-file-size <MB>`, `--max-findings <N>`): a plain decimal number
 * ≥ 0, whole when `whole`; 0 turns the limit off. Absent: undefined (the default applies).
 */
export function limitOption(
  command: Command,
  flag: string,
  value: string | undefined,
  whole: boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const pattern = whole ? /^\d+$/ : /^(\d+(\.\d*)?|\.\d+)$/;
  const trimmed = value.trim();
  if (pattern.test(trimmed)) return Number(trimmed);
  const expected = whole
    ? 'a whole number of findings such as 1000'
    : 'a size in MB such as 20 or 0.5';
  throw new UsageError(`invalid ${flag} '${value}'; expected ${expected} (0: no limit)`, command);
}

export function severityOption(command: Command, value: string | undefined): Severity {
  return oneOf(command, '--fail-on', value, SEVERITY_ORDER, 'error');
}
