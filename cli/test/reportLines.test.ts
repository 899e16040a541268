// The CLI places findings with the line starts the parser recorded (`validateWithLineStarts`,
// cli/src/format/report.ts), or finds the lines itself when the parser gave up: every format
// prints exactly what an index of its own gives, whatever the file's line breaks.
import { describe, expect, it } from 'vitest';
import { validate, validateWithLineStarts } from '../../core/src/index';
import { palette } from '../src/color';
import type { SourceFile } from '../src/files';
import { formatJson } from '../src/format/json';
import { buildReport, type FileReport } from '../src/format/report';
import { formatSarif } from '../src/format/sarif';
import { formatFileText } from '../src/format/text';
import { SCENARIO1_BAD } from './helpers';

const COMMENTED = SCENARIO1_BAD.replace(
  /,\n/,
  ', /* 注释：\n  over two lines */\n  // and one more\n',
);

const TEXTS: [string, string][] = [
  ['line feeds', SCENARIO1_BAD],
  ['comments over lines', COMMENTED],
  ['carriage returns and line feeds', COMMENTED.replace(/\n/g, '\r\n')],
  ['lone carriage returns', COMMENTED.replace(/\n/g, '\r')],
  ['line feeds after the root', `${COMMENTED}\n\n// end\n`],
  ['no line break at the end', COMMENTED.trimEnd()],
  ['a syntax error', COMMENTED.replace('{', '{ ]')],
  ['more lines than the parser makes room for', `${COMMENTED}${'\n'.repeat(20_000)}`],
];

/** The texts the CLI finds the lines of itself. */
const OWN_INDEX = new Set(['a syntax error', 'more lines than the parser makes room for']);

function fileOf(text: string): SourceFile {
  return { absPath: '/t/a.dwnet.json', displayPath: 'a.dwnet.json', text, bom: false };
}

/** Every format's output of one report. */
function outputs(report: FileReport): string[] {
  return [
    formatJson([report], false),
    formatJson([report], true),
    formatFileText(report, palette(false), 'en'),
    formatSarif({
      reports: [report],
      problems: [],
      cwd: '/t',
      tool: { version: '0.0.0', homepage: 'https://example.com' },
    }),
  ];
}

describe('the report from the parser’s line starts', () => {
  it.each(TEXTS)('prints a file with %s as an index of its own does', (name, text) => {
    const checked = validateWithLineStarts(text);
    expect(checked.lineStarts === undefined).toBe(OWN_INDEX.has(name));
    expect(checked.findings.length).toBeGreaterThan(0);
    expect(outputs(buildReport(fileOf(text), checked))).toEqual(
      outputs(buildReport(fileOf(text), validate(text))),
    );
  });
});
