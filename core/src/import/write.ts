// An imported topology as `*.dwnet.json` text: JSONC, 2-space indent, the format's order of
// collections, each entity's comments on the lines above what they are about. The same
// topology always gives the same text (merge.ts relies on it for idempotent re-imports).
import type {
  CollectionName,
  ImportComment,
  ImportedEntity,
  ImportedTopology,
  JsonValue,
} from './topology';
import { formatImportWords } from './text';

/** The order SPEC §2 lists the collections in. */
export const COLLECTION_ORDER: readonly CollectionName[] = [
  'accounts',
  'vpcs',
  'dataCenters',
  'connections',
  'securityGroups',
  'resourceGroups',
  'dataSources',
  'tasks',
];

/** Where the schema is when the writer is not told: a name every dwnet editor recognises. */
export const DEFAULT_SCHEMA = 'dwnet.schema.json';

export interface WriteOptions {
  /** The `$schema` value: a path relative to the output file, or a URL. */
  schema?: string;
  /** Comment lines at the top of the file (without `//`). */
  header?: readonly string[];
}

const INDENT = '  ';
const LINE_WIDTH = 100;

type Path = readonly (string | number)[];

const KIND_ORDER: Record<ImportComment['kind'], number> = {
  from: 0,
  note: 1,
  unresolved: 2,
  suppress: 3,
};

/**
 * The comment text as a line: `// from …`, `// unresolved: …`, `// note: …`, or as given;
 * prose not yet in the user's language (localize.ts) in English.
 */
export function commentLine(comment: ImportComment): string {
  const text =
    typeof comment.text === 'string' ? comment.text : formatImportWords(comment.text, 'en');
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ');
  switch (comment.kind) {
    case 'from':
      return `// from ${oneLine}`;
    case 'unresolved':
      return `// unresolved: ${oneLine}`;
    case 'note':
      return `// note: ${oneLine}`;
    case 'suppress':
      return `// ${oneLine}`;
  }
}

function startsWith(path: Path, prefix: Path): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/** Whether `path` names a value that exists inside `value`. */
function exists(value: JsonValue, path: Path): boolean {
  let current: JsonValue | undefined = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return false;
    if (Array.isArray(current)) {
      if (typeof segment !== 'number' || segment >= current.length) return false;
      current = current[segment];
    } else {
      if (typeof segment !== 'string' || !(segment in current)) return false;
      current = current[segment];
    }
  }
  return true;
}

/** The longest prefix of `path` that exists and is a container (where a trailing comment goes). */
function containerOf(value: JsonValue, path: Path): Path {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    if (!exists(value, prefix)) continue;
    let current: JsonValue = value;
    for (const segment of prefix)
      current = (current as Record<string | number, JsonValue>)[segment] as JsonValue;
    if (current !== null && typeof current === 'object') return prefix;
  }
  return [];
}

class EntityWriter {
  /** Comments above a path (the path exists), and comments at the end of a container. */
  private readonly above = new Map<string, ImportComment[]>();
  private readonly trailing = new Map<string, ImportComment[]>();
  /** Paths with a comment at or below them: such containers are never written on one line. */
  private readonly commented: Path[] = [];

  constructor(private readonly entity: ImportedEntity) {
    const sorted = [...entity.comments].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    for (const comment of sorted) {
      if (exists(entity.value, comment.path)) {
        push(this.above, key(comment.path), comment);
        this.commented.push(comment.path);
      } else {
        const container = containerOf(entity.value, comment.path);
        push(this.trailing, key(container), comment);
        this.commented.push([...container, '\u0000']);
      }
    }
  }

  /** Comment lines above the entity's own key. */
  headLines(): string[] {
    return (this.above.get(key([])) ?? []).map(commentLine);
  }

  value(indent: string): string {
    return this.render(this.entity.value, indent, []);
  }

  /** The value at a top-level key of the entity. */
  valueAt(path: [string], indent: string): string {
    return this.render(this.entity.value[path[0]] ?? null, indent, path);
  }

  private hasCommentsInside(path: Path): boolean {
    return this.commented.some((p) => p.length > path.length && startsWith(p, path));
  }

