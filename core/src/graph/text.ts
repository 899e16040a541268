// What every renderer writes the same way: the lines of a node, the kinds in words, and
// which nodes are drawn inside which.
import { t, type Locale, type MessageKey } from '../l10n/index';
import type { GraphNode, GraphNodeKind, TopologyGraph } from './types';

const KIND_KEYS: Record<GraphNodeKind, MessageKey> = {
  resourceGroup: 'graph.kind.resourceGroup',
  vpc: 'graph.kind.vpc',
  vSwitch: 'graph.kind.vSwitch',
  dataCenter: 'graph.kind.dataCenter',
  connection: 'graph.kind.connection',
  natGateway: 'graph.kind.natGateway',
  internet: 'graph.kind.internet',
  dataSource: 'graph.kind.dataSource',
  group: 'graph.kind.group',
};

/** A node kind in words, in the reader's language ("resource group", "资源组"). */
export function kindName(kind: GraphNodeKind, locale: Locale = 'en'): string {
  return t(locale, KIND_KEYS[kind]);
}

/** A node in one line, for tooltips: "VPC vpc-a (broken)", "专有网络VPC vpc-a（不通）". */
export function nodeSummaryLine(node: GraphNode, locale: Locale = 'en'): string {
  return t(locale, 'graph.nodeSummary', {
    kind: kindName(node.kind, locale),
    label: node.label,
    status: t(locale, `graph.status.${node.status}`),
  });
}

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
