// `dwnet import … --merge existing.dwnet.json`: the imported entities are refreshed in the
// user's file and everything else stays as they wrote it (tasks, comments, suppressions,
// hand-made entities, properties the source does not know, such as a binding's security
// group). An existing entity is the imported one when its `// from <address>` comment names
// the same source, or when it has the same id. Only values that differ are changed, with
// jsonc-parser's `modify`, so the user's layout survives, and merging the same import again
// changes nothing (idempotent).
import {
  applyEdits,
  findNodeAtLocation,
  modify,
  parseTree,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { referenceFieldAt, topLevelCollection } from '../references';
import { formatImportWords, importText, type ImportText } from './text';
import { COLLECTION_ORDER, commentLine, writeValue } from './write';
import type {
  CollectionName,
  ImportComment,
  ImportedEntity,
  ImportedTopology,
  JsonValue,
} from './topology';

export interface MergeResult {
  text: string;
  /** Entities added to the file, refreshed in it, and left as they were (`collection/id`). */
  added: string[];
  refreshed: string[];
  /** Entities of the file that the import does not hold (kept: the user may have written them). */
  untouched: string[];
}

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

function parse(text: string): Node | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) throw new MergeError(importText('importText.merge.notJsonc'));
  return root;
}

/**
 * The file to merge into cannot be read as a topology. Its message is English; `words` say
 * the same as a text of the catalogue, for the user's language (`formatImportWords`).
 */
export class MergeError extends Error {
  constructor(
    readonly words: ImportText,
    /** The file is JSON with comments, but not an object. */
    readonly notObject = false,
  ) {
    super(formatImportWords(words, 'en'));
  }
}

