// The aliyun mappers' shared records and pure helpers: ranges and addresses, engines by data
// source type, ports, endpoints, and the DataWorks entries read from a data source listing.
import { Address4 } from 'ip-address';
import type { JsonValue } from '../topology';
import { type Item, type SavedResponse, get, isObject, lineOf, list, text } from './responses';

export interface Found {
  item: Item;
  response: SavedResponse;
}

export type Value = { [key: string]: JsonValue };

/**
 * `DescribeVpcs:vpc-bp1… (cn-hangzhou/DescribeVpcs.json:5)`: the operation and the cloud id as
 * one word (merge.ts recognises an entity on re-import by the first word of its `from`
 * comment, so it must be unique and stable), then the file and the line.
 */
export function fromText(found: Found, cloudId: string | undefined, label = cloudId): string {
  const { response } = found;
  return `${response.operation}${label ? `:${label}` : ''} (${response.file}:${lineOf(response, cloudId)})`;
}

export function isIpv4(value: string): boolean {
  return Address4.isValid(value) && !value.includes('/');
}

export function isCidrOrIp(value: string): boolean {
  return Address4.isValid(value);
}

export interface Range {
  start: bigint;
  end: bigint;
}

export function rangeOf(cidrOrIp: string): Range | undefined {
  if (!Address4.isValid(cidrOrIp)) return undefined;
  const address = new Address4(cidrOrIp);
  return { start: address.startAddress().bigInt(), end: address.endAddress().bigInt() };
}

export function contains(outer: string, inner: string): boolean {
  const a = rangeOf(outer);
  const b = rangeOf(inner);
  return !!a && !!b && a.start <= b.start && b.end <= a.end;
}

/** Private, shared and loopback ranges: an address there is not on the Internet. */
export const NOT_PUBLIC = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
];

export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface VpcRecord {
  cloudId: string;
  name?: string;
  cidr: string;
  region?: string;
  owner?: string;
  found: Found;
  secondary: string[];
  /** Known only from a peering's other side (another account or region not collected). */
  foreign?: boolean;
}

export interface DatabaseEndpoint {
  /** `rds` | `polardb` | `ecs`: who answers at this address. */
  kind: 'rds' | 'polardb' | 'ecs';
  cloudId: string;
  vpcCloudId?: string;
  address?: string;
  port?: number;
  /** Public endpoint (Internet), not the VPC one. */
  public?: boolean;
}

export interface DatabaseRecord {
  kind: 'rds' | 'polardb';
  cloudId: string;
  name?: string;
  engine: string;
  vpcCloudId?: string;
  classic: boolean;
  found: Found;
  privateEndpoint?: DatabaseEndpoint;
  publicEndpoint?: DatabaseEndpoint;
  whitelist?: string[];
  whitelistSkipped: string[];
}

export interface EcsInstance {
  cloudId: string;
  found: Found;
  vpcCloudId?: string;
  addresses: string[];
  securityGroups: string[];
}

/** Where a DataWorks data source connects, as its connection properties say. */
export interface Target {
  instanceId?: string;
  /** The region the connection properties name for the instance (`regionId`). */
  region?: string;
  host?: string;
  port?: number;
}

export const ENGINE_BY_TYPE: Record<string, string> = {
  mysql: 'mysql',
  mariadb: 'mysql',
  analyticdb_for_mysql: 'mysql',
  ads: 'mysql',
  polardbx20: 'mysql',
  drds: 'mysql',
  rds: 'mysql',
  polardb: 'polardb',
  polardbo: 'polardb',
  postgresql: 'postgresql',
  hybriddb_for_postgresql: 'postgresql',
  analyticdb_for_postgresql: 'postgresql',
  sqlserver: 'sqlserver',
  oracle: 'oracle',
  mongodb: 'mongodb',
  redis: 'redis',
  holo: 'hologres',
  hologres: 'hologres',
  kafka: 'kafka',
  elasticsearch: 'elasticsearch',
  clickhouse: 'clickhouse',
  oss: 'oss',
};

