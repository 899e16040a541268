// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { Localizer } from '../l10n';
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import { pointerUnder } from '../model/entities';
import { pairsRelated, type FindingDescription, type Rule } from './rule';

/** A task's data sources read or written over the Internet: the pairs and the data sources' ids. */
interface OverInternet {
  /** The task's slot: its object is made only for a finding that is described. */
  taskSlot: number;
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
    const byTask = new Map<number, OverInternet>();
    const inOrder: OverInternet[] = [];
    let current: OverInternet | undefined;
    const pairs = pairSubsetsOf(context.connectivity()).overInternet;
    // The task's kind, value node and id and the data source's id from the columns and rows:
    // no task object is made (the benchmark's check reports 776 of these past its cap).
    const { model } = context;
    const kinds = model.columns.tasks;
    const { dataSources, tasks } = model;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      if (!pair.overInternet || pair.dsSlot < 0 || kinds.kindOf(pair.taskSlot) !== 'sync') continue;
      const taskSlot = pair.taskSlot;
      const dsId = dataSources.idAt(pair.dsSlot);
      if (current === undefined || current.taskSlot !== taskSlot) current = byTask.get(taskSlot);
      if (!current) {
        // Most tasks have one such pair: its lists start as literals of one (an array grown
        // by `push` from empty reserves room for seventeen).
        current = { taskSlot, dataSources: [dsId], pairs: [pair] };
        byTask.set(taskSlot, current);
        inOrder.push(current);
        continue;
      }
      current.dataSources.push(dsId);
      current.pairs.push(pair);
    }
    const { l10n } = context;
    for (let i = 0; i < inOrder.length; i++) {
      const overInternet = inOrder[i] as OverInternet;
      const { taskSlot } = overInternet;
      context.report({
        // The first pair stands for its task (every pair here is the task's).
        taskOf: overInternet.pairs[0] as PairEvaluation,
        node: tasks.nodeAt(taskSlot),
        pointer: pointerUnder('/tasks', tasks.idAt(taskSlot)),
        scenario: 5,
        // Worked out only for a finding that is shown (the cap per file drops the rest).
        describe: () => describe(l10n, tasks.idAt(taskSlot), overInternet),
      });
    }
  },
};

function describe(
  l10n: Localizer,
  taskId: string,
  { dataSources, pairs }: OverInternet,
): FindingDescription {
  // "'a', 'b' and 'c'": each quoted, joined from the left (a loop: no callbacks per task).
  let listed = l10n.t('quoted', { value: dataSources[0] as string });
  for (let i = 1; i < dataSources.length; i++)
    listed = l10n.t('list.and', {
      first: listed,
      last: l10n.t('quoted', { value: dataSources[i] as string }),
    });
  return {
    message: l10n.t('internet-unstable.message', { task: taskId, dataSources: listed }),
    related: pairsRelated(pairs, l10n),
  };
}
