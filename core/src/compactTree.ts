// The tree of a well-formed document, kept compact: one row per node in typed arrays
// (kind, offset, length, parent, end of subtree), in document order, with strings and
// numbers read from the text only when asked for. jsonc-parser's tree makes four objects
// per property (the property, its children array, the key, the value) and a string per
// name and value; for a topology of 10 000 data sources that is over a million objects,
// 50 MB that the garbage collector copies while the analysis runs (docs/performance.md).
//
// Every later stage still reads jsonc-parser's `Node` interface: `CompactNode` is a view
// of one row, made the first time someone asks for that node and the same object every
// time after, so comparing nodes with `===` and keeping them in maps works as before.
// Hot paths (a property's value by name, the children of a collection) read the rows
// directly, without making views for what they pass over.
import type { Node, NodeType } from 'jsonc-parser';
import { decodeEscaped, detached } from './jsonStrings';
import type { Rows } from './model/rows';

export const enum Kind {
  Object = 0,
  Array = 1,
  Property = 2,
  String = 3,
  Number = 4,
  True = 5,
  False = 6,
  Null = 7,
}

/** Set on a string row whose text holds an escape sequence: it is decoded, not sliced. */
export const ESCAPED = 8;
/** The bits of a row's kind byte that hold its `Kind`. */
export const KIND = 7;
/**
 * Where a string row's kind byte says which of `KEY_NAMES` its text is: the upper four bits,
 * the name's index plus one (0: not said). The well-formed parser writes them for the strings
 * it found among the schema's names (the keys of a valid document's entities), so that the
 * model finds an entity's fields without comparing its keys with the text (`Fields.scan`);
 * every other reader masks the byte with `KIND` and `ESCAPED`.
 */
export const NAME_SHIFT = 4;
/**
 * The keys a check reads most: those of data sources, their networks and tasks (10 000 each in
 * the benchmark's topology). Fifteen at most: the bits above `NAME_SHIFT` hold one of them.
 */
export const KEY_NAMES: readonly string[] = [
  'engine',
  'hosting',
  'network',
  'whitelist',
  'securityGroup',
  'type',
  'vpc',
  'dataCenter',
  'address',
  'port',
  'source',
  'destination',
  'dataSources',
  'resourceGroup',
  'kind',
];

const TYPES: readonly NodeType[] = [
  'object',
  'array',
  'property',
  'string',
  'number',
  'boolean',
  'boolean',
  'null',
];

export class CompactTree implements Rows {
  /**
   * Per row, 1 + the index in `viewList` of its view, or 0 until one is asked for: a row of
   * integers, which costs nothing until written, where an array with a slot per row filled a
   * few MB with holes at every parse (a check makes views for about one row in twenty).
   */
  private viewSlots: Int32Array;
  /** The views made so far; undefined where an edit moved one to a copy of its rows. */
  private viewList: (CompactNode | undefined)[] = [];
  private movedViews = 0;
  /**
   * The children of the views asked for theirs: few are (hot paths read rows), so they are
   * kept here rather than in a field of every view.
   */
  readonly childLists = new Map<CompactNode, CompactNode[]>();
  /**
   * Set once an edit was spliced in: strings are then copied out of the text, so that the
   * values the model keeps of an edited entity do not hold that version of the file.
   */
  private copyStrings = false;

  constructor(
    /** The text the offsets point into (the current version's, after an edit). */
    public text: string,
    public kinds: Uint8Array,
    public offsets: Int32Array,
    public lengths: Int32Array,
    /** -1 for the root. */
    public parents: Int32Array,
    /** The row after the node's subtree: its next sibling, when it has one. */
    public ends: Int32Array,
  ) {
    this.viewSlots = new Int32Array(kinds.length);
  }

  get count(): number {
    return this.kinds.length;
  }

  get root(): CompactNode {
    return this.node(0);
  }

  /** The view of a row: the same object for the same row until an edit removes it. */
  node(index: number): CompactNode {
    const slot = this.viewSlots[index]!;
    // A slot names a view until `detachRows` clears both.
    if (slot !== 0) return this.viewList[slot - 1] as CompactNode;
    const view = new CompactNode(this, index);
    this.viewSlots[index] = this.viewList.push(view);
    return view;
  }

  kind(index: number): Kind {
    return (this.kinds[index]! & KIND) as Kind;
  }

  /** The string a string row holds (a key's name, or a value). */
  stringAt(index: number): string {
    const start = this.offsets[index]! + 1;
    const end = start + this.lengths[index]! - 2;
    const value =
      this.kinds[index]! & ESCAPED
        ? decodeEscaped(this.text, start, end)
        : this.text.slice(start, end);
    return this.copyStrings ? detached(value) : value;
  }

  valueAt(index: number): unknown {
    switch (this.kind(index)) {
      case Kind.String:
        return this.stringAt(index);
      case Kind.Number:
        return this.numberAt(index);
      case Kind.True:
        return true;
      case Kind.False:
        return false;
      case Kind.Null:
        return null;
      default:
        return undefined;
    }
  }

