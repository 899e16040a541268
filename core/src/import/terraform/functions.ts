// Terraform's built-in functions that network configurations use, on evaluated values.
// `try` and `can` need their arguments unevaluated and live in evaluate.ts. An unknown
// argument gives an unknown result (UnknownInput, caught by the evaluator), never a throw
// to the user; a wrong argument raises EvaluationError (which `try` catches).
import { Unknown, type TfValue } from './resources';
import {
  EvaluationError,
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
  shownText,
  sortedKeys,
  typeName,
  wholly,
  type TfObject,
} from './values';

export interface FunctionContext {
  /** Text of a file, by path relative to the imported directory; undefined when absent. */
  readFile(path: string): string | undefined;
}

type TfFunction = (args: TfValue[], context: FunctionContext) => TfValue;

function arg(args: TfValue[], index: number): TfValue {
  if (index >= args.length) throw new EvaluationError(`missing argument ${index + 1}`);
  return args[index] ?? null;
}

// ---- IPv4 arithmetic for the cidr functions ----

interface Ipv4Prefix {
  base: number;
  length: number;
}

function parseIpv4(text: string): number {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255))
    throw new EvaluationError(`${shownText(text)} is not an IPv4 address`);
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

function parsePrefix(text: string): Ipv4Prefix {
  const match = /^([^/]+)\/(\d{1,2})$/.exec(text.trim());
  if (!match || match[1]?.includes(':'))
    throw new EvaluationError(`${shownText(text)} is not an IPv4 CIDR block`);
  const length = Number(match[2]);
  if (length > 32) throw new EvaluationError(`${shownText(text)} has a prefix longer than 32`);
  const address = parseIpv4(match[1] ?? '');
  const size = 2 ** (32 - length);
  return { base: address - (address % size), length };
}

function cidrsubnet(prefixText: string, newBits: number, netNumber: number): string {
  const prefix = parsePrefix(prefixText);
  const length = prefix.length + newBits;
  if (newBits < 0 || length > 32)
    throw new EvaluationError(
      `cidrsubnet: ${newBits} more bits do not fit in ${shownText(prefixText).replace(/"/g, '')}`,
    );
  if (netNumber < 0 || netNumber >= 2 ** newBits)
    throw new EvaluationError(
      `cidrsubnet: network number ${netNumber} does not fit in ${newBits} bits`,
    );
  return `${formatIpv4(prefix.base + netNumber * 2 ** (32 - length))}/${length}`;
}

function cidrhost(prefixText: string, hostNumber: number): string {
  const prefix = parsePrefix(prefixText);
  const size = 2 ** (32 - prefix.length);
  const offset = hostNumber < 0 ? size + hostNumber : hostNumber;
  if (offset < 0 || offset >= size)
    throw new EvaluationError(
      `cidrhost: host number ${hostNumber} is outside ${shownText(prefixText).replace(/"/g, '')}`,
    );
  return formatIpv4(prefix.base + offset);
}

// ---- format ----

function formatVerb(verb: string, flags: string, value: TfValue): string {
  switch (verb) {
    case 'd': {
      const n = asNumber(value);
      const text = String(Math.trunc(n));
      const width = Number(flags.replace(/\D/g, '')) || 0;
      return flags.startsWith('0') ? text.padStart(width, '0') : text.padStart(width, ' ');
    }
    case 'f': {
      const n = asNumber(value);
      const precision = /\.(\d+)/.exec(flags);
      return n.toFixed(precision ? Number(precision[1]) : 6);
    }
    case 'q':
      return JSON.stringify(asString(value));
    case 't':
      return asBool(value) ? 'true' : 'false';
    case 'v':
    case 's':
    default:
      if (Array.isArray(value) || isObject(value)) return JSON.stringify(wholly(value));
      return asString(value);
  }
}

function format(template: string, values: TfValue[]): string {
  let next = 0;
  return template.replace(
    /%([-+# 0]*\d*(?:\.\d+)?)(?:\[(\d+)\])?([a-zA-Z%])/g,
    (_m, flags: string, position: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      const index = position !== undefined ? Number(position) - 1 : next;
      next = index + 1;
      if (index >= values.length) throw new EvaluationError('format: not enough arguments');
      return formatVerb(verb, flags, values[index] ?? null);
    },
  );
}

// ---- JSON ----

function toJson(value: TfValue): unknown {
  const v = known(value);
  if (Array.isArray(v)) return v.map(toJson);
  if (isObject(v)) {
    const result: Record<string, unknown> = {};
    for (const key of sortedKeys(v)) result[key] = toJson(v[key] ?? null);
    return result;
  }
  return v;
}

function fromJson(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(fromJson);
  if (typeof value === 'object' && value !== null) {
    const result: TfObject = {};
    for (const [key, item] of Object.entries(value)) result[key] = fromJson(item);
    return result;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}

// ---- regular expressions: RE2 syntax is close enough to JavaScript's for networks ----

function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), 'g');
  } catch {
    throw new EvaluationError(`invalid regular expression ${JSON.stringify(pattern)}`);
  }
}

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
  throw new EvaluationError(`a collection is required, got ${typeName(v)}`);
}

