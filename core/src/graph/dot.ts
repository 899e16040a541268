// The graph as Graphviz DOT: VPCs as clusters around their vSwitches and NAT gateways,
// broken hops red and labelled with the missing step, unused entities grey.
import type { Locale } from '../l10n/index';
import { childrenByParent, nodeLines, nodeSummaryLine, topLevel } from './text';
import type { GraphEdge, GraphNode, GraphStatus, TopologyGraph } from './types';

/** A DOT string literal: quotes and backslashes escaped, line breaks as `\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const COLORS: Record<GraphStatus, string> = {
  ok: '#2e7d32',
  broken: '#d32f2f',
  unused: '#9e9e9e',
};

const SHAPES: Record<GraphNode['kind'], string> = {
  resourceGroup: 'component',
  vpc: 'box3d',
  vSwitch: 'box',
  dataCenter: 'house',
  connection: 'hexagon',
  natGateway: 'trapezium',
  internet: 'ellipse',
  dataSource: 'cylinder',
  group: 'folder',
};

function nodeStatement(node: GraphNode, locale: Locale): string {
  const attributes = [
    `label=${quote(nodeLines(node).join('\n'))}`,
    `shape=${SHAPES[node.kind]}`,
    `color=${quote(COLORS[node.status])}`,
    `tooltip=${quote(nodeSummaryLine(node, locale))}`,
  ];
  if (node.status === 'unused') attributes.push('style=dashed', 'fontcolor="#757575"');
  if (node.status === 'broken') attributes.push('penwidth=2');
  return `${quote(node.id)} [${attributes.join(', ')}];`;
}

function edgeStatement(edge: GraphEdge): string {
  const attributes = [`color=${quote(COLORS[edge.status])}`];
  if (edge.label !== undefined) attributes.push(`label=${quote(edge.label)}`);
  if (edge.status === 'broken') attributes.push('penwidth=2', `fontcolor=${quote(COLORS.broken)}`);
  if (edge.kind === 'missing' || edge.status === 'unused') attributes.push('style=dashed');
  if (edge.kind === 'member') attributes.push('arrowhead=none');
  return `${quote(edge.from)} -> ${quote(edge.to)} [${attributes.join(', ')}];`;
}

/** The graph in Graphviz DOT; tooltips in `locale`, ids unchanged. */
export function renderDot(graph: TopologyGraph, locale: Locale = 'en'): string {
  const lines = [
    'digraph dwnet {',
    '  rankdir=LR;',
    '  compound=true;',
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const children = childrenByParent(graph);
  const write = (node: GraphNode, indent: string) => {
    const inside = children.get(node.id);
    if (!inside) {
      lines.push(`${indent}${nodeStatement(node, locale)}`);
      return;
    }
    // A cluster drawn around what the node holds, with the node itself (its router) inside.
    lines.push(`${indent}subgraph ${quote(`cluster_${node.id}`)} {`);
    lines.push(`${indent}  label=${quote(nodeLines(node).join('\n'))};`);
    lines.push(`${indent}  color=${quote(COLORS[node.status])};`);
    if (node.status === 'unused') lines.push(`${indent}  style=dashed;`);
    lines.push(`${indent}  ${nodeStatement(node, locale)}`);
    for (const child of inside) write(child, `${indent}  `);
    lines.push(`${indent}}`);
  };
  for (const node of topLevel(graph)) write(node, '  ');
  // Nesting shows what a VPC contains; no line is drawn for it.
  for (const edge of graph.edges)
    if (edge.kind !== 'contains') lines.push(`  ${edgeStatement(edge)}`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
