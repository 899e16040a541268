// Hover: on a task or data source, its scenario checklist and path; on a reference, the
// entity it names; on a CIDR block or IP address, its range and what holds it; on any
// other property, the schema's documentation.
import { symbolicHover } from './symbolicHover';
import { addressFields, type AddressField } from '../analysis/addresses';
import { vpcBlocks } from '../analysis/vpcSpace';
import { localizer, type Locale, type Localizer, type MessageKey } from '../l10n';
import { contains, formatIp, type Ipv4Range } from '../cidr';
import { explainPairs } from '../explain';
import type { CidrValue, Model } from '../model';
import { pathOf, type Node } from '../parse';
import { ruleDocsUrl } from '../rules/registry';
import type { ChecklistStep, PairExplanation, PathHop, TaskExplanation } from '../types';
import { closest } from '../util/similar';
import type { Analysis } from '../validate';
import { ENTITY_TITLES, code, entitySummary, escapeMarkdown } from './describe';
import {
  candidatesFor,
  elsewhere,
  isKey,
  languageIndex,
  leafAt,
  referenceLabel,
  type Declaration,
  type LanguageIndex,
  type Reference,
} from './entities';
import { documentationAt, enumDocumentationAt } from './schemaDocs';
import type { HoverResult } from './types';

/** And this many holders of an address. */
const MAX_HOLDERS = 10;

/** The hover at an offset of the analysed text; undefined where there is nothing to say. */
export function hoverAt(analysis: Analysis, offset: number): HoverResult | undefined {
  try {
    return computeHover(analysis, offset);
  } catch {
    return undefined;
  }
}

function computeHover(analysis: Analysis, offset: number): HoverResult | undefined {
  const node = leafAt(analysis.document.root, offset);
  if (!node) return undefined;
  const span = { offset: node.offset, length: node.length };
  const contents = hoverContents(analysis, node);
  return contents === undefined ? undefined : { ...span, contents };
}

function hoverContents(analysis: Analysis, node: Node): string | undefined {
  const index = languageIndex(analysis);
  if (index && node.type === 'string') {
    const entry = index.byNode.get(node);
    if (entry && 'entity' in entry) return declarationHover(analysis, index, entry);
    if (entry) return referenceHover(analysis, index, entry);
    const address = addressIndex(analysis, index.model).fields.get(node);
    if (address)
      return addressHover(addressIndex(analysis, index.model), address, localizer(analysis.locale));
  }
  return schemaHover(node);
}

// --- schema documentation -------------------------------------------------------------

function schemaHover(node: Node): string | undefined {
  if (isKey(node)) {
    if (typeof node.value !== 'string') return undefined;
    return documentationAt([...pathOf(node), node.value]);
  }
  if (node.type === 'object' || node.type === 'array' || node.type === 'property') return undefined;
  const parent = node.parent;
  if (parent?.type !== 'property' && parent?.type !== 'array') return undefined;
  const path = pathOf(node);
  const documentation = documentationAt(path);
  const enumDocumentation = enumDocumentationAt(path, node.value);
  if (enumDocumentation === undefined) return documentation;
  const value = `${code(JSON.stringify(node.value) ?? '')}: ${enumDocumentation}`;
  return documentation === undefined ? value : `${value}\n\n---\n\n${documentation}`;
}

