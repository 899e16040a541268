// The schema as the walk on rows (core/src/schemaRows.ts) reads it. The bundles and the
// test run never load this body: scripts/schemaValidator.mjs substitutes a copy without the
// annotations (descriptions, snippets: 90 KB a check never reads, which would otherwise be
// built as objects when the CLI starts), generated from the schema when they are built.
// This body, for any other loader, is the schema itself: the walk skips annotations.
import schema from '../../schemas/dwnet.schema.json';

export const rowsSchema: unknown = schema;
