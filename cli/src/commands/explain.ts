// `dwnet explain <file> [--task ID]`: for each task its resource group and kind, and
// for each data source it uses the scenario, the path hop by hop and the checklist.
import {
  explain,
  localizer,
  t,
  type ChecklistStep,
  type Locale,
  type Localizer,
  type PairExplanation,
  type PathHop,
  type TaskExplanation,
} from '../../../core/src/index';
import { oneOf, parseCommandArgs } from '../args';
import { colorEnabled, palette, sanitize, type Palette } from '../color';
import { readSingleInput } from '../files';
import { jsonText } from '../format/json';
import { labelGap } from '../format/text';
import { EXIT_OK, EXIT_USAGE, UsageError, errorMessage, type Io } from '../io';

const FORMATS = ['text', 'json'] as const;

/** One hop of the path: ids, with the detail where an id alone says too little. */
function hopText(hop: PathHop, l10n: Localizer): string {
  const id = sanitize(hop.id);
  const detail = sanitize(hop.detail);
  switch (hop.kind) {
    case 'binding':
      return detail === ''
        ? l10n.t('cli.explain.hopBinding', { id })
        : l10n.t('cli.explain.hopBindingDetail', { id, detail });
    case 'connection':
      if (hop.missing)
        return l10n.t('cli.explain.missingHop', {
          detail: detail || l10n.t('hop.noDirectConnection'),
        });
      return hop.indirect ? l10n.t('cli.explain.indirect', { id }) : id;
    case 'natGateway':
      return detail === '' ? id : l10n.t('cli.explain.withDetail', { id, detail });
    case 'internet':
      return detail || id;
    default:
      return id;
  }
}

interface Marks {
  ok: string;
  missing: string;
  notChecked: string;
}

function stepText(step: ChecklistStep, colors: Palette, marks: Marks, l10n: Localizer): string {
  const description = sanitize(step.description);
  switch (step.status) {
    case 'done':
      return `${colors.green(marks.ok)} ${description}`;
    case 'missing':
      return `${colors.red(marks.missing)} ${description}${step.code ? colors.dim(l10n.t('cli.explain.stepCode', { code: step.code })) : ''}`;
    case 'notChecked':
      return `${colors.yellow(marks.notChecked)} ${description}${colors.dim(
        step.reason
          ? l10n.t('cli.explain.notCheckedWhy', { reason: sanitize(step.reason) })
          : l10n.t('cli.explain.notChecked'),
      )}`;
  }
}

function pairText(pair: PairExplanation, colors: Palette, marks: Marks, l10n: Localizer): string[] {
  const lines: string[] = [];
  const roles =
    pair.roles.length > 0 ? l10n.t('cli.explain.roles', { roles: pair.roles.join(', ') }) : '';
  const state = pair.ok ? colors.green(pair.state) : colors.red(pair.state);
  // A colon after Latin text, a full-width one after Chinese.
  const colon = l10n.locale === 'zh-CN' ? '：' : ': ';
  lines.push(
    `  ${colors.bold(l10n.t('cli.explain.dataSource', { ds: sanitize(pair.dataSource) }))}${roles}${colon}${state}`,
  );
  const title = sanitize(pair.scenarioTitle);
  lines.push(
    `    ${pair.scenario === null ? title : l10n.t('cli.explain.scenario', { scenario: pair.scenario, title })}`,
  );
  if (pair.hops.length > 0) {
    lines.push(
      `    ${l10n.t('cli.explain.path', { path: pair.hops.map((hop) => hopText(hop, l10n)).join(' → ') })}`,
    );
  }
  if (pair.binding !== null && !pair.hops.some((hop) => hop.kind === 'binding')) {
    lines.push(`    ${l10n.t('cli.explain.binding', { binding: pair.binding })}`);
  }
  for (const note of pair.notes) {
    lines.push(
      `    ${colors.bold(l10n.t('cli.note'))}${labelGap(l10n.t('cli.note'))}${sanitize(note)}`,
    );
  }
  // The checklist comes last: every explanation ends with the document's last step.
  for (const step of pair.steps) lines.push(`    ${stepText(step, colors, marks, l10n)}`);
  return lines;
}

export function formatExplanations(
  tasks: readonly TaskExplanation[],
  colors: Palette,
  marks: Marks,
  locale?: Locale,
): string {
  const l10n = localizer(locale);
  const blocks = tasks.map((task) => {
    const lines = [
      l10n.t('cli.explain.taskLine', {
        task: colors.bold(l10n.t('cli.explain.task', { task: sanitize(task.task) })),
        kind: sanitize(task.kind ?? l10n.t('cli.explain.noKind')),
        rg: sanitize(task.resourceGroup ?? l10n.t('cli.explain.none')),
      }),
    ];
    if (task.pairs.length === 0) lines.push(l10n.t('cli.explain.noDataSource'));
    for (const pair of task.pairs) lines.push(...pairText(pair, colors, marks, l10n));
    return lines.join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

export function runExplain(args: readonly string[], io: Io): number {
  const { values, positionals } = parseCommandArgs(
    'explain',
    args,
    {
      task: { type: 'string', short: 't' },
      format: { type: 'string', short: 'f' },
      'no-color': { type: 'boolean' },
    },
    io.locale,
  );
  const format = oneOf('explain', '--format', values.format, FORMATS, 'text', io.locale);
  if (positionals.length !== 1) {
    throw new UsageError(
      t(io.locale ?? 'en', positionals.length === 0 ? 'cli.explain.noFile' : 'cli.explain.oneFile'),
      'explain',
    );
  }
  const given = positionals[0]!;
  const file = readSingleInput(io, given);
  if (file === undefined) return EXIT_USAGE;

  let tasks: TaskExplanation[];
  try {
    tasks = explain(file.text, io.locale);
  } catch (error) {
    io.err(`dwnet: internal error while explaining ${file.displayPath}: ${errorMessage(error)}\n`);
    return EXIT_USAGE;
  }
  if (values.task !== undefined) {
    const wanted = values.task;
    const selected = tasks.filter((task) => task.task === wanted);
    if (selected.length === 0) {
      const ids = tasks.map((task) => task.task);
      io.err(
        `dwnet: unknown task "${sanitize(wanted)}" in ${file.displayPath}; ` +
          (ids.length === 0
            ? 'the file has no tasks\n'
            : `its tasks: ${ids.map(sanitize).join(', ')}\n`),
      );
      return EXIT_USAGE;
    }
    tasks = selected;
  }

  if (format === 'json') {
    io.out(`${jsonText(tasks, io.stdoutIsTTY)}\n`);
    return EXIT_OK;
  }
  const fancy = colorEnabled(io, values['no-color'] === true);
  const marks = fancy
    ? { ok: '✓', missing: '✗', notChecked: '?' }
    : { ok: '[x]', missing: '[ ]', notChecked: '[?]' };
  if (tasks.length === 0) {
    io.out(`${t(io.locale ?? 'en', 'cli.explain.noTasks', { file: file.displayPath })}\n`);
    return EXIT_OK;
  }
  io.out(formatExplanations(tasks, palette(fancy), marks, io.locale));
  return EXIT_OK;
}
