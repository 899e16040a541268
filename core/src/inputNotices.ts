// Notices about a file that could not be analysed because of its bytes or its path:
// `encoding-invalid` (not UTF-8) and `file-unreadable` (permissions, a directory, a
// missing file). Like the limit notices (limits.ts) they are not rules of the catalogue
// (SPEC §4): they are about the file as a whole, come before any analysis, and cannot be
// configured or suppressed (a suppression comment in a file nobody could read would not
// even be seen). The core does no IO: the surface that reads files finds the problem and
// asks here for the finding, so that every surface words it alike.
import { t, type Locale } from './l10n';
import type { Finding, RuleMeta } from './types';

export const ENCODING_INVALID = 'encoding-invalid';
export const FILE_UNREADABLE = 'file-unreadable';

/** Listed next to the catalogue where a tool needs every code it reports (SARIF's driver rules). */
export const INPUT_NOTICES: readonly RuleMeta[] = [
  {
    code: ENCODING_INVALID,
    description: 'The file is not valid UTF-8 text, so it was not analysed.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'input',
  },
  {
    code: FILE_UNREADABLE,
    description:
      'The file cannot be read (it does not exist, access is denied, or it is a directory), so it was not analysed.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'input',
  },
];

export function isInputNotice(code: string): boolean {
  return code === ENCODING_INVALID || code === FILE_UNREADABLE;
}

/**
 * The index of the first byte of the first ill-formed sequence in `bytes` (Unicode's
 * table 3-7 of well-formed UTF-8: no overlong forms, no surrogates, nothing above
 * U+10FFFF), or -1 when all of it is UTF-8.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let trailing: number;
    // The range of the first continuation byte; the others are always 0x80–0xBF.
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) trailing = 1;
    else if (lead === 0xe0) [trailing, low] = [2, 0xa0];
    else if (lead === 0xed) [trailing, high] = [2, 0x9f];
    else if (lead >= 0xe1 && lead <= 0xef) trailing = 2;
    else if (lead === 0xf0) [trailing, low] = [3, 0x90];
    else if (lead === 0xf4) [trailing, high] = [3, 0x8f];
    else if (lead >= 0xf1 && lead <= 0xf3) trailing = 3;
    else return i;
    for (let k = 1; k <= trailing; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < low || next > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += trailing + 1;
  }
  return -1;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}

export interface EncodingProblem {
  /** Where the first ill-formed sequence starts, in bytes from the start of the file. */
  byteOffset: number;
  /** Its first byte. */
  byte: number;
  /** Where it is in the text as decoded with U+FFFD for bad bytes (UTF-16 code units). */
  offset: number;
  /** Whether the file starts with a UTF-16 byte order mark. */
  utf16: boolean;
}

/** The one finding of a file that is not UTF-8: at its first bad byte. */
export function encodingInvalidNotice(problem: EncodingProblem, locale: Locale = 'en'): Finding {
  return {
    code: ENCODING_INVALID,
    severity: 'error',
    message: problem.utf16
      ? t(locale, 'input.utf16')
      : t(locale, 'input.notUtf8', { byte: hex(problem.byte), offset: problem.byteOffset }),
    pointer: '',
    offset: problem.offset,
    length: 1,
    related: [],
    fixes: [],
  };
}

/** The one finding of a file that cannot be read, with the system's reason. */
export function fileUnreadableNotice(reason: string, locale: Locale = 'en'): Finding {
  return {
    code: FILE_UNREADABLE,
    severity: 'error',
    message: t(locale, 'input.unreadable', { reason }),
    pointer: '',
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  };
}
