// The hover of a task or a data source: each of its (task, data source) pairs with its
// scenario, state, path and checklist, compacted to one line per pair when they do not
// fit; and the same sections as one document for the Explain Task command.
import { localizer, type Locale, type Localizer } from '../l10n';
import { explainPairs } from '../explain';
import { ruleDocsUrl } from '../rules/registry';
import type { ChecklistStep, PairExplanation, PathHop, TaskExplanation } from '../types';
import type { Analysis } from '../validate';
import { code, entitySummary, escapeMarkdown } from './describe';
import type { Declaration, LanguageIndex } from './entities';

/**
 * A hover is about this many lines at most (SPEC §5): a data source used by many tasks
 * lists one line per task, with the checklist of broken pairs while they fit.
 */
const MAX_HOVER_LINES = 25;
/** A task hover shows the whole checklist of this many data sources, however long. */
const MAX_FULL_PAIRS = 5;

function scenarioText(
  pair: Pick<PairExplanation, 'scenario' | 'scenarioTitle'>,
  l10n: Localizer,
): string {
  return pair.scenario === null
    ? pair.scenarioTitle
    : l10n.t('hover.scenario', { scenario: pair.scenario, title: pair.scenarioTitle });
}

function hopText(hop: PathHop, l10n: Localizer): string {
  switch (hop.kind) {
    case 'resourceGroup':
      return code(hop.id);
    case 'binding':
      return `${l10n.t('hover.hop.binding', { id: hop.id })}${hop.detail === '' ? '' : ` (${code(hop.detail)})`}`;
    case 'connection':
      return hop.missing
        ? `*(${escapeMarkdown(hop.detail || l10n.t('hop.noDirectConnection'))})*`
        : `${code(hop.id)}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)}${hop.indirect ? l10n.t('hover.hop.indirect') : ''})`}`;
    case 'natGateway':
      return `${l10n.t('hover.hop.nat', { id: code(hop.id) })}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)})`}`;
    case 'internet':
      return escapeMarkdown(hop.detail || hop.id);
    case 'vpc':
      return l10n.t('hover.hop.vpc', { id: code(hop.id) });
    case 'dataCenter':
      return l10n.t('hover.hop.dataCenter', { id: code(hop.id) });
    case 'dataSource':
      return `${code(hop.id)}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)})`}`;
  }
}

/** One checklist line: done `[x]`, missing `[ ]` with its rule's page, not checked `[?]`. */
function stepLine(step: ChecklistStep, l10n: Localizer): string {
  const description = escapeMarkdown(step.description);
  switch (step.status) {
    case 'done':
      return `- [x] ${description}`;
    case 'missing':
      return `- [ ] ${description}${step.code ? ` ([${step.code}](${ruleDocsUrl(step.code, l10n.locale)}))` : ''}`;
    case 'notChecked':
      return `- [?] ${description} — *${step.reason ? l10n.t('hover.notCheckedWhy', { reason: escapeMarkdown(step.reason) }) : l10n.t('hover.notChecked')}*`;
  }
}

/** One pair: its heading with scenario and state, the path, the notes and the checklist. */
export function pairSection(pair: PairExplanation, heading: string, l10n: Localizer): string {
  const roles = pair.roles.length > 0 ? ` (${pair.roles.join(', ')})` : '';
  const lines = [
    `**${heading}**${roles} · ${escapeMarkdown(scenarioText(pair, l10n))} · ${pair.state}`,
  ];
  if (pair.hops.length > 0)
    lines.push(
      '',
      l10n.t('hover.path', { path: pair.hops.map((hop) => hopText(hop, l10n)).join(' → ') }),
    );
  for (const note of pair.notes)
    lines.push('', l10n.t('hover.note', { note: escapeMarkdown(note) }));
  // The checklist last: it ends with the document's last step, the connectivity test.
  if (pair.steps.length > 0) lines.push('', ...pair.steps.map((step) => stepLine(step, l10n)));
  return lines.join('\n');
}

/** A task's explanation as one Markdown document (the Explain Task command). */
export function taskExplanationMarkdown(task: TaskExplanation, locale: Locale = 'en'): string {
  const l10n = localizer(locale);
  const head = `${l10n.t('hover.taskHeading', { task: code(task.task) })}\n\n${l10n.t(
    'hover.taskFacts',
    {
      kind: task.kind ? code(task.kind) : l10n.t('hover.noKind'),
      rg: task.resourceGroup ? code(task.resourceGroup) : l10n.t('hover.none'),
    },
  )}`;
  if (task.pairs.length === 0) return `${head}\n\n${l10n.t('hover.noDataSource')}\n`;
  const sections = task.pairs.map((pair) =>
    pairSection(pair, l10n.t('hover.dataSourceLabel', { ds: code(pair.dataSource) }), l10n),
  );
  return `${[head, ...sections].join('\n\n---\n\n')}\n`;
}

export function taskHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  const task = index.model.tasks.byId.get(declaration.id);
  const l10n = localizer(analysis.locale);
  const title = l10n.t('hover.taskTitle', { task: code(declaration.id) });
  if (!declaration.primary || !task)
    return `${entitySummary(declaration, localizer(analysis.locale))}\n\n${duplicateNote(declaration, l10n)}`;
  const facts = l10n.t('hover.taskFacts', {
    kind: task.kind ? code(task.kind) : l10n.t('hover.noKind'),
    rg: task.resourceGroup ? code(task.resourceGroup.value) : l10n.t('hover.none'),
  });
  const pairs = index.pairsByTask.get(task) ?? [];
  if (pairs.length === 0) return `${title} · ${facts}\n\n${l10n.t('hover.noDataSource')}`;
  const explained = explainPairs(analysis, pairs).flatMap((t) => t.pairs);
  const full = [`${title} · ${facts}`]
    .concat(
      explained.map((pair) =>
        pairSection(pair, l10n.t('hover.dataSourceLabel', { ds: code(pair.dataSource) }), l10n),
      ),
    )
    .join('\n\n---\n\n');
  // A task names a few data sources: their whole checklists stay readable.
  if (lineCount(full) <= MAX_HOVER_LINES || explained.length <= MAX_FULL_PAIRS) return full;
  return compactHover(
    `${title} · ${facts}`,
    l10n.t('hover.compact.usesDataSources', { count: explained.length }),
    explained.map((pair) => ({
      label: l10n.t('hover.dataSourceLabel', { ds: code(pair.dataSource) }),
      pair,
    })),
    l10n,
  );
}

export function dataSourceHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  const l10n = localizer(analysis.locale);
  const summary = entitySummary(declaration, localizer(analysis.locale));
  if (!declaration.primary) return `${summary}\n\n${duplicateNote(declaration, l10n)}`;
  const pairs = index.pairsByDataSource.get(declaration.id) ?? [];
  if (pairs.length === 0) return `${summary}\n\n${l10n.t('hover.unusedDataSource')}`;
  const explained = explainPairs(analysis, pairs).flatMap((task) =>
    task.pairs.map((pair) => ({
      label: l10n.t('hover.taskLabel', { task: code(task.task) }),
      pair,
    })),
  );
  const full = [summary]
    .concat(explained.map(({ label, pair }) => pairSection(pair, label, l10n)))
    .join('\n\n---\n\n');
  if (lineCount(full) <= MAX_HOVER_LINES || explained.length === 1) return full;
  return compactHover(
    summary,
    l10n.t('hover.compact.usedByTasks', { count: explained.length }),
    explained,
    l10n,
  );
}

function lineCount(markdown: string): number {
  return markdown.split('\n').length;
}

/**
 * A hover that stays readable however many pairs it covers: one line per pair (scenario
 * and state), broken pairs first with their checklist while it fits, at most
 * MAX_HOVER_LINES lines, ending with a pointer to Explain Task.
 */
function compactHover(
  summary: string,
  what: string,
  entries: { label: string; pair: PairExplanation }[],
  l10n: Localizer,
): string {
  const broken = entries.filter((e) => !e.pair.ok);
  const connected = entries.filter((e) => e.pair.ok);
  const counts =
    broken.length === 0
      ? l10n.t('hover.compact.allConnected')
      : l10n.t('hover.compact.counts', { connected: connected.length, broken: broken.length });
  const head = [...summary.split('\n'), '', '---', '', `**${what}** · ${counts}`, ''];
  // Kept for the end: "… and n more", a blank line and the pointer.
  const room = MAX_HOVER_LINES - head.length - 3;
  // Every broken pair's line comes first, then a few connected ones; checklists get the rest.
  let checklistRoom = room - Math.min(broken.length, room) - Math.min(connected.length, 3);
  const body: string[] = [];
  const shownChecklists = new Map<string, string>();
  let shown = 0;
  for (const { label, pair } of [...broken, ...connected]) {
    if (body.length >= room) break;
    const scenario =
      pair.scenario === null
        ? pair.scenarioTitle
        : l10n.t('hover.compact.scenario', { scenario: pair.scenario });
    const roles = pair.roles.length > 0 ? ` (${pair.roles.join(', ')})` : '';
    const notes =
      pair.notes.length === 0
        ? ''
        : ` · ${l10n.t('hover.compact.notes', { count: pair.notes.length })}`;
    const line = `- ${label}${roles} · ${escapeMarkdown(scenario)} · ${pair.state}${notes}`;
    shown++;
    if (pair.ok) {
      body.push(line);
      continue;
    }
    // The checklist of a broken pair, without the connectivity test every pair ends with;
    // one already shown is named, not repeated (many tasks share one group's steps).
    const checklist = pair.steps
      .filter((step) => step.code !== undefined)
      .map((step) => `  ${stepLine(step, l10n)}`);
    const key = checklist.join('\n');
    const same = shownChecklists.get(key);
    if (same !== undefined) {
      const sameLabel =
        l10n.locale === 'en' ? `${same.charAt(0).toLowerCase()}${same.slice(1)}` : same;
      body.push(`${line} ${l10n.t('hover.compact.sameSteps', { label: sameLabel })}`);
    } else if (checklist.length <= checklistRoom) {
      body.push(line, ...checklist);
      checklistRoom -= checklist.length;
      shownChecklists.set(key, label);
    } else {
      body.push(line);
    }
  }
  if (shown < entries.length) {
    const hidden = entries.length - shown;
    const hiddenBroken = Math.max(0, broken.length - shown);
    body.push(`- ${l10n.t('hover.compact.more', { hidden, broken: hiddenBroken })}`);
  }
  return [...head, ...body, '', l10n.t('hover.explainPointer')].join('\n');
}

export function duplicateNote(declaration: Declaration, l10n: Localizer): string {
  return l10n.t('hover.duplicate', { id: code(declaration.id) });
}
