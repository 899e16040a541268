// Issue 6, "nothing a user types can break dwnet or lose their text": generators of
// realistic topologies, the edits people (and accidents) make to them, and the properties
// every document must satisfy. Shared by core/test/properties.test.ts (a few hundred runs
// in `npm test`), core/test/fuzz-regressions.test.ts (replays the saved counterexamples)
// and scripts/fuzz.mjs (`npm run fuzz`, which bundles this folder).
export * from './jsonc';
export * from './generators';
export * from './mutations';
export * from './properties';
