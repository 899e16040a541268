// The Terraform evaluator's shared declarations: options, module definitions and instances,
// scopes, and the pure helpers on values (rendering, JSON, origins, paths).
import type { Attribute, Block } from './hcl';
import { importText, type ImportText, type ImportWords } from '../text';
import { REASON, type TfValue, Unknown } from './resources';
import {
  type TfObject,
  UnknownInput,
  deepEqual,
  isObject,
  shownText,
  sortedKeys,
  typeText,
} from './values';

export interface ReadTerraformOptions {
  /** `--var name=value`, applied last. */
  vars?: Record<string, string>;
  /** `--var-file` paths, keys of the files map, applied in order after the automatic files. */
  varFiles?: string[];
  /**
   * The root module's directory among the files' paths (default `''`): lets a caller pass a
   * repository and import one of its folders whose local modules are elsewhere in it
   * (`examples/complete` calling `source = "../.."`).
   */
  root?: string;
  /**
   * The region of an `alicloud` provider configuration that sets none (the provider then
   * reads ALICLOUD_REGION; the CLI passes that variable's value).
   */
  defaultRegion?: string;
}

export const RESOURCE_META_ATTRIBUTES = new Set(['count', 'for_each', 'provider', 'depends_on']);
export const RESOURCE_META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
export const MODULE_META_ATTRIBUTES = new Set([
  'source',
  'version',
  'count',
  'for_each',
  'providers',
  'depends_on',
]);

/** A resource or data block of a module's configuration. */
export interface ResourceDeclaration {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: string;
}

export interface Located<T> {
  item: T;
  file: string;
}

/** A directory's configuration: every block of its `.tf` files, by kind. */
export interface ModuleDefinition {
  dir: string;
  variables: Map<string, Located<Block>>;
  locals: Map<string, Located<Attribute>>;
  outputs: Map<string, Located<Block>>;
  resources: ResourceDeclaration[];
  moduleCalls: Located<Block>[];
  providers: Located<Block>[];
}

export interface ResourceInstance {
  address: string;
  values: TfObject;
}

export type Expansion<T> =
  | { kind: 'single'; item: T }
  | { kind: 'list'; items: T[] }
  | { kind: 'map'; items: Map<string, T> }
  | { kind: 'unknown'; unknown: Unknown };

export const IN_PROGRESS = Symbol('in progress');

/**
 * Functions dwnet does not evaluate whose results are never network facts (hashes, times,
 * random ids, encodings of files): their values are unknown without a note.
 */
export const NO_NETWORK_FACT_FUNCTIONS = new Set([
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'bcrypt',
  'uuidv5',
  'timeadd',
  'timecmp',
  'formatdate',
  'plantimestamp',
  'filebase64',
  'filemd5',
  'filesha1',
  'filesha256',
  'filesha512',
  'filebase64sha256',
  'filebase64sha512',
  'base64sha256',
  'base64sha512',
  'base64gzip',
  'rsadecrypt',
  'textencodebase64',
  'textdecodebase64',
]);

/** Ends the text of a templatefile() (see there). */
export const TEMPLATE_END = '\u0001\n';

/** The reason of an attribute a managed resource gets when it is created. */
export const AFTER_APPLY = REASON.afterApply;

/** Objects that stand for a resource, data source or module instance: a missing attribute is unknown. */
export const MISSING_IS_UNKNOWN = new WeakMap<object, { origin: string; reason: ImportWords }>();

export function markMissingAsUnknown(
  object: TfObject,
  origin: string,
  reason: ImportWords,
): TfObject {
  MISSING_IS_UNKNOWN.set(object, { origin, reason });
  return object;
}

export interface Scope {
  module: ModuleInstance;
  file: string;
  /** count, each, for-expression and dynamic-block iterator variables. */
  bindings: Map<string, TfValue>;
}

