// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { RelatedLocation } from '../types';
import type { PairEvaluation } from '../analysis/connectivity';
import type { Task } from '../model';
import { pairRelated, type Rule, type RuleContext } from './rule';

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
    const byTask = new Map<Task, { dataSources: string[]; related: RelatedLocation[] }>();
    const pairs = context.connectivity().pairs;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      if (!pair.overInternet || pair.task.kind !== 'sync' || !pair.ds) continue;
      let entry = byTask.get(pair.task);
      if (!entry) byTask.set(pair.task, (entry = { dataSources: [], related: [] }));
      entry.dataSources.push(pair.ds.id);
      entry.related.push(...pairRelated(pair, context.l10n));
    }
    report(context, byTask);
  },
};

function report(
  context: RuleContext,
  byTask: Map<Task, { dataSources: string[]; related: RelatedLocation[] }>,
): void {
  for (const [task, { dataSources, related }] of byTask) {
    context.report({
      pairsOf: task,
      node: task.node,
      pointer: task.pointer,
      scenario: 5,
      message: context.l10n.t('internet-unstable.message', {
        task: task.id,
        dataSources: dataSources
          .map((d) => context.l10n.t('quoted', { value: d }))
          .reduce((first, last) => context.l10n.t('list.and', { first, last })),
      }),
      related,
    });
  }
}
