// The diagram drawn as SVG from its layout: nodes as boxes with their kind, name and first
// details, edges as arrows with their labels, the highlighted path and everything else
// dimmed. Colours come from the page's CSS (the theme's `--vscode-*` variables).
import type { GraphEdge, GraphNode, TopologyGraph } from '../../protocol/index';
import { attachInteraction } from './interaction';
import { t } from './l10n';
import { COMPOUND_LINES, LINE_HEIGHT, type Box, type Layout } from './layout';
import { ariaLabel, kindName, pairKey } from './view';
import type { ElkPoint } from 'elkjs/lib/elk-api';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** How to draw: the highlighted pair's key, and whether to scale to the panel's width. */
export interface DrawOptions {
  highlight: string | undefined;
  fit: boolean;
}

function svg<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Record<string, string | number> = {},
): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

export function draw(view: TopologyGraph, shape: Layout, options: DrawOptions): SVGSVGElement {
  const highlighted = view.pairs.find((pair) => pairKey(pair) === options.highlight);
  const onPath = new Set([...(highlighted?.path ?? []), ...(highlighted?.edges ?? [])]);
  const width = Math.ceil(shape.width) + 20;
  const height = Math.ceil(shape.height) + 20;
  const picture = svg('svg', {
    class: 'dwnet-graph',
    width,
    height,
    viewBox: `-10 -10 ${width} ${height}`,
    role: 'group',
    'aria-label': t(
      'Topology: {0} nodes, {1} broken pairs',
      view.nodes.length,
      view.pairs.filter((p) => !p.ok).length,
    ),
  });
  if (options.fit) {
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
