// `--format text`: compiler-style diagnostics, each with its source line, a caret
// underline, related locations as notes and a link to the rule's documentation.
//
//   topo.dwnet.json:18:20: error whitelist-missing: …
//      18 |       "whitelist": ["192.168.0.0/24"],
//         |                    ^~~~~~~~~~~~~~~~~~
//     note: … (topo.dwnet.json:30:5)
//     help: https://…/docs/rules/whitelist-missing.md
import { isLimitNotice, ruleDocsUrl, ruleMeta, type Severity } from '../../../core/src/index';
import { sanitize, type Palette } from '../color';
import type { Diagnostic, FileReport, SeverityCounts } from './report';

/** Longest source line shown whole; longer lines (minified files) show a window. */
const MAX_EXCERPT = 160;
/** How much of a long line to keep before the diagnostic's start. */
const CONTEXT_BEFORE = 40;

interface Excerpt {
  text: string;
  /** Underline start and end within `text`. */
  from: number;
  to: number;
}

/** The source line cut to a window around the range on very long lines. */
function excerpt(line: string, from: number, to: number): Excerpt {
  if (line.length <= MAX_EXCERPT) return { text: line, from, to };
  const start = Math.max(0, Math.min(from - CONTEXT_BEFORE, line.length - MAX_EXCERPT));
  const end = Math.min(line.length, start + MAX_EXCERPT);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < line.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + line.slice(start, end) + suffix,
    from: from + shift,
    to: Math.min(to, end) + shift,
  };
}

/** Spaces up to `column`, keeping tabs so the caret lines up whatever the tab width. */
function padTo(text: string, column: number): string {
  return text.slice(0, column).replace(/[^\t]/g, ' ');
}

function formatDiagnostic(report: FileReport, diagnostic: Diagnostic, colors: Palette): string {
  const { finding, range } = diagnostic;
  const { file, lines } = report;
  const where = `${file.displayPath}:${range.start.line + 1}:${range.start.character + 1}`;
  const out: string[] = [];
  out.push(
    `${colors.bold(`${where}:`)} ${colors.severity(finding.severity, finding.severity)} ` +
      `${colors.dim(finding.code)}: ${colors.bold(sanitize(finding.message))}`,
  );

  // The limit notices are about the whole file: its first line would show nothing more
  // (and a file above the size limit was not even read).
  if (isLimitNotice(finding.code)) {
    out.push(`  ${colors.bold('help:')} ${colors.dim(ruleDocsUrl(finding.code))}`);
    return `${out.join('\n')}\n`;
  }

  const lineText = sanitize(lines.lineText(range.start.line));
  const lineEnd = lineText.length;
  const from = Math.min(range.start.character, lineEnd);
  // Only the first line of a multi-line range is underlined, up to its end.
  const to = range.end.line === range.start.line ? Math.min(range.end.character, lineEnd) : lineEnd;
  const shown = excerpt(lineText, from, to);
  const width = Math.max(1, shown.to - shown.from);
  const number = String(range.start.line + 1);
  const gutter = ' '.repeat(number.length);
  out.push(`${colors.dim(` ${number} |`)} ${shown.text}`);
  out.push(
    `${colors.dim(` ${gutter} |`)} ${padTo(shown.text, shown.from)}` +
      colors.severity(finding.severity, `^${'~'.repeat(width - 1)}`),
  );

  for (const related of finding.related) {
    const at = lines.positionAt(related.offset);
    out.push(
      `  ${colors.bold('note:')} ${sanitize(related.message)} ` +
        colors.dim(`(${file.displayPath}:${at.line + 1}:${at.character + 1})`),
    );
  }
  if (ruleMeta(finding.code) !== undefined) {
    out.push(`  ${colors.bold('help:')} ${colors.dim(ruleDocsUrl(finding.code))}`);
  }
  return `${out.join('\n')}\n`;
}

/** Every diagnostic of one file, each followed by a blank line. */
export function formatFileText(report: FileReport, colors: Palette): string {
  return report.diagnostics.map((d) => `${formatDiagnostic(report, d, colors)}\n`).join('');
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `2 errors, 1 warning, 0 infos, 0 hints in 3 files`. */
export function formatSummary(counts: SeverityCounts, files: number, colors: Palette): string {
  const part = (severity: Severity, text: string): string =>
    counts[severity] > 0 ? colors.severity(severity, text) : text;
  return (
    [
      part('error', plural(counts.error, 'error')),
      part('warning', plural(counts.warning, 'warning')),
      part('information', plural(counts.information, 'info')),
      part('hint', plural(counts.hint, 'hint')),
    ].join(', ') + ` in ${plural(files, 'file')}\n`
  );
}
