// Terraform's number, collection and type conversion functions (lists and sets are both
// arrays here; a set drops duplicates).
import { importText } from '../text';
import { type TfFunction, arg } from './functions-common';
import { type TfValue, Unknown } from './resources';
import {
  EvaluationError,
  type TfObject,
  UnknownInput,
  asBool,
  asList,
  asNumber,
  asObject,
  asString,
  deepEqual,
  distinctValues,
  isObject,
  known,
  sortedKeys,
  typeName,
  typeText,
  wholly,
} from './values';

function flattenValue(value: TfValue): TfValue[] {
  const list = asList(value);
  const result: TfValue[] = [];
  for (const item of list) {
    if (Array.isArray(item)) result.push(...flattenValue(item));
    else if (item instanceof Unknown) throw new UnknownInput(item);
    else result.push(item);
  }
  return result;
}

function collection(value: TfValue): TfValue[] {
  const v = known(value);
  if (Array.isArray(v)) return v;
  if (isObject(v)) return sortedKeys(v).map((key) => v[key] ?? null);
  throw new EvaluationError(
    importText('importText.eval.collectionRequired', { type: typeText(v) }),
  );
}

export const COLLECTION_FUNCTIONS: Record<string, TfFunction> = {
  // ---- numbers ----
  min: (a) => Math.min(...a.map(asNumber)),
  max: (a) => Math.max(...a.map(asNumber)),
  abs: (a) => Math.abs(asNumber(arg(a, 0))),
  ceil: (a) => Math.ceil(asNumber(arg(a, 0))),
  floor: (a) => Math.floor(asNumber(arg(a, 0))),
  signum: (a) => Math.sign(asNumber(arg(a, 0))),
  pow: (a) => asNumber(arg(a, 0)) ** asNumber(arg(a, 1)),
  log: (a) => Math.log(asNumber(arg(a, 0))) / Math.log(asNumber(arg(a, 1))),
  parseint: (a) => {
    const parsed = parseInt(asString(arg(a, 0)), asNumber(arg(a, 1)));
    if (Number.isNaN(parsed))
      throw new EvaluationError(importText('importText.eval.parseintNotNumber'));
    return parsed;
  },
  sum: (a) => asList(arg(a, 0)).reduce<number>((total, item) => total + asNumber(item), 0),
  // ---- collections ----
  length: (a) => {
    const v = known(arg(a, 0));
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvaluationError(
      importText('importText.eval.lengthNeedsCollection', { type: typeText(v) }),
    );
  },
  element: (a) => {
    const list = asList(arg(a, 0));
    if (list.length === 0) throw new EvaluationError(importText('importText.eval.elementEmpty'));
    const index = Math.floor(asNumber(arg(a, 1)));
    return list[((index % list.length) + list.length) % list.length] ?? null;
  },
  lookup: (a) => {
    const map = asObject(arg(a, 0));
    const key = asString(arg(a, 1));
    if (key in map) return map[key] ?? null;
    if (a.length > 2) return arg(a, 2);
    throw new EvaluationError(importText('importText.eval.lookupNoKey', { key }));
  },
  concat: (a) => a.flatMap((list) => asList(list)),
  flatten: (a) => flattenValue(arg(a, 0)),
  distinct: (a) => distinctValues(asList(arg(a, 0))),
  contains: (a) => {
    const needle = arg(a, 1);
    return collection(arg(a, 0)).some((item) => deepEqual(item, needle));
  },
  index: (a) => {
    const found = asList(arg(a, 0)).findIndex((item) => deepEqual(item, arg(a, 1)));
    if (found < 0) throw new EvaluationError(importText('importText.eval.indexNotFound'));
    return found;
  },
  keys: (a) => sortedKeys(asObject(arg(a, 0))),
  values: (a) => {
    const map = asObject(arg(a, 0));
    return sortedKeys(map).map((key) => map[key] ?? null);
  },
  merge: (a) => {
    const result: TfObject = {};
    for (const item of a) {
      const v = known(item);
      if (v === null) continue;
      Object.assign(result, asObject(v));
    }
    return result;
  },
  zipmap: (a) => {
    const keys = asList(arg(a, 0)).map(asString);
    const values = asList(arg(a, 1));
    const result: TfObject = {};
    keys.forEach((key, i) => (result[key] = values[i] ?? null));
    return result;
  },
  range: (a) => {
    const numbers = a.map(asNumber);
    const [start, limit, step] =
      numbers.length === 1
        ? [0, numbers[0] ?? 0, 1]
        : [
            numbers[0] ?? 0,
            numbers[1] ?? 0,
            numbers[2] ?? ((numbers[1] ?? 0) >= (numbers[0] ?? 0) ? 1 : -1),
          ];
    if (step === 0) throw new EvaluationError(importText('importText.eval.rangeZeroStep'));
    const result: number[] = [];
    for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
      result.push(n);
      if (result.length > 1024)
        throw new EvaluationError(importText('importText.eval.rangeTooLong'));
    }
    return result;
  },
  slice: (a) => asList(arg(a, 0)).slice(asNumber(arg(a, 1)), asNumber(arg(a, 2))),
  reverse: (a) => [...asList(arg(a, 0))].reverse(),
  sort: (a) =>
    asList(arg(a, 0))
      .map(asString)
      .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)),
  compact: (a) => asList(arg(a, 0)).filter((item) => known(item) !== null && known(item) !== ''),
  chunklist: (a) => {
    const list = asList(arg(a, 0));
    const size = asNumber(arg(a, 1));
    if (size <= 0) return [list];
    const result: TfValue[] = [];
    for (let i = 0; i < list.length; i += size) result.push(list.slice(i, i + size));
    return result;
  },
  coalesce: (a) => {
    for (const item of a) {
      const v = known(item);
      if (v !== null && v !== '') return v;
    }
    throw new EvaluationError(importText('importText.eval.coalesceNone'));
  },
  coalescelist: (a) => {
    for (const item of a) if (asList(item).length > 0) return item;
    throw new EvaluationError(importText('importText.eval.coalescelistNone'));
  },
  one: (a) => {
    const v = known(arg(a, 0));
    if (v === null) return null;
    const list = asList(v);
    if (list.length > 1) throw new EvaluationError(importText('importText.eval.oneTooMany'));
    return list[0] ?? null;
  },
  alltrue: (a) => asList(arg(a, 0)).every(asBool),
  anytrue: (a) => asList(arg(a, 0)).some(asBool),
  setunion: (a) => distinctValues(a.flatMap((list) => asList(list))),
  setintersection: (a) => {
    const [first, ...rest] = a.map((list) => asList(list).map(wholly));
    return distinctValues(
      (first ?? []).filter((item) =>
        rest.every((list) => list.some((other) => deepEqual(item, other))),
      ),
    );
  },
  setsubtract: (a) => {
    const removed = asList(arg(a, 1));
    return distinctValues(
      asList(arg(a, 0)).filter((item) => !removed.some((other) => deepEqual(item, other))),
    );
  },
  setproduct: (a) => {
    let result: TfValue[][] = [[]];
    for (const list of a)
      result = result.flatMap((prefix) => asList(list).map((item) => [...prefix, item]));
    return result;
  },
  matchkeys: (a) => {
    const values = asList(arg(a, 0));
    const keys = asList(arg(a, 1));
    const wanted = asList(arg(a, 2));
    return values.filter((_value, i) => wanted.some((key) => deepEqual(key, keys[i] ?? null)));
  },
  transpose: (a) => {
    const map = asObject(arg(a, 0));
    const result: Record<string, TfValue[]> = {};
    for (const key of sortedKeys(map))
      for (const item of asList(map[key] ?? null)) (result[asString(item)] ??= []).push(key);
    return result;
  },
  // ---- conversions: lists and sets are both arrays here; a set drops duplicates ----
  tolist: (a) => asList(arg(a, 0)),
  toset: (a) => distinctValues(asList(arg(a, 0))),
  tomap: (a) => asObject(arg(a, 0)),
  tostring: (a) => (known(arg(a, 0)) === null ? null : asString(arg(a, 0))),
  tonumber: (a) => (known(arg(a, 0)) === null ? null : asNumber(arg(a, 0))),
  tobool: (a) => (known(arg(a, 0)) === null ? null : asBool(arg(a, 0))),
  sensitive: (a) => arg(a, 0),
  nonsensitive: (a) => arg(a, 0),
  type: (a) => typeName(arg(a, 0)),
};
