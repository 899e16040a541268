// The walk of schemas/dwnet.schema.json's table (core/src/schemaRowsTable.ts) on rows, as
// ajv decides: what the parser asks while it writes a well-formed document's rows
// (core/src/wellFormedParse.ts: each property's name looked up as its key is read, each
// value checked once its rows are written, each object's rules once it closes), and the
// whole walk of a finished tree (core/src/schemaRows.ts). Both read the builder's rows,
// one class, so that V8 compiles these functions for one shape of rows.
//
// It only ever answers "certainly valid": every keyword it knows is decided exactly as ajv
// decides it, anything else is "maybe not" (a number past the doubles or `uniqueItems`
// over values other than strings), and the caller then asks ajv, which also words the
// errors. core/test/schemaRows.test.ts holds it to ajv.
import { ESCAPED, Kind } from './compactTree';
import type { CompactTreeBuilder } from './compactTreeBuilder';
import type { Choices, NameList, SchemaNode, SlotPlan } from './schemaRowsNode';

/** The rows the walk reads: complete rows only (a value's, once it is parsed). */
export type SchemaRows = CompactTreeBuilder;

/** Thrown (never an Error: no stack to capture) when a value is not decided exactly. */
const UNSURE = Symbol('unsure');

/**
 * The value rows of the properties of the objects being checked (objects nest: a stack),
 * one slot per name their schema knows; read only for names whose bit says present.
 * Written by the parser as it reads a property of an object with rules (`hasSlots`).
 */
export let slots = new Int32Array(64);
let top = 0;

/** Where the slots of an object of `node` start (its rules read them when it closes). */
export function openSlots(node: SchemaNode): number {
  const base = top;
  if (node.rules.length > 0) {
    top += node.properties.length;
    if (top > slots.length) {
      const grown = new Int32Array(top * 2);
      grown.set(slots);
      slots = grown;
    }
  }
  return base;
}

/** Whether `node` reads the slots of its objects' values. */
export function hasSlots(node: SchemaNode): boolean {
  return node.rules.length > 0;
}

/** Lets the slots of the objects being checked go (a walk or parse that ended, or gave up). */
export function resetSlots(): void {
  top = 0;
}

/**
 * Whether the value at `row` satisfies schema node `node`, as ajv decides it; false when
 * not decided exactly.
 */
export function valueHolds(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  const kind = rows.kinds[row]! & 7;
  if (node.kindOnly) return (node.types & (1 << kind)) !== 0;
  if (node.strings !== null) return kind === Kind.String && nameIndex(rows, row, node.strings) >= 0;
  try {
    return satisfies(rows, row, node);
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  }
}

/**
 * What an object of `node` (its pass over its properties done: `seen`, a bit per name
 * found, its slots from `base`) must also satisfy: `required`, and its rules. Releases its
 * slots.
 */
export function objectCloses(
  rows: SchemaRows,
  node: SchemaNode,
  base: number,
  seen: number,
): boolean {
  try {
    return (seen & node.required) === node.required && rulesHold(rows, node, base, seen);
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  } finally {
    top = base;
  }
}

function satisfies(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  if (node.never) return false;
  const kind = rows.kinds[row]! & 7;
  if (!(node.types & (1 << kind))) return false;
  if (kind === Kind.Number && node.numeric && !numberHolds(rows, row, node)) return false;
  if (kind === Kind.String && node.pattern !== null && !node.pattern.test(rows.stringAt(row)))
    return false;
  for (let i = 0; i < node.enums.length; i++) if (!isOneOf(rows, row, node.enums[i]!)) return false;
  if (kind === Kind.Array && !arrayHolds(rows, row, node)) return false;
  if (kind === Kind.Object && !objectHolds(rows, row, node)) return false;
  for (let i = 0; i < node.parts.length; i++)
    if (!satisfies(rows, row, node.parts[i]!)) return false;
  if (node.condition !== null) {
    const next = satisfies(rows, row, node.condition) ? node.then : node.otherwise;
    if (next !== null && !satisfies(rows, row, next)) return false;
  }
  return true;
}

/** Whether the value at `row` of a finished tree satisfies `node`; false when not decided. */
export function walkHolds(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  try {
    return satisfies(rows, row, node);
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  } finally {
    top = 0;
  }
}

function numberHolds(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  const value = numberAt(rows, row);
  if (node.integer && !Number.isInteger(value)) return false;
  return value >= node.minimum && value <= node.maximum;
}

function arrayHolds(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  const ends = rows.ends;
  const end = ends[row]!;
  const items = node.items;
  if (items !== null)
    for (let child = row + 1; child < end; child = ends[child]!)
      if (
        items.kindOnly
          ? !(items.types & (1 << (rows.kinds[child]! & 7)))
          : !satisfies(rows, child, items)
      )
        return false;
  return !node.unique || uniqueStrings(rows, row);
}

/**
 * `properties`, `required` and `additionalProperties`, and the conditionals folded into
 * them (a data source's network has four), in one pass over the object's properties: a
 * bit per name seen, and the value row of each.
 */
