// The related location of a pair's task reference (`related.taskUses`), read from the model's
// task columns and the compact tree, without the task's object: a check describes the first
// thousand errors of a large file, nearly all a pair's, and made an object for each of their
// tasks (with its references and their strings: 0.4 MB of the young generation, issue 17)
// that nothing else reads. `core/test/taskReference.test.ts` holds it to the task object's.
import type { PairEvaluation } from '../analysis/connectivity';
import { CompactNode, type CompactTree } from '../compactTree';
import type { Localizer } from '../l10n';
import type { Model } from '../model';
import { ROLES } from '../model/columns/tasks';
import { pointerUnder } from '../model/entities';
import type { RelatedLocation } from '../types';

/** The parameters of the location's message, one object for every call. */
const params = { task: '', ds: '' };

/**
 * The location of the reference of the pair's task to its data source, in `model` (the run's,
 * whose slots the pair's are); undefined where the columns cannot say as the task's
 * `DataSourceRef` would (a tree read through jsonc-parser's nodes, an unresolved data source,
 * an element of `dataSources` not under the task's first such property), for the task's
 * object to say.
 */
export function taskReferenceLocation(
  model: Model,
  pair: PairEvaluation,
  l10n: Localizer,
): RelatedLocation | undefined {
  const { taskSlot, dsSlot } = pair;
  if (dsSlot < 0) return undefined;
  const taskNode = model.tasks.nodeAt(taskSlot);
  if (!(taskNode instanceof CompactNode)) return undefined;
  const tree = taskNode.compactTree;
  const table = model.columns.tasks;
  // (The casts: the pair's reference is one of its task's, in range of the pool.)
  const ref = (table.refStart[taskSlot] as number) + pair.refIndex;
  const taskRow = taskNode.index;
  const row = taskRow + (table.refOffset[ref] as number);
  const role = ROLES[table.refRole[ref] as number];
  const taskId = model.tasks.idAt(taskSlot);
  const taskPointer = pointerUnder('/tasks', taskId);
  let pointer: string;
  // As `dataSourceRefPointer` (rule.ts) writes it from the task's `DataSourceRef`.
  if (role !== 'dataSources') pointer = `${taskPointer}/${role}`;
  else {
    const index = itemIndexOf(tree, taskRow, row);
    if (index < 0) return undefined;
    pointer = `${taskPointer}/dataSources/${index}`;
  }
  // A resolved reference's value is its data source's id (`slotOf` matches it exactly).
  params.task = taskId;
  params.ds = model.dataSources.idAt(dsSlot);
  const message = l10n.t('related.taskUses', params);
  // Emptied: the module keeps no string of a file (an id may be a slice of its text).
  params.task = params.ds = '';
  return {
    message,
    pointer,
    // (The casts: a row of the tree.)
    offset: tree.offsets[row] as number,
    length: tree.lengths[row] as number,
  };
}

/** The position of `row` in the task's `dataSources` array, as `DataSourceRef.itemIndex`; -1: not there. */
function itemIndexOf(tree: CompactTree, taskRow: number, row: number): number {
  const array = tree.propertyValueAt(taskRow, 'dataSources');
  if (array < 0) return -1;
  let position = 0;
  for (let item = tree.firstChild(array); item >= 0; item = tree.nextSibling(item), position++)
    if (item === row) return position;
  return -1;
}