function valueOf(node: Node): JsonValue {
  switch (node.type) {
    case 'object': {
      const result: { [key: string]: JsonValue } = {};
      for (const property of node.children ?? []) {
        const [k, v] = property.children ?? [];
        if (k && v) result[String(k.value)] = valueOf(v);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(valueOf);
    default:
      return node.value as JsonValue;
  }
}

function equal(a: JsonValue, b: JsonValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The `// from <address>` comments between the previous sibling and a property's key. */
function fromAddresses(text: string, property: Node, previousEnd: number): string[] {
  const between = text.slice(previousEnd, property.offset);
  const addresses: string[] = [];
  for (const match of between.matchAll(/\/\/\s*from\s+(\S+)/g)) addresses.push(match[1] ?? '');
  return addresses;
}

/** Ids of the existing file's entities, and which source address each came from. */
function existingEntities(
  text: string,
  root: Node | undefined,
): Map<CollectionName, { ids: Set<string>; byAddress: Map<string, string> }> {
  const result = new Map<CollectionName, { ids: Set<string>; byAddress: Map<string, string> }>();
  for (const name of COLLECTION_ORDER) {
    const collection = root ? findNodeAtLocation(root, [name]) : undefined;
    const entry = { ids: new Set<string>(), byAddress: new Map<string, string>() };
    result.set(name, entry);
    if (collection?.type !== 'object') continue;
    let previousEnd = collection.offset + 1;
    for (const property of collection.children ?? []) {
      const id = String(property.children?.[0]?.value ?? '');
      entry.ids.add(id);
      for (const address of fromAddresses(text, property, previousEnd))
        entry.byAddress.set(address, id);
      previousEnd = property.offset + property.length;
    }
  }
  return result;
}

/** Every id of a topology file, in every collection (to keep imported ids apart from them). */
export function importedIds(text: string): Set<string> {
  const ids = new Set<string>();
  try {
    const root = parse(text);
    for (const { ids: collectionIds } of existingEntities(text, root).values())
      for (const id of collectionIds) ids.add(id);
  } catch {
    // A file that cannot be parsed is reported when merged into.
  }
  return ids;
}

function sourceAddress(entity: ImportedEntity): string | undefined {
  for (const comment of entity.comments)
    if (comment.kind === 'from' && comment.path.length === 0) return comment.text.split(/\s+/)[0];
  return undefined;
}

/** Which existing id each imported entity became, per collection. */
type Renames = Map<CollectionName, Map<string, string>>;

/**
 * Renames the references of an imported entity after ids were matched. Which fields are
 * references, and of which kinds, is the model's reference table (`referenceFieldAt`):
 * the same rows that unknown-reference, rename and completion read.
 */
function renameReferences(
  value: JsonValue,
  path: (string | number)[],
  renames: Renames,
): JsonValue {
  if (typeof value === 'string') {
    const row = referenceFieldAt(path);
    if (!row) return value;
    for (const kind of row.kinds) {
      const collection = topLevelCollection(kind);
      const target = collection ? renames.get(collection)?.get(value) : undefined;
      if (target !== undefined) return target;
    }
    return value;
  }
  if (Array.isArray(value))
    return value.map((item, index) => renameReferences(item, [...path, index], renames));
  if (value === null || typeof value !== 'object') return value;
  const result: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value))
    result[key] = renameReferences(item, [...path, key], renames);
  return result;
}

class Merger {
  constructor(public text: string) {}

  private root(): Node | undefined {
    return parse(this.text);
  }

  /** The line's indentation at an offset. */
  private indentAt(offset: number): { lineStart: number; indent: string } {
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    return { lineStart, indent: /^[ \t]*/.exec(this.text.slice(lineStart))?.[0] ?? '' };
  }

  /**
   * Writes `value` at `path`: in place of the value there, laid out as the writer lays it
   * out (a short list stays on one line), or inserted with the comments about it (`// from`
   * above a new vSwitch); `comments` are relative to `value`.
   */
  private set(path: (string | number)[], value: JsonValue, comments: ImportComment[]): void {
    const existing = findNodeAtLocation(this.root() as Node, path);
    const inner = comments.filter((c) => c.path.length > 0);
    const head = comments.filter((c) => c.path.length === 0);
    const render = (indent: string) => writeValue(value, indent, inner);
    if (existing) {
      const { indent } = this.indentAt(existing.offset);
      this.text =
        this.text.slice(0, existing.offset) +
        render(indent) +
        this.text.slice(existing.offset + existing.length);
      return;
    }
    if (this.appendProperty(path, head, render)) return;
    this.text = applyEdits(this.text, modify(this.text, path, value, FORMAT));
    const node = findNodeAtLocation(this.root() as Node, path);
    if (!node) return;
    const keyed = node.parent?.type === 'property' ? node.parent : node;
    const { lineStart, indent } = this.indentAt(keyed.offset);
    if (this.text.slice(lineStart, keyed.offset).trim() !== '') return;
    const lines = head.map((c) => `${indent}${commentLine(c)}\n`).join('');
    this.text =
      this.text.slice(0, lineStart) +
      lines +
      this.text.slice(lineStart, node.offset) +
      render(indent) +
      this.text.slice(node.offset + node.length);
  }

  /**
   * Adds a property after the last one of a multi-line object, with the last one's
   * indentation (jsonc-parser's `modify` would also re-lay out the property before it).
   * False when the object is empty or on one line.
   */
  private appendProperty(
    path: (string | number)[],
    head: ImportComment[],
    render: (indent: string) => string,
  ): boolean {
    const key = path[path.length - 1];
    if (typeof key !== 'string') return false;
    const parent = findNodeAtLocation(this.root() as Node, path.slice(0, -1));
    const last = parent?.type === 'object' ? parent.children?.at(-1) : undefined;
    if (!last) return false;
    const { lineStart, indent } = this.indentAt(last.offset);
    if (this.text.slice(lineStart, last.offset).trim() !== '') return false;
    const end = last.offset + last.length;
    const lines = head.map((c) => `\n${indent}${commentLine(c)}`).join('');
    this.text = `${this.text.slice(0, end)},${lines}\n${indent}${JSON.stringify(key)}: ${render(indent)}${this.text.slice(end)}`;
    return true;
  }

  /**
   * Changes only what differs: object keys one by one, arrays of objects element by
   * element. `comments` are the entity's, `depth` how many leading path segments (the
   * collection and the id) are not part of their paths.
   */
  refresh(path: (string | number)[], value: JsonValue, comments: ImportComment[], depth = 2): void {
    const node = findNodeAtLocation(this.root() as Node, path);
    const relative = path.slice(depth);
    const about = comments
      .filter((c) => c.path.length >= relative.length && relative.every((s, i) => c.path[i] === s))
      .map((c) => ({ ...c, path: c.path.slice(relative.length) }));
    if (!node) {
      this.set(path, value, about);
      return;
    }
    const current = valueOf(node);
    if (equal(current, value)) return;
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      node.type === 'object'
    ) {
      for (const [key, item] of Object.entries(value))
        this.refresh([...path, key], item, comments, depth);
      return;
    }
    if (
      Array.isArray(value) &&
      Array.isArray(current) &&
      value.length === current.length &&
      value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
    ) {
      value.forEach((item, i) => this.refresh([...path, i], item, comments, depth));
      return;
    }
    this.set(
      path,
      value,
      about.filter((c) => c.path.length > 0),
    );
  }

  /** Adds an entity at the end of its collection, written with its comments. */
  add(collection: CollectionName, id: string, entity: ImportedEntity): void {
    if (!findNodeAtLocation(this.root() as Node, [collection])) this.set([collection], {}, []);
    this.set([collection, id], entity.value, entity.comments);
  }
}

