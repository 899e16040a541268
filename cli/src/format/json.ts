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
      // Core's results as they are: each is made with exactly the document's fields, in its
      // order (connectivityResults in core/src/validate.ts), and a copy of each would be
      // 10 000 objects more in the benchmark's file.
      connectivity: report.connectivity,
    })),
  };
}

/**
 * The document, without the line feed that ends the output: `${json}\n` would be one more
 * string, which is copied whole (2.8 MB for the benchmark's file) before it is written.
 */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(jsonDocument(reports), null, 2);
}
