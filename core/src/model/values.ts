// The values of the model: strings, CIDR blocks, addresses and references, read from a
// tree's rows (model/rows.ts). A value keeps its row, as an offset from its entity's anchor,
// and makes its node and its JSON pointer when asked: a finding or a feature asks for few of
// them, and a node view per value (stored pointers before that) made the model of a topology
// of 10 000 data sources several times the objects the collector copies (docs/performance.md).
import { keepUntilReplaced } from '../keepAlive';
import { CompactTree, ESCAPED, Kind, KIND } from '../compactTree';
import { looksLikeAddress, parseCidr, parseIp, type CidrParse, type IpParse } from '../cidr';
import type {
  AddressValue,
  CidrValue,
  DataSourceRef,
  Entity,
  EntityKind,
  IpValue,
  Located,
  Reference,
  ReferenceScope,
  SnatSource,
  StringValue,
  TaskRole,
} from '../model';
import { pointerOf, propertyValue, stringValue, type Node } from '../parse';
import type { ReferenceField } from '../references';
import type { Fields } from './fields';
import { anchorOf, type Anchor, type Rows } from './rows';

/** The offset of a row a value does not have. */
export const NO_ROW = -1;

/** The node at a row of an entity, from the entity's anchor (`NO_ROW`: none). */
export function nodeAt(anchor: Anchor, offset: number): Node | undefined {
  return offset === NO_ROW ? undefined : anchor.rows.node(anchor.index + offset);
}

// The classes below each extend `Placed`, which has no constructor of its own: V8 then
// makes the object without calling one (`--omit-default-ctors`), where a base constructor
// that stored the anchor was a call per value while the code is not yet optimised, which is
// most of a cold check (and its stores saw every value class, a megamorphic site).

/** Something of the model at a row: its node and pointer are worked out when asked. */
export abstract class Placed implements Located {
  /** Where the entity that holds it is: see model/rows.ts. */
  protected abstract readonly anchor: Anchor;
  /** The row, counted from the anchor's. */
  protected abstract readonly offset: number;

  get node(): Node {
    return this.anchor.rows.node(this.anchor.index + this.offset);
  }

  get pointer(): string {
    return pointerOf(this.anchor.rows.pathAt(this.anchor.index + this.offset));
  }
}

/** A string value of the model. */
class ModelString extends Placed implements StringValue {
  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
  ) {
    super();
  }
}

class ModelCidr extends Placed implements CidrValue {
  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
    readonly parsed: CidrParse,
  ) {
    super();
  }
}

class ModelIp extends Placed implements IpValue {
  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
    readonly parsed: IpParse,
  ) {
    super();
  }
}

/** Parsed on first use: several rules read it, and most data sources have one. */
class ModelAddress extends Placed implements AddressValue {
  private ip: IpParse | undefined;

  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
  ) {
    super();
    // Set here, not only when parsed: a field added later gives every address a second
    // hidden class and a property array of its own (10 000 of them in a large topology).
    this.ip = undefined;
  }

  get parsed(): IpParse {
    return (this.ip ??= parseIp(this.value));
  }
}

/** Whether a reference's field applies (worked out when asked: only a reference that names nothing is). */
function applies(field: ReferenceField, node: Node): boolean {
  const when = field.appliesWhen;
  if (when === undefined) return true;
  // The object the field is a property of.
  const holder = node.parent?.parent;
  return stringValue(propertyValue(holder, when.property)) === when.equals;
}

class ModelReference<K extends EntityKind> extends Placed implements Reference<K> {
  /** See `Reference`: the generation of the model resolution.ts's `targetOf` last bound it in, and its answer. */
  resolvedIn = -1;
  resolvedTarget: Entity | undefined = undefined;

  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
    readonly field: ReferenceField<K>,
    readonly scope: ReferenceScope | undefined,
  ) {
    super();
  }

  get applies(): boolean {
    return applies(this.field, this.node);
  }
}

class ModelDataSourceRef extends Placed implements DataSourceRef {
  /** See `Reference`: the generation of the model resolution.ts's `targetOf` last bound it in, and its answer. */
  resolvedIn = -1;
  resolvedTarget: Entity | undefined = undefined;

  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
    readonly field: ReferenceField<'dataSource'>,
    readonly role: TaskRole,
  ) {
    super();
  }

  get scope(): undefined {
    return undefined;
  }

  get applies(): boolean {
    return applies(this.field, this.node);
  }

  get itemIndex(): number | undefined {
    if (this.role !== 'dataSources') return undefined;
    const { rows, index } = this.anchor;
    const row = index + this.offset;
    const array = rows.propertyValueAt(index, 'dataSources');
    if (array < 0) return undefined;
    let position = 0;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item), position++)
      if (item === row) return position;
    return undefined;
  }
}

class ModelSnatSource extends Placed implements SnatSource {
  /** See `Reference`: the generation of the model resolution.ts's `targetOf` last bound it in, and its answer. */
  resolvedIn = -1;
  resolvedTarget: Entity | undefined = undefined;

