// Schema validation on the compact tree's rows, for the usual case: a document that
// follows schemas/dwnet.schema.json. ajv validates plain data, and building the plain value
// (`JSON.parse` of the text with its comments blanked) cost about a third of the parse
// stage, and its 300 000 objects were copied by the collections of every later stage.
//
// It only ever answers "certainly valid": every keyword it knows is decided exactly as ajv
// decides it, anything else is "maybe not" (a keyword it does not know makes every document
// "maybe not"; a number past the doubles or `uniqueItems` over values other than strings,
// that document), and the caller then asks ajv, which also words the errors.
// core/test/schemaRows.test.ts holds it to ajv.
//
// The parser checks a document as it writes its rows (core/src/wellFormedParse.ts, with
// core/src/schemaRowsWalk.ts): a second walk over the rows of 4 MB cost more than the
// checks themselves. The table is made the first time it is asked (about a hundred plain
// objects; ajv compiling the same schema takes 200 ms, which is why its code is generated at
// build time), from code the build generates (core/src/schemaRowsPrecompiled.ts): compiled
// from the schema, it took about 2 ms of every fresh process, whose code runs it once.
// Checking code generated per definition ran as fast once optimised, but the engine compiled
// it again after every full collection (the benchmark forces one before each check) and in
// every fresh process, which cost more than the walk. `certainlyValid` walks a finished tree (the tests hold the two verdicts
// equal).
import type { CompactTree } from './compactTree';
import { CompactTreeBuilder } from './compactTreeBuilder';
import { rowsSchema } from './schemaRowsSchema';
import { emptyNode, NameList, type SchemaNode } from './schemaRowsNode';
import { precompiledTable } from './schemaRowsPrecompiled';
import { compileSchema, Unsupported } from './schemaRowsTable';
import { walkHolds } from './schemaRowsWalk';
import { WARM_UP_TOPOLOGY } from './schemaWarmUp';
import { parseWellFormed } from './wellFormedParse';

/** Deeper than the warm-up topology. */
const MAX_WARM_UP_DEPTH = 16;

/** The table of the whole schema; `null` when the schema uses what the walk does not decide. */
let rootNode: SchemaNode | null | undefined;

/**
 * The table the parser checks a document against as it reads it (made, and walked once,
 * at the first call: built from the code the build generated, else compiled from the
 * schema); null when the schema uses what the walk does not decide.
 */
export function compiledSchema(): SchemaNode | null {
  if (rootNode === undefined) {
    rootNode =
      precompiledTable !== undefined ? precompiledTable(emptyNode, NameList) : compiledTable();
    if (rootNode !== null) warmUp(rootNode);
  }
  return rootNode;
}

/** The table compiled from the schema, where no precompiled one was built in. */
function compiledTable(): SchemaNode | null {
  try {
    return compileSchema(rowsSchema);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return null;
  }
}

/** Parses and checks core/src/schemaWarmUp.ts's topology once (see there why); its verdict is not used. */
function warmUp(root: SchemaNode): void {
  // A new string, as a file's text is, rather than the constant itself (the parser's reads
  // of the text then see the kind of string they will see).
  parseWellFormed(WARM_UP_TOPOLOGY.split('\n').join('\n'), MAX_WARM_UP_DEPTH, root);
}

/**
 * True only when the document a compact tree holds follows the schema, with no error ajv
 * would find. False means "maybe not": ask ajv. The tree must hold no repeated property
 * (ajv sees only one of each; the caller gives those documents to ajv).
 */
export function certainlyValid(tree: CompactTree): boolean {
  const root = compiledSchema();
  return root !== null && walkHolds(CompactTreeBuilder.over(tree), 0, root);
}

/** Whether the parser finds the warm-up topology valid: else it would not see every path (for the tests). */
export function warmUpIsValid(): boolean {
  const parsed = parseWellFormed(WARM_UP_TOPOLOGY, MAX_WARM_UP_DEPTH, compiledSchema());
  return (
    parsed !== undefined &&
    parsed.repeatedProperties.length === 0 &&
    parsed.schemaValid &&
    certainlyValid(parsed.tree)
  );
}

/** Why the walk decides nothing with this schema, or undefined when it decides (for the tests). */
export function undecidedBecause(): string | undefined {
  try {
    compileSchema(rowsSchema);
    return undefined;
  } catch (error) {
    if (error instanceof Unsupported) return error.message;
    throw error;
  }
}
