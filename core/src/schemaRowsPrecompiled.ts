// The table of core/src/schemaRowsSchema.ts's schema, as `compileSchema` makes it, built
// from code generated when the bundles and the test run are built (scripts/schemaTable.mjs
// replaces this module): compiling the schema took about 2 ms of every fresh process that
// checks a document, building the finished nodes about a third of that. This body, for any
// other loader, has none: the schema is compiled when first needed (core/src/schemaRows.ts).
import type { NameList, SchemaNode } from './schemaRowsNode';

/** Builds the table from fresh nodes and name lists; null when the walk decides nothing. */
export type PrecompiledTable = (
  emptyNode: () => SchemaNode,
  nameList: new (names: readonly string[]) => NameList,
) => SchemaNode | null;

export const precompiledTable: PrecompiledTable | undefined = undefined;