/**
 * Folds an import into an existing topology text. Throws MergeError when that text is not
 * valid JSON with comments (it is the user's file: it is never rewritten from scratch).
 */
export function mergeTopology(existing: string, topology: ImportedTopology): MergeResult {
  const root = parse(existing);
  if (root && root.type !== 'object')
    throw new MergeError(importText('importText.merge.notObject'), true);
  const known = existingEntities(existing, root);
  const merger = new Merger(existing);
  const added: string[] = [];
  const refreshed: string[] = [];
  const seen = new Set<string>();

  // Which existing id each imported entity becomes.
  const renames: Renames = new Map();
  const targets: [CollectionName, string, ImportedEntity, boolean][] = [];
  for (const name of COLLECTION_ORDER) {
    const collection = topology.collections[name];
    if (!collection) continue;
    const entry = known.get(name);
    for (const [id, entity] of [...collection.entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const address = sourceAddress(entity);
      const byAddress = address !== undefined ? entry?.byAddress.get(address) : undefined;
      const target = byAddress ?? id;
      if (target !== id) {
        const collectionRenames = renames.get(name) ?? new Map<string, string>();
        collectionRenames.set(id, target);
        renames.set(name, collectionRenames);
      }
      targets.push([name, target, entity, entry?.ids.has(target) ?? false]);
    }
  }

  // Regions: the import's defaults hold in the file only when the file agrees with them.
  const existingValue = root ? (valueOf(root) as { [key: string]: JsonValue }) : {};
  const existingDefaults = existingValue['defaults'];
  const existingRegion =
    existingDefaults && typeof existingDefaults === 'object' && !Array.isArray(existingDefaults)
      ? existingDefaults['region']
      : undefined;
  const importedRegion = topology.defaults?.region;
  let explicitRegion: string | undefined;
  if (importedRegion !== undefined && existingRegion !== importedRegion) {
    const empty = !COLLECTION_ORDER.some((name) => (known.get(name)?.ids.size ?? 0) > 0);
    if (empty && existingRegion === undefined)
      merger.refresh(['defaults', 'region'], importedRegion, []);
    else explicitRegion = importedRegion;
  }

  for (const [name, id, entity, exists] of targets) {
    let value = renameReferences(entity.value, [name, id], renames) as {
      [key: string]: JsonValue;
    };
    if (
      explicitRegion !== undefined &&
      (name === 'vpcs' || name === 'resourceGroups') &&
      value['region'] === undefined
    ) {
      value =
        name === 'vpcs'
          ? { region: explicitRegion, ...value }
          : { type: value['type'] ?? 'serverless', region: explicitRegion, ...value };
    }
    seen.add(`${name}/${id}`);
    if (exists) {
      const before = merger.text;
      merger.refresh([name, id], value, entity.comments);
      if (merger.text !== before) refreshed.push(`${name}/${id}`);
    } else {
      merger.add(name, id, { value, comments: entity.comments });
      added.push(`${name}/${id}`);
    }
  }
  const untouched: string[] = [];
  for (const [name, entry] of known) {
    for (const id of entry.ids) if (!seen.has(`${name}/${id}`)) untouched.push(`${name}/${id}`);
  }
  return { text: merger.text, added, refreshed, untouched };
}
