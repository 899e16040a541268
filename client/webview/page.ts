// What every part of the diagram's page shares: the channel to the extension (VS Code's
// webview API, which a page may acquire only once) and the page's fixed elements.
import type { WebviewMessage } from '../src/diagram/messages';
import { setTranslations } from './l10n';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const host = acquireVsCodeApi();

/** Sends a message to the extension (client/src/diagram/panel.ts). */
export function postToHost(message: WebviewMessage): void {
  host.postMessage(message);
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found;
}

/** The page's translations, from the extension (client/src/diagram/html.ts). */
const translations = document.getElementById('dwnet-diagram-script')?.dataset['l10n'];
if (translations) setTranslations(JSON.parse(translations) as Record<string, string>);

/** The page's elements (client/src/diagram/html.ts writes them). */
export const page = {
  diagram: element('diagram'),
  toolbar: element('toolbar'),
  notice: element('notice'),
  tooltip: element('tooltip'),
};
