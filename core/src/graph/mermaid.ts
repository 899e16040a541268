// The graph as a Mermaid flowchart (GitHub renders it in Markdown): VPCs as subgraphs
// around their vSwitches and NAT gateways, broken hops red and labelled with the missing
// step, unused entities grey.
import { childrenByParent, nodeLines, topLevel } from './text';
import type { GraphEdge, GraphNode, TopologyGraph } from './types';

/**
 * Mermaid ids are letters, digits and underscores: each node id made into one, unique in
 * the diagram (a numbered suffix when two ids read the same).
 */
function mermaidIds(graph: TopologyGraph): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const node of graph.nodes) {
    const base = node.id.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, '') || 'node';
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    taken.add(id);
    ids.set(node.id, id);
  }
  return ids;
}

/**
 * Text inside a quoted label: Mermaid's entity codes for what would end the quote or be
 * read as markup, line breaks as `<br/>`.
 */
function labelText(text: string): string {
  return text
    .replace(/&/g, '#amp;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\|/g, '#124;')
    .replace(/\r?\n/g, '<br/>');
}

const SHAPES: Record<GraphNode['kind'], [string, string]> = {
  resourceGroup: ['[', ']'],
  vpc: ['[', ']'],
  vSwitch: ['[', ']'],
  dataCenter: ['[/', '\\]'],
  connection: ['{{', '}}'],
  natGateway: ['[\\', '/]'],
  internet: ['((', '))'],
  dataSource: ['[(', ')]'],
  group: ['[', ']'],
};

export function renderMermaid(graph: TopologyGraph): string {
  const ids = mermaidIds(graph);
  const idOf = (node: string) => ids.get(node) ?? 'missing_node';
  const lines = ['flowchart LR'];
  const children = childrenByParent(graph);
  const write = (node: GraphNode, indent: string) => {
    const inside = children.get(node.id);
    const text = `"${labelText(nodeLines(node).join('\n'))}"`;
    if (!inside) {
      const [open, close] = SHAPES[node.kind];
      lines.push(`${indent}${idOf(node.id)}${open}${text}${close}:::${node.status}`);
      return;
    }
    // The subgraph stands for the VPC itself: edges to the VPC end on its box.
    lines.push(`${indent}subgraph ${idOf(node.id)}[${text}]`);
    for (const child of inside) write(child, `${indent}  `);
    lines.push(`${indent}end`);
  };
  for (const node of topLevel(graph)) write(node, '  ');

  const drawn: GraphEdge[] = graph.edges.filter(
    (edge) => edge.kind !== 'contains' && ids.has(edge.from) && ids.has(edge.to),
  );
  drawn.forEach((edge) => {
    const arrow = edge.kind === 'missing' ? '-.->' : edge.kind === 'member' ? '---' : '-->';
    const label = edge.label === undefined ? '' : `|"${labelText(edge.label)}"|`;
    lines.push(`  ${idOf(edge.from)} ${arrow}${label} ${idOf(edge.to)}`);
  });
  lines.push('  classDef ok stroke:#2e7d32,stroke-width:1px');
  lines.push('  classDef broken stroke:#d32f2f,stroke-width:2px,color:#b71c1c');
  lines.push('  classDef unused stroke:#9e9e9e,stroke-dasharray:4 3,color:#757575');
  const broken = drawn.flatMap((edge, index) => (edge.status === 'broken' ? [index] : []));
  const unused = drawn.flatMap((edge, index) => (edge.status === 'unused' ? [index] : []));
  if (broken.length > 0)
    lines.push(`  linkStyle ${broken.join(',')} stroke:#d32f2f,stroke-width:2px,color:#b71c1c`);
  if (unused.length > 0) lines.push(`  linkStyle ${unused.join(',')} stroke:#9e9e9e`);
  // A subgraph is styled with `style`, not a class.
  for (const [parent] of children) {
    const node = graph.nodes.find((each) => each.id === parent);
    if (node?.status === 'broken') lines.push(`  style ${idOf(parent)} stroke:#d32f2f`);
    if (node?.status === 'unused') lines.push(`  style ${idOf(parent)} stroke:#9e9e9e`);
  }
  return `${lines.join('\n')}\n`;
}
