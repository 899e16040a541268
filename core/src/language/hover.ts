// Hover: on a task or data source, its scenario checklist and path; on a reference, the
// entity it names; on a CIDR block or IP address, its range and what holds it; on any
// other property, the schema's documentation.
import { addressFields, type AddressField } from '../analysis/addresses';
import type { PairEvaluation } from '../analysis/connectivity';
import { contains, formatIp, type Ipv4Range } from '../cidr';
import { explainAnalysis } from '../explain';
import type { CidrValue, Model } from '../model';
import { pathOf, type Node } from '../parse';
import { ruleDocsUrl } from '../rules/registry';
import type { PairExplanation, PathHop, TaskExplanation } from '../types';
import { closest } from '../util/similar';
import type { Analysis } from '../validate';
import { code, entitySummary, escapeMarkdown, kindTitle } from './describe';
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

/** A hover lists this many (task, data source) pairs at most. */
const MAX_PAIRS = 10;
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
    if (address) return addressHover(addressIndex(analysis, index.model), address);
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

/** Explains the given pairs only (explaining every task would make a hover quadratic). */
function explainPairs(analysis: Analysis, pairs: readonly PairEvaluation[]): TaskExplanation[] {
  const model = analysis.model;
  const connectivity = analysis.connectivity;
  if (!model || !connectivity || pairs.length === 0) return [];
  const tasks = new Map(pairs.map((pair) => [pair.task.id, pair.task]));
  const narrowed: Analysis = {
    ...analysis,
    model: { ...model, tasks: { ...model.tasks, byId: tasks } },
    connectivity: { ...connectivity, pairs: [...pairs] },
  };
  return explainAnalysis(narrowed);
}

function stateOf(pair: PairExplanation): string {
  if (pair.ok) return 'connected';
  const missing = pair.steps.filter((step) => !step.ok).length;
  if (pair.scenario === null && pair.steps.length === 0) return 'not checked';
  return missing > 0 ? `${missing} ${missing === 1 ? 'step' : 'steps'} missing` : 'not connected';
}

function scenarioText(pair: Pick<PairExplanation, 'scenario' | 'scenarioTitle'>): string {
  return pair.scenario === null
    ? pair.scenarioTitle
    : `Scenario ${pair.scenario} — ${pair.scenarioTitle}`;
}

function hopText(hop: PathHop): string {
  switch (hop.kind) {
    case 'resourceGroup':
      return code(hop.id);
    case 'binding':
      return `binding ${hop.id}${hop.detail === '' ? '' : ` (${code(hop.detail)})`}`;
    case 'connection':
      return hop.missing
        ? `*(${escapeMarkdown(hop.detail || 'no direct connection')})*`
        : `${code(hop.id)}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)})`}`;
    case 'natGateway':
      return `NAT gateway ${code(hop.id)}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)})`}`;
    case 'internet':
      return escapeMarkdown(hop.detail || hop.id);
    case 'vpc':
      return `VPC ${code(hop.id)}`;
    case 'dataCenter':
      return `data center ${code(hop.id)}`;
    case 'dataSource':
      return `${code(hop.id)}${hop.detail === '' ? '' : ` (${escapeMarkdown(hop.detail)})`}`;
  }
}

/** One pair: its heading with scenario and state, the checklist, the path and the notes. */
function pairSection(pair: PairExplanation, heading: string): string {
  const roles = pair.roles.length > 0 ? ` (${pair.roles.join(', ')})` : '';
  const lines = [
    `**${heading}**${roles} · ${escapeMarkdown(scenarioText(pair))} · ${stateOf(pair)}`,
  ];
  if (pair.steps.length > 0) {
    lines.push('');
    for (const step of pair.steps) {
      const link = step.ok ? '' : ` ([${step.code}](${ruleDocsUrl(step.code)}))`;
      lines.push(`- [${step.ok ? 'x' : ' '}] ${escapeMarkdown(step.description)}${link}`);
    }
  }
  if (pair.hops.length > 0) lines.push('', `Path: ${pair.hops.map(hopText).join(' → ')}`);
  for (const note of pair.notes) lines.push('', `*Note:* ${escapeMarkdown(note)}`);
  return lines.join('\n');
}

function taskHover(analysis: Analysis, index: LanguageIndex, declaration: Declaration): string {
  const task = index.model.tasks.byId.get(declaration.id);
  const title = `**Task** ${code(declaration.id)}`;
  if (!declaration.primary || !task)
    return `${entitySummary(declaration)}\n\n${duplicateNote(declaration)}`;
  const facts = `${task.kind ? code(task.kind) : 'no kind'} on resource group ${
    task.resourceGroup ? code(task.resourceGroup.value) : '(none)'
  }`;
  const pairs = index.pairsByTask.get(task) ?? [];
  if (pairs.length === 0) return `${title} · ${facts}\n\n*This task names no data source.*`;
  const shown = pairs.slice(0, MAX_PAIRS);
  const sections = explainPairs(analysis, shown).flatMap((explained) =>
    explained.pairs.map((pair) => pairSection(pair, `Data source ${code(pair.dataSource)}`)),
  );
  if (pairs.length > shown.length)
    sections.push(`*… and ${pairs.length - shown.length} more data sources.*`);
  return [`${title} · ${facts}`, ...sections].join('\n\n---\n\n');
}

function dataSourceHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  const summary = entitySummary(declaration);
  if (!declaration.primary) return `${summary}\n\n${duplicateNote(declaration)}`;
  const pairs = index.pairsByDataSource.get(declaration.id) ?? [];
  if (pairs.length === 0)
    return `${summary}\n\n*No task uses this data source: its connectivity is not checked.*`;
  const shown = pairs.slice(0, MAX_PAIRS);
  const sections = explainPairs(analysis, shown).flatMap((explained) =>
    explained.pairs.map((pair) => pairSection(pair, `Task ${code(explained.task)}`)),
  );
  if (pairs.length > shown.length)
    sections.push(`*… and ${pairs.length - shown.length} more tasks use this data source.*`);
  return [summary, ...sections].join('\n\n---\n\n');
}

