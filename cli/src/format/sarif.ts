// `--format sarif`: SARIF 2.1.0 for code-scanning services. One run; the driver lists
// every rule of the catalogue, then the notices about input files (`encoding-invalid`,
// `file-unreadable`) and the limit notices (`file-too-large`, `too-many-findings`), each
// with its documentation page as `helpUri`. Locations are relative to the directory dwnet
// ran in (`%SRCROOT%`), columns 1-based UTF-16.
import { pathToFileURL } from 'node:url';
import {
  INPUT_NOTICES,
  INTERNAL_NOTICES,
  LIMIT_NOTICES,
  RULES,
  ruleDocsUrl,
  type Severity,
} from '../../../core/src/index';
import type { InputProblem } from '../files';
import type { PackageInfo } from '../packageInfo';
import type { FileReport, Range } from './report';

export const SARIF_SCHEMA =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(severity: Severity): SarifLevel {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'information':
    case 'hint':
      return 'note';
  }
}

/** A relative path as a URI reference: each segment percent-encoded. */
function uriOf(displayPath: string): string {
  return displayPath
    .split('/')
    .map((segment) => (segment === '..' || segment === '.' ? segment : encodeURIComponent(segment)))
    .join('/');
}

function region(range: Range): Record<string, number> {
  // SARIF columns are 1-based and endColumn points just past the region, like LSP's
  // exclusive end plus one.
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function physicalLocation(displayPath: string, range: Range): unknown {
  return {
    artifactLocation: { uri: uriOf(displayPath), uriBaseId: SRCROOT },
    region: region(range),
  };
}

/** A directory's file URI with the trailing slash SARIF base URIs need. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

export interface SarifInput {
  reports: readonly FileReport[];
  /** Inputs that could not be read, reported as tool notifications. */
  problems: readonly InputProblem[];
  cwd: string;
  tool: PackageInfo;
}

export function sarifDocument({ reports, problems, cwd, tool }: SarifInput): unknown {
  // Every code a result can carry, so that each result has its ruleIndex.
  const driverRules = [...RULES, ...INTERNAL_NOTICES, ...INPUT_NOTICES, ...LIMIT_NOTICES];
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.code, index]));
  const results = reports.flatMap((report) =>
    report.diagnostics.map(({ finding, range }) => {
      const index = ruleIndex.get(finding.code);
      const related = finding.related.map((item, id) => ({
        id,
        message: { text: item.message },
        physicalLocation: physicalLocation(report.file.displayPath, {
          start: report.lines.positionAt(item.offset),
          end: report.lines.positionAt(item.offset + item.length),
        }),
      }));
      return {
        ruleId: finding.code,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: physicalLocation(report.file.displayPath, range) }],
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        properties: {
          pointer: finding.pointer,
          ...(finding.scenario === undefined ? {} : { scenario: finding.scenario }),
        },
      };
    }),
  );
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'dwnet',
            version: tool.version,
            semanticVersion: tool.version,
            informationUri: tool.homepage,
            rules: driverRules.map((rule) => ({
              id: rule.code,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.code),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
              properties: {
                category: rule.category,
                fixable: rule.fixable,
                ...(rule.scenario === undefined ? {} : { scenario: rule.scenario }),
              },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(cwd) } },
        invocations: [
          {
            executionSuccessful: problems.length === 0,
            toolExecutionNotifications: problems.map((problem) => ({
              level: 'error',
              message: { text: `cannot read ${problem.displayPath}: ${problem.reason}` },
            })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(input: SarifInput): string {
  return `${JSON.stringify(sarifDocument(input), null, 2)}\n`;
}