// ---- base64 (core has no Buffer): UTF-8 bytes ↔ text ----

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(text: string): string {
  const bytes = [
    ...encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_m, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    ),
  ].map((char) => char.charCodeAt(0));
  let result = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const triple = (a << 16) | (b << 8) | c;
    result += BASE64[(triple >> 18) & 63] ?? '';
    result += BASE64[(triple >> 12) & 63] ?? '';
    result += i + 1 < bytes.length ? (BASE64[(triple >> 6) & 63] ?? '') : '=';
    result += i + 2 < bytes.length ? (BASE64[triple & 63] ?? '') : '=';
  }
  return result;
}

function base64Decode(text: string): string {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean))
    throw new EvaluationError('base64decode: the string is not base64');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | BASE64.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  try {
    return decodeURIComponent(
      bytes.map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join(''),
    );
  } catch {
    throw new EvaluationError('base64decode: the bytes are not UTF-8 text');
  }
}

const FUNCTIONS: Record<string, TfFunction> = {
  // ---- network ----
  cidrsubnet: (a) => cidrsubnet(asString(arg(a, 0)), asNumber(arg(a, 1)), asNumber(arg(a, 2))),
  cidrhost: (a) => cidrhost(asString(arg(a, 0)), asNumber(arg(a, 1))),
  cidrnetmask: (a) => {
    const prefix = parsePrefix(asString(arg(a, 0)));
    return formatIpv4(2 ** 32 - 2 ** (32 - prefix.length));
  },
  cidrsubnets: (a) => {
    const prefixText = asString(arg(a, 0));
    const prefix = parsePrefix(prefixText);
    let cursor = prefix.base;
    return a.slice(1).map((bits) => {
      const length = prefix.length + asNumber(bits);
      if (length > 32)
        throw new EvaluationError(
          `cidrsubnets: ${asNumber(bits)} more bits do not fit in ${prefixText}`,
        );
      const size = 2 ** (32 - length);
      cursor = Math.ceil(cursor / size) * size;
      if (cursor + size > prefix.base + 2 ** (32 - prefix.length))
        throw new EvaluationError(
          `cidrsubnets: not enough space in ${shownText(prefixText).replace(/"/g, '')}`,
        );
      const result = `${formatIpv4(cursor)}/${length}`;
      cursor += size;
      return result;
    });
  },
  // ---- strings ----
  format: (a) => format(asString(arg(a, 0)), a.slice(1)),
  formatlist: (a) => {
    const lists = a.slice(1).map((item) => known(item));
    const length = Math.max(0, ...lists.filter(Array.isArray).map((list) => list.length));
    return Array.from({ length }, (_unused, i) =>
      format(
        asString(arg(a, 0)),
        lists.map((item) => (Array.isArray(item) ? (item[i] ?? null) : item)),
      ),
    );
  },
  join: (a) => {
    const separator = asString(arg(a, 0));
    return a
      .slice(1)
      .flatMap((list) => asList(list))
      .map(asString)
      .join(separator);
  },
  split: (a) => {
    const text = asString(arg(a, 1));
    return text === '' ? [] : text.split(asString(arg(a, 0)));
  },
  replace: (a) => {
    const text = asString(arg(a, 0));
    const search = asString(arg(a, 1));
    const replacement = asString(arg(a, 2));
    if (search.length > 1 && search.startsWith('/') && search.endsWith('/'))
      return text.replace(regex(search.slice(1, -1)), replacement.replace(/\$\{(\w+)\}/g, '$<$1>'));
    return text.split(search).join(replacement);
  },
  regex: (a) => {
    const match = new RegExp(regex(asString(arg(a, 0))).source).exec(asString(arg(a, 1)));
    if (!match) throw new EvaluationError('regex: no match');
    if (match.groups) return { ...match.groups } as TfObject;
    return match.length > 1 ? match.slice(1).map((group) => group ?? null) : match[0];
  },
  regexall: (a) =>
    [...asString(arg(a, 1)).matchAll(regex(asString(arg(a, 0))))].map((m) =>
      m.length > 1 ? m.slice(1).map((g) => g ?? null) : m[0],
    ),
  lower: (a) => asString(arg(a, 0)).toLowerCase(),
  upper: (a) => asString(arg(a, 0)).toUpperCase(),
  title: (a) => asString(arg(a, 0)).replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: (a) => asString(arg(a, 0)).trim(),
  trim: (a) => {
    const cut = asString(arg(a, 1));
    let text = asString(arg(a, 0));
    while (text.length > 0 && cut.includes(text[0] ?? '')) text = text.slice(1);
    while (text.length > 0 && cut.includes(text[text.length - 1] ?? '')) text = text.slice(0, -1);
    return text;
  },
  trimprefix: (a) => {
    const text = asString(arg(a, 0));
    const prefix = asString(arg(a, 1));
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
  },
  trimsuffix: (a) => {
    const text = asString(arg(a, 0));
    const suffix = asString(arg(a, 1));
    return suffix !== '' && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
  },
  substr: (a) => {
    const text = [...asString(arg(a, 0))];
    let offset = asNumber(arg(a, 1));
    const length = asNumber(arg(a, 2));
    if (offset < 0) offset = Math.max(0, text.length + offset);
    return text.slice(offset, length < 0 ? undefined : offset + length).join('');
  },
  strrev: (a) => [...asString(arg(a, 0))].reverse().join(''),
  startswith: (a) => asString(arg(a, 0)).startsWith(asString(arg(a, 1))),
  strcontains: (a) => asString(arg(a, 0)).includes(asString(arg(a, 1))),
  endswith: (a) => asString(arg(a, 0)).endsWith(asString(arg(a, 1))),
  indent: (a) => asString(arg(a, 1)).replace(/\n/g, `\n${' '.repeat(asNumber(arg(a, 0)))}`),
  chomp: (a) => asString(arg(a, 0)).replace(/(\r?\n)+$/, ''),
  base64encode: (a) => base64Encode(asString(arg(a, 0))),
  base64decode: (a) => base64Decode(asString(arg(a, 0))),
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
    if (Number.isNaN(parsed)) throw new EvaluationError('parseint: not a number');
    return parsed;
  },
  sum: (a) => asList(arg(a, 0)).reduce<number>((total, item) => total + asNumber(item), 0),
  // ---- collections ----
  length: (a) => {
    const v = known(arg(a, 0));
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isObject(v)) return Object.keys(v).length;
    throw new EvaluationError(`length: a collection or string is required, got ${typeName(v)}`);
  },
  element: (a) => {
    const list = asList(arg(a, 0));
    if (list.length === 0) throw new EvaluationError('element: the list is empty');
    const index = Math.floor(asNumber(arg(a, 1)));
    return list[((index % list.length) + list.length) % list.length] ?? null;
  },
  lookup: (a) => {
    const map = asObject(arg(a, 0));
    const key = asString(arg(a, 1));
    if (key in map) return map[key] ?? null;
    if (a.length > 2) return arg(a, 2);
    throw new EvaluationError(`lookup: no key "${key}" and no default`);
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
    if (found < 0) throw new EvaluationError('index: the value is not in the list');
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
    if (step === 0) throw new EvaluationError('range: the step must not be zero');
    const result: number[] = [];
    for (let n = start; step > 0 ? n < limit : n > limit; n += step) {
      result.push(n);
      if (result.length > 1024) throw new EvaluationError('range: more than 1024 elements');
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
    throw new EvaluationError('coalesce: no non-null, non-empty argument');
  },
  coalescelist: (a) => {
    for (const item of a) if (asList(item).length > 0) return item;
    throw new EvaluationError('coalescelist: no non-empty list');
  },
  one: (a) => {
    const v = known(arg(a, 0));
    if (v === null) return null;
    const list = asList(v);
    if (list.length > 1) throw new EvaluationError('one: the list has more than one element');
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
  // ---- encodings ----
  jsonencode: (a) => JSON.stringify(toJson(arg(a, 0))),
  jsondecode: (a) => {
    try {
      return fromJson(JSON.parse(asString(arg(a, 0))));
    } catch (error) {
      if (error instanceof UnknownInput) throw error;
      throw new EvaluationError('jsondecode: the string is not JSON');
    }
  },
  // ---- files: the CLI passes the files a configuration may read; an absent one is unknown ----
  file: (a, context) => {
    const path = asString(arg(a, 0));
    const text = context.readFile(path);
    if (text === undefined)
      throw new UnknownInput(
        new Unknown(`file("${path}")`, 'the file is not in the imported directory'),
      );
    return text;
  },
  fileexists: (a, context) => context.readFile(asString(arg(a, 0))) !== undefined,
  // ---- values only known when Terraform runs ----
  timestamp: () => {
    throw new UnknownInput(new Unknown('timestamp()', 'known when Terraform runs'));
  },
  uuid: () => {
    throw new UnknownInput(new Unknown('uuid()', 'known when Terraform runs'));
  },
};

export function hasFunction(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS, name);
}

export function callFunction(name: string, args: TfValue[], context: FunctionContext): TfValue {
  const implementation = FUNCTIONS[name];
  if (!implementation)
    throw new UnknownInput(
      new Unknown(`${name}(…)`, `the function ${name} is not evaluated by dwnet`),
    );
  return implementation(args, context);
}
