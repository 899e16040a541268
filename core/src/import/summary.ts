// The summary of an import as lines of text (the CLI prints them on stderr, the editor in
// its output channel): entities imported, what was skipped, what could not be known.
import { localizer, type Locale, type MessageKey } from '../l10n/index';
import { formatImportWords } from './text';
import type { ImportNote } from './terraform/resources';
import type { ImportedTopology } from './topology';

const COLLECTION_KEYS: Record<string, MessageKey> = {
  accounts: 'import.collection.accounts',
  vpcs: 'import.collection.vpcs',
  vSwitches: 'import.collection.vSwitches',
  natGateways: 'import.collection.natGateways',
  dataCenters: 'import.collection.dataCenters',
  connections: 'import.collection.connections',
  securityGroups: 'import.collection.securityGroups',
  resourceGroups: 'import.collection.resourceGroups',
  dataSources: 'import.collection.dataSources',
  tasks: 'import.collection.tasks',
};

/** `file:line: message`, or the message alone (in English if not yet localized: localize.ts). */
export function importNoteText(note: ImportNote): string {
  return noteText(note, 'en');
}

function noteText(note: ImportNote, locale: Locale): string {
  const where =
    note.file !== undefined
      ? `${note.file}${note.line !== undefined ? `:${note.line}` : ''}: `
      : '';
  return `${where}${formatImportWords(note.message, locale)}`;
}

/**
 * `imported 1 VPC, 2 vSwitches … from <what>`, then indented lines: skipped types (Terraform)
 * or records (the API), the count of unknown values, and every note that is not an error.
 */
export function importSummaryLines(
  topology: ImportedTopology,
  what: string,
  source: 'terraform' | 'aliyun',
  locale: Locale = 'en',
): string[] {
  const l10n = localizer(locale);
  const lines: string[] = [];
  const order = Object.keys(COLLECTION_KEYS);
  const imported = Object.entries(topology.summary.imported)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, n]) => {
      const key = COLLECTION_KEYS[name];
      return key ? l10n.t(key, { count: n }) : `${n} ${name}`;
    });
  lines.push(
    imported.length > 0
      ? l10n.t('import.summary.imported', { entities: l10n.list(imported), what })
      : l10n.t('import.summary.importedNothing', { what }),
  );
  const skipped = Object.entries(topology.summary.skipped).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (skipped.length > 0) {
    const total = skipped.reduce((sum, [, n]) => sum + n, 0);
    const types = l10n.list(
      skipped.map(([name, n]) => {
        const words = topology.summary.skippedWords?.[name];
        return `${words === undefined ? name : formatImportWords(words, locale)} (${n})`;
      }),
    );
    const key =
      source === 'terraform' ? 'import.summary.skippedTerraform' : 'import.summary.skippedAliyun';
    lines.push(`  ${l10n.t(key, { total, types })}`);
  }
  const unresolved = topology.summary.unresolved;
  if (unresolved > 0) lines.push(`  ${l10n.t('import.summary.unresolved', { count: unresolved })}`);
  const afterApply = topology.summary.afterApply ?? 0;
  if (afterApply > 0) lines.push(`  ${l10n.t('import.summary.afterApply', { count: afterApply })}`);
  for (const note of topology.notes) {
    if (note.level === 'error') continue;
    lines.push(`  ${l10n.t(`import.note.${note.level}`, { text: noteText(note, locale) })}`);
  }
  return lines;
}
