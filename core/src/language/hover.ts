// Hover: on a task or data source, its scenario checklist and path (hoverPairs.ts); on a
// reference, the entity it names; on a CIDR block or IP address, its range and what holds
// it (hoverAddresses.ts); on any other property, the schema's documentation.
import { localizer } from '../l10n';
import { explainPairs } from '../explain';
import { pathOf, type Node } from '../parse';
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

// --- declarations -------------------------------------------------------------------

function declarationHover(
  analysis: Analysis,
  index: LanguageIndex,
  declaration: Declaration,
): string {
  if (declaration.kind === 'task') return taskHover(analysis, index, declaration);
  if (declaration.kind === 'dataSource') return dataSourceHover(analysis, index, declaration);
  const parts = [entitySummary(declaration, localizer(analysis.locale))];
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
  const kind = reference.kinds[0];
  const found =
    kind !== undefined && reference.kinds.length === 1 ? elsewhere(index, kind, id) : [];
  if (kind !== undefined && found.length > 0) {
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
