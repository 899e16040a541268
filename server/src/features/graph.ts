// The topology diagram's side of the server: the graph of a document (SPEC §9) from the
// analysis its diagnostics come from, pushed again after each analysis of a document a
// diagram follows, and where an entity of the graph is defined (a node's pointer → range).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildGraph, propertyOf, propertyValue } from '../../../core/src/index';
import type {
  GraphParams,
  GraphResult,
  PointerRangeParams,
  PointerRangeResult,
} from '../../../protocol/index';
import { GRAPH_CHANGED_NOTIFICATION } from '../../../protocol/index';
import type { ServerContext } from '../context';
import { rangeOf } from '../convert';
import { tooLarge } from '../limits';

/**
 * After a change, how long the document must stay still before its graph is pushed:
 * shorter than the diagnostics' delay would analyse twice, since both share one analysis
 * per version.
 */
export const GRAPH_PUSH_DELAY_MS = 250;

/** How long building and sending a document's graph last took, per followed document. */
const lastCost = new Map<string, number>();

export async function graphOf(context: ServerContext, uri: string): Promise<GraphResult> {
  const document = context.documents.get(uri);
  if (!document || (await tooLarge(context, uri))) return { uri, version: -1, graph: null };
  return {
    uri,
    version: document.version,
    graph: buildGraph(context.cache.analysis(document), { locale: context.cache.locale }),
  };
}

/** The documents some diagram follows, and pushes their graph after each change. */
export class GraphFollower {
  private readonly followed = new Set<string>();
  private readonly pending = new Map<string, { dispose(): void }>();

  constructor(private readonly context: ServerContext) {}

  async request(params: GraphParams): Promise<GraphResult> {
    if (params.follow) this.followed.add(params.uri);
    return graphOf(this.context, params.uri);
  }

  unfollow(uri: string): void {
    this.followed.delete(uri);
    lastCost.delete(uri);
    this.pending.get(uri)?.dispose();
    this.pending.delete(uri);
  }

  /** A followed document changed: its graph is pushed once the typing pauses. */
  changed(document: TextDocument): void {
    if (!this.followed.has(document.uri)) return;
    this.pending.get(document.uri)?.dispose();
    this.pending.set(
      document.uri,
      this.context.runtime.setTimeout(
        () => {
          this.pending.delete(document.uri);
          void this.push(document.uri, document.version);
        },
        pushDelay(lastCost.get(document.uri)),
      ),
    );
  }

  private async push(uri: string, version: number): Promise<void> {
    if (!this.followed.has(uri) || this.context.documents.get(uri)?.version !== version) return;
    const started = performance.now();
    const result = await graphOf(this.context, uri);
    // The user may have typed meanwhile: the next push carries that version.
    if (result.version !== version) return;
    await this.context.connection.sendNotification(GRAPH_CHANGED_NOTIFICATION, result);
    lastCost.set(uri, performance.now() - started);
  }
}

/**
 * The pause before a push: a graph that takes long to build (a second for 10 000 data
 * sources) waits for twice as long a pause in the typing, so that the server, busy
 * building it, does not hold up the hovers and diagnostics of someone still typing.
 */
export function pushDelay(lastCostMs: number | undefined): number {
  return Math.max(GRAPH_PUSH_DELAY_MS, Math.round(2 * (lastCostMs ?? 0)));
}

/** The segments of a JSON pointer (RFC 6901); undefined for anything but `/a/b`. */
export function pointerSegments(pointer: string): string[] | undefined {
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Where the entity at `pointer` is defined: its key selected, the whole property revealed. */
export async function pointerRange(
  context: ServerContext,
  params: PointerRangeParams,
): Promise<PointerRangeResult | null> {
  const document = context.documents.get(params.uri);
  const segments = pointerSegments(params.pointer);
  if (!document || !segments || (await tooLarge(context, params.uri))) return null;
  let node = context.cache.analysis(document).document.root;
  for (const segment of segments) {
    node =
      node?.type === 'array' && /^\d+$/.test(segment)
        ? node.children?.[Number(segment)]
        : propertyValue(node, segment);
  }
  if (!node) return null;
  const property = propertyOf(node);
  const key = property?.children?.[0];
  const whole = property ?? node;
  return {
    selection: key ? rangeOf(document, key.offset, key.length) : rangeOf(document, node.offset, 0),
    range: rangeOf(document, whole.offset, whole.length),
  };
}
