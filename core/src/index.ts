// The public entry points of the dwnet language service. Everything a surface
// needs goes through here; nothing here does IO.
export * from './types';
export { validate, analyse, applySeverities, connectivityResults, type Analysis } from './validate';
export { explain, explainAnalysis } from './explain';
export { fixEdits, applyEdits, fixAll, minimalEdit } from './fixes';
export { RULES, ruleMeta, ruleDocsUrl } from './rules/registry';
export { LineIndex } from './lineIndex';
export * from './language';