function duplicateNote(declaration: Declaration): string {
  return `*This is a later definition of ${code(declaration.id)}: it is ignored, the first one counts (\`duplicate-id\`).*`;
}

function declarationHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  if (declaration.kind === 'task') return taskHover(analysis, index, declaration);
  if (declaration.kind === 'dataSource') return dataSourceHover(analysis, index, declaration);
  const parts = [entitySummary(declaration)];
  if (!declaration.primary) parts.push(duplicateNote(declaration));
  const uses = index.referencesOf(declaration.kind, declaration.scope, declaration.id).length;
  if (declaration.kind !== 'connection' && declaration.kind !== 'natGateway')
    parts.push(
      uses === 0 ? '*Not referenced.*' : `*Referenced ${uses === 1 ? 'once' : `${uses} times`}.*`,
    );
  const documentation = documentationAt([...pathOf(declaration.keyNode), declaration.id]);
  if (documentation) parts.push(`---\n\n${documentation}`);
  return parts.join('\n\n');
}

// --- references -----------------------------------------------------------------------

function referenceHover(analysis: Analysis, index: LanguageIndex, reference: Reference): string {
  const target = reference.target;
  if (!target) return unknownReferenceHover(index, reference);
  const parts = [entitySummary(target)];
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
    if (explained) parts.push(`---\n\n${pairSection(explained, `Task ${code(pair!.task.id)}`)}`);
  }
  return parts.join('\n\n');
}

function unknownReferenceHover(index: LanguageIndex, reference: Reference): string {
  const label = referenceLabel(reference);
  const id = reference.value.value;
  if (reference.kinds[0] === 'account' && !index.model.accounts.present) {
    const uses = index.referencesOf('account', '', id).length;
    return [
      `**Account** ${code(id)}`,
      `*Named ${uses === 1 ? 'once' : `${uses} times`}. The file has no \`accounts\` map, so account ids are free-form labels: add \`accounts\` to have dwnet check them.*`,
    ].join('\n\n');
  }
  const lines = [`**Unknown ${escapeMarkdown(label)}** ${code(id)}`];
  const kind = reference.kinds[0]!;
  const found = reference.kinds.length === 1 ? elsewhere(index, kind, id) : [];
  if (found.length > 0) {
    lines.push(
      `${kindTitle(kind)} ${code(id)} belongs to VPC ${found
        .map((d) => code(d.scope))
        .join(', ')}${reference.scope === '' ? '' : `, not to VPC ${code(reference.scope)}`}.`,
    );
    return lines.join('\n\n');
  }
  const candidates = candidatesFor(index, reference.kinds, reference.scope).map((d) => d.id);
  const best = closest(id, candidates);
  lines.push(
    best === undefined
      ? `No ${escapeMarkdown(label)} is defined.`
      : `No ${escapeMarkdown(label)} has this id. Did you mean ${code(best)}?`,
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
  for (const vpc of model.vpcs.byId.values()) hold(`VPC ${code(vpc.id)}`, vpc.cidr);
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values())
      hold(`vSwitch ${code(sw.id)} of VPC ${code(vpc.id)}`, sw.cidr);
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs) hold(`data center ${code(dc.id)}`, cidr);
  }
  const index = { fields, holders };
  addressCache.set(analysis, index);
  return index;
}

function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function addressHover(index: AddressIndex, field: AddressField): string {
  const text = field.value.value;
  const label = escapeMarkdown(field.label);
  let range: Ipv4Range | undefined;
  const facts: string[] = [];
  let title = text.includes('/') ? 'CIDR block' : 'IP address';
  if (field.kind === 'cidr') {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = parsed.range;
      if (parsed.hostBits)
        facts.push(
          `Host bits are set: the network is ${code(parsed.network)} (\`cidr-host-bits\`)`,
        );
    } else {
      facts.push(problemText(parsed.problem, 'CIDR block'));
    }
  } else {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = { start: parsed.value, end: parsed.value, prefix: 32 };
    } else if (field.kind === 'address' && field.allowHostName && parsed.problem === 'invalid') {
      title = 'Host name';
      facts.push('Resolved by DNS when the task runs: dwnet cannot tell which network holds it');
    } else {
      facts.push(problemText(parsed.problem, 'IP address'));
    }
  }
  if (range) {
    const size = range.end - range.start + 1;
    facts.unshift(
      size === 1
        ? `Range: ${code(formatIp(range.start))} (1 address)`
        : `Range: ${code(formatIp(range.start))} – ${code(formatIp(range.end))} (${groupDigits(size)} addresses)`,
    );
    const inner = range;
    const holders = index.holders.filter(
      (h) => h.value.node !== field.value.node && contains(h.range, inner),
    );
    if (holders.length === 0) {
      facts.push('Held by: no VPC, vSwitch or data center of this topology');
    } else {
      const shown = holders
        .slice(0, MAX_HOLDERS)
        .map((h) => `${h.what} (${code(h.value.value)})`)
        .join(', ');
      facts.push(
        `Held by: ${shown}${holders.length > MAX_HOLDERS ? `, … (${holders.length} in all)` : ''}`,
      );
    }
  }
  return `**${title}** ${code(text)} · ${label}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function problemText(problem: 'invalid' | 'ipv6', what: string): string {
  return problem === 'ipv6'
    ? 'IPv6: DataWorks network connections are checked for IPv4 only (`ipv6-unsupported`)'
    : `Not a valid IPv4 ${what}`;
}
