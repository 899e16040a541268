// Limits that keep a pathological file from costing the user their editor: a file above
// a size limit is not analysed, and a file with too many findings shows the first ones.
// Both say so with one information-severity notice. The notices are not rules of the
// catalogue (SPEC §4): they cannot be configured or suppressed, only the limits changed.
import { localizer, type Localizer, type MessageKey } from './l10n';
import type { Finding, RuleMeta, Severity, ValidateOptions } from './types';
import { SEVERITY_ORDER } from './types';

/** `dwnet.maxFileSize` / `--max-file-size`, in MB. */
export const DEFAULT_MAX_FILE_SIZE_MB = 20;
/** `dwnet.maxFindingsPerFile` / `--max-findings`. */
export const DEFAULT_MAX_FINDINGS_PER_FILE = 1000;
/** One MB as dwnet (and VS Code's own file size settings) counts it. */
export const BYTES_PER_MB = 1024 * 1024;

export const FILE_TOO_LARGE = 'file-too-large';
export const TOO_MANY_FINDINGS = 'too-many-findings';

/**
 * The notices a surface may show besides the rules: listed next to the catalogue where a
 * tool needs every code it reports (SARIF's driver rules), each with a docs page.
 */
export const LIMIT_NOTICES: readonly RuleMeta[] = [
  {
    code: FILE_TOO_LARGE,
    description:
      'The file is larger than the file size limit (dwnet.maxFileSize, --max-file-size), so it was not analysed.',
    defaultSeverity: 'information',
    fixable: false,
    category: 'limits',
  },
  {
    code: TOO_MANY_FINDINGS,
    description:
      'The file has more findings than the limit per file (dwnet.maxFindingsPerFile, --max-findings); the rest are not shown.',
    defaultSeverity: 'information',
    fixable: false,
    category: 'limits',
  },
];

export function isLimitNotice(code: string): boolean {
  return code === FILE_TOO_LARGE || code === TOO_MANY_FINDINGS;
}

/**
 * Whether a limit setting holds a usable value: a finite number ≥ 0 (0 turns the limit
 * off). Surfaces use it to reject bad settings and fall back to the default.
 */
