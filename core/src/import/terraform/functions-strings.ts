// Terraform's string functions: format, join/split, regex, trimming, base64.
import { importText } from '../text';
import { type TfFunction, arg } from './functions-common';
import type { TfValue } from './resources';
import {
  EvaluationError,
  type TfObject,
  asBool,
  asList,
  asNumber,
  asString,
  isObject,
  known,
  wholly,
} from './values';

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
      if (index >= values.length)
        throw new EvaluationError(importText('importText.eval.formatArguments'));
      return formatVerb(verb, flags, values[index] ?? null);
    },
  );
}

// ---- regular expressions: RE2 syntax is close enough to JavaScript's for networks ----

function regex(pattern: string): RegExp {
  try {
    return new RegExp(pattern.replace(/\(\?P</g, '(?<'), 'g');
  } catch {
    throw new EvaluationError(
      importText('importText.eval.invalidRegex', { pattern: JSON.stringify(pattern) }),
    );
  }
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
    throw new EvaluationError(importText('importText.eval.notBase64'));
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
    throw new EvaluationError(importText('importText.eval.notUtf8'));
  }
}

export const STRING_FUNCTIONS: Record<string, TfFunction> = {
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
    if (!match) throw new EvaluationError(importText('importText.eval.regexNoMatch'));
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
};
