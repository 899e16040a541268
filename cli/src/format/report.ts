// A checked file as every output format sees it: findings with line/character
// ranges (converted from core offsets here, at the edge), sorted by position.
import {
  LineIndex,
  SEVERITY_ORDER,
  type CheckedText,
  type ConnectivityResult,
  type Finding,
  type Severity,
} from '../../../core/src/index';
import type { SourceFile } from '../files';

export interface Position {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  finding: Finding;
  range: Range;
}

export interface FileReport {
  file: SourceFile;
  lines: LineIndex;
  diagnostics: Diagnostic[];
  /** Every pair's result: only the JSON report shows them (`buildReport`'s `withPairs`). */
  connectivity?: ConnectivityResult[];
}

export function toRange(lines: LineIndex, offset: number, length: number): Range {
  return { start: lines.positionAt(offset), end: lines.positionAt(offset + Math.max(0, length)) };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.offset - b.offset ||
    a.length - b.length ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * `result`: the check of `file.text`, with its line starts when the parser found them.
 * `withPairs`: the report keeps every pair's result (core makes the list when first read).
 */
export function buildReport(file: SourceFile, result: CheckedText, withPairs = false): FileReport {
  const lines =
    result.lineStarts !== undefined
      ? LineIndex.withLineStarts(file.text, result.lineStarts)
      : new LineIndex(file.text);
  const diagnostics = [...result.findings]
    .sort(compareFindings)
    .map((finding) => ({ finding, range: toRange(lines, finding.offset, finding.length) }));
  return withPairs
    ? { file, lines, diagnostics, connectivity: result.connectivity }
    : { file, lines, diagnostics };
}

export type SeverityCounts = Record<Severity, number>;

export function emptyCounts(): SeverityCounts {
  return { error: 0, warning: 0, information: 0, hint: 0 };
}

export function addCounts(counts: SeverityCounts, report: FileReport): void {
  for (const { finding } of report.diagnostics) counts[finding.severity]++;
}

/** Whether any diagnostic is at or above the `--fail-on` threshold. */
export function failsAt(report: FileReport, threshold: Severity): boolean {
  const limit = SEVERITY_ORDER.indexOf(threshold);
  return report.diagnostics.some(
    ({ finding }) => SEVERITY_ORDER.indexOf(finding.severity) <= limit,
  );
}