/** Data source types DataWorks reaches without any network set-up of the user's. */
export const NO_NETWORK_TYPES = new Set([
  'odps',
  'maxcompute',
  'emr',
  'datahub',
  'loghub',
  'sls',
  'ots',
]);

export const RDS_ENGINE: Record<string, string> = {
  mysql: 'mysql',
  mariadb: 'mysql',
  postgresql: 'postgresql',
  pgsql: 'postgresql',
  sqlserver: 'sqlserver',
};
export interface DataWorksEntry {
  name: string;
  env: 'Prod' | 'Dev';
  type: string;
  target: Target;
  found: Found;
  cloudId?: string;
}

/** The environments of a DataWorks data source (2024: a group by name; 2020: one item). */
export function dataWorksEntries(f: Found): DataWorksEntry[] {
  const name = text(f.item, 'Name');
  // The 2020 API files RDS sources as `rds` with the engine in `SubType`.
  const declared = (text(f.item, 'Type', 'DataSourceType') ?? '').toLowerCase();
  const type = declared === 'rds' ? (text(f.item, 'SubType') ?? 'mysql').toLowerCase() : declared;
  if (!name) return [];
  const inner = list(f.item, 'DataSource');
  if (inner.length > 0) {
    return inner.map((item) => ({
      name,
      env: envOf(item),
      type,
      target: targetOf(objectOf(get(item, 'ConnectionProperties'))),
      found: { item, response: f.response },
      ...optional('cloudId', text(item, 'Id')),
    }));
  }
  // 2020-05-18: `Content` is a JSON string, `EnvType` 0 (Dev) or 1 (Prod).
  const env = text(f.item, 'EnvType');
  return [
    {
      name,
      env: env === '0' || env === 'Dev' ? 'Dev' : 'Prod',
      type,
      target: targetOf(objectOf(get(f.item, 'Content'))),
      found: f,
      ...optional('cloudId', text(f.item, 'Id')),
    },
  ];
}

/** Items with an id, each id once (a region collected twice lists its resources twice). */
export function unique(found: Found[], ...idFields: string[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const id = text(f.item, ...idFields);
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---- helpers -----------------------------------------------------------------------------

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function accountId(owner: string): string {
  return `account-${owner}`;
}

export function objectAt(value: Value, key: string): Value {
  const existing = value[key];
  if (isObject(existing)) return existing as Value;
  const created: Value = {};
  value[key] = created;
  return created;
}

/** vSwitches and NAT gateways in id order; the writer keeps the order it is given. */
export function sortNested(value: Value): void {
  for (const key of ['vSwitches', 'natGateways']) {
    const nested = value[key];
    if (!isObject(nested)) continue;
    value[key] = Object.fromEntries(
      Object.entries(nested).sort(([a], [b]) => byText(a, b)),
    ) as Value;
  }
}

export function portNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

/** "3306/3306" → "3306", "1/65535" → "1-65535", "-1/-1" → "all". */
export function portsOf(range: string | undefined): string | undefined {
  if (!range || range === '-1/-1') return 'all';
  const match = /^(-?\d+)\/(-?\d+)$/.exec(range.trim());
  if (!match) return undefined;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (from === -1 || (from <= 1 && to >= 65535))
    return from === 1 && to === 65535 ? '1-65535' : 'all';
  if (from < 0 || to < from || to > 65535) return undefined;
  return from === to ? String(from) : `${from}-${to}`;
}

export function endpointRank(item: Item): number {
  const type = (text(item, 'EndpointType') ?? '').toLowerCase();
  return type === 'cluster' ? 0 : type === 'primary' ? 1 : 2;
}

export function envOf(item: Item): 'Prod' | 'Dev' {
  const properties = objectOf(get(item, 'ConnectionProperties'));
  const env = text(properties, 'envType') ?? text(item, 'EnvType') ?? 'Prod';
  return env === 'Dev' || env === '0' ? 'Dev' : 'Prod';
}

/** `ConnectionProperties` is an object in the 2024 API and a JSON string elsewhere. */
export function objectOf(value: unknown): Item {
  if (isObject(value)) return value;
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      if (isObject(parsed)) return parsed;
    } catch {
      // not JSON: no properties
    }
  }
  return {};
}

