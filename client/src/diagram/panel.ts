// The topology diagram (issue 15): a webview beside the editor that draws the document's
// graph (SPEC §9) and follows it as it is typed. The server builds the graph from the
// analysis the diagnostics come from and pushes a new one after each analysis
// (`dwnet/graphChanged`); the webview lays it out with elkjs in a Web Worker (off the
// extension host, and off the webview's own thread) and draws it as SVG. This file only
// connects the two: no layout, no analysis.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  GraphChangedNotification,
  GraphRequest,
  GraphUnfollowNotification,
  PointerRangeRequest,
  type GraphResult,
} from '../../../protocol/index';
import { isWebviewMessage, type HostMessage, type WebviewMessage } from './messages';

export const DIAGRAM_VIEW_TYPE = 'dwnet.diagram';

/** A fresh nonce per page load: the only scripts and styles the page runs carry it. */
export function makeNonce(random: (size: number) => Uint8Array = randomBytes): string {
  return Buffer.from(random(18)).toString('base64').replace(/[+/=]/g, '');
}

function randomBytes(size: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(size));
}

/**
 * The strict content security policy of the page: nothing from the network, scripts and
 * styles only with the nonce, the layout worker only from a blob the page made itself of
 * the worker script (read from dist/, the one local resource root).
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    // fetch() of dist/elk-worker.min.js, turned into a blob: worker (a webview cannot start
    // a worker from its resource origin directly).
    `connect-src ${cspSource}`,
    'worker-src blob:',
  ].join('; ');
}

export function diagramHtml(options: {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  workerUri: string;
  title: string;
}): string {
  const { cspSource, nonce, scriptUri, workerUri, title } = options;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attribute(title)}</title>
<style nonce="${nonce}" id="dwnet-diagram-style">${DIAGRAM_CSS}</style>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram options"></div>
<div id="notice" role="status" aria-live="polite"></div>
<div id="diagram" role="application" aria-label="${attribute(title)}"></div>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${nonce}" id="dwnet-diagram-script" data-worker="${attribute(workerUri)}" src="${attribute(scriptUri)}"></script>
</body>
</html>`;
}

/**
 * Theme colours only: VS Code sets the `--vscode-*` variables for light, dark and high
 * contrast themes; high contrast also sets `--vscode-contrastBorder`, which outlines nodes.
 */
const DIAGRAM_CSS = `
body { margin: 0; padding: 0; color: var(--vscode-editor-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
#toolbar { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid var(--vscode-panel-border, transparent); position: sticky; top: 0; background: var(--vscode-editor-background); z-index: 2; }
#toolbar label { display: inline-flex; gap: 4px; align-items: center; }
#toolbar select, #toolbar button { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
#toolbar button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 10px; cursor: pointer; }
#toolbar button:hover { background: var(--vscode-button-hoverBackground); }
#notice { padding: 2px 10px; color: var(--vscode-descriptionForeground); min-height: 1.2em; }
#diagram { padding: 8px; overflow: auto; }
#tooltip { position: fixed; z-index: 3; max-width: 420px; padding: 6px 8px; color: var(--vscode-editorHoverWidget-foreground); background: var(--vscode-editorHoverWidget-background); border: 1px solid var(--vscode-editorHoverWidget-border); white-space: pre-wrap; pointer-events: none; }
#tooltip .failure { color: var(--vscode-errorForeground); }
svg.dwnet-graph { overflow: visible; }
.node rect { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-contrastBorder, currentColor)); stroke-width: 1; }
.node.vpc > rect, .node.group > rect { fill: var(--vscode-sideBar-background, var(--vscode-editor-background)); stroke-dasharray: 4 2; }
.node.internet > rect { rx: 18px; }
.node text { fill: var(--vscode-editor-foreground); font-size: 12px; }
.node text.detail { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.node.broken > rect { stroke: var(--vscode-errorForeground); stroke-width: 2; }
.node.ok > rect { stroke: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); }
.node.unused { opacity: 0.6; }
.node { cursor: pointer; outline: none; }
.node:focus > rect, .node:hover > rect { stroke: var(--vscode-focusBorder); stroke-width: 3; }
.edge path { fill: none; stroke: var(--vscode-editor-foreground); stroke-opacity: 0.55; stroke-width: 1.5; }
.edge.ok path { stroke: var(--vscode-charts-green, var(--vscode-testing-iconPassed)); stroke-opacity: 0.9; }
.edge.broken path { stroke: var(--vscode-errorForeground); stroke-opacity: 1; stroke-width: 2.5; }
.edge.missing path { stroke-dasharray: 6 4; }
.edge.unused path { stroke-dasharray: 2 3; }
.edge text { fill: var(--vscode-editor-foreground); font-size: 11px; }
.edge.broken text { fill: var(--vscode-errorForeground); }
.arrow { fill: var(--vscode-editor-foreground); }
.dimmed { opacity: 0.2; }
.highlighted > rect, .highlighted path { stroke: var(--vscode-focusBorder); stroke-width: 3; stroke-opacity: 1; }
.edge.broken.highlighted path { stroke: var(--vscode-errorForeground); }
@media (forced-colors: active) { .edge.broken path { stroke: Mark; } }
`;

interface PanelState {
  panel: vscode.WebviewPanel;
  documentUri: vscode.Uri;
  /** The latest graph, sent again when the webview (re)loads. */
  latest?: GraphResult;
  focusTask?: string;
  /** What the webview last drew: for the e2e run and measurements (`lastRendered`). */
  rendered?: Extract<WebviewMessage, { type: 'rendered' }>;
}

