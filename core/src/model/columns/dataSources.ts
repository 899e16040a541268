// Data sources by column: what the analysis and the rules read of every data source, one typed
// array per property, filled from the rows (model/rows.ts) with the same field scans as the
// entity class (model/workloads.ts), so that a check reads them without an object per data
// source. `core/test/modelColumns.test.ts` holds every column to the entity's property.
import { CompactTree, ESCAPED, Kind, KIND } from '../../compactTree';
import { canonicalIpIn, parseCidr, parseIp, type CidrParse } from '../../cidr';
import type { DataCenter, DataSource, Model, NetworkType, SecurityGroup, Vpc } from '../../model';
import type { Rows } from '../rows';
import { ValueReader } from '../values';
import {
  DATA_SOURCE_FIELDS,
  DataSourceField,
  effectivePort,
  ENGINES,
  HOSTINGS,
  NETWORK_FIELDS,
  NETWORK_TYPES,
  NetworkField,
} from '../workloads';
import { ABSENT, targetSlot } from './table';

export { ABSENT, UNRESOLVED } from './table';

/** `networkType`: no `network` object; one without a known type; then `NETWORK_TYPES` + 2. */
export const NO_NETWORK = 0;
export const UNTYPED_NETWORK = 1;
export const enum Net {
  Vpc = 2,
  DataCenter = 3,
  Internet = 4,
  Classic = 5,
}

/** `addressStatus`: no address string; an IPv4 address (its value in `address`); another string. */
export const enum AddressStatus {
  None = 0,
  Ok = 1,
  Other = 2,
}

/** `flags` bits. */
export const enum DataSourceFlag {
  /** A whitelist entry is a valid block of prefix 0 (whitelist-open). */
  OpenEntry = 1,
  /** An address field an address rule may report: see analysis/addresses.ts `irregularAddressFields`. */
  Irregular = 2,
  /** The port is not a number the column holds (read the entity's). */
  OddPort = 4,
}

/** The model the rows' references are resolved in (those of its collections built before data sources). */
type Targets = Pick<Model, 'vpcs' | 'dataCenters' | 'securityGroups'>;

export class DataSourceTable {
  /** `NO_NETWORK`, `UNTYPED_NETWORK` or a `Net`. */
  readonly networkType: Uint8Array;
  /** 0: none, else index in `HOSTINGS` + 1. */
  readonly hosting: Uint8Array;
  readonly addressStatus: Uint8Array;
  readonly address: Uint32Array;
  readonly flags: Uint8Array;
  /** The port the data source listens on (`DataSource.port`). */
  readonly port: Uint16Array;
  /** Slots of `network.vpc` in `vpcs`, `network.dataCenter` in `dataCenters`, `securityGroup` in `securityGroups` (or ABSENT, UNRESOLVED). */
  readonly vpc: Int32Array;
  readonly dataCenter: Int32Array;
  readonly securityGroup: Int32Array;
  /** How many elements the whitelist array has; -1 without one. */
  readonly whitelistLength: Int32Array;
  /** `whitelistKey` of the whitelist's entries (analysis/pairContext.ts), without a whitelist undefined. */
  readonly whitelistKey: (CidrParse | string | undefined)[];

  constructor(count: number, from?: DataSourceTable) {
    this.networkType = from ? from.networkType.slice() : new Uint8Array(count);
    this.hosting = from ? from.hosting.slice() : new Uint8Array(count);
    this.addressStatus = from ? from.addressStatus.slice() : new Uint8Array(count);
    this.address = from ? from.address.slice() : new Uint32Array(count);
    this.flags = from ? from.flags.slice() : new Uint8Array(count);
    this.port = from ? from.port.slice() : new Uint16Array(count);
    this.vpc = from ? from.vpc.slice() : new Int32Array(count);
    this.dataCenter = from ? from.dataCenter.slice() : new Int32Array(count);
    this.securityGroup = from ? from.securityGroup.slice() : new Int32Array(count);
    this.whitelistLength = from ? from.whitelistLength.slice() : new Int32Array(count);
    this.whitelistKey = from ? from.whitelistKey.slice() : new Array(count).fill(undefined);
  }

