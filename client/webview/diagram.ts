// The topology diagram's page (bundled into dist/diagram.js): receives the document's graph
// from the extension after each analysis, lays it out with elkjs in a Web Worker and draws
// it as SVG in the theme's colours. Positions stay put between edits: a graph whose
// structure (nodes, nesting, edges) did not change reuses the previous layout, so typing
// that only changes statuses or labels redraws in place without moving anything.
import ELK from 'elkjs/lib/elk-api';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { GraphEdge, GraphNode, TopologyGraph } from '../../protocol/index';
import type { HostMessage, WebviewMessage } from '../src/diagram/messages';
import {
  ariaLabel,
  defaultOptions,
  kindName,
  nodeSummary,
  pairKey,
  structureKey,
  viewGraph,
  type CollapseMode,
  type ViewOptions,
} from './view';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG_NS = 'http://www.w3.org/2000/svg';
const CHAR_WIDTH = 7;
const LINE_HEIGHT = 15;
/** Past this many nodes the layout would take minutes and the picture be unreadable. */
const MAX_LAID_OUT = 1200;
/** Pictures of up to this many nodes start scaled to the panel's width. */
const FIT_AT_MOST = 60;
/** Lines a VPC writes above its vSwitches: kind, name, CIDR block. */
const COMPOUND_LINES = 3;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Layout {
  boxes: Map<string, Box>;
  edges: Map<string, { points: ElkPoint[]; label?: Box }>;
  width: number;
  height: number;
}

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

const diagramElement = element('diagram');
const toolbar = element('toolbar');
const notice = element('notice');
const tooltip = element('tooltip');

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

// --- layout in a worker --------------------------------------------------------------------

let elk: InstanceType<typeof ELK> | undefined;

/** elkjs in a Web Worker made from dist/elk-worker.min.js (fetched: a webview cannot start a worker from its resource origin). */
async function layoutEngine(): Promise<InstanceType<typeof ELK>> {
  if (elk) return elk;
  const script = document.getElementById('dwnet-diagram-script');
  const workerUri = script?.dataset['worker'];
  if (!workerUri) throw new Error('the page names no layout worker');
  const source = await (await fetch(workerUri)).text();
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  elk = new ELK({ workerFactory: () => new Worker(blobUrl) });
  return elk;
}

function nodeSize(node: GraphNode): { width: number; height: number } {
  const lines = [`${kindName(node)}`, node.label, ...node.details.slice(0, 2)];
  const width = Math.max(...lines.map((line) => line.length)) * CHAR_WIDTH + 20;
  return { width: Math.max(90, Math.min(width, 320)), height: lines.length * LINE_HEIGHT + 12 };
}

async function layout(graph: TopologyGraph, previous: Layout | undefined): Promise<Layout> {
  const children = new Map<string, ElkNode[]>();
  const elkNodes = new Map<string, ElkNode>();
  for (const node of graph.nodes) {
    const hint = previous?.boxes.get(node.id);
    const elkNode: ElkNode = {
      id: node.id,
      ...nodeSize(node),
      ...(hint ? { x: hint.x, y: hint.y } : {}),
    };
    elkNodes.set(node.id, elkNode);
  }
  const roots: ElkNode[] = [];
  for (const node of graph.nodes) {
    const elkNode = elkNodes.get(node.id);
    if (!elkNode) continue;
    const parent = node.parent !== undefined ? elkNodes.get(node.parent) : undefined;
    if (parent) {
      const list = children.get(parent.id) ?? [];
      list.push(elkNode);
      children.set(parent.id, list);
    } else roots.push(elkNode);
  }
  for (const [id, list] of children) {
    const parent = elkNodes.get(id);
    if (!parent) continue;
    parent.children = list;
    // A compound node is sized by its children, with room for its own name on top.
    delete parent.width;
    delete parent.height;
    parent.layoutOptions = {
      'elk.padding': `[top=${COMPOUND_LINES * LINE_HEIGHT + 14},left=12,bottom=12,right=12]`,
    };
  }
  const edges: ElkExtendedEdge[] = graph.edges
    .filter((edge) => edge.kind !== 'contains')
    .map((edge) => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      ...(edge.label
        ? {
            labels: [
              {
                text: edge.label,
                width: Math.min(edge.label.length, 48) * 6.2 + 8,
                height: LINE_HEIGHT,
              },
            ],
          }
        : {}),
    }));
  const engine = await layoutEngine();
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
      // The file's order (stable between edits) decides ties: small edits move little.
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      // After a change of structure, the nodes that were drawn before keep their order
      // within each layer: the previous positions are the hints (x, y above).
      ...(previous ? { 'elk.layered.crossingMinimization.semiInteractive': 'true' } : {}),
    },
    children: roots,
    edges,
  };
  const result: ElkNode = await engine.layout(root);
  const boxes = new Map<string, Box>();
  const visit = (node: ElkNode, dx: number, dy: number) => {
    const x = (node.x ?? 0) + dx;
    const y = (node.y ?? 0) + dy;
    boxes.set(node.id, { x, y, width: node.width ?? 0, height: node.height ?? 0 });
    for (const child of node.children ?? []) visit(child, x, y);
  };
  for (const child of result.children ?? []) visit(child, 0, 0);
  const edgeShapes: Layout['edges'] = new Map();
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const points: ElkPoint[] = [];
    for (const section of edge.sections ?? [])
      points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
    const label = edge.labels?.[0];
    edgeShapes.set(edge.id, {
      points,
      ...(label
        ? {
            label: {
              x: label.x ?? 0,
              y: label.y ?? 0,
              width: label.width ?? 0,
              height: label.height ?? 0,
            },
          }
        : {}),
    });
  }
  return { boxes, edges: edgeShapes, width: result.width ?? 0, height: result.height ?? 0 };
}

