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
// One small function walks the rows against a table made from the schema the first time
// it is asked (about a hundred plain objects, well under a millisecond; ajv compiling the
// same schema takes 200 ms, which is why its code is generated at build time). Code
// generated per definition ran as fast once optimised, but the engine compiled it again
// after every full collection (the benchmark forces one before each check) and in every
// fresh process, which cost more than the walk.
import { ESCAPED, Kind, type CompactTree } from './compactTree';
import { rowsSchema } from './schemaRowsSchema';
import { compileSchema, Unsupported, type SchemaNode, type SlotPlan } from './schemaRowsTable';
import { WARM_UP_TOPOLOGY } from './schemaWarmUp';
import { parseWellFormed } from './wellFormedParse';

/** Deeper than the warm-up topology. */
const MAX_WARM_UP_DEPTH = 16;

/** Thrown (never an Error: no stack to capture) when a value is not decided exactly. */
const UNSURE = Symbol('unsure');

/**
 * The value rows of the properties of the objects being checked (objects nest: a stack),
 * one slot per name their schema knows; read only for names whose bit says present.
 */
let slots = new Int32Array(64);
let top = 0;

/** Whether the value at `row` satisfies schema node `node`, as ajv decides it. */
function satisfies(tree: CompactTree, row: number, node: SchemaNode): boolean {
  if (node.never) return false;
  const kind = tree.kinds[row]! & 7;
  if (!(node.types & (1 << kind))) return false;
  if (kind === Kind.Number && node.numeric && !numberHolds(tree, row, node)) return false;
  if (kind === Kind.String && node.pattern !== null && !node.pattern.test(tree.stringAt(row)))
    return false;
  for (let i = 0; i < node.enums.length; i++) if (!isOneOf(tree, row, node.enums[i]!)) return false;
  if (kind === Kind.Array && !arrayHolds(tree, row, node)) return false;
  if (kind === Kind.Object && !objectHolds(tree, row, node)) return false;
  for (let i = 0; i < node.parts.length; i++)
    if (!satisfies(tree, row, node.parts[i]!)) return false;
  if (node.condition !== null) {
    const next = satisfies(tree, row, node.condition) ? node.then : node.otherwise;
    if (next !== null && !satisfies(tree, row, next)) return false;
  }
  return true;
}

function numberHolds(tree: CompactTree, row: number, node: SchemaNode): boolean {
  const value = numberAt(tree, row);
  if (node.integer && !Number.isInteger(value)) return false;
  return value >= node.minimum && value <= node.maximum;
}

function arrayHolds(tree: CompactTree, row: number, node: SchemaNode): boolean {
  const ends = tree.ends;
  const end = ends[row]!;
  const items = node.items;
  if (items !== null)
    for (let child = row + 1; child < end; child = ends[child]!)
      if (
        items.kindOnly
          ? !(items.types & (1 << (tree.kinds[child]! & 7)))
          : !satisfies(tree, child, items)
      )
        return false;
  return !node.unique || uniqueStrings(tree, row);
}

/**
 * `properties`, `required` and `additionalProperties`, and the conditionals folded into
 * them (a data source's network has four), in one pass over the object's properties: a
 * bit per name seen, and the value row of each.
 */
function objectHolds(tree: CompactTree, row: number, node: SchemaNode): boolean {
  const names = node.names;
  if (names === null) return true;
  const rules = node.rules;
  const base = top;
  if (rules.length > 0) {
    top += names.length;
    if (top > slots.length) {
      const grown = new Int32Array(top * 2);
      grown.set(slots);
      slots = grown;
    }
  }
  const ends = tree.ends;
  const end = ends[row]!;
  let seen = 0;
  let valid = true;
  // Properties mostly come in the schema's order: each name is first looked for after the last.
  let next = 0;
  const kinds = tree.kinds;
  for (let property = row + 1; valid && property < end; property = ends[property]!) {
    const index = nameIndex(tree, property + 1, names, next);
    const valueRow = property + 2;
    let value: SchemaNode | null;
    if (index < 0) {
      value = node.additional;
      if (value === null) continue;
    } else {
      next = index + 1;
      seen |= 1 << index;
      if (rules.length > 0) slots[base + index] = valueRow;
      value = node.properties[index]!;
    }
    // The usual values decided here, without `satisfies` (a call per value in a cold process).
    const kind = kinds[valueRow]! & 7;
    valid = value.kindOnly
      ? (value.types & (1 << kind)) !== 0
      : value.strings !== null
        ? kind === Kind.String && nameIndex(tree, valueRow, value.strings) >= 0
        : value.objectOnly
          ? kind === Kind.Object && objectHolds(tree, valueRow, value)
          : satisfies(tree, valueRow, value);
  }
  valid &&= (seen & node.required) === node.required;
  // The bit of the discriminator's value among `switchValues` (0: absent or none of them).
  let cases = 0;
  const switchIndex = node.switchIndex;
  const switchSeen = switchIndex >= 0 && (seen & (1 << switchIndex)) !== 0;
  if (valid && switchSeen) {
    const value = slots[base + switchIndex]!;
    if ((tree.kinds[value]! & 7) === Kind.String) {
      const index = nameIndex(tree, value, node.switchValues);
      if (index >= 0) cases = 1 << index;
    }
  }
  for (let i = 0; valid && i < rules.length; i++) {
    const rule = rules[i]!;
    const applies =
      rule.cases !== 0
        ? (cases & rule.cases) !== 0 || (rule.absentHolds && !switchSeen)
        : rule.condition === null || planHolds(tree, rule.condition, base, seen);
    const part = applies ? rule.then : rule.otherwise;
    valid =
      part === null ||
      ((seen & part.required) === part.required &&
        (seen & part.forbidden) === 0 &&
        (part.nodes.length === 0 || planHolds(tree, part, base, seen)));
  }
  top = base;
  return valid;
}

