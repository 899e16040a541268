// The diagram's toolbar: which task, data source and highlighted path to show, how to
// collapse, whether to aggregate the ok data sources and to fit the panel, and the export.
import type { TopologyGraph } from '../../protocol/index';
import { t } from './l10n';
import { page } from './page';
import { pairKey, visiblePairs, type CollapseMode, type ViewOptions } from './view';

/** What the page shows, as the toolbar sets it. */
export interface ToolbarState {
  options: ViewOptions;
  /** The highlighted pair's key (`pairKey`). */
  highlight: string | undefined;
  /** Scale the picture to the panel's width. */
  fit: boolean;
}

function select(
  label: string,
  choices: [string, string][],
  value: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const wrapper = document.createElement('label');
  wrapper.textContent = label;
  const control = document.createElement('select');
  for (const [id, text] of choices) {
    const option = document.createElement('option');
    option.value = id;
    option.textContent = text;
    option.selected = id === value;
    control.append(option);
  }
  control.addEventListener('change', () => onChange(control.value));
  wrapper.append(control);
  return wrapper;
}

/**
 * Draws the toolbar for `graph` as the page `shows` it; every control reports its new value
 * through `handlers.change` (the page draws again) and the button asks for an export.
 */
export function drawToolbar(
  graph: TopologyGraph,
  shows: ToolbarState,
  handlers: { change(next: Partial<ToolbarState>): void; exportSvg(): void },
): void {
  const { options } = shows;
  const tasks = [...new Set(graph.pairs.map((pair) => pair.task))];
  const dataSources = [...new Set(graph.pairs.map((pair) => pair.dataSource))];
  const pairs = visiblePairs(graph, options);
  const change = (next: Partial<ViewOptions>) =>
    handlers.change({ options: { ...options, ...next } });
  const aggregate = document.createElement('label');
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = options.aggregateOk;
  checkbox.addEventListener('change', () => change({ aggregateOk: checkbox.checked }));
  aggregate.append(checkbox, t('Aggregate ok data sources'));
  const fit = document.createElement('label');
  const fitBox = document.createElement('input');
  fitBox.type = 'checkbox';
  fitBox.checked = shows.fit;
  fitBox.addEventListener('change', () => handlers.change({ fit: fitBox.checked }));
  fit.append(fitBox, t('Fit to window'));
  const exportButton = document.createElement('button');
  exportButton.textContent = t('Export SVG');
  exportButton.addEventListener('click', () => handlers.exportSvg());
  page.toolbar.replaceChildren(
    select(
      t('Task'),
      [['', t('All tasks')], ...tasks.map((t): [string, string] => [t, t])],
      options.task ?? '',
      (v) => change({ task: v === '' ? undefined : v }),
    ),
    select(
      t('Data source'),
      [['', t('All data sources')], ...dataSources.map((d): [string, string] => [d, d])],
      options.dataSource ?? '',
      (v) => change({ dataSource: v === '' ? undefined : v }),
    ),
    select(
      t('Path'),
      [
        ['', t('No highlighted path')],
        ...pairs
          .slice(0, 500)
          .map((p): [string, string] => [pairKey(p), `${p.task} → ${p.dataSource} (${p.state})`]),
      ],
      shows.highlight ?? '',
      (v) => handlers.change({ highlight: v === '' ? undefined : v }),
    ),
    select(
      t('Collapse'),
      [
        ['none', t('Nothing')],
        ['vpc', t('By VPC')],
        ['region', t('By region')],
      ],
      options.collapse,
      (v) => change({ collapse: v as CollapseMode }),
    ),
    aggregate,
    fit,
    exportButton,
  );
}
