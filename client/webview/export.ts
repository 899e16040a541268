// "Export SVG": the picture as a standalone file, its theme colours resolved to their values
// now (the file is opened outside VS Code), sent to the extension to save.
import { SVG_NS } from './draw';
import { page, postToHost } from './page';

/** The page's CSS with every `var(--vscode-…)` replaced by the theme's value now. */
function resolvedCss(): string {
  let css = document.getElementById('dwnet-diagram-style')?.textContent ?? '';
  const computed = getComputedStyle(document.documentElement);
  const innermost = /var\((--[\w-]+)(?:,\s*([^()]*))?\)/;
  for (let guard = 0; guard < 10_000 && innermost.test(css); guard++)
    css = css.replace(innermost, (_all, name: string, fallback?: string) => {
      const value = computed.getPropertyValue(name).trim();
      return value !== '' ? value : (fallback ?? 'currentColor');
    });
  return css;
}

export function exportSvg(): void {
  const picture = page.diagram.querySelector('svg');
  if (!picture) return;
  const copy = picture.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  const style = document.createElementNS(SVG_NS, 'style');
  const background = getComputedStyle(document.body).backgroundColor;
  style.textContent = `svg { background: ${background}; font-family: sans-serif; } ${resolvedCss()}`;
  copy.insertBefore(style, copy.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
  postToHost({ type: 'exportSvg', svg: text });
}
