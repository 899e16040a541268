// Messages between the diagram's host (the extension) and its webview (client/webview/):
// plain data over postMessage, typed once for both sides.
import type { TopologyGraph } from '../../../protocol/index';

/** Host → webview. */
export type HostMessage =
  /** A new graph of the document (after each analysis), and the version it is of. */
  | { type: 'graph'; graph: TopologyGraph | null; version: number }
  /** Show one task's paths (the "Show path" code lens, or the command with a task). */
  | { type: 'focusTask'; task: string };

/** Webview → host. */
export type WebviewMessage =
  /** The script runs and listens: the host sends the latest graph. */
  | { type: 'ready' }
  /** Reveal an entity's definition in the editor (a node clicked, or Enter on it). */
  | { type: 'reveal'; pointer: string }
  /** Save the picture as shown, as a standalone SVG document. */
  | { type: 'exportSvg'; svg: string }
  /** A graph was drawn: what the picture holds, and how long layout and drawing took. */
  | {
      type: 'rendered';
      version: number;
      nodes: number;
      edges: number;
      brokenEdges: string[];
      collapsed: string;
      layoutMs: number;
    }
  /** Layout failed: said in the output channel, the previous picture stays. */
  | { type: 'error'; message: string };

export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; pointer?: unknown; svg?: unknown; message?: unknown };
  switch (message.type) {
    case 'ready':
    case 'rendered':
      return true;
    case 'reveal':
      return typeof message.pointer === 'string';
    case 'exportSvg':
      return typeof message.svg === 'string';
    case 'error':
      return typeof message.message === 'string';
    default:
      return false;
  }
}
