// What every renderer writes the same way: the lines of a node, the kinds in words, and
// which nodes are drawn inside which.
import type { GraphNode, GraphNodeKind, TopologyGraph } from './types';

export const KIND_NAMES: Record<GraphNodeKind, string> = {
  resourceGroup: 'resource group',
  vpc: 'VPC',
  vSwitch: 'vSwitch',
  dataCenter: 'data center',
  connection: 'connection',
  natGateway: 'NAT gateway',
  internet: 'Internet',
  dataSource: 'data source',
  group: 'group',
};

/** The node's text, line by line: its label, then its details. */
export function nodeLines(node: GraphNode): string[] {
  // A NAT gateway's label already names its EIPs.
  const details = node.kind === 'natGateway' ? [] : node.details;
  return [node.label, ...details];
}

/** The children of each node drawn as a box around others (a VPC around its vSwitches). */
export function childrenByParent(graph: TopologyGraph): Map<string, GraphNode[]> {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const children = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (node.parent === undefined || !ids.has(node.parent)) continue;
    const list = children.get(node.parent);
    if (list) list.push(node);
    else children.set(node.parent, [node]);
  }
  return children;
}

/** The nodes drawn at the top level (not inside another). */
export function topLevel(graph: TopologyGraph): GraphNode[] {
  const ids = new Set(graph.nodes.map((node) => node.id));
  return graph.nodes.filter((node) => node.parent === undefined || !ids.has(node.parent));
}
