// The topology diagram's page (bundled into dist/diagram.js): receives the document's graph
// from the extension after each analysis, lays it out with elkjs in a Web Worker and draws
// it as SVG in the theme's colours. Positions stay put between edits: a graph whose
// structure (nodes, nesting, edges) did not change reuses the previous layout, so typing
// that only changes statuses or labels redraws in place without moving anything.
// The jobs live beside this loop: layout.ts, draw.ts, interaction.ts, toolbar.ts, export.ts;
// what the graph shows (filters, collapse) is view.ts.
import type { TopologyGraph } from '../../protocol/index';
import type { HostMessage } from '../src/diagram/messages';
import { draw } from './draw';
import { exportSvg } from './export';
import { t } from './l10n';
import { layout, type Layout } from './layout';
import { page, postToHost } from './page';
import { drawToolbar, type ToolbarState } from './toolbar';
import { defaultOptions, pairKey, structureKey, viewGraph, type ViewOptions } from './view';

/** Past this many nodes the layout would take minutes and the picture be unreadable. */
const MAX_LAID_OUT = 1200;
/** Pictures of up to this many nodes start scaled to the panel's width. */
const FIT_AT_MOST = 60;

const state: {
  graph: TopologyGraph | null;
  version: number;
  options: ViewOptions | undefined;
  /** The highlighted pair (`task → data source`). */
  highlight: string | undefined;
  layouts: Map<string, Layout>;
  drawing: number;
  /** Scale the picture to the panel's width; undefined until the first graph decides. */
  fit: boolean | undefined;
} = {
  fit: undefined,
  graph: null,
  version: -1,
  options: undefined,
  highlight: undefined,
  layouts: new Map(),
  drawing: 0,
};

/** The toolbar's controls change what the page shows, then draw again. */
function showToolbar(graph: TopologyGraph, options: ViewOptions): void {
  const shows: ToolbarState = { options, highlight: state.highlight, fit: state.fit === true };
  drawToolbar(graph, shows, {
    change(next) {
      if (next.options) state.options = next.options;
      if ('highlight' in next) state.highlight = next.highlight;
      if (next.fit !== undefined) state.fit = next.fit;
      void render();
    },
    exportSvg,
  });
}

/** How the picture is collapsed, in the page's language (the host's log keeps `collapsed`). */
function collapsedText(options: ViewOptions): string {
  if (options.collapse === 'none')
    return options.aggregateOk ? t('ok data sources aggregated') : t('everything shown');
  if (options.collapse === 'vpc')
    return options.aggregateOk
      ? t('collapsed by VPC, ok data sources aggregated')
      : t('collapsed by VPC');
  return options.aggregateOk
    ? t('collapsed by region, ok data sources aggregated')
    : t('collapsed by region');
}

async function render(): Promise<void> {
  const graph = state.graph;
  const drawing = ++state.drawing;
  if (!graph) {
    page.notice.textContent = t('No graph: the file could not be analysed (see its problems).');
    page.diagram.replaceChildren();
    return;
  }
  const options = (state.options ??= defaultOptions(graph));
  const view = viewGraph(graph, options);
  // A small picture fits the panel; a large one keeps its size and scrolls.
  state.fit ??= view.nodes.length <= FIT_AT_MOST;
  const key = `${options.collapse}|${options.aggregateOk}|${structureKey(view)}`;
  const started = performance.now();
  let shape = state.layouts.get(key);
  if (!shape && view.nodes.length > MAX_LAID_OUT) {
    showToolbar(graph, options);
    page.diagram.replaceChildren();
    page.notice.textContent = t(
      '{0} nodes are too many to draw readably: collapse by VPC or region, aggregate the ok data sources, or pick a task or a data source.',
      view.nodes.length,
    );
    return;
  }
  try {
    if (!shape) {
      page.notice.textContent = t('Laying out {0} nodes…', view.nodes.length);
      const previous = [...state.layouts.values()].at(-1);
      shape = await layout(view, previous);
      // A few layouts are kept: going back to a filter shows the same picture at once.
      state.layouts.set(key, shape);
      if (state.layouts.size > 8) state.layouts.delete(state.layouts.keys().next().value ?? '');
    }
  } catch (error) {
    postToHost({ type: 'error', message: String(error) });
    page.notice.textContent = t('The diagram could not be laid out: {0}', String(error));
    return;
  }
  // A newer graph arrived during the layout: it draws instead.
  if (drawing !== state.drawing) return;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.['id'];
  showToolbar(graph, options);
  // One swap of the whole picture: the old one stays until the new one is ready.
  page.diagram.replaceChildren(draw(view, shape, { highlight: state.highlight, fit: state.fit }));
  if (focused)
    page.diagram.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(focused)}"]`)?.focus();
  const broken = graph.pairs.filter((pair) => !pair.ok).length;
  const collapsed =
    options.collapse === 'none'
      ? options.aggregateOk
        ? 'ok data sources aggregated'
        : 'everything shown'
      : `collapsed by ${options.collapse}${options.aggregateOk ? ', ok data sources aggregated' : ''}`;
  page.notice.textContent = t(
    '{0} pairs, {1} broken · {2} entities, {3} drawn ({4}). Click a node or press Enter on it to reveal it.',
    graph.pairs.length,
    broken,
    graph.nodes.length,
    view.nodes.length,
    collapsedText(options),
  );
  postToHost({
    type: 'rendered',
    version: state.version,
    nodes: view.nodes.length,
    edges: view.edges.length,
    brokenEdges: view.edges.filter((edge) => edge.status === 'broken').map((edge) => edge.id),
    collapsed,
    layoutMs: Math.round(performance.now() - started),
  });
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (message.type === 'graph') {
    state.graph = message.graph;
    state.version = message.version;
    void render();
  } else if (message.type === 'focusTask') {
    state.options = {
      ...(state.options ?? { collapse: 'none', aggregateOk: false }),
      task: message.task,
    };
    // The task's first broken pair is drawn highlighted: the path the lens was clicked for.
    const broken = state.graph?.pairs.find((pair) => pair.task === message.task && !pair.ok);
    state.highlight = broken ? pairKey(broken) : undefined;
    void render();
  }
});

postToHost({ type: 'ready' });
