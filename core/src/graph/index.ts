// The topology as a picture (SPEC §9): the graph model and its renderers.
export { buildGraph, edgeId, nodeIds, INTERNET_ID } from './model';
export { renderDot } from './dot';
export { renderMermaid } from './mermaid';
export { graphToSvg, layoutGraph, renderSvg, SVG_STYLE, type GraphLayout } from './svg';