  /** Whether a string row (a key, or a value) is `name`, compared in the text without a copy. */
  stringIs(row: number, name: string): boolean {
    if (this.kinds[row]! & ESCAPED) return this.stringAt(row) === name;
    return (
      this.lengths[row] === name.length + 2 && this.text.startsWith(name, this.offsets[row]! + 1)
    );
  }

  /** The row of the value of property `name` of an object row (the first of that name), or -1. */
  propertyValueAt(object: number, name: string): number {
    const { kinds, lengths, ends } = this;
    if ((kinds[object]! & KIND) !== Kind.Object) return -1;
    // `stringIs` inlined: asked for every field of every entity, mostly in unoptimised code.
    const length = name.length + 2;
    for (
      let property = object + 1, end = ends[object]!;
      property < end;
      property = ends[property]!
    ) {
      const key = property + 1;
      if (
        kinds[key]! & ESCAPED
          ? this.stringAt(key) === name
          : lengths[key] === length && this.text.startsWith(name, this.offsets[key]! + 1)
      )
        return key + 1;
    }
    return -1;
  }

  textLength(index: number): number {
    return this.lengths[index]!;
  }

  numberAt(index: number): number {
    const offset = this.offsets[index]!;
    return Number(this.text.slice(offset, offset + this.lengths[index]!));
  }

  /** The first child row of an object or array row, or -1 (the model's readers walk rows). */
  firstChild(index: number): number {
    return this.kind(index) <= Kind.Array && index + 1 < this.ends[index]! ? index + 1 : -1;
  }

  /** The next row of the same parent, or -1. */
  nextSibling(index: number): number {
    const next = this.ends[index]!;
    const parent = this.parents[index]!;
    return parent >= 0 && next < this.ends[parent]! ? next : -1;
  }

  /** The rows of a node's children, in order. */
  childRows(index: number): number[] {
    const rows: number[] = [];
    const end = this.ends[index]!;
    for (let child = index + 1; child < end; child = this.ends[child]!) rows.push(child);
    return rows;
  }

  /**
   * The JSON path of a row, as `pathOf` gives it for its view, read from the rows: a
   * finding's pointer is worked out this way for thousands of findings, and views of the
   * ancestors (with the children of every array on the way) cost more than the walk.
   */
  pathAt(index: number): (string | number)[] {
    const path: (string | number)[] = [];
    const { parents, ends } = this;
    let row = index;
    for (let parent = parents[row]!; parent >= 0; parent = parents[row]!) {
      const kind = this.kind(parent);
      if (kind === Kind.Property) {
        // A key names its property; the path of a key is that of the object holding it.
        if (row !== parent + 1) path.push(this.stringAt(parent + 1));
        row = parents[parent]!;
        if (row < 0) break;
        continue;
      }
      if (kind === Kind.Array) {
        let position = 0;
        for (let child = parent + 1; child !== row; child = ends[child]!) position++;
        path.push(position);
      }
      row = parent;
    }
    return path.reverse();
  }

  /** Where the colon of a property row stands (after its key and any comment). */
  colonOf(property: number): number {
    const text = this.text;
    let pos = this.offsets[property + 1]! + this.lengths[property + 1]!;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch === 58 /* : */ || Number.isNaN(ch)) return pos;
      if (ch === 47 /* / */ && text.charCodeAt(pos + 1) === 42 /* * */) {
        pos = text.indexOf('*/', pos + 2) + 2;
      } else if (ch === 47 /* / */) {
        // A line comment, which ends at CR as well as LF.
        while (pos < text.length && text.charCodeAt(pos) !== 10 && text.charCodeAt(pos) !== 13)
          pos++;
      } else {
        pos++;
      }
    }
  }

  /**
   * Replaces the value of a property row with the root of `subtree` (parsed alone from the
   * new text of that value, which starts at the same offset) in a text that grew by
   * `delta`; moves every later row. Views of rows that were removed keep showing what they
   * showed, in a tree of their own; views of later rows follow their rows. Returns the row
   * of the new value.
   */
  replaceValue(property: CompactNode, subtree: CompactTree, delta: number, text: string): number {
    const propertyRow = property.index;
    const first = propertyRow + 2;
    const oldEnd = this.ends[first]!;
    const removed = oldEnd - first;
    const added = subtree.count;
    const shift = added - removed;
    const at = this.offsets[first]!;
    this.detachRows(first, oldEnd);

    const count = this.count + shift;
    if (shift !== 0) {
      this.kinds = moved(this.kinds, new Uint8Array(count), first, oldEnd, shift);
      this.offsets = moved(this.offsets, new Int32Array(count), first, oldEnd, shift);
      this.lengths = moved(this.lengths, new Int32Array(count), first, oldEnd, shift);
      this.parents = moved(this.parents, new Int32Array(count), first, oldEnd, shift);
      this.ends = moved(this.ends, new Int32Array(count), first, oldEnd, shift);
      const slots = moved(this.viewSlots, new Int32Array(count), first, oldEnd, shift);
      this.viewSlots = slots;
      for (let row = oldEnd + shift; row < count; row++)
        if (slots[row] !== 0) (this.viewList[slots[row]! - 1] as CompactNode).index = row;
    }
    const { kinds, offsets, lengths, parents, ends } = this;
    for (let i = 0; i < added; i++) {
      const row = first + i;
      kinds[row] = subtree.kinds[i]!;
      offsets[row] = subtree.offsets[i]! + at;
      lengths[row] = subtree.lengths[i]!;
      parents[row] = i === 0 ? propertyRow : subtree.parents[i]! + first;
      ends[row] = subtree.ends[i]! + first;
    }
    const after = first + added;
    for (let row = after; row < count; row++) {
      offsets[row]! += delta;
      ends[row]! += shift;
      if (parents[row]! >= oldEnd) parents[row]! += shift;
    }
    for (let row = propertyRow; row >= 0; row = parents[row]!) {
      lengths[row]! += delta;
      ends[row]! += shift;
    }
    this.childLists.delete(property);
    this.text = text;
    this.copyStrings = true;
    return first;
  }

  /** Moves the views of rows [first, end) to a copy of those rows, with the text they read. */
  private detachRows(first: number, end: number): void {
    let snapshot: CompactTree | undefined;
    const { viewSlots, viewList } = this;
    for (let i = first; i < end; i++) {
      const slot = viewSlots[i]!;
      if (slot === 0) continue;
      const view = viewList[slot - 1] as CompactNode;
      snapshot ??= new CompactTree(
        this.text,
        this.kinds.slice(first, end),
        this.offsets.slice(first, end),
        this.lengths.slice(first, end),
        this.parents.slice(first, end).map((parent) => (parent >= first ? parent - first : -1)),
        this.ends.slice(first, end).map((row) => row - first),
      );
      this.childLists.delete(view);
      view.reattach(snapshot, i - first);
      viewList[slot - 1] = undefined;
      viewSlots[i] = 0;
      this.movedViews++;
    }
    // Edit after edit, the list would keep a slot for every view ever moved: compacted once
    // they are half of it.
    if (this.movedViews > 1024 && this.movedViews * 2 > viewList.length) {
      const kept = viewList.filter((view) => view !== undefined);
      for (let i = 0; i < kept.length; i++) viewSlots[kept[i]!.index] = i + 1;
      this.viewList = kept;
      this.movedViews = 0;
    }
  }
}

