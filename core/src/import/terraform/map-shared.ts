// The Terraform mapper's shared declarations: the mapped types, engines, and pure helpers on
// Terraform values, addresses and CIDRs.
import type { CollectionName, ImportedEntity, JsonValue } from '../topology';
import { importText, type ImportText, type ImportTextParam } from '../text';
import { isReason, REASON, type TfValue, Unknown } from './resources';

export type JsonObject = { [key: string]: JsonValue };

export interface MapOptions {
  /** Ids the output must not use for another entity (the ids of a file merged into). */
  reservedIds?: Iterable<string>;
}

/** Resource types the mapping reads. Any other type is counted in `summary.skipped`. */
export const MAPPED_TYPES = new Set([
  'alicloud_vpc',
  'alicloud_vpc_ipv4_cidr_block',
  'alicloud_vswitch',
  'alicloud_subnet',
  'alicloud_nat_gateway',
  'alicloud_eip',
  'alicloud_eip_address',
  'alicloud_eip_association',
  'alicloud_snat_entry',
  'alicloud_route_entry',
  'alicloud_route_table',
  'alicloud_cen_instance',
  'alicloud_cen_instance_attachment',
  'alicloud_cen_transit_router',
  'alicloud_cen_transit_router_vpc_attachment',
  'alicloud_cen_transit_router_vbr_attachment',
  'alicloud_vpc_peer_connection',
  'alicloud_vpn_gateway',
  'alicloud_vpn_customer_gateway',
  'alicloud_vpn_connection',
  'alicloud_vpn_route_entry',
  'alicloud_express_connect_virtual_border_router',
  'alicloud_security_group',
  'alicloud_security_group_rule',
  'alicloud_db_instance',
  'alicloud_db_connection',
  'alicloud_polardb_cluster',
  'alicloud_kvstore_instance',
  'alicloud_mongodb_instance',
  'alicloud_mongodb_sharding_instance',
  'alicloud_adb_db_cluster',
  'alicloud_gpdb_instance',
  'alicloud_gpdb_db_instance_ip_array',
  'alicloud_elasticsearch_instance',
  'alicloud_click_house_db_cluster',
  'alicloud_data_works_dw_resource_group',
  'alicloud_data_works_network',
  'alicloud_data_works_route',
  'alicloud_data_works_data_source',
]);

/** The dwnet engine of an RDS / DataWorks engine or type name (lower-cased). */
export const ENGINES: Record<string, string> = {
  mysql: 'mysql',
  mariadb: 'mysql',
  postgresql: 'postgresql',
  postgres: 'postgresql',
  ppas: 'postgresql',
  sqlserver: 'sqlserver',
  oracle: 'oracle',
  polardb: 'polardb',
  polardb_mysql: 'polardb',
  polardb_pg: 'polardb',
  polardbo: 'polardb',
  polardbx: 'polardb',
  polardbx20: 'polardb',
  mongodb: 'mongodb',
  redis: 'redis',
  hologres: 'hologres',
  odps: 'maxcompute',
  maxcompute: 'maxcompute',
  kafka: 'kafka',
  elasticsearch: 'elasticsearch',
  clickhouse: 'clickhouse',
  oss: 'oss',
};

// ---------------------------------------------------------------------------------------
// Values

export function isUnknown(value: TfValue | undefined): value is Unknown {
  return value instanceof Unknown;
}

/** A non-empty string, or undefined. */
export function text(value: TfValue | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function integer(value: TfValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** A list as an array; a comma-joined string as its parts; a single value as itself. */
export function items(value: TfValue | undefined): TfValue[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '');
  }
  return [value];
}

export function objects(value: TfValue | undefined): { [key: string]: TfValue }[] {
  return items(value).filter(
    (item): item is { [key: string]: TfValue } =>
      typeof item === 'object' && item !== null && !Array.isArray(item) && !isUnknown(item),
  );
}