// --- drawing ------------------------------------------------------------------------------

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

function draw(view: TopologyGraph, shape: Layout): SVGSVGElement {
  const highlighted = view.pairs.find((pair) => pairKey(pair) === state.highlight);
  const onPath = new Set([...(highlighted?.path ?? []), ...(highlighted?.edges ?? [])]);
  const width = Math.ceil(shape.width) + 20;
  const height = Math.ceil(shape.height) + 20;
  const picture = svg('svg', {
    class: 'dwnet-graph',
    width,
    height,
    viewBox: `-10 -10 ${width} ${height}`,
    role: 'group',
    'aria-label': `Topology: ${view.nodes.length} nodes, ${view.pairs.filter((p) => !p.ok).length} broken pairs`,
  });
  if (state.fit) {
    // Scaled down to the panel's width (never up): the whole topology at a glance.
    picture.style.width = '100%';
    picture.style.maxWidth = `${width}px`;
    picture.style.height = 'auto';
    picture.style.aspectRatio = `${width} / ${height}`;
  }
  const defs = svg('defs');
  const marker = svg('marker', {
    id: 'arrow',
    viewBox: '0 0 10 10',
    refX: 10,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: 'auto-start-reverse',
  });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }));
  defs.append(marker);
  picture.append(defs);

  // Outer nodes first, so that nested ones are drawn on top of their VPC.
  const depth = (node: GraphNode) => (node.parent !== undefined ? 1 : 0);
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const hasChildren = new Set(view.nodes.flatMap((node) => (node.parent ? [node.parent] : [])));
  for (const node of [...view.nodes].sort((a, b) => depth(a) - depth(b))) {
    const box = shape.boxes.get(node.id);
    if (!box) continue;
    const classes = ['node', node.kind, node.status];
    if (highlighted) classes.push(onPath.has(node.id) ? 'highlighted' : 'dimmed');
    const group = svg('g', {
      class: classes.join(' '),
      transform: `translate(${box.x},${box.y})`,
      tabindex: 0,
      role: 'button',
      'aria-label': ariaLabel(node),
      'data-id': node.id,
      'data-pointer': node.pointer,
    });
    group.append(svg('rect', { width: box.width, height: box.height, rx: 4 }));
    const lines = [
      { text: kindName(node), cls: 'detail' },
      { text: node.label, cls: 'name' },
      ...node.details
        .slice(0, hasChildren.has(node.id) ? COMPOUND_LINES - 2 : 2)
        .map((text) => ({ text, cls: 'detail' })),
    ].filter((line) => line.text !== '');
    lines.forEach((line, index) => {
      const text = svg('text', { x: 8, y: 16 + index * LINE_HEIGHT, class: line.cls });
      text.textContent = line.text;
      group.append(text);
    });
    attachInteraction(group, view, node);
    picture.append(group);
  }
  for (const edge of view.edges) {
    const route = shape.edges.get(edge.id);
    if (!route || route.points.length < 2) continue;
    picture.append(drawEdge(edge, route, highlighted ? onPath.has(edge.id) : undefined, byId));
  }
  return picture;
}