// --- tasks and data sources -----------------------------------------------------------

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
function pairSection(pair: PairExplanation, heading: string, l10n: Localizer): string {
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

function taskHover(analysis: Analysis, index: LanguageIndex, declaration: Declaration): string {
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

function dataSourceHover(
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

function duplicateNote(declaration: Declaration, l10n: Localizer): string {
  return l10n.t('hover.duplicate', { id: code(declaration.id) });
}

/** Each kind's description in the catalogue (the English one is the schema's). */
const ENTITY_DOCS: Record<Declaration['kind'], MessageKey> = {
  account: 'hover.entityDoc.account',
  vpc: 'hover.entityDoc.vpc',
  vSwitch: 'hover.entityDoc.vSwitch',
  natGateway: 'hover.entityDoc.natGateway',
  dataCenter: 'hover.entityDoc.dataCenter',
  connection: 'hover.entityDoc.connection',
  securityGroup: 'hover.entityDoc.securityGroup',
  resourceGroup: 'hover.entityDoc.resourceGroup',
  dataSource: 'hover.entityDoc.dataSource',
  task: 'hover.entityDoc.task',
};

function declarationHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  if (declaration.kind === 'task') return taskHover(analysis, index, declaration);
  if (declaration.kind === 'dataSource') return dataSourceHover(analysis, index, declaration);
  const l10n = localizer(analysis.locale);
  const parts = [entitySummary(declaration, l10n)];
  if (!declaration.primary) parts.push(duplicateNote(declaration, l10n));
  const uses = index.referencesOf(declaration.kind, declaration.scope, declaration.id).length;
  if (declaration.kind !== 'connection' && declaration.kind !== 'natGateway')
    parts.push(
      uses === 0 ? l10n.t('hover.notReferenced') : l10n.t('hover.referenced', { count: uses }),
    );
  parts.push(`---\n\n${l10n.t(ENTITY_DOCS[declaration.kind])}`);
  return parts.join('\n\n');
}

// --- references -----------------------------------------------------------------------

function referenceHover(analysis: Analysis, index: LanguageIndex, reference: Reference): string {
  const target = reference.target;
  if (!target) return unknownReferenceHover(index, reference, localizer(analysis.locale));
  const parts = [entitySummary(target, localizer(analysis.locale))];
  // A task's data source: that pair's checklist too.
  if (target.kind === 'dataSource' && reference.owner) {
    const task = index.model.tasks.byId.get(reference.owner.id);
    const pair =
      task === reference.owner
        ? (index.pairsByTask.get(task) ?? []).find(
            (p) => p.dataSourceRefNode.value === reference.value.value,
          )
        : undefined;
    const explained = pair ? explainPairs(analysis, [pair])[0]?.pairs[0] : undefined;
    if (explained)
      parts.push(
        `---\n\n${pairSection(explained, localizer(analysis.locale).t('hover.taskLabel', { task: code(pair!.task.id) }), localizer(analysis.locale))}`,
      );
  }
  return parts.join('\n\n');
}

/** What a reference must name, in words of the locale ("vSwitch of VPC 'vpc-hz'"). */
function referenceWords(reference: Reference, l10n: Localizer): string {
  if (l10n.locale === 'en') return referenceLabel(reference);
  const words = reference.kinds
    .map((kind) => l10n.t(ENTITY_TITLES[kind]))
    .reduce((first, last) => l10n.t('cli.usage.or', { first, last }));
  return reference.kinds[0] === 'vSwitch' && reference.scope !== ''
    ? l10n.t('hover.scopedReference', { words, vpc: reference.scope })
    : words;
}

function unknownReferenceHover(
  index: LanguageIndex,
  reference: Reference,
  l10n: Localizer,
): string {
  const label = referenceWords(reference, l10n);
  const id = reference.value.value;
  if (reference.kinds[0] === 'account' && !index.model.accounts.present) {
    const uses = index.referencesOf('account', '', id).length;
    return [
      `**${l10n.t('entity.account')}** ${code(id)}`,
      l10n.t('hover.freeAccount', { count: uses }),
    ].join('\n\n');
  }
  const lines = [l10n.t('hover.unknown', { label: escapeMarkdown(label), id: code(id) })];
  const kind = reference.kinds[0]!;
  const found = reference.kinds.length === 1 ? elsewhere(index, kind, id) : [];
  if (found.length > 0) {
    lines.push(
      l10n.t('hover.belongsTo', {
        kind: l10n.t(ENTITY_TITLES[kind]),
        id: code(id),
        vpcs: l10n.list(found.map((d) => code(d.scope))),
        other: reference.scope === '' ? 'none' : code(reference.scope),
      }),
    );
    return lines.join('\n\n');
  }
  const candidates = candidatesFor(index, reference.kinds, reference.scope).map((d) => d.id);
  const best = closest(id, candidates);
  lines.push(
    best === undefined
      ? l10n.t('hover.noneDefined', { label: escapeMarkdown(label) })
      : l10n.t('hover.didYouMean', { label: escapeMarkdown(label), best: code(best) }),
  );
  return lines.join('\n\n');
}

// --- addresses ------------------------------------------------------------------------

interface Holder {
  what: string;
  value: CidrValue;
  range: Ipv4Range;
}

interface AddressIndex {
  fields: Map<Node, AddressField>;
  holders: Holder[];
}

const addressCache = new WeakMap<Analysis, AddressIndex>();

function addressIndex(analysis: Analysis, model: Model): AddressIndex {
  const cached = addressCache.get(analysis);
  if (cached) return cached;
  const fields = new Map<Node, AddressField>();
  for (const field of addressFields(model)) fields.set(field.value.node, field);
  const holders: Holder[] = [];
  const hold = (what: string, value: CidrValue | undefined) => {
    if (value?.parsed.ok) holders.push({ what, value, range: value.parsed.range });
  };
  const l10n = localizer(analysis.locale);
  for (const vpc of model.vpcs.byId.values()) {
    // Its secondary CIDR blocks are its address space too.
    for (const block of vpcBlocks(vpc))
      hold(l10n.t('hover.holder.vpc', { id: code(vpc.id) }), block);
  }
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values())
      hold(l10n.t('hover.holder.vSwitch', { id: code(sw.id), vpc: code(vpc.id) }), sw.cidr);
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs) hold(l10n.t('hover.holder.dataCenter', { id: code(dc.id) }), cidr);
  }
  const index = { fields, holders };
  addressCache.set(analysis, index);
  return index;
}

