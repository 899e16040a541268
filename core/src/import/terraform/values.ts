// Helpers on evaluated values: unknowns, conversions and the error a function or operator
// raises. An unknown input never throws out of the evaluation: `UnknownInput` carries the
// unknown up to the expression being evaluated, which becomes that unknown.
import { KNOWN_REGIONS } from '../../regions';
import { formatImportWords, importText, type ImportText } from '../text';
import { Unknown, type TfValue } from './resources';

export type TfObject = { [key: string]: TfValue };

/** An evaluation error (a bad CIDR, a wrong type); `try()` catches it, the evaluator notes it. */
export class EvaluationError extends Error {
  constructor(
    /** What went wrong, as a text of the catalogue: the note shows it in the user's language. */
    readonly words: ImportText,
  ) {
    super(formatImportWords(words, 'en'));
  }
}

/** Thrown where an operation needs a concrete value and met an unknown one. */
export class UnknownInput extends Error {
  constructor(readonly unknown: Unknown) {
    super(unknown.origin);
  }
}

export function isObject(value: TfValue): value is TfObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown)
  );
}

export function known(value: TfValue): Exclude<TfValue, Unknown> {
  if (value instanceof Unknown) throw new UnknownInput(value);
  return value;
}

/** The first unknown anywhere inside a value. */
export function firstUnknown(value: TfValue): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstUnknown(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const item of Object.values(value)) {
      const found = firstUnknown(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** The value with every unknown inside it resolved, or an `UnknownInput` throw. */
export function wholly(value: TfValue): TfValue {
  const unknown = firstUnknown(value);
  if (unknown) throw new UnknownInput(unknown);
  return value;
}

export function typeName(value: TfValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Unknown) return 'unknown';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

const TYPE_TEXTS = {
  null: importText('importText.type.null'),
  list: importText('importText.type.list'),
  unknown: importText('importText.type.unknown'),
  object: importText('importText.type.object'),
  string: importText('importText.type.string'),
  number: importText('importText.type.number'),
  boolean: importText('importText.type.boolean'),
} as const;

/** `typeName` in words of the catalogue, for a message: `number`, `list`, … */
export function typeText(value: TfValue): ImportText {
  const name = typeName(value);
  return name in TYPE_TEXTS ? TYPE_TEXTS[name as keyof typeof TYPE_TEXTS] : TYPE_TEXTS.unknown;
}

export function asString(value: TfValue): string {
  const v = known(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberToString(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  throw new EvaluationError(importText('importText.eval.stringRequired', { type: typeText(v) }));
}

export function numberToString(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export function asNumber(value: TfValue): number {
  const v = known(value);
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  throw new EvaluationError(
    typeof v === 'string'
      ? importText('importText.eval.numberRequiredText', { type: typeText(v), text: shownText(v) })
      : importText('importText.eval.numberRequired', { type: typeText(v) }),
  );
}

export function asBool(value: TfValue): boolean {
  const v = known(value);
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new EvaluationError(importText('importText.eval.boolRequired', { type: typeText(v) }));
}

export function asList(value: TfValue): TfValue[] {
  const v = known(value);
  if (Array.isArray(v)) return v;
  throw new EvaluationError(importText('importText.eval.listRequired', { type: typeText(v) }));
}

export function asObject(value: TfValue): TfObject {
  const v = known(value);
  if (isObject(v)) return v;
  throw new EvaluationError(importText('importText.eval.objectRequired', { type: typeText(v) }));
}

/** Keys of a map in Terraform's order (lexical). */
export function sortedKeys(object: TfObject): string[] {
  return Object.keys(object).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function deepEqual(a: TfValue, b: TfValue): boolean {
  if (a instanceof Unknown || b instanceof Unknown) {
    if (a instanceof Unknown && b instanceof Unknown && a.origin === b.origin) return true;
    throw new UnknownInput(a instanceof Unknown ? a : (b as Unknown));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => deepEqual(item, b[i] ?? null));
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => key in b && deepEqual(a[key] ?? null, b[key] ?? null));
  }
  // Terraform compares a number and its string form as different types, but configurations
  // rarely rely on that; compare after the same conversion Terraform does in templates.
  return a === b;
}

/** A set: a list without duplicates, in first-seen order. */
export function distinctValues(items: TfValue[]): TfValue[] {
  const result: TfValue[] = [];
  for (const item of items) if (!result.some((seen) => sameElement(seen, item))) result.push(item);
  return result;
}

/**
 * Equality for set elements: unknowns of different origins count as different (two
 * resources' ids), so `toset([a.id, b.id])` keeps both instead of becoming unknown.
 */
function sameElement(a: TfValue, b: TfValue): boolean {
  try {
    return deepEqual(a, b);
  } catch (error) {
    if (error instanceof UnknownInput) return false;
    throw error;
  }
}

/** How a value is written in an unknown's origin, e.g. the key of `x["a"]`. */
export function renderKey(value: TfValue): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Unknown) return value.origin;
  return JSON.stringify(value);
}

/**
 * A known string as an origin or a message may show it: addresses, CIDR blocks and cloud
 * resource ids, region and zone ids and short text without letters (`/32`) as they are, anything else as `"…"`, since a value built from an unknown
 * may hold a password (`"mysql://root:${var.password}@${alicloud_db_instance.x.connection_string}"`)
 * and origins end up in `// unresolved:` comments.
 */
export function shownText(text: string): string {
  const address = /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/;
  const cloudId =
    /^(vpc|vsw|ngw|eip|sg|rm|pc|cen|tr|vbr|vpn|vpn-gw|pcc|rtb|snat|stb|ftb|i|eni|ecs|rg)-[a-z0-9]+$/;
  const noLetters = /^[^\p{L}]{0,8}$/u;
  const regionOrZone =
    KNOWN_REGIONS.includes(text) || KNOWN_REGIONS.includes(text.replace(/-[a-z]$/, ''));
  return address.test(text) || cloudId.test(text) || noLetters.test(text) || regionOrZone
    ? JSON.stringify(text)
    : '"…"';
}