/** Whether the object whose slots start at `base` satisfies a schema that only names properties. */
function planHolds(tree: CompactTree, plan: SlotPlan, base: number, seen: number): boolean {
  if ((seen & plan.required) !== plan.required || (seen & plan.forbidden) !== 0) return false;
  const { indexes, nodes } = plan;
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i]!;
    if (seen & (1 << index) && !satisfies(tree, slots[base + index]!, nodes[i]!)) return false;
  }
  return true;
}

/**
 * The index in `names` (no two alike) of the text a string row (a key, or a value) holds,
 * or -1; without a copy. The names are tried from `from` on, then from the start.
 */
function nameIndex(tree: CompactTree, row: number, names: readonly string[], from = 0): number {
  if (tree.kinds[row]! & ESCAPED) return names.indexOf(tree.stringAt(row));
  const text = tree.text;
  const at = tree.offsets[row]! + 1;
  const length = tree.lengths[row]! - 2;
  const count = names.length;
  for (let n = 0, i = from < count ? from : 0; n < count; n++, i = i + 1 < count ? i + 1 : 0) {
    const name = names[i]!;
    if (name.length !== length) continue;
    let c = 0;
    while (c < length && name.charCodeAt(c) === text.charCodeAt(at + c)) c++;
    if (c === length) return i;
  }
  return -1;
}

/** `enum` or `const`: the value equals one of the strings or the other primitives. */
function isOneOf(
  tree: CompactTree,
  row: number,
  values: { strings: string[]; others: (number | boolean | null)[] },
): boolean {
  switch (tree.kinds[row]! & 7) {
    case Kind.String:
      return nameIndex(tree, row, values.strings) >= 0;
    case Kind.Number: {
      const value = numberAt(tree, row);
      return values.others.includes(value);
    }
    case Kind.True:
      return values.others.includes(true);
    case Kind.False:
      return values.others.includes(false);
    case Kind.Null:
      return values.others.includes(null);
    default:
      // An object or array never equals a primitive.
      return false;
  }
}

/** The number a number row holds, as JSON.parse reads it; not decided past the doubles. */
function numberAt(tree: CompactTree, row: number): number {
  const offset = tree.offsets[row]!;
  const value = Number(tree.text.slice(offset, offset + tree.lengths[row]!));
  if (!Number.isFinite(value)) throw UNSURE;
  return value;
}

/** `uniqueItems` over strings; any other item is not decided here. */
function uniqueStrings(tree: CompactTree, row: number): boolean {
  const ends = tree.ends;
  const seen = new Set<string>();
  for (let child = row + 1, end = ends[row]!; child < end; child = ends[child]!) {
    if ((tree.kinds[child]! & 7) !== Kind.String) throw UNSURE;
    const value = tree.stringAt(child);
    if (seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}

/** The table of the whole schema; `null` when the schema uses what the walk does not decide. */
let rootNode: SchemaNode | null | undefined;

function compiledSchema(): SchemaNode | null {
  if (rootNode === undefined) {
    try {
      rootNode = compileSchema(rowsSchema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      rootNode = null;
    }
    if (rootNode !== null) warmUp(rootNode);
  }
  return rootNode;
}

/** Walks core/src/schemaWarmUp.ts's topology once (see there why); its verdict is not used. */
function warmUp(root: SchemaNode): void {
  // A new string, as a file's text is, rather than the constant itself (the walk's reads of
  // the text then see the kind of string they will see).
  const parsed = parseWellFormed(WARM_UP_TOPOLOGY.split('\n').join('\n'), MAX_WARM_UP_DEPTH);
  if (parsed) walk(parsed.tree, root);
}

function walk(tree: CompactTree, root: SchemaNode): boolean {
  try {
    return satisfies(tree, 0, root);
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  } finally {
    top = 0;
  }
}

/**
 * True only when the document a compact tree holds follows the schema, with no error ajv
 * would find. False means "maybe not": ask ajv. The tree must hold no repeated property
 * (ajv sees only one of each; the caller gives those documents to ajv).
 */
export function certainlyValid(tree: CompactTree): boolean {
  const root = compiledSchema();
  return root !== null && walk(tree, root);
}

/** Whether the walk finds the warm-up topology valid: else it would not see every path (for the tests). */
export function warmUpIsValid(): boolean {
  const parsed = parseWellFormed(WARM_UP_TOPOLOGY, MAX_WARM_UP_DEPTH);
  return (
    parsed !== undefined && parsed.repeatedProperties.length === 0 && certainlyValid(parsed.tree)
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
