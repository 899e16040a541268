// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { RelatedLocation } from '../types';
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { Task } from '../model';
import { pairRelated, type Rule, type RuleContext } from './rule';

/** A task's data sources read or written over the Internet, and their related locations. */
interface OverInternet {
  task: Task;
  dataSources: string[];
  related: RelatedLocation[];
}

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
    // A task's pairs stand together (the pairs are in task order): the map is asked only
    // when the task changes, and it keeps a task met again later in one entry.
    const byTask = new Map<Task, OverInternet>();
    const inOrder: OverInternet[] = [];
    let current: OverInternet | undefined;
    const pairs = pairSubsetsOf(context.connectivity()).overInternet;
    // The task's kind and the data source's id from the columns: a task's object is made only
    // for a pair that is reported (a third of these pairs' tasks are not sync tasks).
    const { model } = context;
    const kinds = model.columns.tasks;
    const dataSources = model.dataSources;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      if (!pair.overInternet || pair.dsSlot < 0 || kinds.kindOf(pair.taskSlot) !== 'sync') continue;
      const task = pair.task;
      const dsId = dataSources.idAt(pair.dsSlot);
      const related = pairRelated(pair, context.l10n);
      if (current === undefined || current.task !== task) current = byTask.get(task);
      if (!current) {
        // Most tasks have one such pair: its lists start as literals of one, and the pair's
        // related locations are the task's own list (an array grown by `push` from empty
        // reserves room for seventeen).
        current = { task, dataSources: [dsId], related };
        byTask.set(task, current);
        inOrder.push(current);
        continue;
      }
      current.dataSources.push(dsId);
      for (let r = 0; r < related.length; r++) current.related.push(related[r] as RelatedLocation);
    }
    for (let i = 0; i < inOrder.length; i++) report(context, inOrder[i] as OverInternet);
  },
};

function report(context: RuleContext, { task, dataSources, related }: OverInternet): void {
  const { l10n } = context;
  // "'a', 'b' and 'c'": each quoted, joined from the left (a loop: no callbacks per task).
  let listed = l10n.t('quoted', { value: dataSources[0] as string });
  for (let i = 1; i < dataSources.length; i++)
    listed = l10n.t('list.and', {
      first: listed,
      last: l10n.t('quoted', { value: dataSources[i] as string }),
    });
  context.report({
    pairsOf: task,
    node: task.node,
    pointer: task.pointer,
    scenario: 5,
    message: l10n.t('internet-unstable.message', { task: task.id, dataSources: listed }),
    related,
  });
}