function drawEdge(
  edge: GraphEdge,
  route: { points: ElkPoint[]; label?: Box },
  onHighlightedPath: boolean | undefined,
  byId: Map<string, GraphNode>,
): SVGGElement {
  const classes = ['edge', edge.kind, edge.status];
  if (onHighlightedPath !== undefined) classes.push(onHighlightedPath ? 'highlighted' : 'dimmed');
  const group = svg('g', { class: classes.join(' '), 'data-id': edge.id });
  const title = svg('title');
  title.textContent = `${byId.get(edge.from)?.label ?? edge.from} → ${byId.get(edge.to)?.label ?? edge.to}: ${edge.kind}${edge.label ? ` (${edge.label})` : ''}, ${edge.status}`;
  group.append(title);
  const d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  group.append(svg('path', { d, 'marker-end': 'url(#arrow)' }));
  if (edge.label && route.label) {
    const text = svg('text', { x: route.label.x + 4, y: route.label.y + 11 });
    text.textContent = edge.label.length > 48 ? `${edge.label.slice(0, 47)}…` : edge.label;
    group.append(text);
  }
  return group;
}

function attachInteraction(group: SVGGElement, view: TopologyGraph, node: GraphNode): void {
  const reveal = () => {
    if (node.pointer !== '') vscode.postMessage({ type: 'reveal', pointer: node.pointer });
  };
  group.addEventListener('click', reveal);
  group.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      reveal();
    }
  });
  const show = (x: number, y: number) => {
    tooltip.replaceChildren(
      ...nodeSummary(view, node).map((line) => {
        const row = document.createElement('div');
        row.textContent = line;
        if (line.startsWith('  ✗')) row.className = 'failure';
        return row;
      }),
    );
    tooltip.hidden = false;
    tooltip.style.left = `${Math.min(x + 12, window.innerWidth - 430)}px`;
    tooltip.style.top = `${y + 12}px`;
  };
  const hide = () => (tooltip.hidden = true);
  group.addEventListener('mousemove', (event) => show(event.clientX, event.clientY));
  group.addEventListener('mouseleave', hide);
  group.addEventListener('focus', () => {
    const box = group.getBoundingClientRect();
    show(box.left, box.bottom);
  });
  group.addEventListener('blur', hide);
}

// --- the toolbar ----------------------------------------------------------------------------

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

function drawToolbar(graph: TopologyGraph, options: ViewOptions): void {
  const tasks = [...new Set(graph.pairs.map((pair) => pair.task))];
  const dataSources = [...new Set(graph.pairs.map((pair) => pair.dataSource))];
  const pairs = graph.pairs.filter(
    (pair) =>
      (options.task === undefined || pair.task === options.task) &&
      (options.dataSource === undefined || pair.dataSource === options.dataSource),
  );
  const change = (next: Partial<ViewOptions>) => {
    state.options = { ...options, ...next };
    void render();
  };
  const aggregate = document.createElement('label');
  const checkbox = document.createElement('input');
  checkbox.type = 'checkbox';
  checkbox.checked = options.aggregateOk;
  checkbox.addEventListener('change', () => change({ aggregateOk: checkbox.checked }));
  aggregate.append(checkbox, 'Aggregate ok data sources');
  const fit = document.createElement('label');
  const fitBox = document.createElement('input');
  fitBox.type = 'checkbox';
  fitBox.checked = state.fit === true;
  fitBox.addEventListener('change', () => {
    state.fit = fitBox.checked;
    void render();
  });
  fit.append(fitBox, 'Fit to window');
  const exportButton = document.createElement('button');
  exportButton.textContent = 'Export SVG';
  exportButton.addEventListener('click', exportSvg);
  toolbar.replaceChildren(
    select(
      'Task',
      [['', 'All tasks'], ...tasks.map((t): [string, string] => [t, t])],
      options.task ?? '',
      (v) => change({ task: v === '' ? undefined : v }),
    ),
    select(
      'Data source',
      [['', 'All data sources'], ...dataSources.map((d): [string, string] => [d, d])],
      options.dataSource ?? '',
      (v) => change({ dataSource: v === '' ? undefined : v }),
    ),
    select(
      'Path',
      [
        ['', 'No highlighted path'],
        ...pairs
          .slice(0, 500)
          .map((p): [string, string] => [pairKey(p), `${p.task} → ${p.dataSource} (${p.state})`]),
      ],
      state.highlight ?? '',
      (v) => {
        state.highlight = v === '' ? undefined : v;
        void render();
      },
    ),
    select(
      'Collapse',
      [
        ['none', 'Nothing'],
        ['vpc', 'By VPC'],
        ['region', 'By region'],
      ],
      options.collapse,
      (v) => change({ collapse: v as CollapseMode }),
    ),
    aggregate,
    fit,
    exportButton,
  );
}

