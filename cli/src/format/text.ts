// `--format text`: compiler-style diagnostics, each with its source line, a caret
// underline, related locations as notes and a link to the rule's documentation.
//
//   topo.dwnet.json:18:20: error whitelist-missing: …
//      18 |       "whitelist": ["192.168.0.0/24"],
//         |                    ^~~~~~~~~~~~~~~~~~
//     note: … (topo.dwnet.json:30:5)
//     help: https://…/docs/rules/whitelist-missing.md
//
// Columns count code points, and the caret is placed by display width (width.ts), so
// that it sits under its anchor in a terminal whatever the script.
import {
  FILE_UNREADABLE,
  INTERNAL_ERROR,
  isInputNotice,
  isLimitNotice,
  ruleDocsUrl,
  localizer,
  ruleMeta,
  type Locale,
  type Localizer,
  type MessageKey,
  type Severity,
} from '../../../core/src/index';
import { sanitize, type Palette } from '../color';
import type { Diagnostic, FileReport, SeverityCounts } from './report';
import { codePointColumn, layOut, windowAround } from './width';

/** Widest source excerpt, in terminal cells; longer lines (minified files) show a window. */
const MAX_EXCERPT = 160;
/** How many cells of a long line to keep before the diagnostic's start. */
const CONTEXT_BEFORE = 40;

interface Excerpt {
  text: string;
  /** Underline start and end within `text`, in UTF-16 code units. */
  from: number;
  to: number;
}

/** The source line cut to a window around the range on very long lines. */
function excerpt(line: string, from: number, to: number): Excerpt {
  const { start, end } = windowAround(line, from, MAX_EXCERPT, CONTEXT_BEFORE);
  if (start === 0 && end === line.length) return { text: line, from, to };
  const prefix = start > 0 ? '…' : '';
  const suffix = end < line.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + line.slice(start, end) + suffix,
    from: from + shift,
    to: Math.min(to, end) + shift,
  };
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = {
  error: 'severity.error',
  warning: 'severity.warning',
  information: 'severity.information',
  hint: 'severity.hint',
};

function formatDiagnostic(
  report: FileReport,
  diagnostic: Diagnostic,
  colors: Palette,
  l10n: Localizer,
): string {
  const { finding, range } = diagnostic;
  const { file, lines } = report;
  const column = codePointColumn(lines.lineText(range.start.line), range.start.character);
  const where = `${file.displayPath}:${range.start.line + 1}:${column}`;
  const out: string[] = [];
  out.push(
    `${colors.bold(`${where}:`)} ${colors.severity(finding.severity, l10n.t(SEVERITY_KEYS[finding.severity]))} ` +
      `${colors.dim(finding.code)}: ${colors.bold(sanitize(finding.message))}`,
  );

  // The limit notices are about the whole file: its first line would show nothing more
  // (and a file above the size limit, or one that cannot be read, was not even read);
  // so is an internal error, which stopped the analysis.
  const help = `  ${colors.bold(l10n.t('cli.help'))}${labelGap(l10n.t('cli.help'))}${colors.dim(ruleDocsUrl(finding.code, l10n.locale))}`;
  if (
    isLimitNotice(finding.code) ||
    finding.code === FILE_UNREADABLE ||
    finding.code === INTERNAL_ERROR
  ) {
    out.push(help);
    return `${out.join('\n')}\n`;
  }

  const lineText = sanitize(lines.lineText(range.start.line));
  const lineEnd = lineText.length;
  const from = Math.min(range.start.character, lineEnd);
  // Only the first line of a multi-line range is underlined, up to its end.
  const to = range.end.line === range.start.line ? Math.min(range.end.character, lineEnd) : lineEnd;
  const cut = excerpt(lineText, from, to);
  const shown = layOut(cut.text, cut.from, cut.to);
  const width = Math.max(1, shown.toCell - shown.fromCell);
  const number = String(range.start.line + 1);
  const gutter = ' '.repeat(number.length);
  out.push(`${colors.dim(` ${number} |`)} ${shown.text}`);
  out.push(
    `${colors.dim(` ${gutter} |`)} ${' '.repeat(shown.fromCell)}` +
      colors.severity(finding.severity, `^${'~'.repeat(width - 1)}`),
  );

  for (const related of finding.related) {
    const at = lines.positionAt(related.offset);
    const relatedColumn = codePointColumn(lines.lineText(at.line), at.character);
    out.push(
      `  ${colors.bold(l10n.t('cli.note'))}${labelGap(l10n.t('cli.note'))}${sanitize(related.message)} ` +
        colors.dim(`(${file.displayPath}:${at.line + 1}:${relatedColumn})`),
    );
  }
  if (ruleMeta(finding.code) !== undefined || isInputNotice(finding.code)) out.push(help);
  return `${out.join('\n')}\n`;
}

/** Every diagnostic of one file, each followed by a blank line. */
/** What follows a label such as "note:": a space, but none after a full-width colon ("注意："). */
export function labelGap(label: string): string {
  return label.endsWith('：') ? '' : ' ';
}

export function formatFileText(report: FileReport, colors: Palette, locale?: Locale): string {
  const l10n = localizer(locale);
  return report.diagnostics.map((d) => `${formatDiagnostic(report, d, colors, l10n)}\n`).join('');
}

/** `2 errors, 1 warning, 0 infos, 0 hints in 3 files`. */
export function formatSummary(
  counts: SeverityCounts,
  files: number,
  colors: Palette,
  locale?: Locale,
): string {
  const l10n = localizer(locale);
  const part = (severity: Severity, key: MessageKey): string => {
    const text = l10n.t(key, { count: counts[severity] });
    return counts[severity] > 0 ? colors.severity(severity, text) : text;
  };
  return `${l10n.t('cli.summary', {
    errors: part('error', 'cli.summary.errors'),
    warnings: part('warning', 'cli.summary.warnings'),
    infos: part('information', 'cli.summary.infos'),
    hints: part('hint', 'cli.summary.hints'),
    files,
  })}\n`;
}
