// Option parsing for every command, on node's util.parseArgs, with parse errors turned
// into short usage errors instead of node's long explanations.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  SEVERITY_ORDER,
  closestWithinReach,
  localizer,
  t,
  type Locale,
  type Severity,
} from '../../core/src/index';
import { UsageError } from './io';
import type { Command } from './usage';

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

/** ` (did you mean "--format"?)` in the reader's language, or nothing. */
function suggestion(word: string, candidates: Iterable<string>, locale: Locale): string {
  const match = closestWithinReach(word, candidates);
  return match === undefined ? '' : t(locale, 'cli.usage.didYouMean', { match });
}

/** Turns node's parse error into one short sentence. */
function usageMessage(error: unknown, options: Options, locale: Locale): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted !== undefined) {
    const flag = quoted.split('=')[0] ?? quoted;
    return t(locale, 'cli.usage.unknownOption', {
      flag,
      suggestion: suggestion(flag, knownFlags(options), locale),
    });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && quoted !== undefined) {
    const flag = quoted.replace(/ <value>$/, '');
    if (/does not take an argument/.test(message)) return t(locale, 'cli.usage.noValue', { flag });
    return t(locale, 'cli.usage.needsValue', { flag });
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
  locale: Locale = 'en',
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
    throw new UsageError(usageMessage(error, options, locale), command);
  }
}

/** Validates an enumerated option value (`--format`, `--fail-on`). */
export function oneOf<T extends string>(
  command: Command,
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  locale: Locale = 'en',
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const list =
    allowed.length > 1
      ? t(locale, 'cli.usage.or', {
          first: localizer(locale).list(allowed.slice(0, -1)),
          last: allowed.at(-1) ?? '',
        })
      : (allowed[0] ?? '');
  const message = t(locale, 'cli.usage.invalidValue', {
    flag,
    value,
    suggestion: suggestion(value, allowed, locale),
    expected: list,
  });
  throw new UsageError(message, command);
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
  locale: Locale = 'en',
): number | undefined {
  if (value === undefined) return undefined;
  const pattern = whole ? /^\d+$/ : /^(\d+(\.\d*)?|\.\d+)$/;
  const trimmed = value.trim();
  if (pattern.test(trimmed)) return Number(trimmed);
  const message = t(locale, whole ? 'cli.usage.invalidCount' : 'cli.usage.invalidSize', {
    flag,
    value,
  });
  throw new UsageError(message, command);
}

export function severityOption(
  command: Command,
  value: string | undefined,
  locale: Locale = 'en',
): Severity {
  return oneOf(command, '--fail-on', value, SEVERITY_ORDER, 'error', locale);
}
