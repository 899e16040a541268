// The summary of an import as lines of text (the CLI prints them on stderr, the editor in
// its output channel): entities imported, what was skipped, what could not be known.
import type { ImportNote } from './terraform/resources';
import type { ImportedTopology } from './topology';

const COLLECTION_WORDS: Record<string, [string, string]> = {
  accounts: ['account', 'accounts'],
  vpcs: ['VPC', 'VPCs'],
  vSwitches: ['vSwitch', 'vSwitches'],
  natGateways: ['NAT gateway', 'NAT gateways'],
  dataCenters: ['data center', 'data centers'],
  connections: ['connection', 'connections'],
  securityGroups: ['security group', 'security groups'],
  resourceGroups: ['resource group', 'resource groups'],
  dataSources: ['data source', 'data sources'],
  tasks: ['task', 'tasks'],
};

/** `file:line: message`, or the message alone. */
export function importNoteText(note: ImportNote): string {
  const where =
    note.file !== undefined
      ? `${note.file}${note.line !== undefined ? `:${note.line}` : ''}: `
      : '';
  return `${where}${note.message}`;
}

/**
 * `imported 1 VPC, 2 vSwitches … from <what>`, then indented lines: skipped types (Terraform)
 * or records (the API), the count of unknown values, and every note that is not an error.
 */
export function importSummaryLines(
  topology: ImportedTopology,
  what: string,
  source: 'terraform' | 'aliyun',
): string[] {
  const lines: string[] = [];
  const order = Object.keys(COLLECTION_WORDS);
  const imported = Object.entries(topology.summary.imported)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([name, n]) => {
      const [one, many] = COLLECTION_WORDS[name] ?? [name, name];
      return `${n} ${n === 1 ? one : many}`;
    });
  lines.push(`imported ${imported.length > 0 ? imported.join(', ') : 'nothing'} from ${what}`);
  const skipped = Object.entries(topology.summary.skipped).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  if (skipped.length > 0) {
    const total = skipped.reduce((sum, [, n]) => sum + n, 0);
    const noun =
      source === 'terraform'
        ? `resource${total === 1 ? '' : 's'} of types`
        : `record${total === 1 ? '' : 's'}`;
    lines.push(
      `  skipped ${total} ${noun} with no dwnet meaning: ${skipped
        .map(([type, n]) => `${type} (${n})`)
        .join(', ')}`,
    );
  }
  const unresolved = topology.summary.unresolved;
  if (unresolved > 0) {
    lines.push(
      `  ${unresolved} value${unresolved === 1 ? '' : 's'} not known statically (see the "// unresolved:" comments and the notes below)`,
    );
  }
  for (const note of topology.notes) {
    if (note.level === 'error') continue;
    lines.push(`  ${note.level}: ${importNoteText(note)}`);
  }
  return lines;
}
