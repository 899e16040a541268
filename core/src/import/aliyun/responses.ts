// Reading a directory of saved Alibaba Cloud API responses: which operation each file holds
// (from its name), in which region (from its folder or the response), for which parent
// resource (a qualifier in the name, for calls made once per NAT gateway, DB instance, …),
// and the tolerant field access every mapper uses. The API, its SDKs and the `aliyun` CLI
// do not agree on casing (`VswitchId`, `VSwitchId`, `DefaultVswicthId`, `VPCId`), so a field
// is found by any of its spellings and, failing those, case-insensitively.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { ImportNote } from '../terraform/resources';
import { importText, parseProblem, type ImportText } from '../text';

/** One saved response: the parsed body and where it came from. */
export interface SavedResponse {
  operation: string;
  /** Path relative to the imported directory, as given. */
  file: string;
  text: string;
  body: Record<string, unknown>;
  /** Region from the folder name (`cn-hangzhou/DescribeVpcs.json`), when it names one. */
  region?: string;
  /** The parent resource the call was made for (`DescribeSnatTableEntries.ngw-x.json`). */
  qualifier?: string;
  page: number;
}

/** The operations the importer reads, with the API version their field names come from. */
export const KNOWN_OPERATIONS = [
  'ListResourceGroups',
  'GetResourceGroup',
  'ListNetworks',
  'ListRoutes',
  'ListDataSources',
  'ListTasks',
  'ListProjects',
  'DescribeVpcs',
  'DescribeVSwitches',
  'DescribeNatGateways',
  'DescribeSnatTableEntries',
  'DescribeEipAddresses',
  'DescribeRouteTableList',
  'DescribeRouteEntryList',
  'DescribeCens',
  'DescribeCenAttachedChildInstances',
  'ListTransitRouterVpcAttachments',
  'ListVpcPeerConnections',
  'DescribeVpcPeerConnections',
  'DescribeVpnGateways',
  'DescribeVpnConnections',
  'DescribeCustomerGateways',
  'DescribeVirtualBorderRouters',
  'DescribeDBInstances',
  'DescribeDBInstanceNetInfo',
  'DescribeDBInstanceIPArrayList',
  'DescribeDBClusters',
  'DescribeDBClusterEndpoints',
  'DescribeDBClusterAccessWhitelist',
  'DescribeSecurityGroups',
  'DescribeSecurityGroupAttribute',
  'DescribeInstances',
] as const;

export type Operation = (typeof KNOWN_OPERATIONS)[number];

const REGION_PATTERN = /^[a-z]{2,3}(-[a-z0-9]+)+-?\d*$/;

export interface ResponseSet {
  byOperation: Map<Operation, SavedResponse[]>;
  notes: ImportNote[];
  /** Operations (or files) read but with no meaning for dwnet, with counts. */
  skipped: Record<string, number>;
}