  constructor(
    protected readonly anchor: Anchor,
    protected readonly offset: number,
    readonly value: string,
    readonly field: ReferenceField<'vSwitch'>,
    readonly scope: ReferenceScope,
    readonly cidr: CidrValue | undefined,
  ) {
    super();
  }

  get applies(): boolean {
    return applies(this.field, this.node);
  }
}

/**
 * Reads the values of one entity (or of the defaults) from its rows. `collect` moves one
 * reader from entity to entity of a collection; what it makes keeps the entity's anchor.
 */
export class ValueReader {
  anchor: Anchor;
  /** The row of the entity's value (the anchor's row while reading: rows move only between readings). */
  row: number;

  /**
   * A compact tree's rows, read here directly: a call per row asked about costs while the
   * code is not yet optimised, which is most of a cold check. (A reader lives for one
   * reading, during which the tree is not edited.)
   */
  private readonly tree: CompactTree | undefined;

  constructor(
    readonly rows: Rows,
    row: number,
  ) {
    this.anchor = anchorOf(rows, row);
    this.row = row;
    this.tree = rows instanceof CompactTree ? rows : undefined;
    keepUntilReplaced('reader', this);
  }

  /** Reads another entity of the same tree from now on. */
  moveTo(row: number): void {
    const tree = this.tree;
    this.anchor = tree !== undefined ? tree.node(row) : anchorOf(this.rows, row);
    this.row = row;
  }

  /** Where a row is, for a value of this entity: its offset from the anchor. */
  offsetOf(row: number): number {
    return row < 0 ? NO_ROW : row - this.row;
  }

  /** The value row of property `name` of an object row, or -1. */
  at(object: number, name: string): number {
    return object < 0 ? -1 : this.rows.propertyValueAt(object, name);
  }

  /** The value row of each of `fields` in an object row, or -1 (see `Fields.scan`). */
  scan(object: number, fields: Fields): Int32Array {
    return object < 0 ? fields.none() : fields.scan(this.rows, object);
  }

  is(row: number, kind: Kind): boolean {
    if (row < 0) return false;
    const tree = this.tree;
    // (`!`: `row` is a row of the tree, in range of its arrays.)
    return tree !== undefined ? (tree.kinds[row]! & KIND) === kind : this.rows.kind(row) === kind;
  }

  string(row: number): string | undefined {
    return this.is(row, Kind.String) ? this.rows.stringAt(row) : undefined;
  }

  number(row: number): number | undefined {
    return this.is(row, Kind.Number) ? this.rows.numberAt(row) : undefined;
  }

  /**
   * The allowed value a row holds: the constant itself, compared in the text, so that the
   * model keeps no copies and makes none.
   */
  enumValue<T extends string>(row: number, allowed: readonly T[]): T | undefined {
    if (!this.is(row, Kind.String)) return undefined;
    const rows = this.rows;
    const tree = this.tree;
    // (`!`: `row` is a row of the tree, in range of its arrays.)
    if (tree !== undefined && !(tree.kinds[row]! & ESCAPED)) {
      // Compared in the text here (not through `stringIs`, a call per candidate that costs
      // while the code is interpreted): the length first, which tells most candidates apart.
      const length = tree.lengths[row]! - 2;
      const start = tree.offsets[row]! + 1;
      for (let i = 0; i < allowed.length; i++) {
        const candidate = allowed[i];
        if (candidate?.length === length && tree.text.startsWith(candidate, start))
          return candidate;
      }
      return undefined;
    }
    for (let i = 0; i < allowed.length; i++) {
      const candidate = allowed[i];
      if (candidate !== undefined && rows.stringIs(row, candidate)) return candidate;
    }
    return undefined;
  }

  str(object: number, name: string): StringValue | undefined {
    return this.strAt(this.at(object, name));
  }

  /** The string value at a row, if it is a string. */
  strAt(row: number): StringValue | undefined {
    return this.is(row, Kind.String)
      ? new ModelString(this.anchor, row - this.row, this.rows.stringAt(row))
      : undefined;
  }

  /** The reference at a row (a property's value or an array element). */
  reference<K extends EntityKind>(
    row: number,
    field: ReferenceField<K>,
    scope?: ReferenceScope,
  ): Reference<K> | undefined {
    return this.is(row, Kind.String) ? this.referenceAt(row, field, scope) : undefined;
  }

  /** The reference at a string row. */
  referenceAt<K extends EntityKind>(
    row: number,
    field: ReferenceField<K>,
    scope?: ReferenceScope,
  ): Reference<K> {
    return new ModelReference(this.anchor, row - this.row, this.rows.stringAt(row), field, scope);
  }

  /** A task's reference to a data source, at a string row. */
  dataSourceRefAt(row: number, field: ReferenceField<'dataSource'>, role: TaskRole): DataSourceRef {
    const value = this.rows.stringAt(row);
    return new ModelDataSourceRef(this.anchor, row - this.row, value, field, role);
  }

