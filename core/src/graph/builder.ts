// The graph under construction, and the ids of its nodes and edges (SPEC §9: a node's id is
// its entity's JSON pointer).
import { escapePointerSegment } from '../parse';
import type { GraphEdge, GraphEdgeKind, GraphNode } from './types';

export const INTERNET_ID = 'internet';

const esc = escapePointerSegment;
export const nodeIds = {
  resourceGroup: (id: string) => `rg:${esc(id)}`,
  vpc: (id: string) => `vpc:${esc(id)}`,
  vSwitch: (vpc: string, id: string) => `vsw:${esc(vpc)}/${esc(id)}`,
  natGateway: (vpc: string, id: string) => `nat:${esc(vpc)}/${esc(id)}`,
  dataCenter: (id: string) => `dc:${esc(id)}`,
  connection: (id: string) => `conn:${esc(id)}`,
  dataSource: (id: string) => `ds:${esc(id)}`,
};

export function edgeId(kind: GraphEdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

/** The graph being built: nodes and edges by id, in the order they were added. */
export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Undirected adjacency: the edge joining two nodes, whichever way it points. */
  private readonly between = new Map<string, GraphEdge>();

  node(node: Omit<GraphNode, 'status'>): void {
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, { ...node, status: 'unused' });
  }

  edge(kind: GraphEdgeKind, from: string, to: string, label?: string): GraphEdge {
    const id = edgeId(kind, from, to);
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { id, from, to, kind, status: 'unused' };
      if (label !== undefined) edge.label = label;
      this.edges.set(id, edge);
      const key = pairKey(from, to);
      // The first edge between two nodes is the one paths take (a binding before a
      // location, say); `missing` edges are only made where none exists.
      if (!this.between.has(key)) this.between.set(key, edge);
    }
    return edge;
  }

  /** The edge a path takes between two nodes: an existing one, else a `missing` one. */
  hop(from: string, to: string): GraphEdge {
    return this.between.get(pairKey(from, to)) ?? this.edge('missing', from, to);
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