/** Sorts, parses and classifies every `.json` file of the directory. */
export function readResponses(files: ReadonlyMap<string, string>): ResponseSet {
  const byOperation = new Map<Operation, SavedResponse[]>();
  const notes: ImportNote[] = [];
  const skipped: Record<string, number> = {};
  const known = new Map<string, Operation>(KNOWN_OPERATIONS.map((op) => [op.toLowerCase(), op]));

  for (const file of [...files.keys()].sort()) {
    const text = files.get(file) ?? '';
    const segments = file.split(/[\\/]/).filter((s) => s !== '' && s !== '.');
    const base = segments[segments.length - 1] ?? file;
    // READMEs, the collector's error logs, a topology written next to the responses: not responses.
    if (!/\.json$/i.test(base) || /\.dwnet\.json$/i.test(base)) continue;
    const name = parseFileName(base, segments.slice(0, -1), known);
    if (!name) {
      const operation = base.split('.')[0] ?? base;
      skipped[operation] = (skipped[operation] ?? 0) + 1;
      notes.push({
        level: 'warning',
        message: importText('importText.aliyun.unknownOperation', { operation }),
        file,
      });
      continue;
    }
    const parsed = parseResponse(text);
    if ('problem' in parsed) {
      notes.push({
        level: 'error',
        message: importText('importText.aliyun.notJson', { problem: parsed.problem }),
        file,
        line: parsed.line,
      });
      continue;
    }
    const body = unwrapBody(parsed.value);
    if (!body) {
      notes.push({
        level: 'error',
        message: importText('importText.aliyun.notObject'),
        file,
      });
      continue;
    }
    const failure = errorResponse(body);
    if (failure) {
      notes.push({
        level: 'warning',
        // The call failed (no permission, a service not activated): the other responses still
        // make a topology, without what this one would have said.
        message: importText('importText.aliyun.errorResponse', { failure }),
        file,
      });
      continue;
    }
    const response: SavedResponse = {
      operation: name.operation,
      file,
      text,
      body,
      page: name.page,
      ...(name.region ? { region: name.region } : {}),
      ...(name.qualifier ? { qualifier: name.qualifier } : {}),
    };
    const list = byOperation.get(name.operation) ?? [];
    list.push(response);
    byOperation.set(name.operation, list);
  }
  for (const list of byOperation.values()) {
    list.sort(
      (a, b) =>
        compare(a.region ?? '', b.region ?? '') ||
        compare(a.qualifier ?? '', b.qualifier ?? '') ||
        a.page - b.page ||
        compare(a.file, b.file),
    );
  }
  return { byOperation, notes, skipped };
}

interface FileName {
  operation: Operation;
  region?: string;
  qualifier?: string;
  page: number;
}

/**
 * `DescribeVpcs.json`, `DescribeVpcs.2.json`, `DescribeSnatTableEntries.ngw-x.json`,
 * `DescribeSnatTableEntries.ngw-x.2.json`, or a folder per operation
 * (`DescribeSnatTableEntries/ngw-x.json`); the region is the nearest folder named like one.
 */
function parseFileName(
  base: string,
  folders: string[],
  known: Map<string, Operation>,
): FileName | undefined {
  const parts = base.replace(/\.json$/i, '').split('.');
  let operation = known.get((parts[0] ?? '').toLowerCase());
  let rest = parts.slice(1);
  const parent = folders[folders.length - 1];
  if (!operation && parent && known.has(parent.toLowerCase())) {
    operation = known.get(parent.toLowerCase());
    rest = parts;
  }
  if (!operation) return undefined;
  let page = 1;
  const last = rest[rest.length - 1];
  if (last !== undefined && /^\d+$/.test(last)) {
    page = Number(last);
    rest = rest.slice(0, -1);
  }
  const region = [...folders].reverse().find((folder) => REGION_PATTERN.test(folder));
  const qualifier = rest.join('.');
  return { operation, page, ...(region ? { region } : {}), ...(qualifier ? { qualifier } : {}) };
}

/** The `aliyun` CLI prints the body; SDK dumps and some tools wrap it in `{ body, headers, statusCode }`. */
function unwrapBody(parsed: unknown): Record<string, unknown> | undefined {
  if (!isObject(parsed)) return undefined;
  const inner = parsed['body'];
  if (
    isObject(inner) &&
    ('statusCode' in parsed || 'headers' in parsed || Object.keys(parsed).length === 1)
  ) {
    return inner;
  }
  return parsed;
}

/** What an error response holds besides its code and message; anything else is data. */
const ERROR_FIELDS = new Set(
  ['RequestId', 'HostId', 'Code', 'Message', 'Recommend', 'ErrorCode', 'ErrorMessage', 'Msg']
    .concat(['HttpStatusCode', 'Success', 'AccessDeniedDetail', 'Data'])
    .map((f) => f.toLowerCase()),
);

/**
 * `{ RequestId, HostId, Code, Message, Recommend }` is what the API returns for a failed call;
 * a successful response may carry `Code: "200"` and `Message: "successful"` next to its data.
 */
function errorResponse(body: Record<string, unknown>): string | undefined {
  const code = text(body, 'Code', 'ErrorCode');
  const message = text(body, 'Message', 'ErrorMessage', 'Msg');
  const success = get(body, 'Success');
  const onlyError = Object.entries(body).every(
    ([key, value]) => ERROR_FIELDS.has(key.toLowerCase()) && (key !== 'Data' || value === null),
  );
  const failed =
    success === false || (code !== undefined && onlyError && !/^(200|OK|Success)$/i.test(code));
  if (!failed) return undefined;
  return [code, message].filter((s) => s !== undefined).join(': ') || 'Success: false';
}

