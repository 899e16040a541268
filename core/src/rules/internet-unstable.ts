// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { Localizer } from '../l10n';
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { Task } from '../model';
import { pairsRelated, type FindingDescription, type Rule } from './rule';

/** A task's data sources read or written over the Internet: the pairs and the data sources' ids. */
interface OverInternet {
  task: Task;
  dataSources: string[];
  pairs: PairEvaluation[];
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
      if (current === undefined || current.task !== task) current = byTask.get(task);
      if (!current) {
        // Most tasks have one such pair: its lists start as literals of one (an array grown
        // by `push` from empty reserves room for seventeen).
        current = { task, dataSources: [dsId], pairs: [pair] };
        byTask.set(task, current);
        inOrder.push(current);
        continue;
      }
      current.dataSources.push(dsId);
      current.pairs.push(pair);
    }
    const { l10n } = context;
    for (let i = 0; i < inOrder.length; i++) {
      const overInternet = inOrder[i] as OverInternet;
      const { task } = overInternet;
      context.report({
        pairsOf: task,
        node: task.node,
        pointer: task.pointer,
        scenario: 5,
        // Worked out only for a finding that is shown (the cap per file drops the rest).
        describe: () => describe(l10n, overInternet),
      });
    }
  },
};

function describe(l10n: Localizer, { task, dataSources, pairs }: OverInternet): FindingDescription {
  // "'a', 'b' and 'c'": each quoted, joined from the left (a loop: no callbacks per task).
  let listed = l10n.t('quoted', { value: dataSources[0] as string });
  for (let i = 1; i < dataSources.length; i++)
    listed = l10n.t('list.and', {
      first: listed,
      last: l10n.t('quoted', { value: dataSources[i] as string }),
    });
  return {
    message: l10n.t('internet-unstable.message', { task: task.id, dataSources: listed }),
    related: pairsRelated(pairs, l10n),
  };
}
