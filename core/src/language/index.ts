// The editor features of the core, each computed from one analysis of a document
// version: the server parses once per version and every request reuses the analysis.
export * from './types';
export { hoverAt } from './hover';
export { taskExplanationMarkdown } from './hoverPairs';
export { definitionAt, referencesAt, prepareRename, rename } from './navigation';
export { documentSymbols } from './symbols';
export { codeLenses } from './codeLens';
export { idCompletions } from './completion';
export { localizedSchema } from './schemaDocs';
