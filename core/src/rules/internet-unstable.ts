// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { Task } from '../model';
import { pairRelated, type RelatedInput, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'internet-unstable',
    description: 'A data synchronization task reads or writes a data source over the Internet.',
    defaultSeverity: 'information',
    scenario: 5,
    fixable: false,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    const byTask = new Map<Task, { dataSources: string[]; related: RelatedInput[] }>();
    for (const pair of context.connectivity().pairs) {
      if (pair.task.kind !== 'sync' || !pair.overInternet || !pair.ds) continue;
      let entry = byTask.get(pair.task);
      if (!entry) byTask.set(pair.task, (entry = { dataSources: [], related: [] }));
      entry.dataSources.push(pair.ds.id);
      entry.related.push(...pairRelated(pair));
    }
    for (const [task, { dataSources, related }] of byTask) {
      context.report({
        pairsOf: task,
        node: task.node,
        pointer: task.pointer,
        scenario: 5,
        message:
          `Sync task '${task.id}' synchronizes data with ${dataSources.map((d) => `'${d}'`).join(' and ')} over the Internet: ` +
          'the efficiency and stability of the task cannot be ensured. Prefer an internal network or Cloud Enterprise Network (CEN).',
        related,
      });
    }
  },
};
