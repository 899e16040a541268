// `dwnet rules [--format json]`: the rule catalogue (SPEC §4).
import {
  RULES,
  ruleDescription,
  ruleDocsUrl,
  t,
  type Locale,
  type RuleMeta,
} from '../../../core/src/index';
import { jsonText } from '../format/json';
import { codePointWidth } from '../format/width';
import { oneOf, parseCommandArgs } from '../args';
import { UsageError, EXIT_OK, type Io } from '../io';

const FORMATS = ['text', 'json'] as const;

function cells(rule: RuleMeta, locale: Locale): string[] {
  return [
    rule.code,
    rule.defaultSeverity,
    rule.scenario === undefined ? '-' : String(rule.scenario),
    t(locale, rule.fixable ? 'cli.yes' : 'cli.no'),
    ruleDescription(rule, locale),
  ];
}

/** Terminal cells a cell takes: Chinese headers are two cells a character. */
function cellWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0)!);
  return width;
}

/** A plain table: columns padded to their widest cell, the last left ragged. */
export function formatRulesTable(rules: readonly RuleMeta[], locale: Locale = 'en'): string {
  const header = (
    [
      'cli.rules.code',
      'cli.rules.severity',
      'cli.rules.scenario',
      'cli.rules.fixable',
      'cli.rules.description',
    ] as const
  ).map((key) => t(locale, key));
  const rows = [header, ...rules.map((rule) => cells(rule, locale))];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => cellWidth(row[column] ?? ''))),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell + ' '.repeat((widths[column] ?? 0) - cellWidth(cell)),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

export function runRules(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(
    'rules',
    args,
    {
      format: { type: 'string', short: 'f' },
    },
    io.locale,
  );
  const format = oneOf('rules', '--format', values.format, FORMATS, 'text', io.locale);
  if (positionals.length > 0) {
    throw new UsageError(
      t(io.locale ?? 'en', 'cli.rules.unexpected', { argument: positionals[0] ?? '' }),
      'rules',
    );
  }
  if (format === 'json') {
    // JSON keys never change with the language; the description and its page do.
    const catalogue = RULES.map((rule) => ({
      ...rule,
      description: ruleDescription(rule, io.locale),
      docsUrl: ruleDocsUrl(rule.code, io.locale),
    }));
    io.out(`${jsonText(catalogue, io.stdoutIsTTY)}\n`);
  } else {
    io.out(formatRulesTable(RULES, io.locale));
  }
  return EXIT_OK;
}
