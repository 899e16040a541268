// The diagram's page: its HTML, its theme-coloured CSS and its content security policy.
// No vscode here: the host fills in the webview's origin and resource URIs.

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
  /** VS Code's language (`vscode.env.language`). */
  language: string;
  /** The bundle VS Code loaded for the extension (`vscode.l10n.bundle`): the page's translations. */
  translations: Readonly<Record<string, string>>;
  /** The toolbar's accessible name, in `language`. */
  toolbarLabel: string;
}): string {
  const { cspSource, nonce, scriptUri, workerUri, title, language, translations } = options;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!DOCTYPE html>
<html lang="${attribute(language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${attribute(title)}</title>
<style nonce="${nonce}" id="dwnet-diagram-style">${DIAGRAM_CSS}</style>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="${attribute(options.toolbarLabel)}"></div>
<div id="notice" role="status" aria-live="polite"></div>
<div id="diagram" role="application" aria-label="${attribute(title)}"></div>
<div id="tooltip" role="tooltip" hidden></div>
<script nonce="${nonce}" id="dwnet-diagram-script" data-worker="${attribute(workerUri)}" data-l10n="${attribute(JSON.stringify(translations))}" src="${attribute(scriptUri)}"></script>
</body>
</html>`;
}

/**
 * Theme colours only: VS Code sets the `--vscode-*` variables for light, dark and high
 * contrast themes; high contrast also sets `--vscode-contrastBorder`, which outlines nodes.
 */
const DIAGRAM_CSS = `
body { margin: 0; padding: 0; color: var(--vscode-editor-foreground, #333); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
#toolbar { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 6px 10px; border-bottom: 1px solid var(--vscode-panel-border, transparent); position: sticky; top: 0; background: var(--vscode-editor-background); z-index: 2; }
#toolbar label { display: inline-flex; gap: 4px; align-items: center; }
#toolbar select, #toolbar button { font: inherit; color: var(--vscode-dropdown-foreground); background: var(--vscode-dropdown-background); border: 1px solid var(--vscode-dropdown-border, transparent); padding: 2px 4px; }
#toolbar button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 2px 10px; cursor: pointer; }
#toolbar button:hover { background: var(--vscode-button-hoverBackground); }
#notice { padding: 2px 10px; color: var(--vscode-descriptionForeground); min-height: 1.2em; }
#diagram { padding: 8px; overflow: auto; }
#tooltip { position: fixed; z-index: 3; max-width: 420px; padding: 6px 8px; color: var(--vscode-editorHoverWidget-foreground); background: var(--vscode-editorHoverWidget-background); border: 1px solid var(--vscode-editorHoverWidget-border); white-space: pre-wrap; pointer-events: none; }
#tooltip .failure { color: var(--vscode-errorForeground, #e51400); }
svg.dwnet-graph { overflow: visible; }
.node rect { fill: var(--vscode-editorWidget-background, var(--vscode-editor-background, #fff)); stroke: var(--vscode-editorWidget-border, var(--vscode-contrastBorder, currentColor)); stroke-width: 1; }
.node.vpc > rect, .node.group > rect { fill: var(--vscode-sideBar-background, var(--vscode-editor-background)); stroke-dasharray: 4 2; }
.node.internet > rect { rx: 18px; }
.node text { fill: var(--vscode-editor-foreground, #333); font-size: 12px; }
.node text.detail { fill: var(--vscode-descriptionForeground, var(--vscode-editor-foreground, #777)); fill-opacity: 0.85; font-size: 11px; }
.node.broken > rect { stroke: var(--vscode-errorForeground, #e51400); stroke-width: 2; }
.node.ok > rect { stroke: var(--vscode-charts-green, var(--vscode-testing-iconPassed, #388a34)); }
.node.unused { opacity: 0.6; }
.node { cursor: pointer; outline: none; }
.node:focus > rect, .node:hover > rect { stroke: var(--vscode-focusBorder, #0090f1); stroke-width: 3; }
.edge path { fill: none; stroke: var(--vscode-editor-foreground, #333); stroke-opacity: 0.55; stroke-width: 1.5; }
.edge.ok path { stroke: var(--vscode-charts-green, var(--vscode-testing-iconPassed, #388a34)); stroke-opacity: 0.9; }
.edge.broken path { stroke: var(--vscode-errorForeground, #e51400); stroke-opacity: 1; stroke-width: 2.5; }
.edge.missing path { stroke-dasharray: 6 4; }
.edge.unused path { stroke-dasharray: 2 3; }
.edge text { fill: var(--vscode-editor-foreground, #333); font-size: 11px; }
.edge.broken text { fill: var(--vscode-errorForeground, #e51400); }
.arrow { fill: var(--vscode-editor-foreground, #333); }
.dimmed { opacity: 0.2; }
.highlighted > rect, .highlighted path { stroke: var(--vscode-focusBorder, #0090f1); stroke-width: 3; stroke-opacity: 1; }
.edge.broken.highlighted path { stroke: var(--vscode-errorForeground, #e51400); }
@media (forced-colors: active) { .edge.broken path { stroke: Mark; } }
`;
