// "If you run a data synchronization task to synchronize data over the Internet, the
// efficiency and stability of the task cannot be ensured."
import type { Localizer } from '../l10n';
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { Model } from '../model';
import { pointerUnder } from '../model/entities';
import { pairRelated, type Describer, type FindingDescription, type Rule } from './rule';

/**
 * A sync task's pairs over the Internet, and its finding's description (a `Describer`: no
 * closure per finding). The first pair is kept alone and the others in a list made for a
 * second: most tasks have one such pair, and a check reports 867 of these tasks in the
 * benchmark's large file, past its cap. The task and the data sources are named by slot:
 * their objects are made only for a finding that is described.
 */
class OverInternet implements Describer {
  more: PairEvaluation[] | undefined = undefined;

  constructor(
    readonly first: PairEvaluation,
    private readonly model: Model,
  ) {}

  describe(l10n: Localizer): FindingDescription {
    const { first, more } = this;
    const { dataSources, tasks } = this.model;
    // "'a', 'b' and 'c'": each quoted, joined from the left (a loop: no callbacks per task).
    let listed = l10n.t('quoted', { value: dataSources.idAt(first.dsSlot) });
    const related = pairRelated(first, l10n);
    if (more !== undefined)
      for (let i = 0; i < more.length; i++) {
        const pair = more[i] as PairEvaluation;
        listed = l10n.t('list.and', {
          first: listed,
          last: l10n.t('quoted', { value: dataSources.idAt(pair.dsSlot) }),
        });
        // A loop, not a spread (no arguments list per pair before V8 optimises).
        const ofPair = pairRelated(pair, l10n);
        for (let r = 0; r < ofPair.length; r++) related.push(ofPair[r] as (typeof related)[number]);
      }
    return {
      message: l10n.t('internet-unstable.message', {
        task: tasks.idAt(first.taskSlot),
        dataSources: listed,
      }),
      related,
    };
  }
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
    const { model } = context;
    const kinds = model.columns.tasks;
    const { tasks } = model;
    // Per task slot, 1 + the index of its entry in `inOrder` (0: none yet): a task met again
    // later joins its entry. Typed (off the heap), where a map's tables grew an entry at a
    // time; a task's pairs stand together (the pairs are in task order), so it is read only
    // when the task changes.
    const entryOf = new Int32Array(tasks.count);
    const inOrder: OverInternet[] = [];
    let current: OverInternet | undefined;
    const pairs = pairSubsetsOf(context.connectivity()).overInternet;
    // The task's kind, value node and id and the data source's id from the columns and rows:
    // no task object is made (the benchmark's check reports 776 of these past its cap).
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      if (!pair.overInternet || pair.dsSlot < 0 || kinds.kindOf(pair.taskSlot) !== 'sync') continue;
      const taskSlot = pair.taskSlot;
      if (current === undefined || current.first.taskSlot !== taskSlot) {
        const entry = entryOf[taskSlot] as number;
        current = entry === 0 ? undefined : inOrder[entry - 1];
      }
      if (current === undefined) {
        current = new OverInternet(pair, model);
        entryOf[taskSlot] = inOrder.push(current);
      } else if (current.more === undefined) current.more = [pair];
      else current.more.push(pair);
    }
    for (let i = 0; i < inOrder.length; i++) {
      const overInternet = inOrder[i] as OverInternet;
      const taskSlot = overInternet.first.taskSlot;
      context.report({
        // The first pair stands for its task (every pair here is the task's).
        taskOf: overInternet.first,
        node: tasks.nodeAt(taskSlot),
        pointer: pointerUnder('/tasks', tasks.idAt(taskSlot)),
        scenario: 5,
        // Worked out only for a finding that is shown (the cap per file drops the rest).
        describe: overInternet,
      });
    }
  },
};