/** The instance or host and port a data source connects to; never its credentials. */
export function targetOf(properties: Item): Target {
  const instanceId = text(properties, 'instanceId', 'clusterId', 'instanceName', 'dbInstanceId');
  const region = text(properties, 'regionId');
  if (instanceId && /^(rm|pc|pgm|pxc|gp|am)-/.test(instanceId))
    return { instanceId, ...(region ? { region } : {}) };
  const address = get(properties, 'address');
  const first = Array.isArray(address) ? address.find(isObject) : undefined;
  if (first) {
    const host = text(first, 'host');
    const port = portNumber(text(first, 'port'));
    if (host) return { host: stripUserInfo(host), ...(port ? { port } : {}) };
  }
  if (typeof address === 'string') {
    const parsed = hostPort(address);
    if (parsed) return parsed;
  }
  for (const key of ['jdbcUrl', 'url', 'endpoint', 'connectionString']) {
    const raw = text(properties, key);
    const parsed = raw ? hostPort(raw) : undefined;
    if (parsed) return parsed;
  }
  const host = text(properties, 'host', 'ip');
  if (host) {
    const port = portNumber(text(properties, 'port'));
    return { host: stripUserInfo(host), ...(port ? { port } : {}) };
  }
  return instanceId ? { instanceId, ...(region ? { region } : {}) } : {};
}

/** Host and port of `jdbc:mysql://h:3306/db`, `jdbc:oracle:thin:@h:1521:sid`, `h:3306`, `http://h`. */
export function hostPort(raw: string): Target | undefined {
  let rest = raw.trim().replace(/^jdbc:/i, '');
  const slashes = rest.indexOf('//');
  if (slashes >= 0) rest = rest.slice(slashes + 2);
  else if (rest.includes('@')) rest = rest.slice(rest.lastIndexOf('@') + 1);
  else rest = rest.replace(/^[a-z][a-z0-9+.-]*:(?=[^0-9])/i, '');
  rest = rest.split(/[/;?,]/)[0] ?? '';
  rest = stripUserInfo(rest);
  const match = /^([^:\s]+)(?::(\d+))?/.exec(rest);
  if (!match || !match[1]) return undefined;
  const port = portNumber(match[2]);
  return { host: match[1], ...(port ? { port } : {}) };
}

/** `user:password@host` → `host`: credentials never leave the response. */
export function stripUserInfo(host: string): string {
  const at = host.lastIndexOf('@');
  return at >= 0 ? host.slice(at + 1) : host;
}

export function resourceGroupType(type: string | undefined): string {
  switch ((type ?? '').toLowerCase()) {
    case 'exclusivedataintegration':
    case '4':
      return 'exclusiveDataIntegration';
    case 'exclusivescheduler':
    case 'exclusivescheduling':
    case '7':
      return 'exclusiveScheduling';
    case 'exclusivedataservice':
    case '9':
      return 'exclusiveDataService';
    default:
      return 'serverless';
  }
}

/** DataWorks node types: Data Integration nodes are `sync`, DataService APIs `dataService`. */
export function taskKind(type: string | undefined): string {
  const t = (type ?? '').toUpperCase();
  if (t === 'DI' || t.startsWith('DI_') || t.includes('DATA_INTEGRATION') || t === 'SYNC')
    return 'sync';
  if (t.includes('DATASERVICE') || t.includes('DATA_SERVICE')) return 'dataService';
  return 'schedule';
}
