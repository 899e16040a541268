// The schema's documentation of a JSON path: the sub-schema a path leads to, following
// `$ref`s, `properties`, `additionalProperties` (collections keyed by id) and `items`.
// The schema's text is English; other languages look it up in their catalogue of schema
// descriptions, keyed by that English text (l10n/zh-CN/schema.ts).
import type { Locale } from '../l10n';
import { zhCNSchemaDescriptions } from '../l10n/zh-CN/schema';
import { schema } from '../schemaValidation';
import type { JsonPath } from '../types';

interface SchemaNode {
  $ref?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  items?: unknown;
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  enumDescriptions?: string[];
}

function isSchema(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ROOT: unknown = schema;

/** Follows `$ref`s (local `#/…` pointers only) to a schema object. */
function resolveRef(node: unknown): SchemaNode | undefined {
  let current = node;
  for (let hops = 0; hops < 16 && isSchema(current); hops++) {
    const ref = current.$ref;
    if (typeof ref !== 'string') return current;
    if (!ref.startsWith('#/')) return undefined;
    let target: unknown = ROOT;
    for (const raw of ref.slice(2).split('/')) {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target =
        isSchema(target) && Object.prototype.hasOwnProperty.call(target, segment)
          ? (target as Record<string, unknown>)[segment]
          : undefined;
    }
    current = target;
  }
  return undefined;
}

/** The schema of the value at `path`, or undefined when the schema does not describe it. */
export function schemaAt(path: JsonPath): SchemaNode | undefined {
  let current = resolveRef(ROOT);
  for (const segment of path) {
    if (!current) return undefined;
    let next: unknown;
    if (typeof segment === 'number') {
      next = current.items;
    } else if (
      isSchema(current.properties) &&
      Object.prototype.hasOwnProperty.call(current.properties, segment)
    ) {
      next = current.properties[segment];
    } else {
      next = current.additionalProperties;
    }
    current = resolveRef(next);
  }
  return current;
}

const TRANSLATIONS: Readonly<Record<Locale, ReadonlyMap<string, string> | undefined>> = {
  en: undefined,
  'zh-CN': new Map(Object.entries(zhCNSchemaDescriptions)),
};

/** The schema's English text in `locale` (English when the catalogue lacks it). */
function translated(english: string, locale: Locale): string {
  return TRANSLATIONS[locale]?.get(english) ?? english;
}

/** The Markdown documentation of the value at `path`, in `locale`. */
export function documentationAt(path: JsonPath, locale: Locale = 'en'): string | undefined {
  const node = schemaAt(path);
  const text = node?.markdownDescription ?? node?.description;
  return typeof text === 'string' && text !== '' ? translated(text, locale) : undefined;
}

/** The documentation of one enum value at `path` in `locale`, when the schema lists it. */
export function enumDocumentationAt(
  path: JsonPath,
  value: unknown,
  locale: Locale = 'en',
): string | undefined {
  const node = schemaAt(path);
  if (!node || !Array.isArray(node.enum)) return undefined;
  const position = node.enum.indexOf(value);
  if (position < 0) return undefined;
  const text = node.markdownEnumDescriptions?.[position] ?? node.enumDescriptions?.[position];
  return typeof text === 'string' ? translated(text, locale) : undefined;
}

/** Keys whose values are data (a snippet's body, examples), never text to translate. */
const DATA_KEYS = new Set(['body', 'default', 'examples', 'const', 'enum']);

function translateNode(node: unknown, locale: Locale, inSnippets = false): unknown {
  if (Array.isArray(node)) return node.map((item) => translateNode(item, locale, inSnippets));
  if (!isSchema(node)) return node;
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'properties' && isSchema(value)) {
      // Property names are data; their sub-schemas are schemas.
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, translateNode(sub, locale)]),
      );
    } else if (DATA_KEYS.has(key)) {
      copy[key] = value;
    } else if (typeof value === 'string' && TEXT_KEYS.has(key)) {
      copy[key] = translated(value, locale);
    } else if (key === 'label' && inSnippets && typeof value === 'string') {
      copy[key] = translated(value, locale);
    } else if (ENUM_TEXT_KEYS.has(key) && Array.isArray(value)) {
      copy[key] = value.map((text) => (typeof text === 'string' ? translated(text, locale) : text));
    } else {
      copy[key] = translateNode(value, locale, key === 'defaultSnippets');
    }
  }
  // The plain `description` beside a `markdownDescription` is a second English wording:
  // clients without Markdown get the translated Markdown instead.
  if (typeof source.markdownDescription === 'string') copy.description = copy.markdownDescription;
  if (Array.isArray(source.markdownEnumDescriptions))
    copy.enumDescriptions = copy.markdownEnumDescriptions;
  return copy;
}

const TEXT_KEYS = new Set(['description', 'markdownDescription', 'title']);
const ENUM_TEXT_KEYS = new Set(['enumDescriptions', 'markdownEnumDescriptions']);
const localizedSchemas = new Map<Locale, unknown>();

/**
 * The schema with its descriptions, title and snippet labels in `locale` (the schema
 * itself in English): what the server's JSON completion offers in that language.
 */
export function localizedSchema(locale: Locale): unknown {
  if (locale === 'en') return schema;
  let found = localizedSchemas.get(locale);
  if (found === undefined) localizedSchemas.set(locale, (found = translateNode(schema, locale)));
  return found;
}
