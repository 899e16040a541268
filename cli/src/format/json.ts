// `--format json`: exactly the document of SPEC §1, nothing else on stdout.
import type { ConnectivityResult, Finding } from '../../../core/src/index';
import type { Diagnostic, FileReport, Range } from './report';

/** One diagnostic of the document, its fields in the document's order. */
interface DiagnosticJson {
  code: Finding['code'];
  severity: Finding['severity'];
  message: string;
  pointer: string;
  range: Range;
  scenario?: number;
}

function diagnosticJson({ finding, range }: Diagnostic): DiagnosticJson {
  // The report's range as it is: made with exactly the document's fields, in its order
  // (toRange, LineIndex.positionAt). No spread for the scenario: spread into a literal, an
  // object is copied by a generic path, 1 000 times for the benchmark's file.
  const json: DiagnosticJson = {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    pointer: finding.pointer,
    range,
  };
  if (finding.scenario !== undefined) json.scenario = finding.scenario;
  return json;
}

export function jsonDocument(reports: readonly FileReport[]): {
  version: 1;
  files: { file: string; diagnostics: DiagnosticJson[]; connectivity: ConnectivityResult[] }[];
} {
  return {
    version: 1,
    files: reports.map((report) => ({
      file: report.file.displayPath,
      diagnostics: report.diagnostics.map(diagnosticJson),
      // Core's results as they are: each is made with exactly the document's fields, in its
      // order (connectivityResults in core/src/validate.ts), and a copy of each would be
      // 10 000 objects more in the benchmark's file.
      connectivity: report.connectivity ?? [],
    })),
  };
}

/**
 * JSON as dwnet prints it: indented for a person at a terminal; compact where a program reads
 * it (a pipe, a file, a CI step), as eslint's, tflint's and golangci-lint's JSON is. The
 * benchmark's 10 000-data-source report is 1.6 MB instead of 2.8, made and written in about
 * half the time.
 */
export function jsonText(value: unknown, forTerminal: boolean): string {
  return forTerminal ? JSON.stringify(value, null, 2) : JSON.stringify(value);
}

/**
 * The document, without the line feed that ends the output: `${json}\n` would be one more
 * string, which is copied whole (1.6 MB for the benchmark's file) before it is written.
 */
export function formatJson(reports: readonly FileReport[], forTerminal: boolean): string {
  return jsonText(jsonDocument(reports), forTerminal);
}