function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function addressHover(index: AddressIndex, field: AddressField, l10n: Localizer): string {
  const symbolic = symbolicHover(field, l10n);
  if (symbolic !== undefined) return symbolic;
  const text = field.value.value;
  const label = escapeMarkdown(l10n.t(field.label.key, field.label.params));
  let range: Ipv4Range | undefined;
  const facts: string[] = [];
  let title = l10n.t(text.includes('/') ? 'hover.address.cidrBlock' : 'hover.address.ipAddress');
  if (field.kind === 'cidr') {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = parsed.range;
      if (parsed.hostBits)
        facts.push(l10n.t('hover.address.hostBits', { network: code(parsed.network) }));
    } else {
      facts.push(problemText(parsed.problem, 'cidr', l10n));
    }
  } else {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = { start: parsed.value, end: parsed.value, prefix: 32 };
    } else if (field.kind === 'address' && field.allowHostName && parsed.problem === 'invalid') {
      title = l10n.t('hover.address.hostName');
      facts.push(l10n.t('hover.address.dns'));
    } else {
      facts.push(problemText(parsed.problem, 'ip', l10n));
    }
  }
  if (range) {
    const size = range.end - range.start + 1;
    facts.unshift(
      size === 1
        ? l10n.t('hover.address.one', { start: code(formatIp(range.start)) })
        : l10n.t('hover.address.range', {
            start: code(formatIp(range.start)),
            end: code(formatIp(range.end)),
            size: groupDigits(size),
          }),
    );
    const inner = range;
    const holders = index.holders.filter(
      (h) => h.value.node !== field.value.node && contains(h.range, inner),
    );
    if (holders.length === 0) {
      facts.push(l10n.t('hover.address.heldByNone'));
    } else {
      const shown = l10n.list(
        holders
          .slice(0, MAX_HOLDERS)
          .map((h) => l10n.t('hover.holder.item', { what: h.what, value: code(h.value.value) })),
      );
      const all =
        holders.length > MAX_HOLDERS
          ? l10n.t('hover.address.inAll', { shown, count: holders.length })
          : shown;
      facts.push(l10n.t('hover.address.heldBy', { holders: all }));
    }
  }
  return `**${title}** ${code(text)} · ${label}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function problemText(
  problem: 'invalid' | 'ipv6' | 'symbolic',
  what: 'cidr' | 'ip',
  l10n: Localizer,
): string {
  return problem === 'ipv6'
    ? l10n.t('hover.address.ipv6')
    : l10n.t('hover.address.invalid', { what });
}