  /** The type of a slot's network, as `DataSource.network?.type`. */
  networkTypeOf(slot: number): NetworkType | undefined {
    const type = this.networkType[slot] as number;
    return type >= Net.Vpc ? NETWORK_TYPES[type - Net.Vpc] : undefined;
  }

  /** `ds.network.vpc`'s target when the network's type is `vpc`. */
  vpcOf(model: Model, slot: number): Vpc | undefined {
    const target = this.vpc[slot] as number;
    return target >= 0 ? model.vpcs.at(target) : undefined;
  }

  dataCenterOf(model: Model, slot: number): DataCenter | undefined {
    const target = this.dataCenter[slot] as number;
    return target >= 0 ? model.dataCenters.at(target) : undefined;
  }

  securityGroupOf(model: Model, slot: number): SecurityGroup | undefined {
    const target = this.securityGroup[slot] as number;
    return target >= 0 ? model.securityGroups.at(target) : undefined;
  }

  /**
   * `ds.network?.vpc?.value ?? ds.network?.dataCenter?.value` of a slot: the id of what a
   * reference names, the entity read only for a reference that names nothing.
   */
  networkValueOf(model: Model, slot: number): string | undefined {
    const vpc = this.vpc[slot] as number;
    const dataCenter = this.dataCenter[slot] as number;
    if (vpc >= 0) return model.vpcs.at(vpc).id;
    if (vpc === ABSENT && dataCenter >= 0) return model.dataCenters.at(dataCenter).id;
    if (vpc === ABSENT && dataCenter === ABSENT) return undefined;
    const network = model.dataSources.at(slot).network;
    return network?.vpc?.value ?? network?.dataCenter?.value;
  }

  /** This table with one row read again from its new value (an edit's model). */
  withRow(model: Targets, slot: number, rows: Rows, row: number): DataSourceTable {
    const table = new DataSourceTable(0, this);
    fillDataSource(table, model, slot, new ValueReader(rows, row));
    return table;
  }
}

/** The table of a collection's slots, from their value rows. */
export function dataSourceTable(
  model: Targets,
  rows: Rows,
  valueRows: Int32Array,
  count: number,
): DataSourceTable {
  const table = new DataSourceTable(count);
  let reader: ValueReader | undefined;
  for (let slot = 0; slot < count; slot++) {
    const row = valueRows[slot] as number;
    // Its rows only (`row`, not `moveTo`): the table keeps no value, so the reader needs no
    // node view of the entity as its anchor (a view per data source and task, kept by the tree).
    if (reader) reader.row = row;
    else reader = new ValueReader(rows, row);
    fillDataSource(table, model, slot, reader);
  }
  return table;
}

/** One data source's row, read as `ModelDataSource` reads it (model/workloads.ts). */
function fillDataSource(
  table: DataSourceTable,
  model: Targets,
  slot: number,
  reader: ValueReader,
): void {
  // (`!` below: each field's index is in range of `found`.)
  const found = reader.scan(reader.row, DATA_SOURCE_FIELDS);
  const engineRow = found[DataSourceField.Engine]!;
  const hostingRow = found[DataSourceField.Hosting]!;
  const networkRow = found[DataSourceField.Network]!;
  const whitelistRow = found[DataSourceField.Whitelist]!;
  table.securityGroup[slot] = targetSlot(
    reader,
    found[DataSourceField.SecurityGroup]!,
    model.securityGroups,
  );
  const hosting = reader.enumValue(hostingRow, HOSTINGS);
  table.hosting[slot] = hosting === undefined ? 0 : HOSTINGS.indexOf(hosting) + 1;
  let flags = 0;
  let explicitPort: number | undefined;
  if (reader.is(networkRow, Kind.Object)) {
    const network = reader.scan(networkRow, NETWORK_FIELDS);
    const type = reader.enumValue(network[NetworkField.Type]!, NETWORK_TYPES);
    const typeCode = type === undefined ? UNTYPED_NETWORK : NETWORK_TYPES.indexOf(type) + Net.Vpc;
    table.networkType[slot] = typeCode;
    table.vpc[slot] = targetSlot(reader, network[NetworkField.Vpc]!, model.vpcs);
    table.dataCenter[slot] = targetSlot(
      reader,
      network[NetworkField.DataCenter]!,
      model.dataCenters,
    );
    explicitPort = reader.number(network[NetworkField.Port]!);
    const addressRow = network[NetworkField.Address]!;
    const canonical = canonicalIpAt(reader.rows, addressRow);
    if (canonical >= 0) {
      table.addressStatus[slot] = AddressStatus.Ok;
      table.address[slot] = canonical;
    } else {
      const address = reader.string(addressRow);
      const parsed = address === undefined ? undefined : parseIp(address);
      if (parsed === undefined) table.addressStatus[slot] = AddressStatus.None;
      else if (parsed.ok) {
        table.addressStatus[slot] = AddressStatus.Ok;
        table.address[slot] = parsed.value;
      } else {
        table.addressStatus[slot] = AddressStatus.Other;
        if (typeCode !== Net.Classic) flags |= DataSourceFlag.Irregular;
      }
    }
  } else {
    table.networkType[slot] = NO_NETWORK;
    table.vpc[slot] = -1;
    table.dataCenter[slot] = -1;
    table.addressStatus[slot] = AddressStatus.None;
  }
  const engine = reader.enumValue(engineRow, ENGINES) ?? reader.string(engineRow);
  const port = effectivePort(explicitPort, engine);
  // (An engine named like an object's property, `constructor`, gives no number.)
  if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port < 65536)
    table.port[slot] = port;
  else flags |= DataSourceFlag.OddPort;
  table.flags[slot] = flags | whitelistFlags(table, slot, reader, whitelistRow);
}

