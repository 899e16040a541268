// What a laid-out ELK edge is drawn from: its points in order and its label's box. Shared by
// `dwnet graph --format svg` (svg.ts) and the editor's diagram (client/webview/layout.ts),
// which lay out with the same library; it imports ELK's types only, so the webview's bundle
// takes nothing else of the core.
import type { ElkExtendedEdge, ElkPoint } from 'elkjs/lib/elk-api';

export interface EdgeShape {
  points: ElkPoint[];
  label?: { x: number; y: number; width: number; height: number };
}

/** The edge's sections joined into one line of points, and its first label's box. */
export function edgeShape(edge: ElkExtendedEdge): EdgeShape {
  const points: ElkPoint[] = [];
  for (const section of edge.sections ?? [])
    points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
  const label = edge.labels?.[0];
  if (!label) return { points };
  return {
    points,
    label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 },
  };
}