  /** A SNAT entry's source (the row of its `source`): a CIDR block (then `cidr`), or else a vSwitch of `vpc`. */
  snatSource(
    row: number,
    field: ReferenceField<'vSwitch'>,
    vpc: ReferenceScope,
  ): SnatSource | undefined {
    const value = this.string(row);
    if (value === undefined) return undefined;
    // A symbolic source (`${alicloud_vswitch.a.cidr_block}`) is a CIDR known after apply.
    const cidr =
      looksLikeAddress(value) || value.startsWith('${') ? this.cidrAt(row, true) : undefined;
    return new ModelSnatSource(this.anchor, row - this.row, value, field, vpc, cidr);
  }

  cidr(row: number, allowBare: boolean): CidrValue | undefined {
    return this.is(row, Kind.String) ? this.cidrAt(row, allowBare) : undefined;
  }

  /** The CIDR block at a string row. */
  cidrAt(row: number, allowBare: boolean): CidrValue {
    const value = this.rows.stringAt(row);
    return new ModelCidr(this.anchor, row - this.row, value, parseCidr(value, allowBare));
  }

  address(row: number): AddressValue | undefined {
    if (!this.is(row, Kind.String)) return undefined;
    return new ModelAddress(this.anchor, row - this.row, this.rows.stringAt(row));
  }

  ip(row: number): IpValue | undefined {
    return this.is(row, Kind.String) ? this.ipAt(row) : undefined;
  }

  /** The IP address at a string row. */
  ipAt(row: number): IpValue {
    const value = this.rows.stringAt(row);
    return new ModelIp(this.anchor, row - this.row, value, parseIp(value));
  }

  /** The number of elements of an array row that are of `kind` (0 when the row is no array). */
  count(array: number, kind: Kind): number {
    if (!this.is(array, Kind.Array)) return 0;
    const tree = this.tree;
    let count = 0;
    if (tree !== undefined) {
      // (`!`: rows of the tree, in range of its arrays.)
      const { kinds, ends } = tree;
      for (let item = array + 1, end = ends[array]!; item < end; item = ends[item]!)
        if ((kinds[item]! & KIND) === kind) count++;
      return count;
    }
    const rows = this.rows;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item))
      if (rows.kind(item) === kind) count++;
    return count;
  }

  /**
   * What `read` makes of each element of an array row that is of `kind`, with its index in
   * the array, into `into` from `at` (by default a new array of their number: kept as long as
   * the document is open, it has no spare room, see util/arrays.ts `exactly`).
   */
  items<T>(
    array: number,
    kind: Kind,
    read: (item: number, index: number) => T,
    into: T[] = new Array<T>(this.count(array, kind)),
    at = 0,
  ): T[] {
    if (!this.is(array, Kind.Array)) return into;
    let index = 0;
    const tree = this.tree;
    if (tree !== undefined) {
      // (`!`: rows of the tree, in range of its arrays.)
      const { kinds, ends } = tree;
      for (let item = array + 1, end = ends[array]!; item < end; item = ends[item]!, index++)
        if ((kinds[item]! & KIND) === kind) into[at++] = read(item, index);
      return into;
    }
    const rows = this.rows;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item), index++)
      if (rows.kind(item) === kind) into[at++] = read(item, index);
    return into;
  }

  /**
   * A task's references to data sources among the elements of an array row, into `into` from
   * `at`: `items` without its callback, a closure and a call per task in a large topology.
   */
  dataSourceRefItems(
    array: number,
    field: ReferenceField<'dataSource'>,
    role: TaskRole,
    into: DataSourceRef[],
    at: number,
  ): void {
    if (!this.is(array, Kind.Array)) return;
    const tree = this.tree;
    if (tree !== undefined) {
      // (`!`: rows of the tree, in range of its arrays.)
      const { kinds, ends } = tree;
      for (let item = array + 1, end = ends[array]!; item < end; item = ends[item]!)
        if ((kinds[item]! & KIND) === Kind.String)
          into[at++] = this.dataSourceRefAt(item, field, role);
      return;
    }
    const rows = this.rows;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item))
      if (rows.kind(item) === Kind.String) into[at++] = this.dataSourceRefAt(item, field, role);
  }

  /** The CIDR blocks among the elements of an array row (bare addresses allowed). */
  cidrItems(array: number): CidrValue[] {
    // `items` without its callback: every data source has a whitelist, and most one block.
    const count = this.count(array, Kind.String);
    const blocks = new Array<CidrValue>(count);
    if (count === 0) return blocks;
    let at = 0;
    const tree = this.tree;
    if (tree !== undefined) {
      // (`!`: rows of the tree, in range of its arrays.)
      const { kinds, ends } = tree;
      for (let item = array + 1, end = ends[array]!; item < end; item = ends[item]!)
        if ((kinds[item]! & KIND) === Kind.String) blocks[at++] = this.cidrAt(item, true);
      return blocks;
    }
    const rows = this.rows;
    for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item))
      if (rows.kind(item) === Kind.String) blocks[at++] = this.cidrAt(item, true);
    return blocks;
  }
}