export function isValidLimit(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The number of bytes `text` takes in UTF-8 (a lone surrogate counts as U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** 1234567 → "1,234,567" (the catalogue's style, whatever the locale). */
export function formatCount(count: number): string {
  const digits = String(count);
  if (!Number.isSafeInteger(count) || count < 0)
    return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // A count (digits only) is grouped in a loop: the regular expression above is compiled
  // at its first use, about half a millisecond of a fresh `dwnet check` that caps findings.
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let at = grouped.length; at < digits.length; at += 3)
    grouped += ',' + digits.slice(at, at + 3);
  return grouped;
}

/**
 * "23.4 MB, above dwnet's limit of 20 MB"; in bytes when a few decimals of MB cannot tell
 * the size from the limit ("20,971,521 bytes, above dwnet's limit of 20 MB (20,971,520 bytes)").
 */
function describeSize(bytes: number, limitMb: number, l10n: Localizer): string {
  const mb = bytes / BYTES_PER_MB;
  for (let decimals = 1; decimals <= 3; decimals++) {
    const shown = mb.toFixed(decimals);
    if (Number(shown) > limitMb) return l10n.t('limits.size.mb', { size: shown, limit: limitMb });
  }
  const limitBytes = Math.floor(limitMb * BYTES_PER_MB);
  return l10n.t('limits.size.bytes', {
    bytes: formatCount(bytes),
    limit: limitMb,
    limitBytes: formatCount(limitBytes),
  });
}

function limitOf(value: number | undefined, fallback: number): number {
  return isValidLimit(value) ? value : fallback;
}

/** The size limit in bytes (Infinity when off). */
export function maxFileSizeBytes(options: ValidateOptions = {}): number {
  const limitMb = limitOf(options.maxFileSize, DEFAULT_MAX_FILE_SIZE_MB);
  return limitMb === 0 ? Infinity : limitMb * BYTES_PER_MB;
}

/**
 * The `file-too-large` notice when `text` is above the size limit, else undefined.
 * Cheap for ordinary files: the exact UTF-8 size is only counted when the length in
 * UTF-16 code units cannot settle it.
 */
export function fileSizeNotice(text: string, options: ValidateOptions = {}): Finding | undefined {
  // Every UTF-16 code unit takes 1 to 3 bytes in UTF-8.
  if (text.length * 3 <= maxFileSizeBytes(options)) return undefined;
  return fileSizeNoticeForBytes(utf8Length(text), options);
}

/** The `file-too-large` notice for a file of `bytes` bytes (read from disk or counted). */
export function fileSizeNoticeForBytes(
  bytes: number,
  options: ValidateOptions = {},
): Finding | undefined {
  if (bytes <= maxFileSizeBytes(options)) return undefined;
  const limitMb = limitOf(options.maxFileSize, DEFAULT_MAX_FILE_SIZE_MB);
  return {
    code: FILE_TOO_LARGE,
    severity: 'information',
    message: localizer(options.locale).t('limits.fileTooLarge', {
      size: describeSize(bytes, limitMb, localizer(options.locale)),
    }),
    pointer: '',
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  };
}

const SEVERITY_COUNTS: Record<Severity, MessageKey> = {
  error: 'limits.severity.error',
  warning: 'limits.severity.warning',
  information: 'limits.severity.information',
  hint: 'limits.severity.hint',
};

/** A severity's place in `SEVERITY_ORDER` (a switch: no search of the list per finding). */
function severityRank(severity: Severity): number {
  switch (severity) {
    case 'error':
      return 0;
    case 'warning':
      return 1;
    case 'information':
      return 2;
    case 'hint':
      return 3;
  }
}

/** The findings cap per file (0: none). */
export function findingsLimit(options: ValidateOptions): number {
  // A fraction rounds up: 0.5 must not turn the limit off.
  return Math.ceil(limitOf(options.maxFindingsPerFile, DEFAULT_MAX_FINDINGS_PER_FILE));
}

/**
 * Keeps at most `maxFindingsPerFile` findings (0: all). The most severe are kept —
 * every error before any warning, and so on; within a severity the first in `findings`
 * order — and they stay in `findings` order (document order after `applySeverities`).
 * When some are dropped, one `too-many-findings` notice at the start of the file comes
 * first, saying how many of each severity are not shown.
 */
export function capFindings(findings: Finding[], options: ValidateOptions = {}): Finding[] {
  const limit = findingsLimit(options);
  if (limit === 0 || findings.length <= limit) return findings;
  // The `limit` most important findings, ties in document order: what a stable sort by
  // severity would put first, found by counting each severity (no sort, no set of indices;
  // 1 122 findings of the 10 000 file pass here in every check).
  // Index loops: no iterator result per finding in a fresh process's unoptimised code.
  const perRank = SEVERITY_ORDER.map(() => 0);
  for (let i = 0; i < findings.length; i++) {
    const findingRank = severityRank((findings[i] as Finding).severity);
    perRank[findingRank] = (perRank[findingRank] ?? 0) + 1;
  }
  // Every finding ranked before `cutRank` is kept, and the first `keptAtCut` of that rank.
  let cutRank = 0;
  let keptAtCut = limit;
  while (cutRank < perRank.length - 1 && keptAtCut > (perRank[cutRank] ?? 0))
    keptAtCut -= perRank[cutRank++] ?? 0;
  const kept: Finding[] = [];
  const dropped: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i] as Finding;
    const findingRank = severityRank(finding.severity);
    const keep = findingRank < cutRank || (findingRank === cutRank && keptAtCut > 0);
    if (findingRank === cutRank && keep) keptAtCut--;
    if (keep) kept.push(finding);
    else dropped[finding.severity]++;
  }
  const hidden = findings.length - limit;
  const l10n = localizer(options.locale);
  // formatCount's separators are inserted in place of the plural's '#'.
  const breakdown = l10n.list(
    SEVERITY_ORDER.filter((severity) => dropped[severity] > 0).map((severity) =>
      l10n
        .t(SEVERITY_COUNTS[severity], { count: dropped[severity] })
        .replace(String(dropped[severity]), formatCount(dropped[severity])),
    ),
  );
  const notice: Finding = {
    code: TOO_MANY_FINDINGS,
    severity: 'information',
    message: l10n.t('limits.tooMany', {
      hidden,
      hiddenText: formatCount(hidden),
      breakdown,
      limit: formatCount(limit),
    }),
    pointer: '',
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  };
  return [notice, ...kept];
}
