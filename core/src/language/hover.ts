// Hover: on a task or data source, its scenario checklist and path (hoverPairs.ts); on a
// reference, the entity it names; on a CIDR block or IP address, its range and what holds
// it (hoverAddresses.ts); on any other property, the schema's documentation.
import { localizer, type Locale, type Localizer, type MessageKey } from '../l10n';
import { explainPairs } from '../explain';
import { pathOf, type Node } from '../parse';
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
import { addressHover, addressIndex } from './hoverAddresses';
import { dataSourceHover, duplicateNote, pairSection, taskHover } from './hoverPairs';
import { documentationAt, enumDocumentationAt } from './schemaDocs';
import type { HoverResult } from './types';

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
  return schemaHover(node, analysis.locale);
}

// --- schema documentation -------------------------------------------------------------

function schemaHover(node: Node, locale: Locale): string | undefined {
  if (isKey(node)) {
    if (typeof node.value !== 'string') return undefined;
    return documentationAt([...pathOf(node), node.value], locale);
  }
  if (node.type === 'object' || node.type === 'array' || node.type === 'property') return undefined;
  const parent = node.parent;
  if (parent?.type !== 'property' && parent?.type !== 'array') return undefined;
  const path = pathOf(node);
  const documentation = documentationAt(path, locale);
  const enumDocumentation = enumDocumentationAt(path, node.value, locale);
  if (enumDocumentation === undefined) return documentation;
  const colon = locale === 'zh-CN' ? '：' : ': ';
  const value = `${code(JSON.stringify(node.value) ?? '')}${colon}${enumDocumentation}`;
  return documentation === undefined ? value : `${value}\n\n---\n\n${documentation}`;
}

// --- declarations -------------------------------------------------------------------

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
    if (pair && explained)
      parts.push(
        `---\n\n${pairSection(explained, localizer(analysis.locale).t('hover.taskLabel', { task: code(pair.task.id) }), localizer(analysis.locale))}`,
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
  const kind = reference.kinds[0];
  const found =
    kind !== undefined && reference.kinds.length === 1 ? elsewhere(index, kind, id) : [];
  if (kind !== undefined && found.length > 0) {
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