// --- export ---------------------------------------------------------------------------------

/** The page's CSS with every `var(--vscode-…)` replaced by the theme's value now. */
function resolvedCss(): string {
  let css = document.getElementById('dwnet-diagram-style')?.textContent ?? '';
  const computed = getComputedStyle(document.documentElement);
  const innermost = /var\((--[\w-]+)(?:,\s*([^()]*))?\)/;
  for (let guard = 0; guard < 10_000 && innermost.test(css); guard++)
    css = css.replace(innermost, (_all, name: string, fallback?: string) => {
      const value = computed.getPropertyValue(name).trim();
      return value !== '' ? value : (fallback ?? 'currentColor');
    });
  return css;
}

function exportSvg(): void {
  const picture = diagramElement.querySelector('svg');
  if (!picture) return;
  const copy = picture.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  const style = document.createElementNS(SVG_NS, 'style');
  const background = getComputedStyle(document.body).backgroundColor;
  style.textContent = `svg { background: ${background}; font-family: sans-serif; } ${resolvedCss()}`;
  copy.insertBefore(style, copy.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  vscode.postMessage({ type: 'exportSvg', svg: text });
}

// --- the loop -------------------------------------------------------------------------------

async function render(): Promise<void> {
  const graph = state.graph;
  const drawing = ++state.drawing;
  if (!graph) {
    notice.textContent = 'No graph: the file could not be analysed (see its problems).';
    diagramElement.replaceChildren();
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
    drawToolbar(graph, options);
    diagramElement.replaceChildren();
    notice.textContent =
      `${view.nodes.length} nodes are too many to draw readably: collapse by VPC or region, ` +
      'aggregate the ok data sources, or pick a task or a data source.';
    return;
  }
  try {
    if (!shape) {
      notice.textContent = `Laying out ${view.nodes.length} nodes…`;
      const previous = [...state.layouts.values()].at(-1);
      shape = await layout(view, previous);
      // A few layouts are kept: going back to a filter shows the same picture at once.
      state.layouts.set(key, shape);
      if (state.layouts.size > 8) state.layouts.delete(state.layouts.keys().next().value ?? '');
    }
  } catch (error) {
    vscode.postMessage({ type: 'error', message: String(error) });
    notice.textContent = `The diagram could not be laid out: ${String(error)}`;
    return;
  }
  // A newer graph arrived during the layout: it draws instead.
  if (drawing !== state.drawing) return;
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.['id'];
  drawToolbar(graph, options);
  // One swap of the whole picture: the old one stays until the new one is ready.
  diagramElement.replaceChildren(draw(view, shape));
  if (focused)
    diagramElement.querySelector<SVGGElement>(`g.node[data-id="${CSS.escape(focused)}"]`)?.focus();
  const broken = graph.pairs.filter((pair) => !pair.ok).length;
  const collapsed =
    options.collapse === 'none'
      ? options.aggregateOk
        ? 'ok data sources aggregated'
        : 'everything shown'
      : `collapsed by ${options.collapse}${options.aggregateOk ? ', ok data sources aggregated' : ''}`;
  notice.textContent =
    `${graph.pairs.length} pairs, ${broken} broken · ${graph.nodes.length} entities, ` +
    `${view.nodes.length} drawn (${collapsed}). Click a node or press Enter on it to reveal it.`;
  vscode.postMessage({
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

vscode.postMessage({ type: 'ready' });
