// The values of the model: strings, CIDR blocks, addresses and references, each with its
// node. A value's pointer is worked out from its node when a finding asks for it: stored,
// the pointers of a topology of 10 000 data sources took 8 MB (docs/performance.md).
import { looksLikeAddress, parseCidr, parseIp, type CidrParse, type IpParse } from '../cidr';
import type {
  AddressValue,
  CidrValue,
  DataSourceRef,
  EntityKind,
  IpValue,
  Reference,
  ReferenceScope,
  SnatSource,
  StringValue,
  TaskRole,
} from '../model';
import { pathOf, pointerOf, propertyValue, stringValue, type Node } from '../parse';
import type { ReferenceField } from '../references';

/** A string value of the model. */
class ModelString implements StringValue {
  constructor(
    readonly value: string,
    readonly node: Node,
  ) {}

  get pointer(): string {
    return pointerOf(pathOf(this.node));
  }
}

class ModelCidr extends ModelString implements CidrValue {
  constructor(
    value: string,
    node: Node,
    readonly parsed: CidrParse,
  ) {
    super(value, node);
  }
}

class ModelIp extends ModelString implements IpValue {
  constructor(
    value: string,
    node: Node,
    readonly parsed: IpParse,
  ) {
    super(value, node);
  }
}

/** Parsed on first use: several rules read it, and most data sources have one. */
class ModelAddress extends ModelString implements AddressValue {
  private ip: IpParse | undefined;

  get parsed(): IpParse {
    return (this.ip ??= parseIp(this.value));
  }
}

class ModelReference<K extends EntityKind> extends ModelString implements Reference<K> {
  constructor(
    value: string,
    node: Node,
    readonly field: ReferenceField<K>,
    readonly scope: ReferenceScope | undefined,
  ) {
    super(value, node);
  }

  /** Worked out when asked (only a reference that names nothing is asked). */
  get applies(): boolean {
    const when = this.field.appliesWhen;
    if (when === undefined) return true;
    // The object the field is a property of.
    const holder = this.node.parent?.parent;
    return stringValue(propertyValue(holder, when.property)) === when.equals;
  }
}

class ModelDataSourceRef extends ModelReference<'dataSource'> implements DataSourceRef {
  constructor(
    value: string,
    node: Node,
    field: ReferenceField<'dataSource'>,
    readonly role: TaskRole,
  ) {
    super(value, node, field, undefined);
  }
}

class ModelSnatSource extends ModelReference<'vSwitch'> implements SnatSource {
  constructor(
    value: string,
    node: Node,
    field: ReferenceField<'vSwitch'>,
    scope: ReferenceScope,
    readonly cidr: CidrValue | undefined,
  ) {
    super(value, node, field, scope);
  }
}

/** The allowed value a node holds: the constant itself, so that the model keeps no copies. */
export function enumValue<T extends string>(
  node: Node | undefined,
  allowed: readonly T[],
): T | undefined {
  const value = stringValue(node);
  return value === undefined ? undefined : allowed.find((candidate) => candidate === value);
}

export function str(parent: Node | undefined, name: string): StringValue | undefined {
  const node = propertyValue(parent, name);
  const value = stringValue(node);
  return node && value !== undefined ? new ModelString(value, node) : undefined;
}

/** The reference in `parent`'s property `name` (or, without a name, `parent` itself: an array element). */
export function referenceValue<K extends EntityKind>(
  parent: Node | undefined,
  name: string | undefined,
  field: ReferenceField<K>,
  scope?: ReferenceScope,
): Reference<K> | undefined {
  const node = name === undefined ? parent : propertyValue(parent, name);
  const value = stringValue(node);
  if (!node || value === undefined) return undefined;
  return new ModelReference(value, node, field, scope);
}

/** A task's reference to a data source. */
export function dataSourceRef(
  node: Node | undefined,
  field: ReferenceField<'dataSource'>,
  role: TaskRole,
): DataSourceRef | undefined {
  const value = stringValue(node);
  if (!node || value === undefined) return undefined;
  return new ModelDataSourceRef(value, node, field, role);
}

/** A SNAT entry's source: a CIDR block (then `cidr`), or else a vSwitch of `vpc`. */
export function snatSource(
  entry: Node,
  field: ReferenceField<'vSwitch'>,
  vpc: ReferenceScope,
): SnatSource | undefined {
  const node = propertyValue(entry, 'source');
  const value = stringValue(node);
  if (!node || value === undefined) return undefined;
  // A symbolic source (`${alicloud_vswitch.a.cidr_block}`) is a CIDR known after apply.
  const cidr =
    looksLikeAddress(value) || value.startsWith('${') ? cidrValue(node, true) : undefined;
  return new ModelSnatSource(value, node, field, vpc, cidr);
}

export function cidrValue(node: Node, allowBare: boolean): CidrValue | undefined {
  const value = stringValue(node);
  if (value === undefined) return undefined;
  return new ModelCidr(value, node, parseCidr(value, allowBare));
}

export function addressValue(node: Node | undefined): AddressValue | undefined {
  const value = stringValue(node);
  return node && value !== undefined ? new ModelAddress(value, node) : undefined;
}

export function ipValue(node: Node | undefined): IpValue | undefined {
  const value = stringValue(node);
  if (!node || value === undefined) return undefined;
  return new ModelIp(value, node, parseIp(value));
}

export function arrayItems(node: Node | undefined): Node[] {
  return node?.type === 'array' ? (node.children ?? []) : [];
}

/** The items of an array node that are objects, each with its index in the array. */
export function objectItems<T>(
  node: Node | undefined,
  read: (item: Node, index: number) => T,
): T[] {
  const items: T[] = [];
  arrayItems(node).forEach((item, index) => {
    if (item.type === 'object') items.push(read(item, index));
  });
  return items;
}

/** The CIDR blocks among the items of an array node (bare addresses allowed). */
export function cidrItems(node: Node | undefined): CidrValue[] {
  return arrayItems(node)
    .map((item) => cidrValue(item, true))
    .filter((x): x is CidrValue => x !== undefined);
}
