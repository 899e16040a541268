// The process boundary of the CLI: where output goes, what the environment says, and
// the exit codes. Commands take an `Io` instead of touching `process`, so they stay
// testable in-process and never exit on their own.

import { t, type Locale, type MessageKey } from '../../core/src/index';
import type { Command } from './usage';

/** Exit status: no problem at or above `--fail-on`. */
export const EXIT_OK = 0;
/** Exit status: at least one diagnostic at or above `--fail-on`. */
export const EXIT_PROBLEMS = 1;
/** Exit status: usage error, unreadable input or internal error. */
export const EXIT_USAGE = 2;

export interface Io {
  /** Directory paths are resolved against and displayed relative to. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is an interactive terminal (colour, check marks). */
  stdoutIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
  /** The language of messages (`--locale`, else LC_ALL / LC_MESSAGES / LANG); English when unset. */
  locale?: Locale;
}

/** A mistake in how dwnet was invoked; reported with a short usage and exit status 2. */
/**
 * Marks a UsageError made by any copy of this module: `dwnet lsp` and `dwnet import` run
 * from bundles of their own (scripts/build.mjs), each with a copy of this class, and
 * run.ts must recognise the errors their commands throw.
 */
const USAGE_ERROR = Symbol.for('dwnet.cli.UsageError');

export class UsageError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && USAGE_ERROR in value;
  }

  readonly [USAGE_ERROR] = true;

  constructor(
    message: string,
    /** The command whose usage to show, when known. */
    readonly command?: Command,
    /** False for mistakes that usage text would not help with (a bad config file). */
    readonly showUsage = true,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Prints `dwnet: cannot read <path>: <reason>`, the one line per unreadable input. */
/** Each reason fsReason gives (and the walk's own), in the catalogue. */
const REASON_KEYS: Record<string, MessageKey> = {
  'no such file or directory': 'cli.fs.noSuchFile',
  'permission denied': 'cli.fs.permission',
  'is a directory': 'cli.fs.isDirectory',
  'not a directory': 'cli.fs.notDirectory',
  'too many levels of symbolic links': 'cli.fs.loop',
  'too many open files': 'cli.fs.tooManyFiles',
  'read-only file system': 'cli.fs.readOnly',
  'no space left on device': 'cli.fs.noSpace',
  'not a regular file': 'cli.fs.notAFile',
};

/** A reason in the user's language; one the system wrote itself stays as it is. */
export function localReason(reason: string, locale: Locale = 'en'): string {
  const key = REASON_KEYS[reason];
  return key === undefined ? reason : t(locale, key);
}

export function reportUnreadable(io: Io, displayPath: string, reason: string): void {
  const locale = io.locale ?? 'en';
  const line = t(locale, 'cli.cannotRead', {
    path: displayPath,
    reason: localReason(reason, locale),
  });
  io.err(`dwnet: ${line}\n`);
}

/** The message of anything thrown, without a stack. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
