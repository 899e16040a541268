// What the model's readers read: a tree as numbered rows. A well-formed document's compact
// tree is that already (core/src/compactTree.ts), and the readers walk its rows without
// making a node view; jsonc-parser's tree (a document with syntax errors) is numbered as
// it is read, by `NodeRows`. One reader per entity kind serves both.
//
// The model's values keep a row, not a node, and make their node only when a finding or a
// feature asks for it. A row is kept as an offset from an `Anchor`, a row that follows
// edits: an entity's value node, whose rows move together when an edit splices another
// entity in (CompactTree.replaceValue), so the values of entities that an edit does not
// touch stay right without being read again.
import { CompactNode, CompactTree, Kind } from '../compactTree';
import { pathOf, type Node } from '../parse';

/** A row that is neither a value nor a container: a property of jsonc-parser's tree without its value. */
export const MISSING = -1;

/** A tree read by rows (numbers); -1 stands for no row. */
export interface Rows {
  /** The row's `Kind`, or MISSING. */
  kind(row: number): number;
  /** The string a string row holds. */
  stringAt(row: number): string;
  /** Whether a string row holds `value` (without making the string, where the tree can). */
  stringIs(row: number, value: string): boolean;
  /** The number a number row holds. */
  numberAt(row: number): number;
  /** How many characters of the text the row's value spans. */
  textLength(row: number): number;
  /** The row of the value of property `name` of an object row (the first of that name), or -1. */
  propertyValueAt(object: number, name: string): number;
  /** The first child of an object (a property row, whose key and value are the next two rows) or an array, or -1. */
  firstChild(row: number): number;
  /** The row after `row` among its parent's children, or -1. */
  nextSibling(row: number): number;
  /** The row's node (the same object every time). */
  node(row: number): Node;
  /** The row's JSON path. */
  pathAt(row: number): (string | number)[];
}

/** A row that follows edits: a compact tree's node view, or a row of a tree that is never edited. */
export interface Anchor {
  readonly index: number;
  readonly rows: Rows;
}

/** A handle on a row that keeps pointing at it when edits move rows: a compact tree's view. */
export function anchorOf(rows: Rows, row: number): Anchor {
  return rows instanceof CompactTree ? rows.node(row) : { index: row, rows };
}

/** The rows a node is read through, and its row. */
export function rowsOf(node: Node): { rows: Rows; row: number } {
  if (node instanceof CompactNode) return { rows: node.compactTree, row: node.index };
  const rows = new NodeRows();
  return { rows, row: rows.add(node) };
}

const KINDS: Record<string, number> = {
  object: Kind.Object,
  array: Kind.Array,
  property: Kind.Property,
  null: Kind.Null,
};

/**
 * jsonc-parser's tree numbered on demand: a node gets a row when a reader reaches it (the
 * children of a container together, each property as three rows: itself, its key, its
 * value). Such a tree is never edited, so a row is its own anchor.
 */
class NodeRows implements Rows {
  private readonly nodes: (Node | undefined)[] = [];
  private readonly next: number[] = [];

  add(node: Node | undefined): number {
    this.nodes.push(node);
    this.next.push(-1);
    return this.nodes.length - 1;
  }

  kind(row: number): number {
    const node = this.nodes[row];
    if (!node) return MISSING;
    // What `stringValue` and `numberValue` accept: the type and a value of that type.
    if (node.type === 'string') return typeof node.value === 'string' ? Kind.String : MISSING;
    if (node.type === 'number') return typeof node.value === 'number' ? Kind.Number : MISSING;
    if (node.type === 'boolean') return node.value === true ? Kind.True : Kind.False;
    return KINDS[node.type] ?? MISSING;
  }

  stringAt(row: number): string {
    return String(this.nodes[row]?.value);
  }

  stringIs(row: number, value: string): boolean {
    return this.nodes[row]?.value === value;
  }

  numberAt(row: number): number {
    return Number(this.nodes[row]?.value);
  }

  textLength(row: number): number {
    return this.nodes[row]?.length ?? 0;
  }

  propertyValueAt(object: number, name: string): number {
    const node = this.nodes[object];
    if (node?.type !== 'object' || !node.children) return -1;
    for (const property of node.children) {
      if (property.children?.[0]?.value !== name) continue;
      const value = property.children[1];
      return value ? this.add(value) : -1;
    }
    return -1;
  }

  firstChild(row: number): number {
    const node = this.nodes[row];
    const children = node?.type === 'object' || node?.type === 'array' ? node.children : undefined;
    if (!children || children.length === 0) return -1;
    const first = this.nodes.length;
    let previous = -1;
    for (const child of children) {
      const at = this.add(child);
      if (node?.type === 'object') {
        this.add(child.children?.[0]);
        this.add(child.children?.[1]);
      }
      if (previous >= 0) this.next[previous] = at;
      previous = at;
    }
    return first;
  }

  nextSibling(row: number): number {
    return this.next[row] ?? -1;
  }

  node(row: number): Node {
    const node = this.nodes[row];
    // Readers ask only for the nodes of rows they found a value in.
    if (!node) throw new Error(`no node at row ${row}`);
    return node;
  }

  pathAt(row: number): (string | number)[] {
    return pathOf(this.node(row));
  }
}