/** One diagram per document; showing it again brings it forward (and focuses a task). */
export class DiagramPanels implements vscode.Disposable {
  private readonly panels = new Map<string, PanelState>();
  private readonly registrations: vscode.Disposable[];

  constructor(
    private readonly client: LanguageClient,
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.LogOutputChannel,
  ) {
    this.registrations = [
      client.onNotification(GraphChangedNotification.type, (result) => this.update(result)),
    ];
  }

  /** The protocol uri of each open diagram's document (for tests and the e2e run). */
  get documents(): string[] {
    return [...this.panels.keys()];
  }

  lastRendered(uri: string): PanelState['rendered'] {
    return this.panels.get(uri)?.rendered;
  }

  async show(documentUri: vscode.Uri, uri: string, task?: string): Promise<void> {
    const existing = this.panels.get(uri);
    if (existing) {
      existing.panel.reveal(vscode.ViewColumn.Beside, true);
      if (task !== undefined) this.focus(existing, task);
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const name = documentUri.path.split('/').pop() ?? 'topology';
    const panel = vscode.window.createWebviewPanel(
      DIAGRAM_VIEW_TYPE,
      `Diagram: ${name}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist], retainContextWhenHidden: true },
    );
    const state: PanelState = { panel, documentUri };
    if (task !== undefined) state.focusTask = task;
    this.panels.set(uri, state);
    const webview = panel.webview;
    webview.html = diagramHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'diagram.js')).toString(),
      workerUri: webview.asWebviewUri(vscode.Uri.joinPath(dist, 'elk-worker.min.js')).toString(),
      title: `Topology diagram of ${name}`,
    });
    const listeners = [
      webview.onDidReceiveMessage((message: unknown) => this.received(uri, message)),
    ];
    panel.onDidDispose(() => {
      for (const listener of listeners) listener.dispose();
      this.panels.delete(uri);
      void this.client.sendNotification(GraphUnfollowNotification.type, { uri });
    });
    try {
      this.update(await this.client.sendRequest(GraphRequest.type, { uri, follow: true }));
    } catch (error) {
      this.output.error(`The diagram could not get the graph: ${String(error)}`);
    }
  }

  /** A graph from the server: kept, and drawn unless it is older than the one drawn. */
  update(result: GraphResult): void {
    const state = this.panels.get(result.uri);
    if (!state) return;
    if (state.latest && result.version !== -1 && result.version < state.latest.version) return;
    state.latest = result;
    this.post(state, { type: 'graph', graph: result.graph, version: result.version });
  }

  private focus(state: PanelState, task: string): void {
    state.focusTask = task;
    this.post(state, { type: 'focusTask', task });
  }

  private post(state: PanelState, message: HostMessage): void {
    void state.panel.webview.postMessage(message);
  }

  /** A message from a webview; anything else than the messages it sends is ignored. */
  async received(uri: string, message: unknown): Promise<void> {
    const state = this.panels.get(uri);
    if (!state || !isWebviewMessage(message)) return;
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded: it has nothing drawn yet.
        if (state.latest)
          this.post(state, {
            type: 'graph',
            graph: state.latest.graph,
            version: state.latest.version,
          });
        if (state.focusTask !== undefined) this.focus(state, state.focusTask);
        return;
      case 'reveal':
        return this.reveal(state, uri, message.pointer);
      case 'exportSvg':
        return this.exportSvg(state, message.svg);
      case 'rendered':
        state.rendered = message;
        this.output.info(
          `Diagram of ${state.documentUri.path.split('/').pop()}: ${message.nodes} nodes, ` +
            `${message.edges} edges (${message.collapsed}), laid out in ${message.layoutMs} ms`,
        );
        return;
      case 'error':
        this.output.error(`The diagram could not be drawn: ${message.message}`);
        return;
    }
  }

  /** Reveals the entity at `pointer` in the document's editor (beside the diagram). */
  private async reveal(state: PanelState, uri: string, pointer: string): Promise<void> {
    const found = await this.client.sendRequest(PointerRangeRequest.type, { uri, pointer });
    if (!found) return;
    const convert = this.client.protocol2CodeConverter;
    const selection = convert.asRange(found.selection);
    const visible = vscode.window.visibleTextEditors.find(
      (editor) => editor.document.uri.toString() === state.documentUri.toString(),
    );
    const editor = await vscode.window.showTextDocument(state.documentUri, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection,
      preserveFocus: false,
    });
    editor.revealRange(
      convert.asRange(found.range),
      vscode.TextEditorRevealType.InCenterIfOutsideViewport,
    );
  }

  private async exportSvg(state: PanelState, svg: string): Promise<void> {
    const base = state.documentUri.path.replace(/\.dwnet\.json$|\.json$/, '');
    const target = await vscode.window.showSaveDialog({
      defaultUri: state.documentUri.with({ path: `${base}.svg` }),
      filters: { 'SVG image': ['svg'] },
      title: 'Export the topology diagram',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(svg));
    void vscode.window.showInformationMessage(
      `dwnet: the diagram was saved to ${vscode.workspace.asRelativePath(target)}.`,
    );
  }

  dispose(): void {
    for (const registration of this.registrations) registration.dispose();
    for (const state of [...this.panels.values()]) state.panel.dispose();
    this.panels.clear();
  }
}