/** `source` with rows [first, oldEnd) replaced by `shift` more (or fewer) rows, into `target`. */
function moved<T extends Uint8Array | Int32Array>(
  source: T,
  target: T,
  first: number,
  oldEnd: number,
  shift: number,
): T {
  target.set(source.subarray(0, first));
  target.set(source.subarray(oldEnd), oldEnd + shift);
  return target;
}

/** One node of a compact tree, as jsonc-parser's `Node`. */
export class CompactNode implements Node {
  constructor(
    private tree: CompactTree,
    /** The row; it moves when an edit adds or removes rows before it. */
    public index: number,
  ) {}

  get type(): NodeType {
    return TYPES[this.tree.kinds[this.index]! & KIND]!;
  }

  get offset(): number {
    return this.tree.offsets[this.index]!;
  }

  get length(): number {
    return this.tree.lengths[this.index]!;
  }

  get parent(): CompactNode | undefined {
    const parent = this.tree.parents[this.index]!;
    return parent < 0 ? undefined : this.tree.node(parent);
  }

  get value(): unknown {
    return this.tree.valueAt(this.index);
  }

  get colonOffset(): number | undefined {
    return this.tree.kind(this.index) === Kind.Property ? this.tree.colonOf(this.index) : undefined;
  }

  get children(): CompactNode[] | undefined {
    const tree = this.tree;
    const known = tree.childLists.get(this);
    if (known) return known;
    if (tree.kind(this.index) > Kind.Property) return undefined;
    // Counted first: an array grown by push from empty reserves room for 17 elements.
    const end = tree.ends[this.index]!;
    let count = 0;
    for (let child = this.index + 1; child < end; child = tree.ends[child]!) count++;
    const children = new Array<CompactNode>(count);
    for (let child = this.index + 1, i = 0; child < end; child = tree.ends[child]!)
      children[i++] = tree.node(child);
    tree.childLists.set(this, children);
    return children;
  }

  /** The tree this node is a row of. */
  get compactTree(): CompactTree {
    return this.tree;
  }

  /** The same, as the model's readers see it (an `Anchor`'s rows). */
  get rows(): CompactTree {
    return this.tree;
  }

  /** The row of the value of property `name`, when this is an object, or -1. */
  propertyValue(name: string): CompactNode | undefined {
    const row = this.tree.propertyValueAt(this.index, name);
    return row < 0 ? undefined : this.tree.node(row);
  }

  /** Each property's key and value of an object, without views of the properties. */
  eachProperty(visit: (key: CompactNode, value: CompactNode) => void): void {
    const tree = this.tree;
    if (tree.kind(this.index) !== Kind.Object) return;
    const end = tree.ends[this.index]!;
    for (let property = this.index + 1; property < end; property = tree.ends[property]!)
      visit(tree.node(property + 1), tree.node(property + 2));
  }

  reattach(tree: CompactTree, index: number): void {
    this.tree = tree;
    this.index = index;
  }
}