/**
 * A whitelist of other than one entry is known by a key made of its entries' texts: this
 * start (no CIDR block's text holds it), then each entry's length and text, so that no two
 * lists share one. The column makes it from the rows, `whitelistKey`
 * (analysis/pairContext.ts) from the entries; the two must agree, because both key the same
 * cache of whitelist steps.
 */
export const WHITELIST_KEY_START = '\u0000';

export function whitelistKeyPart(value: string): string {
  return `${value.length}:${value}`;
}

/**
 * The address a compact tree's string row holds when `parseIp` reads it without its cache,
 * read in the text (`canonicalIpIn`: no string, no parse object); else -1.
 */
function canonicalIpAt(rows: Rows, row: number): number {
  if (!(rows instanceof CompactTree) || row < 0) return -1;
  // (`!`: a row of the tree, in range of its arrays.)
  if ((rows.kinds[row]! & (KIND | ESCAPED)) !== Kind.String) return -1;
  const start = rows.offsets[row]! + 1;
  return canonicalIpIn(rows.text, start, start + rows.lengths[row]! - 2);
}

/** The whitelist's length and key, and its flags. */
function whitelistFlags(
  table: DataSourceTable,
  slot: number,
  reader: ValueReader,
  array: number,
): number {
  if (!reader.is(array, Kind.Array)) {
    table.whitelistLength[slot] = -1;
    table.whitelistKey[slot] = undefined;
    return 0;
  }
  const rows = reader.rows;
  let flags = 0;
  let length = 0;
  let strings = 0;
  let first: CidrParse | undefined;
  let firstValue = '';
  let key: string | undefined;
  for (let item = rows.firstChild(array); item >= 0; item = rows.nextSibling(item), length++) {
    if (rows.kind(item) !== Kind.String) continue;
    const value = rows.stringAt(item);
    const parsed = parseCidr(value, true);
    // The key of a list of more than one entry only: one entry's is its parse.
    if (strings === 0) {
      first = parsed;
      firstValue = value;
    } else {
      key ??= WHITELIST_KEY_START + whitelistKeyPart(firstValue);
      key += whitelistKeyPart(value);
    }
    strings++;
    if (!parsed.ok || parsed.hostBits) flags |= DataSourceFlag.Irregular;
    if (parsed.ok && parsed.range.prefix === 0) flags |= DataSourceFlag.OpenEntry;
  }
  table.whitelistLength[slot] = length;
  // As `whitelistKey` (analysis/pairContext.ts) makes it from the entries.
  table.whitelistKey[slot] = strings === 1 ? first : (key ?? WHITELIST_KEY_START);
  return flags;
}

/** The entity of a slot's port, when the column does not hold it. */
export function portOf(model: Model, table: DataSourceTable, slot: number): number {
  return (table.flags[slot] as number) & DataSourceFlag.OddPort
    ? (model.dataSources.at(slot) as DataSource).port
    : (table.port[slot] as number);
}
