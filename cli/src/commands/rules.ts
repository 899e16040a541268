// `dwnet rules [--format json]`: the rule catalogue (SPEC §4).
import { RULES, ruleDocsUrl, type RuleMeta } from '../../../core/src/index';
import { oneOf, parseCommandArgs } from '../args';
import { UsageError, EXIT_OK, type Io } from '../io';

const FORMATS = ['text', 'json'] as const;

function cells(rule: RuleMeta): string[] {
  return [
    rule.code,
    rule.defaultSeverity,
    rule.scenario === undefined ? '-' : String(rule.scenario),
    rule.fixable ? 'yes' : 'no',
    rule.description,
  ];
}

/** A plain table: columns padded to their widest cell, the last left ragged. */
export function formatRulesTable(rules: readonly RuleMeta[]): string {
  const header = ['CODE', 'SEVERITY', 'SCENARIO', 'FIXABLE', 'DESCRIPTION'];
  const rows = [header, ...rules.map(cells)];
  const widths = header.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

export function runRules(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs('rules', args, {
    format: { type: 'string', short: 'f' },
  });
  const format = oneOf('rules', '--format', values.format, FORMATS, 'text');
  if (positionals.length > 0) {
    throw new UsageError(`unexpected argument '${positionals[0]}'`, 'rules');
  }
  if (format === 'json') {
    const catalogue = RULES.map((rule) => ({ ...rule, docsUrl: ruleDocsUrl(rule.code) }));
    io.out(`${JSON.stringify(catalogue, null, 2)}\n`);
  } else {
    io.out(formatRulesTable(RULES));
  }
  return EXIT_OK;
}
