// Terraform resources → a dwnet topology (SPEC §8). The input is what every Terraform
// source yields (an evaluated HCL directory, `terraform show -json`, a raw tfstate), so the
// mapping never knows which it came from: a reference is either an `Unknown` whose origin
// names the resource (`alicloud_vpc.main.id`) or, in a state, the literal id (`vpc-bp1…`),
// and both lead to the entity imported from that resource.
//
// What the format cannot say yet (values known only after apply, UDP rules, secondary
// CIDR blocks) is left out with an `// unresolved:` comment at its place, never guessed.
import { IdAllocator, addressSlug } from '../ids';
import type {
  CollectionName,
  ImportComment,
  ImportedEntity,
  ImportedTopology,
  JsonValue,
} from '../topology';
import {
  Unknown,
  type ImportNote,
  type TerraformReadResult,
  type TerraformResource,
  type TfValue,
} from './resources';

type JsonObject = { [key: string]: JsonValue };

export interface MapOptions {
  /** Ids the output must not use for another entity (the ids of a file merged into). */
  reservedIds?: Iterable<string>;
}

/** Resource types the mapping reads. Any other type is counted in `summary.skipped`. */
const MAPPED_TYPES = new Set([
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
  'alicloud_data_works_dw_resource_group',
  'alicloud_data_works_network',
  'alicloud_data_works_route',
  'alicloud_data_works_data_source',
]);

