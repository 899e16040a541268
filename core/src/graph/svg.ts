// The graph as an SVG picture laid out by dwnet itself, with elkjs (the Eclipse Layout
// Kernel's layered algorithm compiled to JavaScript): VPCs are compound nodes around their
// vSwitches and NAT gateways, edges are orthogonal. No browser and no Graphviz needed.
// Colours are CSS variables on classes, so the VS Code webview themes the same markup.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import { t, type Locale } from '../l10n/index';
import { edgeShape, type EdgeShape } from './elkShapes';
import { childrenByParent, kindName, nodeLines, nodeSummaryLine, topLevel } from './text';
import type { GraphEdge, GraphNode, TopologyGraph } from './types';

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
const CAPTION_HEIGHT = 13;
const PADDING = 8;

/** Where elkjs put each node (absolute, top-left) and along which points each edge runs. */
export interface GraphLayout {
  width: number;
  height: number;
  nodes: Map<string, { x: number; y: number; width: number; height: number }>;
  edges: Map<string, EdgeShape>;
}

/** Display width in pixels, roughly: East Asian wide characters take about two cells. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code >= 0x1100 && isWide(code) ? FONT_SIZE : FONT_SIZE * 0.6;
  }
  return Math.ceil(width);
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function boxSize(lines: string[]): { width: number; height: number } {
  const width = Math.max(60, ...lines.map(textWidth)) + 2 * PADDING;
  return { width, height: CAPTION_HEIGHT + lines.length * LINE_HEIGHT + PADDING };
}

/** An edge label's lines, long steps wrapped at spaces so that a hop does not grow too wide. */
function wrap(label: string, width = 46): string[] {
  const lines: string[] = [];
  for (const paragraph of label.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Lays the graph out with elkjs's layered algorithm, left to right. */
export async function layoutGraph(graph: TopologyGraph): Promise<GraphLayout> {
  const children = childrenByParent(graph);
  const ancestors = new Map<string, string | undefined>();
  for (const node of graph.nodes) ancestors.set(node.id, node.parent);
  const toElk = (node: GraphNode): ElkNode => {
    const inside = children.get(node.id);
    const size = boxSize(nodeLines(node));
    if (!inside) return { id: node.id, ...size };
    return {
      id: node.id,
      layoutOptions: {
        'elk.padding': `[top=${size.height + 6},left=12,bottom=12,right=12]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${size.width},${size.height})`,
      },
      children: inside.map(toElk),
    };
  };
  const backwards = traversedBackwards(graph);
  const edges: ElkExtendedEdge[] = drawnEdges(graph, ancestors).map((edge) => {
    const lines = edge.label === undefined ? [] : wrap(edge.label);
    const reverse = backwards.has(edge.id);
    return {
      id: edge.id,
      sources: [reverse ? edge.to : edge.from],
      targets: [reverse ? edge.from : edge.to],
      labels:
        lines.length > 0
          ? [
              {
                text: edge.label,
                width: Math.max(...lines.map(textWidth)) + 8,
                height: lines.length * LINE_HEIGHT + 4,
              },
            ]
          : [],
    };
  });
  const root: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.spacing.nodeNode': '24',
      'elk.spacing.edgeLabel': '4',
      'elk.padding': '[top=20,left=20,bottom=20,right=20]',
      // Every position relative to the picture, not to the compound node holding it.
      'elk.json.shapeCoords': 'ROOT',
      'elk.json.edgeCoords': 'ROOT',
    },
    children: topLevel(graph).map(toElk),
    edges,
  };
  const laidOut = await new ELK().layout(root);
  const layout: GraphLayout = {
    width: Math.ceil(laidOut.width ?? 0),
    height: Math.ceil(laidOut.height ?? 0),
    nodes: new Map(),
    edges: new Map(),
  };
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      layout.nodes.set(child.id, {
        x: child.x ?? 0,
        y: child.y ?? 0,
        width: child.width ?? 0,
        height: child.height ?? 0,
      });
      visit(child);
    }
  };
  visit(laidOut);
  for (const edge of laidOut.edges ?? []) {
    const shape = edgeShape(edge);
    if (backwards.has(edge.id)) shape.points.reverse();
    layout.edges.set(edge.id, shape);
  }
  return layout;
}

/**
 * The edges paths mostly cross from `to` to `from` (a connection's membership edge, which
 * points at the member, is crossed from the resource group's VPC): laid out the other way
 * round, so that every path runs left to right.
 */
