// One code lens per task, on its key: the scenario of each data source it uses and how
// many steps are missing ("Scenario 2 · 1 step missing"), in the words of pairStatus,
// which explain and hover use too.
import type { PairEvaluation } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import { pairStatus } from '../explain';
import { localizer, type Localizer } from '../l10n';
import type { Analysis } from '../validate';
import { languageIndex } from './entities';
import type { CodeLensResult } from './types';

function pairTitle(pair: PairEvaluation, topology: Topology | undefined, l10n: Localizer): string {
  if (pair.unresolved === 'unknown-reference') return l10n.t('lens.unknownReference');
  if (pair.unresolved === 'schema') return l10n.t('lens.incompleteNetwork');
  if (pair.steps.some((step) => step.code === 'classic-network')) return l10n.t('lens.classic');
  const state = pairStatus(pair, topology, l10n).text;
  return pair.scenario === null
    ? state
    : l10n.t('lens.scenario', { scenario: pair.scenario, state });
}

export function codeLenses(analysis: Analysis): CodeLensResult[] {
  try {
    const index = languageIndex(analysis);
    if (!index) return [];
    const lenses: CodeLensResult[] = [];
    const l10n = localizer(analysis.locale);
    for (const task of index.model.tasks.byId.values()) {
      const pairs = index.pairsByTask.get(task) ?? [];
      const resourceGroupKnown =
        task.resourceGroup !== undefined &&
        index.model.resourceGroups.byId.has(task.resourceGroup.value);
      let title: string;
      if (pairs.length === 0) title = l10n.t('lens.noDataSource');
      else if (!resourceGroupKnown && pairs.every((p) => p.unresolved === 'unknown-reference'))
        title = l10n.t('lens.unknownReference');
      else if (pairs.length === 1 && pairs[0]) title = pairTitle(pairs[0], analysis.topology, l10n);
      else
        title = pairs
          .map((pair) =>
            l10n.t('lens.pair', {
              ds: pair.dataSourceRefNode.value.replace(/[\r\n]+/g, ' '),
              title: pairTitle(pair, analysis.topology, l10n),
            }),
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