export class ModuleInstance {
  readonly locals = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly variables = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly outputs = new Map<string, TfValue | typeof IN_PROGRESS>();
  readonly resources = new Map<string, Expansion<ResourceInstance> | typeof IN_PROGRESS>();
  readonly modules = new Map<string, Expansion<ModuleInstance> | Unknown | typeof IN_PROGRESS>();

  constructor(
    /** `''` for the root module, else `module.a[0].module.b`. */
    readonly address: string,
    /** The key of this module in `.terraform/modules/modules.json` (`a.b`), `''` for the root. */
    readonly manifestKey: string,
    readonly definition: ModuleDefinition,
    /** Input values: root variables' values, or the module block's arguments (lazy). */
    readonly input: (name: string) => TfValue | undefined,
    /** Provider configuration (`alicloud`, `alicloud.hz`) → its region. */
    readonly providerRegions: Map<string, TfValue>,
  ) {}

  /**
   * Provider configurations that act in another account than the default credentials
   * (`assume_role`, their own keys or profile) → that account: its UID when the role's ARN
   * names it, else the configuration's name.
   */
  readonly providerAccounts = new Map<string, string>();

  prefix(): string {
    return this.address === '' ? '' : `${this.address}.`;
  }
}

/** A long origin cut for a message. */
export function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

export function sameValue(a: TfValue, b: TfValue): boolean {
  try {
    return deepEqual(a, b);
  } catch (error) {
    if (error instanceof UnknownInput) return false;
    throw error;
  }
}

/** A value's type with its article, for a message: `a list`, `an object`, `null`, … */
export function typeWithArticle(value: TfValue): ImportText {
  if (Array.isArray(value)) return importText('importText.typeA.list');
  if (value === null || value instanceof Unknown) return typeText(value);
  if (typeof value === 'object') return importText('importText.typeA.object');
  if (typeof value === 'string') return importText('importText.typeA.string');
  if (typeof value === 'number') return importText('importText.typeA.number');
  return importText('importText.typeA.boolean');
}

export function expansionValue<T>(expansion: Expansion<T>, value: (item: T) => TfValue): TfValue {
  switch (expansion.kind) {
    case 'single':
      return value(expansion.item);
    case 'list':
      return expansion.items.map(value);
    case 'map': {
      const object: TfObject = {};
      for (const [key, item] of expansion.items) object[key] = value(item);
      return object;
    }
    case 'unknown':
      return expansion.unknown;
  }
}

/** A value as written in an unknown's origin. */
/** JSON-ready data of a value: unknowns as `${origin}`, known strings through `shownText`. */
export function jsonWithOrigins(value: TfValue): unknown {
  if (value instanceof Unknown) return `\${${value.origin}}`;
  if (typeof value === 'string') return JSON.parse(shownText(value)) as string;
  if (Array.isArray(value)) return value.map(jsonWithOrigins);
  if (isObject(value)) {
    const result: Record<string, unknown> = {};
    for (const key of sortedKeys(value)) result[key] = jsonWithOrigins(value[key] ?? null);
    return result;
  }
  return value;
}

/** A value as written in an unknown's origin; known strings through `shownText` (no secrets). */
export function render(value: TfValue): string {
  if (value instanceof Unknown) return value.origin;
  if (typeof value === 'string') return shownText(value);
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .map((key) => `${key} = ${render(value[key] ?? null)}`)
      .join(', ')}}`;
  return String(value);
}

/** The path of `to` seen from `from` (both relative to the imported directory). */
export function relativePath(from: string, to: string): string {
  const fromParts = from === '' ? [] : from.split('/');
  const toParts = to === '' ? [] : to.split('/');
  let common = 0;
  while (
    common < fromParts.length &&
    common < toParts.length &&
    fromParts[common] === toParts[common]
  )
    common++;
  const parts = [...fromParts.slice(common).map(() => '..'), ...toParts.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}

export function jsonValue(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(jsonValue);
  if (typeof value === 'object' && value !== null) {
    const object: TfObject = {};
    for (const [key, item] of Object.entries(value)) object[key] = jsonValue(item);
    return object;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return null;
}