/**
 * The response's JSON, or what is wrong with it and where. jsonc-parser says where and what
 * (`PropertyNameExpected`, shown in the user's words) without quoting the text, which may
 * hold anything (a password); a response annotated with comments or trailing commas is still
 * read.
 */
function parseResponse(text: string): { value: unknown } | { problem: ImportText; line: number } {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(source) };
  } catch {
    if (source.trim() === '')
      return { problem: importText('importText.aliyun.emptyFile'), line: 1 };
    const errors: ParseError[] = [];
    const value: unknown = parseJsonc(source, errors, { allowTrailingComma: true });
    const first = errors[0];
    if (!first) return { value };
    const line = lineAt(source, first.offset);
    return {
      problem: importText('importText.aliyun.problemAt', {
        problem: parseProblem(printParseErrorCode(first.error)),
        line,
        column: columnAt(source, first.offset),
      }),
      line,
    };
  }
}

/** 1-based column of a character offset, in characters (code points) as editors count them. */
function columnAt(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return [...text.slice(lineStart, offset)].length + 1;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line where `"<value>"` first occurs in the response's text (for `from` comments). */
export function lineOf(response: SavedResponse, value: string | undefined): number {
  if (!value) return 1;
  let at = response.text.indexOf(`"${value}"`);
  if (at < 0 && /^\d+$/.test(value)) {
    // Numeric ids (DataWorks' int64 `Id`) are written without quotes.
    const match = new RegExp(`:\\s*${value}\\b`).exec(response.text);
    at = match ? match.index : -1;
  }
  return at < 0 ? 1 : lineAt(response.text, at);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---- tolerant field access -------------------------------------------------------------

export type Item = Record<string, unknown>;

export function isObject(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `names` present in `object` (exact spelling first, then any casing). */
export function get(object: unknown, ...names: string[]): unknown {
  if (!isObject(object)) return undefined;
  for (const name of names)
    if (object[name] !== undefined && object[name] !== null) return object[name];
  const lower = new Set(names.map((n) => n.toLowerCase()));
  for (const [key, value] of Object.entries(object)) {
    if (lower.has(key.toLowerCase()) && value !== undefined && value !== null) return value;
  }
  return undefined;
}

/** A non-empty string field (numbers are read as their decimal text: ids are int64 in some APIs). */
export function text(object: unknown, ...names: string[]): string | undefined {
  const value = get(object, ...names);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The list at a path, unwrapping the RPC APIs' `{ "Vpcs": { "Vpc": [ … ] } }`: each step may be
 * the list itself, or an object holding it under the singular name (or as its only list).
 */
export function list(object: unknown, ...path: string[]): Item[] {
  let value: unknown = object;
  for (const step of path) {
    if (Array.isArray(value)) break;
    value = get(value, step);
  }
  if (isObject(value)) {
    const arrays = Object.values(value).filter(Array.isArray);
    if (arrays.length === 1) value = arrays[0];
  }
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** The first non-empty list among several paths (a response's list moved between API versions). */
export function firstList(object: unknown, ...paths: string[][]): Item[] {
  for (const path of paths) {
    const found = list(object, ...path);
    if (found.length > 0) return found;
  }
  return [];
}

/** Strings of a list field, also from a comma-separated string (`SecurityIPList`, `SnatIp`). */
export function strings(object: unknown, ...path: string[]): string[] {
  let value: unknown = object;
  for (const step of path) {
    if (Array.isArray(value) || typeof value === 'string') break;
    value = get(value, step);
  }
  if (isObject(value)) {
    const arrays = Object.values(value).filter(Array.isArray);
    if (arrays.length === 1) value = arrays[0];
  }
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return raw
    .map((s) => (typeof s === 'string' ? s.trim() : typeof s === 'number' ? String(s) : ''))
    .filter((s) => s !== '');
}