function traversedBackwards(graph: TopologyGraph): Set<string> {
  const balance = new Map<string, number>();
  for (const pair of graph.pairs) {
    pair.edges.forEach((id, i) => {
      const forward = id.endsWith(`->${pair.path[i + 1]}`);
      balance.set(id, (balance.get(id) ?? 0) + (forward ? 1 : -1));
    });
  }
  return new Set([...balance].filter(([, count]) => count < 0).map(([id]) => id));
}

/**
 * The edges drawn as lines: not a VPC's `contains` edges (the nesting shows them), nor an
 * edge between a box and what it holds (elkjs cannot route those).
 */
function drawnEdges(
  graph: TopologyGraph,
  parents: ReadonlyMap<string, string | undefined>,
): GraphEdge[] {
  const holds = (outer: string, inner: string) => {
    for (let id = parents.get(inner); id !== undefined; id = parents.get(id))
      if (id === outer) return true;
    return false;
  };
  return graph.edges.filter(
    (edge) =>
      edge.kind !== 'contains' &&
      parents.has(edge.from) &&
      parents.has(edge.to) &&
      !holds(edge.from, edge.to) &&
      !holds(edge.to, edge.from),
  );
}

/** Text for XML content and attribute values. */
export function xmlText(text: string): string {
  return (
    text
      // Characters XML 1.0 does not allow at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/** The stylesheet: every colour a CSS variable, so that a host (the webview) can theme it. */
export const SVG_STYLE = `
.dwnet-graph { --dwnet-fg: #1f2328; --dwnet-bg: #ffffff; --dwnet-box: #f6f8fa;
  --dwnet-muted: #6e7781; --dwnet-ok: #2e7d32; --dwnet-broken: #d32f2f; --dwnet-unused: #9e9e9e;
  font-family: -apple-system, "Segoe UI", Helvetica, Arial, "Noto Sans CJK SC", "PingFang SC", sans-serif;
  font-size: ${FONT_SIZE}px; }
@media (prefers-color-scheme: dark) { .dwnet-graph { --dwnet-fg: #e6edf3; --dwnet-bg: #0d1117;
  --dwnet-box: #161b22; --dwnet-muted: #8b949e; --dwnet-ok: #56d364; --dwnet-broken: #ff7b72;
  --dwnet-unused: #6e7681; } }
.dwnet-graph .background { fill: var(--dwnet-bg); }
.dwnet-graph text { fill: var(--dwnet-fg); }
.dwnet-graph .caption { fill: var(--dwnet-muted); font-size: 10px; }
.dwnet-graph .node > rect { fill: var(--dwnet-box); stroke: var(--dwnet-ok); stroke-width: 1.2; }
.dwnet-graph .node.compound > rect { fill: none; }
.dwnet-graph .node.status-broken > rect { stroke: var(--dwnet-broken); stroke-width: 2.4; }
.dwnet-graph .node.status-unused > rect { stroke: var(--dwnet-unused); stroke-dasharray: 4 3; }
.dwnet-graph .node.status-unused text { fill: var(--dwnet-muted); }
.dwnet-graph .edge path { fill: none; stroke: var(--dwnet-ok); stroke-width: 1.4; }
.dwnet-graph .edge.status-broken path { stroke: var(--dwnet-broken); stroke-width: 2.4; }
.dwnet-graph .edge.status-unused path { stroke: var(--dwnet-unused); stroke-dasharray: 4 3; }
.dwnet-graph .edge.kind-missing path { stroke-dasharray: 6 4; }
.dwnet-graph .edge-label rect { fill: var(--dwnet-bg); opacity: 0.9; }
.dwnet-graph .edge-label.status-broken text { fill: var(--dwnet-broken); font-weight: 600; }
.dwnet-graph .arrow-ok { fill: var(--dwnet-ok); }
.dwnet-graph .arrow-broken { fill: var(--dwnet-broken); }
.dwnet-graph .arrow-unused { fill: var(--dwnet-unused); }
`;

const LEGEND_HEIGHT = 36;

function textLines(lines: string[], x: number, y: number, className?: string): string {
  const spans = lines
    .map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${xmlText(line)}</tspan>`)
    .join('');
  return `<text${className ? ` class="${className}"` : ''} x="${x}" y="${y}">${spans}</text>`;
}

function nodeSummary(node: GraphNode, locale: Locale): string {
  return [nodeSummaryLine(node, locale), ...node.details].join('\n');
}

/** Renders a laid-out graph (from `layoutGraph`, or a host's own run of it). */
export function renderSvg(
  graph: TopologyGraph,
  layout: GraphLayout,
  locale: Locale = 'en',
): string {
  const width = Math.max(layout.width, 800);
  const height = layout.height + LEGEND_HEIGHT;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="dwnet-graph" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlText(t(locale, 'graph.svg.label'))}">`,
    `<title>${xmlText(t(locale, 'graph.svg.title', { nodes: graph.nodes.length, pairs: graph.pairs.length, broken: graph.pairs.filter((pair) => !pair.ok).length }))}</title>`,
    `<style>${SVG_STYLE}</style>`,
    '<defs>',
    ...(['ok', 'broken', 'unused'] as const).map(
      (status) =>
        `<marker id="dwnet-arrow-${status}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrow-${status}" d="M0,0 L10,5 L0,10 z"/></marker>`,
    ),
    '</defs>',
    `<rect class="background" x="0" y="0" width="${width}" height="${height}"/>`,
  ];
  const children = childrenByParent(graph);
  // Boxes first (outer before inner), then edges over them, then edge labels on top.
  const ordered: GraphNode[] = [];
  const add = (node: GraphNode) => {
    ordered.push(node);
    for (const child of children.get(node.id) ?? []) add(child);
  };
  for (const node of topLevel(graph)) add(node);
  for (const node of ordered) {
    const box = layout.nodes.get(node.id);
    if (!box) continue;
    const compound = children.has(node.id);
    const lines = nodeLines(node);
    const classes = `node kind-${node.kind} status-${node.status}${compound ? ' compound' : ''}`;
    out.push(
      `<g class="${classes}" data-id="${xmlText(node.id)}" data-pointer="${xmlText(node.pointer)}" transform="translate(${round(box.x)},${round(box.y)})">`,
      `<title>${xmlText(nodeSummary(node, locale))}</title>`,
      `<rect width="${round(box.width)}" height="${round(box.height)}" rx="${node.kind === 'dataSource' || node.kind === 'internet' ? 10 : 3}"/>`,
      `<text class="caption" x="${PADDING}" y="${CAPTION_HEIGHT - 2}">${xmlText(kindName(node.kind, locale))}</text>`,
      textLines(lines, PADDING, CAPTION_HEIGHT + LINE_HEIGHT - 3),
      '</g>',
    );
  }
  const byId = new Map(graph.edges.map((edge) => [edge.id, edge]));
  const labels: string[] = [];
  for (const [id, placed] of layout.edges) {
    const edge = byId.get(id);
    if (!edge || placed.points.length < 2) continue;
    const d = placed.points
      .map((point, i) => `${i === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`)
      .join(' ');
    const arrow = edge.kind === 'member' ? '' : ` marker-end="url(#dwnet-arrow-${edge.status})"`;
    out.push(
      `<g class="edge kind-${edge.kind} status-${edge.status}" data-id="${xmlText(edge.id)}"><title>${xmlText(`${edge.kind}: ${edge.from} → ${edge.to}${edge.label ? `\n${edge.label}` : ''}`)}</title><path d="${d}"${arrow}/></g>`,
    );
    if (edge.label !== undefined && placed.label) {
      const { x, y, width: w, height: h } = placed.label;
      labels.push(
        `<g class="edge-label status-${edge.status}"><rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}"/>${textLines(wrap(edge.label), round(x + 4), round(y + LINE_HEIGHT - 2))}</g>`,
      );
    }
  }
  out.push(...labels);
  out.push(legend(height - LEGEND_HEIGHT + 8, locale));
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function legend(y: number, locale: Locale): string {
  const items: [string, string][] = [
    ['ok', t(locale, 'graph.legend.ok')],
    ['broken', t(locale, 'graph.legend.broken')],
    ['unused', t(locale, 'graph.legend.unused')],
  ];
  const parts: string[] = [`<g class="legend" transform="translate(20,${y})">`];
  let x = 0;
  for (const [status, text] of items) {
    parts.push(
      `<g class="edge status-${status}"><path d="M${x},8 L${x + 28},8" marker-end="url(#dwnet-arrow-${status})"/></g>`,
      `<text x="${x + 34}" y="12">${xmlText(text)}</text>`,
    );
    x += 34 + textWidth(text) + 24;
  }
  parts.push(
    `<g class="edge kind-missing status-broken"><path d="M${x},8 L${x + 28},8"/></g>`,
    `<text x="${x + 34}" y="12">${xmlText(t(locale, 'graph.legend.missing'))}</text>`,
    '</g>',
  );
  return parts.join('');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** The graph laid out and drawn as one SVG document. */
export async function graphToSvg(graph: TopologyGraph, locale: Locale = 'en'): Promise<string> {
  return renderSvg(graph, await layoutGraph(graph), locale);
}
