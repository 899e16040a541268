// ANSI colour for the text formats. Colour is used only when stdout is a terminal,
// NO_COLOR is unset (https://no-color.org) and --no-color was not given.
import type { Severity } from '../../core/src/index';
import type { Io } from './io';

export interface Palette {
  enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  severity(severity: Severity, text: string): string;
}

export function colorEnabled(io: Io, noColorFlag: boolean): boolean {
  if (noColorFlag || !io.stdoutIsTTY) return false;
  const noColor = io.env['NO_COLOR'];
  if (noColor !== undefined && noColor !== '') return false;
  return io.env['TERM'] !== 'dumb';
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const identity = (text: string): string => text;

export function palette(enabled: boolean): Palette {
  if (!enabled) {
    return {
      enabled,
      bold: identity,
      dim: identity,
      red: identity,
      yellow: identity,
      blue: identity,
      cyan: identity,
      green: identity,
      severity: (_severity, text) => text,
    };
  }
  const bold = sgr(1, 22);
  const red = sgr(31, 39);
  const yellow = sgr(33, 39);
  const blue = sgr(34, 39);
  const cyan = sgr(36, 39);
  const bySeverity: Record<Severity, (text: string) => string> = {
    error: (text) => bold(red(text)),
    warning: (text) => bold(yellow(text)),
    information: (text) => bold(blue(text)),
    hint: (text) => bold(cyan(text)),
  };
  return {
    enabled,
    bold,
    dim: sgr(2, 22),
    red,
    yellow,
    blue,
    cyan,
    green: sgr(32, 39),
    severity: (severity, text) => bySeverity[severity](text),
  };
}

/**
 * Replaces control characters (other than tab) with U+FFFD, so that ids and source
 * lines taken from a file cannot send escape sequences to the user's terminal.
 */
export function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, '\ufffd');
}
