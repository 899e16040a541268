// Connectivity after an edit inside one data source or task (core/src/incremental.ts):
// only that entity's pairs are evaluated again, and spliced into the previous pairs in
// their place, which keeps pairs in task order as a full analysis lists them.
import { targetOf } from '../references';
import type { DataSource, Model, Task } from '../model';
import {
  evaluatePair,
  pairsOfTask,
  usedConnectionsOf,
  type ConnectivityAnalysis,
  type PairEvaluation,
} from './connectivity';
import type { Topology } from './topology';

/**
 * The connectivity after one data source or task was replaced by another object with the
 * same id, in a model updated in place (core/src/incremental.ts): `previous` is updated
 * in place too, and only the replaced entity's pairs are evaluated again.
 */
export function replaceInConnectivity(
  previous: ConnectivityAnalysis,
  topology: Topology,
  replaced:
    | { section: 'dataSources'; old: DataSource; new: DataSource }
    | { section: 'tasks'; old: Task; new: Task },
): { connectivity: ConnectivityAnalysis; removed: PairEvaluation[]; added: PairEvaluation[] } {
  const { pairs } = previous;
  const removed: PairEvaluation[] = [];
  const added: PairEvaluation[] = [];
  if (replaced.section === 'dataSources') {
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      if (!pair || pair.ds !== replaced.old) continue;
      const { task, roles, rg, dataSourceRefNode } = pair;
      const evaluated = evaluatePair(topology, task, roles, rg, replaced.new, dataSourceRefNode);
      pairs[i] = evaluated;
      removed.push(pair);
      added.push(evaluated);
    }
  } else {
    const task = replaced.new;
    const rg = targetOf(topology.model, task.resourceGroup);
    added.push(...pairsOfTask(topology, task, rg));
    const start = pairsStartOf(pairs, replaced.old, topology.model);
    let end = start;
    while (end < pairs.length && pairs[end]?.task === replaced.old) end++;
    removed.push(...pairs.splice(start, end - start, ...added));
  }
  // A connection only the replaced pairs used is no longer used.
  const usedConnections = [...removed, ...added].some((pair) => pair.linkedConnections)
    ? usedConnectionsOf(pairs)
    : previous.usedConnections;
  return { connectivity: { pairs, usedConnections }, removed, added };
}

/**
 * Where the pairs of a task start, in pairs kept in task order: its first pair, or, for a
 * task that had none, where the next task's begin.
 */
function pairsStartOf(pairs: readonly PairEvaluation[], task: Task, model: Model): number {
  const first = pairs.findIndex((pair) => pair.task === task);
  if (first >= 0) return first;
  const later = new Set<Task>();
  let seen = false;
  for (const each of model.tasks.byId.values()) {
    if (seen) later.add(each);
    // The model already holds the new object under the task's id.
    else if (each.id === task.id) seen = true;
  }
  const next = pairs.findIndex((pair) => later.has(pair.task));
  return next >= 0 ? next : pairs.length;
}
