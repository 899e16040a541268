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
import { diagramHtml, makeNonce } from './html';
import { isWebviewMessage, type HostMessage, type WebviewMessage } from './messages';

export const DIAGRAM_VIEW_TYPE = 'dwnet.diagram';

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
      vscode.l10n.t('Diagram: {0}', name),
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
      title: vscode.l10n.t('Topology diagram of {0}', name),
      language: vscode.env.language,
      translations: vscode.l10n.bundle ?? {},
      toolbarLabel: vscode.l10n.t('Diagram options'),
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
