// `--format json`: exactly the document of SPEC §1, nothing else on stdout.
import type { FileReport } from './report';

export function jsonDocument(reports: readonly FileReport[]): unknown {
  return {
    version: 1,
    files: reports.map((report) => ({
      file: report.file.displayPath,
      diagnostics: report.diagnostics.map(({ finding, range }) => ({
        code: finding.code,
        severity: finding.severity,
        message: finding.message,
        pointer: finding.pointer,
        range: {
          start: { line: range.start.line, character: range.start.character },
          end: { line: range.end.line, character: range.end.character },
        },
        ...(finding.scenario === undefined ? {} : { scenario: finding.scenario }),
      })),
      connectivity: report.connectivity.map((pair) => ({
        task: pair.task,
        resourceGroup: pair.resourceGroup,
        dataSource: pair.dataSource,
        scenario: pair.scenario,
        binding: pair.binding,
        ok: pair.ok,
        // Serialised at once and dropped: no copy of the list (10 000 pairs in a large file).
        missing: pair.missing,
      })),
    })),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify(jsonDocument(reports), null, 2)}\n`;
}
