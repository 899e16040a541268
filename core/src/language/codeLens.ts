// One code lens per task, on its key: the scenario of each data source it uses and how
// many steps are missing ("Scenario 2 · 1 step missing"), in the words of pairStatus,
// which explain and hover use too.
import type { PairEvaluation } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import { pairStatus } from '../explain';
import type { Analysis } from '../validate';
import { languageIndex } from './entities';
import type { CodeLensResult } from './types';

function pairTitle(pair: PairEvaluation, topology: Topology | undefined): string {
  if (pair.unresolved === 'unknown-reference') return 'unknown reference';
  if (pair.unresolved === 'schema') return 'incomplete network';
  if (pair.steps.some((step) => step.code === 'classic-network'))
    return 'Classic network · not supported';
  const state = pairStatus(pair, topology).text;
  return pair.scenario === null ? state : `Scenario ${pair.scenario} · ${state}`;
}

export function codeLenses(analysis: Analysis): CodeLensResult[] {
  try {
    const index = languageIndex(analysis);
    if (!index) return [];
    const lenses: CodeLensResult[] = [];
    for (const task of index.model.tasks.byId.values()) {
      const pairs = index.pairsByTask.get(task) ?? [];
      const resourceGroupKnown =
        task.resourceGroup !== undefined &&
        index.model.resourceGroups.byId.has(task.resourceGroup.value);
      let title: string;
      if (pairs.length === 0) title = 'no data source';
      else if (!resourceGroupKnown && pairs.every((p) => p.unresolved === 'unknown-reference'))
        title = 'unknown reference';
      else if (pairs.length === 1) title = pairTitle(pairs[0]!, analysis.topology);
      else
        title = pairs
          .map(
            (pair) =>
              `${pair.dataSourceRefNode.value.replace(/[\r\n]+/g, ' ')}: ${pairTitle(pair, analysis.topology)}`,
          )
          .join(' | ');
      lenses.push({
        task: task.id,
        title,
        offset: task.keyNode.offset,
        length: task.keyNode.length,
      });
    }
    return lenses;
  } catch {
    return [];
  }
}
