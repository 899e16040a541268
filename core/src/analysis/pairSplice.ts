// Connectivity after an edit inside one entity (core/src/incremental/): only the pairs that
// may read it are evaluated again, into a new list that keeps the others (and keeps pairs in
// task order, as a full analysis lists them); the previous connectivity is not changed.
import type { Connection, DataSource, Task } from '../model';
import {
  evaluatePair,
  pairsOfTask,
  usedConnectionsOf,
  type ConnectivityAnalysis,
  type PairEvaluation,
} from './connectivity';
import { PairContext } from './pairContext';
import type { Topology } from './topology';

/**
 * The connectivity after one data source or task was replaced by another object with the
 * same id (core/src/incremental/): only the replaced entity's pairs are evaluated again,
 * into a new list; `previous` is not changed.
 */
export function replaceInConnectivity(
  previous: ConnectivityAnalysis,
  topology: Topology,
  replaced:
    | { section: 'dataSources'; old: DataSource; new: DataSource }
    | { section: 'tasks'; old: Task; new: Task },
): { connectivity: ConnectivityAnalysis; removed: PairEvaluation[]; added: PairEvaluation[] } {
  // A copy of 10 000 references costs a few microseconds; the previous analysis stays whole.
  const pairs = previous.pairs.slice();
  const context = new PairContext(topology);
  const removed: PairEvaluation[] = [];
  const added: PairEvaluation[] = [];
  const { model } = topology;
  // Compared by slot (ids do not change): no entity is made for the comparison.
  if (replaced.section === 'dataSources') {
    const slot = model.dataSources.slotOf(replaced.new.id);
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      if (!pair || pair.dsSlot !== slot) continue;
      const { taskSlot, roles, rg, refIndex } = pair;
      const evaluated = evaluatePair(context, taskSlot, roles, rg, refIndex, slot);
      pairs[i] = evaluated;
      removed.push(pair);
      added.push(evaluated);
    }
  } else {
    const slot = model.tasks.slotOf(replaced.new.id);
    added.push(...pairsOfTask(context, slot));
    const start = pairsStartOf(pairs, slot);
    let end = start;
    while (end < pairs.length && pairs[end]?.taskSlot === slot) end++;
    removed.push(...pairs.splice(start, end - start, ...added));
  }
  const usedConnections = usedAfter(previous.usedConnections, pairs, removed, added);
  return { connectivity: { pairs, usedConnections }, removed, added };
}

/**
 * The connectivity after a network entity or a resource group was replaced by another
 * object with the same id (core/src/incremental/): the pairs `affected` picks (those that
 * may read the replaced entity) are evaluated again on `topology`, whose model holds the new
 * object, into a new list; the others are kept. `previous` is not changed.
 */
export function reevaluatePairs(
  previous: ConnectivityAnalysis,
  topology: Topology,
  affected: (pair: PairEvaluation) => boolean,
): { connectivity: ConnectivityAnalysis; removed: PairEvaluation[]; added: PairEvaluation[] } {
  const { model } = topology;
  const context = new PairContext(topology);
  const removed: PairEvaluation[] = [];
  const added: PairEvaluation[] = [];
  const groups = model.columns.tasks.resourceGroup;
  const pairs = previous.pairs.map((pair) => {
    if (!affected(pair)) return pair;
    const { taskSlot, roles, refIndex, dsSlot } = pair;
    const rgSlot = groups[taskSlot] as number;
    const rg = rgSlot >= 0 ? model.resourceGroups.at(rgSlot) : undefined;
    const again = evaluatePair(context, taskSlot, roles, rg, refIndex, dsSlot);
    removed.push(pair);
    added.push(again);
    return again;
  });
  const usedConnections = usedAfter(previous.usedConnections, pairs, removed, added);
  return { connectivity: { pairs, usedConnections }, removed, added };
}

/**
 * The used connections once `removed` pairs were replaced by `added` ones in `pairs`: the
 * previous set (shared, not changed) when the added pairs use every connection the removed
 * ones did, with theirs added; else worked out again from every pair.
 */
function usedAfter(
  previous: Set<Connection>,
  pairs: readonly PairEvaluation[],
  removed: readonly PairEvaluation[],
  added: readonly PairEvaluation[],
): Set<Connection> {
  const adding = usedConnectionsOf(added);
  for (const pair of removed)
    for (const connection of pair.linkedConnections ?? [])
      if (!adding.has(connection)) return usedConnectionsOf(pairs);
  for (const connection of adding)
    if (!previous.has(connection)) return new Set([...previous, ...adding]);
  return previous;
}

/**
 * Where the pairs of a task (its slot) start, in pairs kept in task order: its first pair,
 * or, for a task that had none, where the next task's begin.
 */
function pairsStartOf(pairs: readonly PairEvaluation[], taskSlot: number): number {
  const next = pairs.findIndex((pair) => pair.taskSlot >= taskSlot);
  return next >= 0 ? next : pairs.length;
}