function objectHolds(rows: SchemaRows, row: number, node: SchemaNode): boolean {
  const names = node.names;
  if (names === null) return true;
  const base = openSlots(node);
  const withSlots = node.rules.length > 0;
  const ends = rows.ends;
  const end = ends[row]!;
  let seen = 0;
  let valid = true;
  // Properties mostly come in the schema's order: each name is first looked for after the last.
  let next = 0;
  const kinds = rows.kinds;
  for (let property = row + 1; valid && property < end; property = ends[property]!) {
    const index = nameIndex(rows, property + 1, names, next);
    const valueRow = property + 2;
    let value: SchemaNode | null;
    if (index < 0) {
      value = node.additional;
      if (value === null) continue;
    } else {
      next = index + 1;
      seen |= 1 << index;
      if (withSlots) slots[base + index] = valueRow;
      value = node.properties[index]!;
    }
    // The usual values decided here, without `satisfies` (a call per value in a cold process).
    const kind = kinds[valueRow]! & 7;
    valid = value.kindOnly
      ? (value.types & (1 << kind)) !== 0
      : value.strings !== null
        ? kind === Kind.String && nameIndex(rows, valueRow, value.strings) >= 0
        : value.objectOnly
          ? kind === Kind.Object && objectHolds(rows, valueRow, value)
          : satisfies(rows, valueRow, value);
  }
  valid &&= (seen & node.required) === node.required && rulesHold(rows, node, base, seen);
  top = base;
  return valid;
}

/** The rules of an object of `node` (`required` holds): its conditionals folded into its pass. */
function rulesHold(rows: SchemaRows, node: SchemaNode, base: number, seen: number): boolean {
  const rules = node.rules;
  if (rules.length === 0) return true;
  // The bit of the discriminator's value among `switchValues` (0: absent or none of them).
  let cases = 0;
  const switchIndex = node.switchIndex;
  const switchSeen = switchIndex >= 0 && (seen & (1 << switchIndex)) !== 0;
  if (switchSeen) {
    const value = slots[base + switchIndex]!;
    if ((rows.kinds[value]! & 7) === Kind.String) {
      const index = nameIndex(rows, value, node.switchValues);
      if (index >= 0) cases = 1 << index;
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i]!;
    const applies =
      rule.cases !== 0
        ? (cases & rule.cases) !== 0 || (rule.absentHolds && !switchSeen)
        : rule.condition === null || planHolds(rows, rule.condition, base, seen);
    const part = applies ? rule.then : rule.otherwise;
    if (
      part !== null &&
      ((seen & part.required) !== part.required ||
        (seen & part.forbidden) !== 0 ||
        (part.nodes.length > 0 && !planHolds(rows, part, base, seen)))
    )
      return false;
  }
  return true;
}

/** Whether the object whose slots start at `base` satisfies a schema that only names properties. */
function planHolds(rows: SchemaRows, plan: SlotPlan, base: number, seen: number): boolean {
  if ((seen & plan.required) !== plan.required || (seen & plan.forbidden) !== 0) return false;
  const { indexes, nodes } = plan;
  for (let i = 0; i < indexes.length; i++) {
    const index = indexes[i]!;
    if (seen & (1 << index) && !satisfies(rows, slots[base + index]!, nodes[i]!)) return false;
  }
  return true;
}

/**
 * The index in `list` of the text a string row (a key, or a value) holds, or -1; without a
 * copy. The names are tried from `from` on (by default the last one found), then from the
 * start.
 */
export function nameIndex(rows: SchemaRows, row: number, list: NameList, from = list.last): number {
  if (rows.kinds[row]! & ESCAPED) return list.names.indexOf(rows.stringAt(row));
  const text = rows.text;
  const at = rows.offsets[row]! + 1;
  const length = rows.lengths[row]! - 2;
  const { codes, starts, count } = list;
  for (let n = 0, i = from < count ? from : 0; n < count; n++, i = i + 1 < count ? i + 1 : 0) {
    const start = starts[i]!;
    if (starts[i + 1]! - start !== length) continue;
    let c = 0;
    while (c < length && codes[start + c] === text.charCodeAt(at + c)) c++;
    if (c === length) {
      list.last = i;
      return i;
    }
  }
  return -1;
}

/** `enum` or `const`: the value equals one of the strings or the other primitives. */
function isOneOf(rows: SchemaRows, row: number, values: Choices): boolean {
  switch (rows.kinds[row]! & 7) {
    case Kind.String:
      return nameIndex(rows, row, values.strings) >= 0;
    case Kind.Number: {
      const value = numberAt(rows, row);
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

/**
 * The number a number row holds, as JSON.parse reads it; not decided past the doubles. An
 * integer of up to 15 digits (which a double holds exactly) is read in place, without a
 * string (a port or a priority of every entity).
 */
function numberAt(rows: SchemaRows, row: number): number {
  const text = rows.text;
  const offset = rows.offsets[row]!;
  const length = rows.lengths[row]!;
  if (length <= 15) {
    const negative = text.charCodeAt(offset) === 45; /* - */
    let value = 0;
    let i = negative ? 1 : 0;
    for (; i < length; i++) {
      const digit = text.charCodeAt(offset + i) - 48; /* 0 */
      if (digit < 0 || digit > 9) break;
      value = value * 10 + digit;
    }
    if (i === length) return negative ? -value : value;
  }
  return numberOfText(rows, row);
}

/** `numberAt` of any number row, through its text. */
function numberOfText(rows: SchemaRows, row: number): number {
  const offset = rows.offsets[row]!;
  const value = Number(rows.text.slice(offset, offset + rows.lengths[row]!));
  if (!Number.isFinite(value)) throw UNSURE;
  return value;
}

/** `uniqueItems` of an array row whose items are complete; false when not decided exactly. */
export function uniqueHolds(rows: SchemaRows, row: number): boolean {
  try {
    return uniqueStrings(rows, row);
  } catch (error) {
    if (error === UNSURE) return false;
    throw error;
  }
}

/** `uniqueItems` over strings; any other item is not decided here. */
function uniqueStrings(rows: SchemaRows, row: number): boolean {
  const ends = rows.ends;
  const seen = new Set<string>();
  for (let child = row + 1, end = ends[row]!; child < end; child = ends[child]!) {
    if ((rows.kinds[child]! & 7) !== Kind.String) throw UNSURE;
    const value = rows.stringAt(child);
    if (seen.has(value)) return false;
    seen.add(value);
  }
  return true;
}
