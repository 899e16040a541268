// The topology as a picture (SPEC §9): the graph model and its renderers.
export { buildGraph, edgeId, nodeIds, INTERNET_ID } from './model';
export { collapseGraph } from './collapse';
export { renderDot } from './dot';
export { renderMermaid } from './mermaid';
// svg.ts is imported where it is needed (`dwnet graph --format svg`): it brings elkjs, a
// large script the language server and `dwnet check` should not load at start-up.