/** The dwnet engine of an RDS / DataWorks engine or type name (lower-cased). */
const ENGINES: Record<string, string> = {
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

function isUnknown(value: TfValue | undefined): value is Unknown {
  return value instanceof Unknown;
}

/** A non-empty string, or undefined. */
function text(value: TfValue | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function integer(value: TfValue | undefined): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** A list as an array; a comma-joined string as its parts; a single value as itself. */
function items(value: TfValue | undefined): TfValue[] {
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

function objects(value: TfValue | undefined): { [key: string]: TfValue }[] {
  return items(value).filter(
    (item): item is { [key: string]: TfValue } =>
      typeof item === 'object' && item !== null && !Array.isArray(item) && !isUnknown(item),
  );
}

/** The first Unknown inside a value (a list that holds one is not fully known). */
function unknownIn(value: TfValue | undefined): Unknown | undefined {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = unknownIn(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** `<what>, known after apply (<origin>)`: the text of an `// unresolved:` comment. */
function unresolvedText(what: string, value: Unknown): string {
  return `${what}, ${value.reason || 'known after apply'} (${value.origin})`;
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const CIDR = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/\d{1,2}$/;

function ipToNumber(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function cidrContains(cidr: string, ip: string): boolean {
  const [base = '', bitsText = '32'] = cidr.split('/');
  if (!IPV4.test(base) || !IPV4.test(ip)) return false;
  const bits = Number(bitsText);
  const size = 2 ** (32 - bits);
  const start = Math.floor(ipToNumber(base) / size) * size;
  const address = ipToNumber(ip);
  return address >= start && address < start + size;
}

/** Whether CIDR block `inner` lies inside `outer`. */
function cidrInside(inner: string, outer: string): boolean {
  const [base = '', bits = '32'] = inner.split('/');
  const [, outerBits = '32'] = outer.split('/');
  return Number(bits) >= Number(outerBits) && cidrContains(outer, base);
}

const PRIVATE_RANGES = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '0.0.0.0/8',
];

function isPublicIp(ip: string): boolean {
  return IPV4.test(ip) && !PRIVATE_RANGES.some((range) => cidrContains(range, ip));
}

/** `cn-hangzhou-h` → `cn-hangzhou`: the region of a zone id. */
function regionOfZone(zone: string | undefined): string | undefined {
  const match = /^([a-z]+-[a-z0-9-]+?)-[a-z0-9]$/.exec(zone ?? '');
  return match?.[1];
}

/** A host without credentials (`user:password@host` → `host`), port or path. */
function bareHost(raw: string): string {
  let host = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  host = host.replace(/^[^@/]*@/, '');
  host = host.replace(/[/?#].*$/, '');
  host = host.replace(/:\d+$/, '');
  return host;
}

// ---------------------------------------------------------------------------------------
// The mapper

interface Entity extends ImportedEntity {
  collection: CollectionName;
  id: string;
}

interface VSwitchRef {
  vpc: Entity;
  id: string;
  cidr: string;
}

interface NatRef {
  vpc: Entity;
  id: string;
  value: JsonObject;
}

class TerraformMapper {
  private readonly resources: TerraformResource[];
  private readonly byAddress = new Map<string, TerraformResource>();
  /** Literal ids (and other identifying attributes) of resources in a state → the resource. */
  private readonly byLiteral = new Map<string, TerraformResource>();
  private readonly ids = new IdAllocator();
  private readonly entities = new Map<TerraformResource, Entity>();
  private readonly vSwitches = new Map<TerraformResource, VSwitchRef>();
  private readonly nats = new Map<TerraformResource, NatRef>();
  private readonly collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>> = {};
  private readonly notes: ImportNote[];
  private readonly skipped: Record<string, number> = {};
  private readonly imported: Record<string, number> = {};
  private unresolved = 0;
  /** Unresolved values the reader reported (a module not on disk, …). */
  private readonly readerUnresolved: number;
  /** The secondary CIDR blocks of each VPC (the format has one block per VPC yet). */
  private readonly secondaryBlocks = new Map<Entity, string[]>();
  /** Per binding (resource group entity + index), the `alicloud_data_works_network` it came from. */
  private readonly bindings = new Map<TerraformResource, { rg: Entity; index: number }>();

  constructor(result: TerraformReadResult, options: MapOptions) {
    this.notes = [...result.notes];
    this.readerUnresolved = result.notes.filter((n) => n.level === 'unresolved').length;
    for (const id of options.reservedIds ?? []) this.ids.reserve(id);
    const sorted = [...result.resources].sort((a, b) =>
      a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
    );
    this.resources = [];
    for (const resource of sorted) {
      if (resource.mode === 'data') continue;
      if (!MAPPED_TYPES.has(resource.type)) {
        this.skipped[resource.type] = (this.skipped[resource.type] ?? 0) + 1;
        continue;
      }
      this.resources.push(resource);
      this.byAddress.set(resource.address, resource);
      for (const attribute of ['id', 'snat_table_ids', 'route_table_id', 'transit_router_id']) {
        const literal = text(resource.values[attribute]);
        if (literal === undefined) continue;
        // A VPC's system route table id names the VPC; other resources name themselves.
        if (attribute === 'route_table_id' && resource.type !== 'alicloud_vpc') continue;
        if (attribute === 'transit_router_id' && resource.type !== 'alicloud_cen_transit_router')
          continue;
        if (!this.byLiteral.has(literal)) this.byLiteral.set(literal, resource);
      }
    }
  }

  private ofType(...types: string[]): TerraformResource[] {
    return this.resources.filter((resource) => types.includes(resource.type));
  }

  /** The resource a reference names: an Unknown's origin, or a literal id from a state. */
  private target(value: TfValue | undefined): TerraformResource | undefined {
    if (isUnknown(value)) {
      let origin = value.origin;
      for (;;) {
        const found = this.byAddress.get(origin) ?? this.byAddress.get(`${origin}[0]`);
        if (found) return found;
        const cut = origin.lastIndexOf('.');
        if (cut <= 0) return undefined;
        origin = origin.slice(0, cut);
      }
    }
    const literal = text(value);
    if (literal === undefined) return undefined;
    return this.byLiteral.get(literal);
  }

  private entityOf(value: TfValue | undefined, collection: CollectionName): Entity | undefined {
    const resource = this.target(value);
    const entity = resource ? this.entities.get(resource) : undefined;
    return entity?.collection === collection ? entity : undefined;
  }

  /** The VPC a resource names through `vpc_id`, or through its vSwitch. */
  private vpcOf(values: { [key: string]: TfValue }): Entity | undefined {
    const direct = this.entityOf(values['vpc_id'], 'vpcs');
    if (direct) return direct;
    for (const vswitch of items(values['vswitch_id'])) {
      const found = this.vSwitchOf(vswitch);
      if (found) return found.vpc;
    }
    return undefined;
  }

  private vSwitchOf(value: TfValue | undefined): VSwitchRef | undefined {
    const resource = this.target(value);
    return resource ? this.vSwitches.get(resource) : undefined;
  }

  private fromText(resource: TerraformResource): string {
    const where =
      resource.file !== undefined
        ? ` (${resource.file}${resource.line !== undefined ? `:${resource.line}` : ''})`
        : '';
    return `${resource.address}${where}`;
  }

  private note(resource: TerraformResource, level: ImportNote['level'], message: string): void {
    if (level === 'unresolved') this.unresolved++;
    this.notes.push({
      level,
      message: `${resource.address}: ${message}`,
      ...(resource.file !== undefined ? { file: resource.file } : {}),
      ...(resource.line !== undefined ? { line: resource.line } : {}),
    });
  }

  private comment(
    entity: ImportedEntity,
    path: (string | number)[],
    kind: ImportComment['kind'],
    commentText: string,
  ): void {
    if (kind === 'unresolved') this.unresolved++;
    entity.comments.push({ path, kind, text: commentText });
  }

  private addEntity(
    collection: CollectionName,
    resource: TerraformResource,
    preferredName: string | undefined,
    prefix: string,
    value: JsonObject,
  ): Entity {
    const id =
      preferredName !== undefined
        ? this.ids.allocate(preferredName, prefix)
        : this.ids.allocate(`${prefix}-${addressSlug(resource.address)}`, prefix);
    const entity: Entity = {
      collection,
      id,
      value,
      comments: [{ path: [], kind: 'from', text: this.fromText(resource) }],
    };
    this.entities.set(resource, entity);
    let map = this.collections[collection];
    if (!map) {
      map = new Map();
      this.collections[collection] = map;
    }
    map.set(id, entity);
    this.count(collection);
    return entity;
  }

  private count(name: string): void {
    this.imported[name] = (this.imported[name] ?? 0) + 1;
  }

  private name(resource: TerraformResource, ...attributes: string[]): string | undefined {
    for (const attribute of attributes) {
      const value = text(resource.values[attribute]);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private region(resource: TerraformResource): string | undefined {
    if (typeof resource.region === 'string' && resource.region !== '') return resource.region;
    return undefined;
  }

  // -------------------------------------------------------------------------------------

  map(): ImportedTopology {
    this.mapVpcs();
    this.mapVSwitches();
    this.mapNatGateways();
    this.mapSnatEntries();
    this.mapSecurityGroups();
    this.mapConnections();
    this.mapResourceGroups();
    this.mapDatabases();
    this.mapDataWorksDataSources();
    return this.finish();
  }

  private mapVpcs(): void {
    for (const resource of this.ofType('alicloud_vpc')) {
      const values = resource.values;
      const cidr = values['cidr_block'];
      if (text(cidr) === undefined) {
        this.note(
          resource,
          'unresolved',
          isUnknown(cidr)
            ? `not imported: ${unresolvedText('its CIDR block', cidr)}`
            : 'not imported: it has no CIDR block (cidr_block)',
        );
        continue;
      }
      const value: JsonObject = {};
      const region = this.region(resource);
      if (region !== undefined) value['region'] = region;
      value['cidr'] = text(cidr) ?? '';
      const entity = this.addEntity(
        'vpcs',
        resource,
        this.name(resource, 'vpc_name', 'name'),
        'vpc',
        value,
      );
      if (isUnknown(resource.region)) {
        this.comment(entity, ['region'], 'unresolved', unresolvedText('region', resource.region));
      }
      for (const secondary of items(values['secondary_cidr_blocks'])) {
        const block = text(secondary);
        if (block !== undefined)
          this.secondaryBlocks.set(entity, [...(this.secondaryBlocks.get(entity) ?? []), block]);
        this.comment(
          entity,
          ['cidr'],
          'unresolved',
          `secondary CIDR block ${text(secondary) ?? '(known after apply)'} not imported: the format has one CIDR block per VPC yet`,
        );
      }
    }
    for (const resource of this.ofType('alicloud_vpc_ipv4_cidr_block')) {
      const vpc = this.entityOf(resource.values['vpc_id'], 'vpcs');
      const block = text(resource.values['secondary_cidr_block']);
      if (!vpc) {
        this.note(resource, 'warning', 'its VPC was not imported; secondary CIDR block left out');
        continue;
      }
      if (block !== undefined)
        this.secondaryBlocks.set(vpc, [...(this.secondaryBlocks.get(vpc) ?? []), block]);
      this.comment(
        vpc,
        ['cidr'],
        'unresolved',
        `secondary CIDR block ${block ?? '(known after apply)'} from ${resource.address} not imported: the format has one CIDR block per VPC yet`,
      );
    }
  }

  private mapVSwitches(): void {
    for (const resource of this.ofType('alicloud_vswitch', 'alicloud_subnet')) {
      const values = resource.values;
      const vpc = this.entityOf(values['vpc_id'], 'vpcs');
      if (!vpc) {
        this.note(resource, 'unresolved', 'not imported: its VPC (vpc_id) is not imported');
        continue;
      }
      const cidrValue = values['cidr_block'];
      const cidr = text(cidrValue);
      const name = this.name(resource, 'vswitch_name', 'name');
      if (cidr === undefined) {
        this.comment(
          vpc,
          ['vSwitches'],
          'unresolved',
          isUnknown(cidrValue)
            ? `vSwitch ${resource.address}: ${unresolvedText('its CIDR block', cidrValue)}`
            : `vSwitch ${resource.address} has no CIDR block`,
        );
        continue;
      }
      const id =
        name !== undefined
          ? this.ids.allocate(name, 'vsw')
          : this.ids.allocate(`vsw-${addressSlug(resource.address)}`, 'vsw');
      const vSwitch: JsonObject = {};
      const zone = text(values['zone_id']) ?? text(values['availability_zone']);
      if (zone !== undefined) vSwitch['zone'] = zone;
      vSwitch['cidr'] = cidr;
      let map = vpc.value['vSwitches'] as JsonObject | undefined;
      if (!map) {
        map = {};
        vpc.value['vSwitches'] = map;
      }
      map[id] = vSwitch;
      vpc.comments.push({ path: ['vSwitches', id], kind: 'from', text: this.fromText(resource) });
      const zoneValue = values['zone_id'] ?? values['availability_zone'];
      if (zone === undefined && isUnknown(zoneValue)) {
        this.comment(
          vpc,
          ['vSwitches', id, 'zone'],
          'unresolved',
          unresolvedText('zone', zoneValue),
        );
      }
      this.vSwitches.set(resource, { vpc, id, cidr });
      // A vSwitch in a secondary block would get a false vswitch-outside-vpc.
      const vpcCidr = vpc.value['cidr'];
      const secondary = (this.secondaryBlocks.get(vpc) ?? []).find((block) =>
        cidrInside(cidr, block),
      );
      if (typeof vpcCidr === 'string' && !cidrInside(cidr, vpcCidr) && secondary !== undefined) {
        vpc.comments.push({
          path: ['vSwitches', id],
          kind: 'suppress',
          text: `dwnet-ignore vswitch-outside-vpc -- it is in the VPC's secondary CIDR block ${secondary}, which the format cannot hold yet`,
        });
      }
      this.count('vSwitches');
      // A VPC with no region of its own takes its vSwitches' (a zone names its region).
      if (vpc.value['region'] === undefined && zone !== undefined) {
        const region = regionOfZone(zone);
        if (region !== undefined) vpc.value = withRegion(vpc.value, region);
      }
    }
  }

  private mapNatGateways(): void {
    for (const resource of this.ofType('alicloud_nat_gateway')) {
      const values = resource.values;
      const vpc = this.vpcOf(values);
      if (!vpc) {
        this.note(resource, 'unresolved', 'not imported: its VPC (vpc_id) is not imported');
        continue;
      }
      const networkType = text(values['network_type'])?.toLowerCase();
      if (networkType === 'intranet') {
        this.comment(
          vpc,
          [],
          'note',
          `${this.fromText(resource)} is a VPC (intranet) NAT gateway, not a way to the Internet: not imported`,
        );
        continue;
      }
      const vSwitch = this.vSwitchOf(values['vswitch_id']);
      if (!vSwitch || vSwitch.vpc !== vpc) {
        this.comment(
          vpc,
          [],
          'unresolved',
          isUnknown(values['vswitch_id'])
            ? `NAT gateway ${resource.address} not imported: ${unresolvedText('its vSwitch', values['vswitch_id'])}`
            : `NAT gateway ${resource.address} not imported: its vSwitch (vswitch_id) is not a vSwitch of this VPC`,
        );
        continue;
      }
      const id = this.ids.allocate(
        this.name(resource, 'nat_gateway_name', 'name') ?? `ngw-${addressSlug(resource.address)}`,
        'ngw',
      );
      const nat: JsonObject = { vSwitch: vSwitch.id, eips: [], snatEntries: [] };
      let map = vpc.value['natGateways'] as JsonObject | undefined;
      if (!map) {
        map = {};
        vpc.value['natGateways'] = map;
      }
      map[id] = nat;
      vpc.comments.push({ path: ['natGateways', id], kind: 'from', text: this.fromText(resource) });
      this.nats.set(resource, { vpc, id, value: nat });
      this.count('natGateways');
    }
    // EIPs bound to NAT gateways join their `eips`.
    for (const association of this.ofType('alicloud_eip_association')) {
      const target = this.target(association.values['instance_id']);
      const nat = target ? this.nats.get(target) : undefined;
      if (!nat) continue;
      const allocation = association.values['allocation_id'];
      const eip = this.target(allocation);
      if (eip) {
        this.addNatEip(nat, eip.values['ip_address'], eip.address);
        continue;
      }
      // The EIP itself is not in this import (a module not on disk, another project).
      const unknown = unknownIn(allocation);
      const what = `EIP bound by ${association.address}`;
      if (unknown)
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'eips'],
          'unresolved',
          unresolvedText(what, unknown),
        );
      else
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'eips'],
          'unresolved',
          `${what}: its address is not in the source`,
        );
    }
  }

  /** Adds an EIP's address to a NAT gateway, or says where it is unknown. */
  private addNatEip(nat: NatRef, address: TfValue | undefined, source: string): void {
    const eips = nat.value['eips'] as JsonValue[];
    const known = text(address);
    if (known !== undefined && IPV4.test(known)) {
      if (!eips.includes(known)) eips.push(known);
      return;
    }
    const marker = `EIP of ${source}`;
    const pathToEips = ['natGateways', nat.id, 'eips'];
    if (nat.vpc.comments.some((c) => c.text.startsWith(marker))) return;
    const unknown = isUnknown(address)
      ? address
      : new Unknown(`${source}.ip_address`, 'known after apply');
    this.comment(nat.vpc, pathToEips, 'unresolved', unresolvedText(marker, unknown));
  }

  private mapSnatEntries(): void {
    for (const resource of this.ofType('alicloud_snat_entry')) {
      const values = resource.values;
      const gateway = this.target(values['snat_table_id']);
      const nat = gateway ? this.nats.get(gateway) : undefined;
      if (!nat) {
        this.note(
          resource,
          'unresolved',
          'not imported: its NAT gateway (snat_table_id) is not imported',
        );
        continue;
      }
      const entries = nat.value['snatEntries'] as JsonValue[];
      const index = entries.length;
      const entryPath = ['natGateways', nat.id, 'snatEntries', index];
      let source: string | undefined;
      const sourceVSwitch = values['source_vswitch_id'];
      if (text(sourceVSwitch) !== undefined || isUnknown(sourceVSwitch)) {
        const vSwitch = this.vSwitchOf(sourceVSwitch);
        if (vSwitch && vSwitch.vpc === nat.vpc) source = vSwitch.id;
      } else {
        const cidr = text(values['source_cidr']);
        if (cidr !== undefined && CIDR.test(cidr)) source = cidr;
      }
      if (source === undefined) {
        const unknown = unknownIn(sourceVSwitch) ?? unknownIn(values['source_cidr']);
        this.comment(
          nat.vpc,
          ['natGateways', nat.id, 'snatEntries'],
          'unresolved',
          unknown
            ? `SNAT entry ${resource.address} not imported: ${unresolvedText('its source', unknown)}`
            : `SNAT entry ${resource.address} not imported: its source vSwitch is not a vSwitch of this VPC`,
        );
        continue;
      }
      const entry: JsonObject = { source };
      entries.push(entry);
      nat.vpc.comments.push({ path: entryPath, kind: 'from', text: this.fromText(resource) });
      const snatIp = values['snat_ip'];
      const ips = items(snatIp);
      const first = ips[0];
      const firstText = text(first);
      if (firstText !== undefined && IPV4.test(firstText)) {
        entry['eip'] = firstText;
        // An SNAT entry can only use an EIP bound to its gateway.
        this.addNatEip(nat, firstText, resource.address);
        for (const other of ips.slice(1)) {
          const otherText = text(other);
          if (otherText !== undefined) this.addNatEip(nat, otherText, resource.address);
        }
        if (ips.length > 1) {
          this.comment(
            nat.vpc,
            [...entryPath, 'eip'],
            'note',
            `the entry uses ${ips.length} addresses (${ips.map((ip) => text(ip) ?? '?').join(', ')}); the format holds one`,
          );
        }
      } else {
        const unknown = unknownIn(snatIp) ?? (isUnknown(first) ? first : undefined);
        const eip = this.target(unknown ?? first);
        const eipAddress = eip ? text(eip.values['ip_address']) : undefined;
        if (eipAddress !== undefined && IPV4.test(eipAddress)) {
          entry['eip'] = eipAddress;
          this.addNatEip(nat, eipAddress, eip?.address ?? resource.address);
        } else if (unknown) {
          this.comment(
            nat.vpc,
            [...entryPath, 'eip'],
            'unresolved',
            unresolvedText('eip', unknown),
          );
          // The gateway's EIP is the same value: the check waits for apply.
          if (eip && !text(eip.values['ip_address'])) this.addNatEip(nat, unknown, eip.address);
        }
      }
    }
    // A gateway whose EIPs are all unknown would get nat-no-eip, an error the import caused.
    for (const nat of this.nats.values()) {
      const eips = nat.value['eips'] as JsonValue[];
      const waiting = nat.vpc.comments.some(
        (c) =>
          c.kind === 'unresolved' &&
          c.path.length === 3 &&
          c.path[1] === nat.id &&
          c.path[2] === 'eips',
      );
      if (eips.length === 0 && waiting) {
        nat.vpc.comments.push({
          path: ['natGateways', nat.id],
          kind: 'suppress',
          text: 'dwnet-ignore nat-no-eip -- its EIP is not known before apply; import the state to check it',
        });
      }
    }
  }

  private mapSecurityGroups(): void {
    for (const resource of this.ofType('alicloud_security_group')) {
      const values = resource.values;
      const vpc = this.entityOf(values['vpc_id'], 'vpcs');
      if (!vpc) {
        this.note(
          resource,
          'unresolved',
          'not imported: its VPC (vpc_id) is not imported (a security group belongs to one VPC)',
        );
        continue;
      }
      const kind = text(values['security_group_type'])?.toLowerCase();
      const value: JsonObject = {
        vpc: vpc.id,
        type: kind === 'enterprise' ? 'advanced' : 'basic',
        rules: [],
      };
      const entity = this.addEntity(
        'securityGroups',
        resource,
        this.name(resource, 'security_group_name', 'name'),
        'sg',
        value,
      );
      const inner = text(values['inner_access_policy'])?.toLowerCase();
      if (kind !== 'enterprise' && inner === 'drop') {
        this.comment(
          entity,
          ['type'],
          'note',
          'inner_access_policy is Drop: members of this basic group do not reach each other, which the format assumes they do',
        );
      }
    }
    for (const resource of this.ofType('alicloud_security_group_rule')) {
      const values = resource.values;
      const group = this.entityOf(values['security_group_id'], 'securityGroups');
      if (!group) {
        this.note(resource, 'unresolved', 'not imported: its security group is not imported');
        continue;
      }
      const rules = group.value['rules'] as JsonValue[];
      const rulesPath = ['rules'];
      const skip = (why: string) =>
        this.comment(
          group,
          rulesPath,
          'unresolved',
          `rule ${resource.address} not imported: ${why}`,
        );
      const protocol = (text(values['ip_protocol']) ?? 'all').toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'all') {
        skip(
          `its protocol is ${protocol} and the format has no protocol yet (it would count as TCP)`,
        );
        continue;
      }
      const direction = text(values['type'])?.toLowerCase();
      if (direction !== 'ingress' && direction !== 'egress') {
        skip('its direction (type) is not ingress or egress');
        continue;
      }
      const cidrValue = values['cidr_ip'];
      const cidr = text(cidrValue);
      if (cidr === undefined) {
        if (isUnknown(cidrValue)) skip(unresolvedText('its CIDR block', cidrValue));
        else if (
          values['source_security_group_id'] !== undefined &&
          values['source_security_group_id'] !== null
        )
          skip('it names a security group, not a CIDR block, which the format cannot say yet');
        else skip('it has no IPv4 CIDR block (cidr_ip)');
        continue;
      }
      const rule: JsonObject = { direction, cidr };
      const ports = portsOf(values['port_range']);
      if (ports === undefined) {
        skip(`its port range ${text(values['port_range']) ?? '(unknown)'} cannot be read`);
        continue;
      }
      if (ports !== 'all') rule['ports'] = ports;
      const policy = text(values['policy'])?.toLowerCase();
      if (policy === 'drop') rule['policy'] = 'drop';
      const priority = integer(values['priority']);
      if (priority !== undefined && priority !== 1 && priority >= 1 && priority <= 100)
        rule['priority'] = priority;
      group.comments.push({
        path: ['rules', rules.length],
        kind: 'from',
        text: this.fromText(resource),
      });
      rules.push(rule);
    }
  }

  private mapConnections(): void {
    // Data centers: a VPN customer gateway or an Express Connect virtual border router.
    const dataCenters = new Map<TerraformResource, Entity>();
    const dataCenterFor = (resource: TerraformResource, name: string | undefined): Entity => {
      const existing = dataCenters.get(resource);
      if (existing) return existing;
      const entity = this.addEntity('dataCenters', resource, name, 'idc', { cidrs: [] });
      dataCenters.set(resource, entity);
      return entity;
    };
    const addCidrs = (dataCenter: Entity, value: TfValue | undefined, source: string) => {
      const cidrs = dataCenter.value['cidrs'] as JsonValue[];
      for (const item of items(value)) {
        const cidr = text(item);
        if (cidr !== undefined && CIDR.test(cidr)) {
          if (!cidrs.includes(cidr)) cidrs.push(cidr);
        } else if (isUnknown(item)) {
          this.comment(
            dataCenter,
            ['cidrs'],
            'unresolved',
            unresolvedText(`a CIDR block from ${source}`, item),
          );
        }
      }
    };

    const connection = (
      resource: TerraformResource,
      type: string,
      name: string | undefined,
      prefix: string,
      members: Entity[],
    ): Entity | undefined => {
      const unique = [...new Set(members)];
      if (unique.length < 2 || !unique.some((m) => m.collection === 'vpcs')) {
        this.note(
          resource,
          'warning',
          `not imported: fewer than two imported networks (one a VPC) are members of it`,
        );
        return undefined;
      }
      return this.addEntity('connections', resource, name, prefix, {
        type,
        members: unique.map((m) => m.id),
      });
    };

    // VPN gateways: one connection per VPN connection, to the customer gateway's data center.
    for (const resource of this.ofType('alicloud_vpn_connection')) {
      const values = resource.values;
      const gateway = this.target(values['vpn_gateway_id']);
      const vpc = gateway ? this.vpcOf(gateway.values) : undefined;
      const customer = this.target(values['customer_gateway_id']) ?? resource;
      const dataCenter = dataCenterFor(
        customer,
        this.name(customer, 'customer_gateway_name', 'name') ??
          this.name(resource, 'vpn_connection_name', 'name'),
      );
      addCidrs(dataCenter, values['remote_subnet'], resource.address);
      if (!vpc) {
        this.note(
          resource,
          'unresolved',
          'not imported: the VPC of its VPN gateway is not imported',
        );
        continue;
      }
      connection(
        resource,
        'vpnGateway',
        this.name(resource, 'vpn_connection_name', 'name'),
        'vpn',
        [vpc, dataCenter],
      );
    }
    for (const resource of this.ofType('alicloud_vpn_route_entry')) {
      // A route of the VPN gateway to a destination behind one of its connections.
      const next = this.target(resource.values['next_hop']);
      const customer = next ? (this.target(next.values['customer_gateway_id']) ?? next) : undefined;
      const dataCenter = customer ? dataCenters.get(customer) : undefined;
      if (dataCenter) addCidrs(dataCenter, resource.values['route_dest'], resource.address);
    }

    // Express Connect virtual border routers: data centers, reached through CEN or a route.
    // The data center's own CIDR blocks are the VBR's routes towards it (below).
    for (const resource of this.ofType('alicloud_express_connect_virtual_border_router')) {
      dataCenterFor(resource, this.name(resource, 'virtual_border_router_name', 'name'));
    }
    for (const resource of this.ofType('alicloud_route_entry')) {
      const table = this.target(resource.values['route_table_id']);
      if (table && dataCenters.has(table)) {
        const dataCenter = dataCenters.get(table);
        if (dataCenter)
          addCidrs(dataCenter, resource.values['destination_cidrblock'], resource.address);
        continue;
      }
      const next = this.target(resource.values['nexthop_id']);
      const dataCenter = next ? dataCenters.get(next) : undefined;
      if (dataCenter) {
        addCidrs(dataCenter, resource.values['destination_cidrblock'], resource.address);
        continue;
      }
      if (next?.type === 'alicloud_vpn_gateway') {
        // A VPC route towards the VPN gateway: the destination is behind it.
        for (const [customer, entity] of dataCenters) {
          const vpnConnection = this.ofType('alicloud_vpn_connection').find(
            (c) =>
              this.target(c.values['vpn_gateway_id']) === next &&
              (this.target(c.values['customer_gateway_id']) ?? c) === customer,
          );
          if (vpnConnection)
            addCidrs(entity, resource.values['destination_cidrblock'], resource.address);
        }
      }
    }
    for (const [resource, dataCenter] of dataCenters) {
      if (
        (dataCenter.value['cidrs'] as JsonValue[]).length === 0 &&
        !dataCenter.comments.some((c) => c.kind === 'unresolved')
      ) {
        this.comment(
          dataCenter,
          ['cidrs'],
          'unresolved',
          `the address ranges of the data center behind ${resource.address} are not in the Terraform source: add them`,
        );
      }
    }

    // CEN: classic attachments and transit router VPC / VBR attachments.
    const cenMembers = new Map<TerraformResource, Entity[]>();
    for (const cen of this.ofType('alicloud_cen_instance')) cenMembers.set(cen, []);
    const memberOf = (cenValue: TfValue | undefined, member: Entity | undefined) => {
      const cen = this.target(cenValue);
      const list = cen ? cenMembers.get(cen) : undefined;
      if (list && member) list.push(member);
      return list !== undefined;
    };
    const networkOf = (value: TfValue | undefined): Entity | undefined => {
      const resource = this.target(value);
      if (!resource) return undefined;
      const entity = this.entities.get(resource) ?? dataCenters.get(resource);
      return entity && (entity.collection === 'vpcs' || entity.collection === 'dataCenters')
        ? entity
        : undefined;
    };
    for (const resource of this.ofType('alicloud_cen_instance_attachment')) {
      memberOf(resource.values['instance_id'], networkOf(resource.values['child_instance_id']));
    }
    const cenOfTransitRouter = (values: { [key: string]: TfValue }): TfValue | undefined => {
      if (values['cen_id'] !== undefined && values['cen_id'] !== null) return values['cen_id'];
      const router = this.target(values['transit_router_id']);
      return router?.values['cen_id'];
    };
    for (const resource of this.ofType('alicloud_cen_transit_router_vpc_attachment')) {
      memberOf(cenOfTransitRouter(resource.values), networkOf(resource.values['vpc_id']));
    }
    for (const resource of this.ofType('alicloud_cen_transit_router_vbr_attachment')) {
      memberOf(cenOfTransitRouter(resource.values), networkOf(resource.values['vbr_id']));
    }
    for (const [cen, members] of cenMembers) {
      connection(cen, 'cen', this.name(cen, 'cen_instance_name', 'name'), 'cen', members);
    }

    for (const resource of this.ofType('alicloud_vpc_peer_connection')) {
      const own = this.entityOf(resource.values['vpc_id'], 'vpcs');
      const accepting = this.entityOf(resource.values['accepting_vpc_id'], 'vpcs');
      if (!own || !accepting) {
        this.note(
          resource,
          'unresolved',
          'not imported: one of its VPCs (vpc_id, accepting_vpc_id) is not imported',
        );
        continue;
      }
      connection(
        resource,
        'vpcPeering',
        this.name(resource, 'peer_connection_name', 'name'),
        'peer',
        [own, accepting],
      );
    }
  }

  private mapResourceGroups(): void {
    for (const resource of this.ofType('alicloud_data_works_dw_resource_group')) {
      const values = resource.values;
      const value: JsonObject = { type: 'serverless' };
      const region = this.region(resource);
      if (region !== undefined) value['region'] = region;
      value['vpcBindings'] = [];
      const entity = this.addEntity(
        'resourceGroups',
        resource,
        this.name(resource, 'resource_group_name', 'name'),
        'rg',
        value,
      );
      this.addBinding(entity, resource, values['default_vpc_id'], values['default_vswitch_id']);
    }
    for (const resource of this.ofType('alicloud_data_works_network')) {
      const values = resource.values;
      const rg = this.entityOf(values['dw_resource_group_id'], 'resourceGroups');
      if (!rg) {
        this.note(
          resource,
          'unresolved',
          'not imported: its resource group (dw_resource_group_id) is not imported',
        );
        continue;
      }
      const index = this.addBinding(rg, resource, values['vpc_id'], values['vswitch_id']);
      if (index !== undefined) this.bindings.set(resource, { rg, index });
    }
    for (const resource of this.ofType('alicloud_data_works_route')) {
      const values = resource.values;
      const network = this.target(values['network_id']);
      const binding = network ? this.bindings.get(network) : undefined;
      if (!binding) {
        this.note(
          resource,
          'unresolved',
          'not imported: its network binding (network_id) is not imported',
        );
        continue;
      }
      const bindingValue = (binding.rg.value['vpcBindings'] as JsonObject[])[binding.index];
      if (!bindingValue) continue;
      const destination = values['destination_cidr'];
      const cidr = text(destination);
      if (cidr === undefined || !CIDR.test(cidr)) {
        if (isUnknown(destination))
          this.comment(
            binding.rg,
            ['vpcBindings', binding.index, 'routes'],
            'unresolved',
            unresolvedText(`route ${resource.address}`, destination),
          );
        continue;
      }
      let routes = bindingValue['routes'] as JsonValue[] | undefined;
      if (!routes) {
        routes = [];
        bindingValue['routes'] = routes;
      }
      if (!routes.includes(cidr)) routes.push(cidr);
    }
  }

  /** Adds a binding to a resource group (once per VPC and vSwitch); its index. */
  private addBinding(
    rg: Entity,
    resource: TerraformResource,
    vpcValue: TfValue | undefined,
    vSwitchValue: TfValue | undefined,
  ): number | undefined {
    if (
      (vpcValue === undefined || vpcValue === null) &&
      (vSwitchValue === undefined || vSwitchValue === null)
    )
      return undefined;
    const vSwitch = this.vSwitchOf(vSwitchValue);
    const vpc = this.entityOf(vpcValue, 'vpcs') ?? vSwitch?.vpc;
    if (!vpc || !vSwitch || vSwitch.vpc !== vpc) {
      const unknown = unknownIn(vSwitchValue) ?? unknownIn(vpcValue);
      this.comment(
        rg,
        ['vpcBindings'],
        'unresolved',
        `the binding from ${resource.address} not imported: ${
          unknown && !this.target(unknown)
            ? unresolvedText('its VPC or vSwitch', unknown)
            : 'its VPC or vSwitch is not imported'
        }`,
      );
      return undefined;
    }
    const bindings = rg.value['vpcBindings'] as JsonObject[];
    const existing = bindings.findIndex((b) => b['vpc'] === vpc.id && b['vSwitch'] === vSwitch.id);
    if (existing >= 0) return existing;
    bindings.push({ vpc: vpc.id, vSwitch: vSwitch.id });
    // A group's default binding comes from the group itself, which its own comment names.
    if (this.entities.get(resource) === rg) return bindings.length - 1;
    rg.comments.push({
      path: ['vpcBindings', bindings.length - 1],
      kind: 'from',
      text: this.fromText(resource),
    });
    return bindings.length - 1;
  }

  private mapDatabases(): void {
    const databases: [string, string, string[], string, string][] = [
      // type, engine attribute, name attributes, prefix, whitelist attribute
      [
        'alicloud_db_instance',
        'engine',
        ['instance_name', 'db_instance_description'],
        'rds',
        'security_ips',
      ],
      [
        'alicloud_polardb_cluster',
        '',
        ['description', 'db_cluster_description'],
        'polardb',
        'security_ips',
      ],
      [
        'alicloud_kvstore_instance',
        '',
        ['db_instance_name', 'instance_name'],
        'redis',
        'security_ips',
      ],
      ['alicloud_mongodb_instance', '', ['name'], 'mongodb', 'security_ip_list'],
    ];
    for (const [type, engineAttribute, nameAttributes, prefix, whitelistAttribute] of databases) {
      for (const resource of this.ofType(type)) {
        const values = resource.values;
        const engine =
          type === 'alicloud_db_instance'
            ? (ENGINES[(text(values[engineAttribute]) ?? '').toLowerCase()] ?? 'other')
            : type === 'alicloud_polardb_cluster'
              ? 'polardb'
              : type === 'alicloud_kvstore_instance'
                ? 'redis'
                : 'mongodb';
        const vpc = this.vpcOf(values);
        const value: JsonObject = { engine, hosting: 'managed' };
        const networkType = text(values['instance_network_type'])?.toLowerCase();
        let address: string | undefined;
        if (vpc) {
          const network: JsonObject = { type: 'vpc', vpc: vpc.id };
          const privateIp = text(values['private_ip']) ?? text(values['private_ip_address']);
          if (privateIp !== undefined && IPV4.test(privateIp)) network['address'] = privateIp;
          else address = text(values['connection_string']);
          const port = integer(values['port']);
          if (port !== undefined) network['port'] = port;
          value['network'] = network;
        } else if (
          networkType === 'classic' ||
          (values['vswitch_id'] === undefined &&
            values['vpc_id'] === undefined &&
            type === 'alicloud_db_instance' &&
            values['instance_network_type'] !== undefined)
        ) {
          value['network'] = { type: 'classic' };
        } else {
          const unknown = unknownIn(values['vswitch_id']) ?? unknownIn(values['vpc_id']);
          this.note(
            resource,
            'unresolved',
            `not imported: ${unknown ? unresolvedText('its VPC (vswitch_id)', unknown) : 'its VPC (vswitch_id / vpc_id) is not imported'}`,
          );
          continue;
        }
        const whitelist = this.whitelistOf(resource, whitelistAttribute);
        if (whitelist.entries !== undefined) value['whitelist'] = whitelist.entries;
        const entity = this.addEntity(
          'dataSources',
          resource,
          this.name(resource, ...nameAttributes),
          prefix,
          value,
        );
        for (const why of whitelist.unresolved)
          this.comment(entity, ['whitelist'], 'unresolved', why);
        if (whitelist.defaulted) {
          this.comment(
            entity,
            ['whitelist'],
            'note',
            `no whitelist in the source: a new instance's whitelist is 127.0.0.1 (nothing may connect)`,
          );
        }
        if (address !== undefined) {
          this.comment(
            entity,
            ['network'],
            'note',
            `its private address is the host name ${bareHost(address)}; the format needs an IP address there`,
          );
        }
        if (!vpc && value['network'] && (value['network'] as JsonObject)['type'] === 'classic')
          continue;
        if (type === 'alicloud_db_instance' && items(values['vswitch_id']).length > 1) {
          this.comment(
            entity,
            ['network'],
            'note',
            'a multi-zone instance: its vSwitches are in this VPC',
          );
        }
      }
    }
    for (const resource of this.ofType('alicloud_db_connection')) {
      const instance = this.target(resource.values['instance_id']);
      const entity = instance ? this.entities.get(instance) : undefined;
      if (!entity || entity.collection !== 'dataSources') continue;
      const host =
        text(resource.values['connection_string']) ?? text(resource.values['connection_prefix']);
      this.comment(
        entity,
        ['network'],
        'note',
        `it also has a public endpoint${host ? ` ${bareHost(host)}` : ''} (${resource.address}); over the Internet it is scenario 5`,
      );
    }
  }

  /** A database's whitelist: every entry known, the unknown ones said, the default when none is given. */
  private whitelistOf(
    resource: TerraformResource,
    attribute: string,
  ): { entries?: JsonValue[]; unresolved: string[]; defaulted: boolean } {
    const values = resource.values;
    const sources: TfValue[] = [];
    if (values[attribute] !== undefined && values[attribute] !== null)
      sources.push(values[attribute]);
    for (const array of objects(values['db_cluster_ip_array'])) {
      if (text(array['db_cluster_ip_array_attribute'])?.toLowerCase() === 'hidden') continue;
      sources.push(array['security_ips'] ?? null);
    }
    for (const array of objects(values['ip_whitelist']))
      sources.push(array['security_ip_list'] ?? null);
    if (sources.length === 0) {
      // Only a mapped database type that takes a whitelist gets the service's default.
      return resource.type === 'alicloud_db_instance' ||
        resource.type === 'alicloud_polardb_cluster'
        ? { entries: ['127.0.0.1'], unresolved: [], defaulted: true }
        : { unresolved: [], defaulted: false };
    }
    const entries: JsonValue[] = [];
    const unresolved: string[] = [];
    for (const source of sources) {
      if (isUnknown(source)) {
        unresolved.push(unresolvedText('whitelist entries', source));
        continue;
      }
      for (const item of items(source)) {
        const entry = text(item);
        if (entry !== undefined) {
          for (const part of entry
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== '')) {
            if (!entries.includes(part)) entries.push(part);
          }
        } else if (isUnknown(item)) {
          unresolved.push(unresolvedText('a whitelist entry', item));
        }
      }
    }
    return { entries, unresolved, defaulted: false };
  }

  private mapDataWorksDataSources(): void {
    for (const resource of this.ofType('alicloud_data_works_data_source')) {
      const values = resource.values;
      const type = (text(values['type']) ?? '').toLowerCase();
      const engine = ENGINES[type] ?? 'other';
      const name = this.name(resource, 'data_source_name', 'name');
      const propertiesValue = values['connection_properties'];
      let properties: { [key: string]: unknown } | undefined;
      if (typeof propertiesValue === 'string') {
        try {
          const parsed: unknown = JSON.parse(propertiesValue);
          if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
            properties = parsed as { [key: string]: unknown };
        } catch {
          properties = undefined;
        }
      } else if (
        typeof propertiesValue === 'object' &&
        propertiesValue !== null &&
        !isUnknown(propertiesValue) &&
        !Array.isArray(propertiesValue)
      ) {
        properties = propertiesValue as { [key: string]: unknown };
      }
      if (!properties) {
        this.note(
          resource,
          'unresolved',
          isUnknown(propertiesValue)
            ? `not imported: ${unresolvedText('its connection properties', propertiesValue)}`
            : 'not imported: its connection properties (connection_properties) cannot be read',
        );
        continue;
      }
      // An instance-mode data source names a database this import may hold.
      const instanceId =
        typeof properties['instanceId'] === 'string'
          ? properties['instanceId']
          : typeof properties['clusterId'] === 'string'
            ? properties['clusterId']
            : undefined;
      if (instanceId !== undefined) {
        const database = this.byLiteral.get(instanceId);
        const entity = database ? this.entities.get(database) : undefined;
        if (entity && entity.collection === 'dataSources') {
          entity.comments.push({
            path: [],
            kind: 'from',
            text: `${this.fromText(resource)} (DataWorks data source ${name ?? ''})`.replace(
              / \)$/,
              ')',
            ),
          });
          continue;
        }
      }
      const first = Array.isArray(properties['address'])
        ? (properties['address'] as unknown[])[0]
        : undefined;
      const hostRaw =
        typeof first === 'object' && first !== null
          ? (first as { host?: unknown }).host
          : undefined;
      const portRaw =
        typeof first === 'object' && first !== null
          ? (first as { port?: unknown }).port
          : undefined;
      const host = typeof hostRaw === 'string' ? bareHost(hostRaw) : undefined;
      const port =
        typeof portRaw === 'number'
          ? portRaw
          : typeof portRaw === 'string'
            ? integer(portRaw)
            : undefined;
      if (host === undefined || host === '') {
        this.note(
          resource,
          'unresolved',
          `not imported: ${instanceId !== undefined ? `its instance ${instanceId} is not in this import` : 'its address is not in its connection properties'}`,
        );
        continue;
      }
      const network: JsonObject = {};
      if (IPV4.test(host)) {
        const vpc = this.vpcHolding(host);
        if (vpc) {
          network['type'] = 'vpc';
          network['vpc'] = vpc.id;
          network['address'] = host;
        } else if (isPublicIp(host)) {
          network['type'] = 'internet';
          network['address'] = host;
        } else {
          this.note(
            resource,
            'unresolved',
            `not imported: its address ${host} is private but in no imported VPC`,
          );
          continue;
        }
      } else {
        network['type'] = 'internet';
        network['address'] = host;
      }
      if (port !== undefined && port > 0 && port < 65536) network['port'] = port;
      this.addEntity('dataSources', resource, name, 'ds', {
        engine,
        hosting: engine === 'other' ? 'selfManaged' : 'managed',
        network,
      });
    }
  }

  private vpcHolding(ip: string): Entity | undefined {
    for (const entity of this.collections.vpcs?.values() ?? []) {
      const vpc = entity as Entity;
      const cidr = vpc.value['cidr'];
      if (typeof cidr === 'string' && cidrContains(cidr, ip)) return vpc;
    }
    return undefined;
  }

  private finish(): ImportedTopology {
    // A resource group without a region of its own is in its first binding's VPC's region.
    for (const entity of this.collections.resourceGroups?.values() ?? []) {
      if (entity.value['region'] !== undefined) continue;
      const first = ((entity.value['vpcBindings'] as JsonObject[] | undefined) ?? [])[0];
      const vpc = first ? this.collections.vpcs?.get(String(first['vpc'])) : undefined;
      const region = vpc?.value['region'];
      if (typeof region === 'string') entity.value = withRegion(entity.value, region, 'type');
    }
    // `defaults.region` when every VPC and resource group shares one.
    const regional = [
      ...(this.collections.vpcs?.values() ?? []),
      ...(this.collections.resourceGroups?.values() ?? []),
    ];
    const regions = new Set(regional.map((entity) => entity.value['region']));
    let defaults: ImportedTopology['defaults'];
    const only = [...regions][0];
    if (regions.size === 1 && typeof only === 'string') {
      defaults = { region: only };
      for (const entity of regional) delete entity.value['region'];
    }
    // Sorted output: entity ids, vSwitches and NAT gateways by id.
    const collections: ImportedTopology['collections'] = {};
    for (const [name, map] of Object.entries(this.collections) as [
      CollectionName,
      Map<string, ImportedEntity>,
    ][]) {
      const sorted = new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      for (const entity of sorted.values()) {
        for (const key of ['vSwitches', 'natGateways']) {
          const inner = entity.value[key];
          if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
            entity.value[key] = Object.fromEntries(
              Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            );
          }
        }
        dropEmpty(entity, ['rules']);
        for (const [natId, nat] of Object.entries(
          (entity.value['natGateways'] as JsonObject | undefined) ?? {},
        )) {
          if (nat && typeof nat === 'object' && !Array.isArray(nat)) {
            dropEmpty(
              {
                value: nat,
                comments: entity.comments.map((c) => ({
                  ...c,
                  path:
                    c.path[0] === 'natGateways' && c.path[1] === natId
                      ? c.path.slice(2)
                      : ['\u0000'],
                })),
              },
              ['eips', 'snatEntries'],
            );
          }
        }
        if (
          Array.isArray(entity.value['vpcBindings']) &&
          entity.value['vpcBindings'].length === 0 &&
          !entity.comments.some((c) => c.path[0] === 'vpcBindings')
        ) {
          delete entity.value['vpcBindings'];
        }
      }
      collections[name] = sorted;
    }
    return {
      ...(defaults ? { defaults } : {}),
      collections,
      notes: this.notes,
      summary: {
        imported: this.imported,
        skipped: this.skipped,
        unresolved: this.unresolved + this.readerUnresolved,
      },
    };
  }
}

/** Removes empty arrays no comment is about (an empty list says what its absence says). */
function dropEmpty(entity: ImportedEntity, keys: string[]): void {
  for (const key of keys) {
    const list = entity.value[key];
    if (!Array.isArray(list) || list.length > 0) continue;
    if (entity.comments.some((c) => c.path[0] === key)) continue;
    delete entity.value[key];
  }
}

/** The value with `region` placed first (or after `after`), as the format writes it. */
function withRegion(value: JsonObject, region: string, after?: string): JsonObject {
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

/** Maps the resources of any Terraform source to a topology. Never throws on odd values. */
export function mapTerraform(
  result: TerraformReadResult,
  options: MapOptions = {},
): ImportedTopology {
  return new TerraformMapper(result, options).map();
}