/** The first Unknown inside a value (a list that holds one is not fully known). */
export function unknownIn(value: TfValue | undefined): Unknown | undefined {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownIn(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** A Terraform address: `alicloud_eip_address.nat.ip_address`, `module.db["a"].x[0].private_ip`. */
const ADDRESS = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]\s{}]*\])*$/;

/**
 * The symbolic value (`${origin}`, SPEC's format for a value known only after apply) of an
 * attribute the cloud assigns at apply time; undefined for any other unknown (a variable with
 * no value, an expression over an unknown, a module not on disk), which stays a comment.
 */
export function symbolicOf(value: TfValue | undefined): string | undefined {
  if (
    !isUnknown(value) ||
    !isReason(value.reason, REASON.afterApply.key) ||
    !ADDRESS.test(value.origin)
  )
    return undefined;
  return `\${${value.origin}}`;
}

/** `<what>, known after apply (<origin>)`: the text of an `// unresolved:` comment. */
export function unresolvedText(what: ImportTextParam, value: Unknown): ImportText {
  return importText('importText.afterApply', {
    what,
    reason: value.reason,
    origin: value.origin,
  });
}

export const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/\d{1,2}$/;

export function ipToNumber(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

export function cidrContains(cidr: string, ip: string): boolean {
  const [base = '', bitsText = '32'] = cidr.split('/');
  if (!IPV4.test(base) || !IPV4.test(ip)) return false;
  const bits = Number(bitsText);
  const size = 2 ** (32 - bits);
  const start = Math.floor(ipToNumber(base) / size) * size;
  const address = ipToNumber(ip);
  return address >= start && address < start + size;
}

export const PRIVATE_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '0.0.0.0/8',
];

export function isPublicIp(ip: string): boolean {
  return IPV4.test(ip) && !PRIVATE_RANGES.some((range) => cidrContains(range, ip));
}

/** `cn-hangzhou-h` → `cn-hangzhou`: the region of a zone id. */
export function regionOfZone(zone: string | undefined): string | undefined {
  const match = /^([a-z]+-[a-z0-9-]+?)-[a-z0-9]$/.exec(zone ?? '');
  return match?.[1];
}

/** A host without credentials (`user:password@host` → `host`), port or path. */
export function bareHost(raw: string): string {
  let host = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  host = host.replace(/^[^@/]*@/, '');
  host = host.replace(/[/?#].*$/, '');
  host = host.replace(/:\d+$/, '');
  return host;
}

// ---------------------------------------------------------------------------------------
// The mapper

export interface Entity extends ImportedEntity {
  collection: CollectionName;
  id: string;
}

export interface VSwitchRef {
  vpc: Entity;
  id: string;
  cidr: string;
}

export interface NatRef {
  vpc: Entity;
  id: string;
  value: JsonObject;
}

/** Removes empty arrays no comment is about (an empty list says what its absence says). */
export function dropEmpty(entity: ImportedEntity, keys: string[]): void {
  for (const key of keys) {
    const list = entity.value[key];
    if (!Array.isArray(list) || list.length > 0) continue;
    if (entity.comments.some((c) => c.path[0] === key)) continue;
    delete entity.value[key];
  }
}

/** The value with `region` placed first (or after `after`), as the format writes it. */
export function withRegion(value: JsonObject, region: string, after?: string): JsonObject {
  const result: JsonObject = {};
  if (after === undefined) result['region'] = region;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'region') continue;
    result[key] = item;
    if (key === after) result['region'] = region;
  }
  return result;
}

/** `3306/3306` → `3306`, `1/65535` → `1-65535`, `-1/-1` → `all`; undefined when unreadable. */
export function portsOf(value: TfValue | undefined): string | undefined {
  const range = text(value) ?? '-1/-1';
  const match = /^(-?\d+)\/(-?\d+)$/.exec(range);
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from === -1 && to === -1) return 'all';
  if (from < 1 || to > 65535 || from > to) return undefined;
  if (from === 1 && to === 65535) return '1-65535';
  return from === to ? String(from) : `${from}-${to}`;
}
