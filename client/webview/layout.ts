// The diagram's layout: elkjs's layered algorithm in a Web Worker, VPCs drawn as boxes
// around their vSwitches, each edge routed orthogonally with room for its label. The
// previous layout's positions are hints, so a change of structure moves little.
import ELK from 'elkjs/lib/elk-api';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk-api';
import type { GraphNode, TopologyGraph } from '../../protocol/index';
import { edgeShape } from '../../core/src/graph/elkShapes';
import { kindName } from './view';

const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 15;
/** Lines a VPC writes above its vSwitches: kind, name, CIDR block. */
export const COMPOUND_LINES = 3;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each node and edge is drawn, and the size of the whole picture. */
export interface Layout {
  boxes: Map<string, Box>;
  edges: Map<string, { points: ElkPoint[]; label?: Box }>;
  width: number;
  height: number;
}

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

export async function layout(graph: TopologyGraph, previous: Layout | undefined): Promise<Layout> {
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
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[])
    edgeShapes.set(edge.id, edgeShape(edge));
  return { boxes, edges: edgeShapes, width: result.width ?? 0, height: result.height ?? 0 };
}
