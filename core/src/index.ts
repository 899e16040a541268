// The public entry points of the dwnet language service. Everything a surface
// needs goes through here; nothing here does IO.
export * from './types';
export { validate } from './validate';
export { explain } from './explain';
export { fixEdits, applyEdits, fixAll } from './fixes';
export { RULES, ruleMeta, ruleDocsUrl } from './rules/registry';
export { LineIndex } from './lineIndex';