  private render(value: JsonValue, indent: string, path: Path): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const inner = indent + INDENT;
    const entries: [string | number, JsonValue][] = Array.isArray(value)
      ? value.map((item, i) => [i, item])
      : Object.entries(value);
    const trailing = this.trailing.get(key(path)) ?? [];
    const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0 && trailing.length === 0) return `${open}${close}`;
    if (!this.hasCommentsInside(path)) {
      const flat = this.flat(value);
      if (flat !== undefined && indent.length + flat.length <= LINE_WIDTH) return flat;
    }
    const lines: string[] = [];
    entries.forEach(([segment, item], i) => {
      const childPath = [...path, segment];
      for (const comment of this.above.get(key(childPath)) ?? [])
        lines.push(inner + commentLine(comment));
      const prefix = typeof segment === 'string' ? `${JSON.stringify(segment)}: ` : '';
      const comma = i < entries.length - 1 ? ',' : '';
      lines.push(`${inner}${prefix}${this.render(item, inner, childPath)}${comma}`);
    });
    for (const comment of trailing) lines.push(inner + commentLine(comment));
    return `${open}\n${lines.join('\n')}\n${indent}${close}`;
  }

  /** One-line text of a value made only of scalars and arrays of scalars, else undefined. */
  private flat(value: JsonValue): string | undefined {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    if (Array.isArray(value)) {
      const parts = value.map((item) =>
        item !== null && typeof item === 'object' ? undefined : JSON.stringify(item),
      );
      if (parts.some((part) => part === undefined)) return undefined;
      return `[${parts.join(', ')}]`;
    }
    const parts: string[] = [];
    for (const [name, item] of Object.entries(value)) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) return undefined;
      const inner = this.flat(item);
      if (inner === undefined) return undefined;
      parts.push(`${JSON.stringify(name)}: ${inner}`);
    }
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
}

function key(path: Path): string {
  return JSON.stringify(path);
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

/**
 * One entity as the lines of a collection member: its comments, then `"id": value`, indented
 * by `indent` (no trailing comma). merge.ts inserts entities with it.
 */
export function writeEntity(id: string, entity: ImportedEntity, indent: string): string {
  const writer = new EntityWriter(entity);
  const head = writer.headLines().map((line) => indent + line);
  return [...head, `${indent}${JSON.stringify(id)}: ${writer.value(indent)}`].join('\n');
}

/** The entity's value alone, as it appears after its key at `indent`. */
export function writeEntityValue(entity: ImportedEntity, indent: string): string {
  return new EntityWriter(entity).value(indent);
}

/** Any value, with comments about what is inside it, as the writer lays it out at `indent`. */
export function writeValue(
  value: JsonValue,
  indent: string,
  comments: ImportComment[] = [],
): string {
  const wrapped = comments.map((c) => ({ ...c, path: ['v', ...c.path] }));
  return new EntityWriter({ value: { v: value }, comments: wrapped }).valueAt(['v'], indent);
}

/** The whole topology as the text of a `*.dwnet.json` file (ending with a newline). */
export function writeTopology(topology: ImportedTopology, options: WriteOptions = {}): string {
  const lines: string[] = [];
  for (const line of options.header ?? []) lines.push(`// ${line}`.trimEnd());
  lines.push('{');
  const members: string[] = [];
  members.push(`${INDENT}"$schema": ${JSON.stringify(options.schema ?? DEFAULT_SCHEMA)}`);
  members.push(`${INDENT}"version": 1`);
  const defaults = topology.defaults;
  if (defaults && (defaults.account !== undefined || defaults.region !== undefined)) {
    const value: Record<string, JsonValue> = {};
    if (defaults.account !== undefined) value['account'] = defaults.account;
    if (defaults.region !== undefined) value['region'] = defaults.region;
    members.push(`${INDENT}"defaults": ${writeEntityValue({ value, comments: [] }, INDENT)}`);
  }
  for (const name of COLLECTION_ORDER) {
    const collection = topology.collections[name];
    if (!collection || collection.size === 0) continue;
    const ids = [...collection.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const entities = ids.map((id) =>
      writeEntity(id, collection.get(id) as ImportedEntity, INDENT + INDENT),
    );
    members.push(`${INDENT}${JSON.stringify(name)}: {\n${entities.join(',\n')}\n${INDENT}}`);
  }
  lines.push(members.join(',\n'));
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
