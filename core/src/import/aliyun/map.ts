// Saved Alibaba Cloud and DataWorks API responses → the topology the writer turns into a
// `*.dwnet.json` (IMPORT-SOURCES.md §1–2 for the fields). Each mapper below reads the
// responses of one family of operations; ids are assigned from names once the resources of a
// collection are all known, so a file's order never changes the output. What the responses
// cannot say (an exclusive group's bindings, a rule's source security group, a UDP rule the
// format cannot express) becomes an `unresolved` comment where the value would be.
import { Address4 } from 'ip-address';
import type { ImportNote } from '../terraform/resources';
import type {
  CollectionName,
  ImportComment,
  ImportedEntity,
  ImportedTopology,
  JsonValue,
} from '../topology';
import { assignIds } from './ids';
import {
  firstList,
  get,
  isObject,
  lineOf,
  list,
  strings,
  text,
  type Item,
  type Operation,
  type ResponseSet,
  type SavedResponse,
} from './responses';

interface Found {
  item: Item;
  response: SavedResponse;
}

type Value = { [key: string]: JsonValue };

/**
 * `DescribeVpcs:vpc-bp1… (cn-hangzhou/DescribeVpcs.json:5)`: the operation and the cloud id as
 * one word (merge.ts recognises an entity on re-import by the first word of its `from`
 * comment, so it must be unique and stable), then the file and the line.
 */
function fromText(found: Found, cloudId: string | undefined, label = cloudId): string {
  const { response } = found;
  return `${response.operation}${label ? `:${label}` : ''} (${response.file}:${lineOf(response, cloudId)})`;
}

function isIpv4(value: string): boolean {
  return Address4.isValid(value) && !value.includes('/');
}

function isCidrOrIp(value: string): boolean {
  return Address4.isValid(value);
}

interface Range {
  start: bigint;
  end: bigint;
}

function rangeOf(cidrOrIp: string): Range | undefined {
  if (!Address4.isValid(cidrOrIp)) return undefined;
  const address = new Address4(cidrOrIp);
  return { start: address.startAddress().bigInt(), end: address.endAddress().bigInt() };
}

function contains(outer: string, inner: string): boolean {
  const a = rangeOf(outer);
  const b = rangeOf(inner);
  return !!a && !!b && a.start <= b.start && b.end <= a.end;
}

/** Private, shared and loopback ranges: an address there is not on the Internet. */
const NOT_PUBLIC = [
  '10.0.0.0/8',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
];

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface VpcRecord {
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

interface DatabaseEndpoint {
  /** `rds` | `polardb` | `ecs`: who answers at this address. */
  kind: 'rds' | 'polardb' | 'ecs';
  cloudId: string;
  vpcCloudId?: string;
  address?: string;
  port?: number;
  /** Public endpoint (Internet), not the VPC one. */
  public?: boolean;
}

interface DatabaseRecord {
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

interface EcsInstance {
  cloudId: string;
  found: Found;
  vpcCloudId?: string;
  addresses: string[];
  securityGroups: string[];
}

/** Where a DataWorks data source connects, as its connection properties say. */
interface Target {
  instanceId?: string;
  /** The region the connection properties name for the instance (`regionId`). */
  region?: string;
  host?: string;
  port?: number;
}

const ENGINE_BY_TYPE: Record<string, string> = {
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
const NO_NETWORK_TYPES = new Set(['odps', 'maxcompute', 'emr', 'datahub', 'loghub', 'sls', 'ots']);

const RDS_ENGINE: Record<string, string> = {
  mysql: 'mysql',
  mariadb: 'mysql',
  postgresql: 'postgresql',
  pgsql: 'postgresql',
  sqlserver: 'sqlserver',
};

export class AliyunMapper {
  private readonly notes: ImportNote[];
  private readonly skipped: Record<string, number>;
  private readonly collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>> = {};
  private readonly imported: Record<string, number> = {};
  /** Ids handed out so far, in every collection (and ids reserved by a file merged into). */
  private readonly taken = new Set<string>();

  private readonly vpcRecords = new Map<string, VpcRecord>();
  private readonly vpcIds = new Map<string, string>();
  private readonly vSwitchIds = new Map<string, string>();
  private readonly vSwitchCidrs = new Map<string, string>();
  private readonly vSwitchVpc = new Map<string, string>();
  private readonly securityGroupIds = new Map<string, string>();
  private readonly dataCenterIds = new Map<string, string>();
  private readonly dataCenterCidrs = new Map<string, string[]>();
  private readonly resourceGroupIds = new Map<string, string>();
  /** DataWorks data source name (and `name@Dev`) → dwnet id. */
  private readonly dataSourceIds = new Map<string, string>();
  private readonly databases = new Map<string, DatabaseRecord>();
  private readonly ecsInstances: EcsInstance[] = [];
  private readonly owners = new Set<string>();

  constructor(
    private readonly responses: ResponseSet,
    reservedIds: Iterable<string> = [],
  ) {
    for (const id of reservedIds) this.taken.add(id);
    this.notes = [...responses.notes];
    this.skipped = { ...responses.skipped };
  }

  map(): ImportedTopology {
    this.readVpcs();
    this.readPeeringSides();
    this.assignNetworkIds();
    this.mapVpcs();
    this.mapNatGateways();
    this.mapSecurityGroups();
    this.mapDataCenters();
    this.mapConnections();
    this.readDatabases();
    this.readEcsInstances();
    this.mapDataSources();
    this.mapResourceGroups();
    this.mapTasks();
    return this.result();
  }

  // ---- plumbing -------------------------------------------------------------------------

  private all(operation: Operation): Found[] {
    const found: Found[] = [];
    for (const response of this.responses.byOperation.get(operation) ?? []) {
      for (const item of this.itemsOf(operation, response.body)) found.push({ item, response });
    }
    return found;
  }

  private has(operation: Operation): boolean {
    return (this.responses.byOperation.get(operation)?.length ?? 0) > 0;
  }

  private responsesOf(operation: Operation): SavedResponse[] {
    return this.responses.byOperation.get(operation) ?? [];
  }

  /** Whether a per-resource call was saved for `cloudId` (or saved once for all resources). */
  private collectedFor(operation: Operation, cloudId: string): boolean {
    return this.responsesOf(operation).some(
      (r) => r.qualifier === cloudId || r.qualifier === undefined,
    );
  }

  private itemsOf(operation: Operation, body: Item): Item[] {
    switch (operation) {
      case 'ListResourceGroups':
        return firstList(
          body,
          ['PagingInfo', 'ResourceGroupList'],
          ['ResourceGroupList'],
          ['Data'],
        );
      case 'GetResourceGroup':
        return isObject(get(body, 'ResourceGroup')) ? [get(body, 'ResourceGroup') as Item] : [];
      case 'ListNetworks':
        return firstList(body, ['PagingInfo', 'NetworkList'], ['NetworkList']);
      case 'ListRoutes':
        return firstList(body, ['PagingInfo', 'RouteList'], ['RouteList']);
      case 'ListDataSources':
        return firstList(
          body,
          ['PagingInfo', 'DataSources'],
          ['Data', 'DataSources'],
          ['DataSources'],
        );
      case 'ListTasks':
        return firstList(body, ['PagingInfo', 'Tasks'], ['Tasks']);
      case 'ListProjects':
        return []; // read by the collector for the workspace ids only
      case 'DescribeVpcs':
        return list(body, 'Vpcs', 'Vpc');
      case 'DescribeVSwitches':
        return list(body, 'VSwitches', 'VSwitch');
      case 'DescribeNatGateways':
        return list(body, 'NatGateways', 'NatGateway');
      case 'DescribeSnatTableEntries':
        return list(body, 'SnatTableEntries', 'SnatTableEntry');
      case 'DescribeEipAddresses':
        return list(body, 'EipAddresses', 'EipAddress');
      case 'DescribeRouteTableList':
        return list(body, 'RouterTableList', 'RouterTableListType');
      case 'DescribeRouteEntryList':
        return list(body, 'RouteEntrys', 'RouteEntry');
      case 'DescribeCens':
        return list(body, 'Cens', 'Cen');
      case 'DescribeCenAttachedChildInstances':
        return list(body, 'ChildInstances', 'ChildInstance');
      case 'ListTransitRouterVpcAttachments':
        return list(body, 'TransitRouterAttachments');
      case 'ListVpcPeerConnections':
      case 'DescribeVpcPeerConnections':
        return firstList(body, ['VpcPeerConnects'], ['VpcPeerConnections', 'VpcPeerConnection']);
      case 'DescribeVpnGateways':
        return list(body, 'VpnGateways', 'VpnGateway');
      case 'DescribeVpnConnections':
        return list(body, 'VpnConnections', 'VpnConnection');
      case 'DescribeCustomerGateways':
        return list(body, 'CustomerGateways', 'CustomerGateway');
      case 'DescribeVirtualBorderRouters':
        return list(body, 'VirtualBorderRouterSet', 'VirtualBorderRouterType');
      case 'DescribeDBInstances':
        return list(body, 'Items', 'DBInstance');
      case 'DescribeDBInstanceNetInfo':
        return list(body, 'DBInstanceNetInfos', 'DBInstanceNetInfo');
      case 'DescribeDBInstanceIPArrayList':
        return list(body, 'Items', 'DBInstanceIPArray');
      case 'DescribeDBClusters':
        return list(body, 'Items', 'DBCluster');
      case 'DescribeDBClusterEndpoints':
        return list(body, 'Items', 'DBEndpoint');
      case 'DescribeDBClusterAccessWhitelist':
        return list(body, 'Items', 'DBClusterIPArray');
      case 'DescribeSecurityGroups':
        return list(body, 'SecurityGroups', 'SecurityGroup');
      case 'DescribeSecurityGroupAttribute':
        return [body];
      case 'DescribeInstances':
        return list(body, 'Instances', 'Instance');
    }
  }

  private collection(name: CollectionName): Map<string, ImportedEntity> {
    let map = this.collections[name];
    if (!map) {
      map = new Map();
      this.collections[name] = map;
    }
    return map;
  }

  private count(kind: string): void {
    this.imported[kind] = (this.imported[kind] ?? 0) + 1;
  }

  private skip(what: string): void {
    this.skipped[what] = (this.skipped[what] ?? 0) + 1;
  }

  private note(level: ImportNote['level'], message: string, found?: Found, cloudId?: string): void {
    this.notes.push({
      level,
      message,
      ...(found ? { file: found.response.file, line: lineOf(found.response, cloudId) } : {}),
    });
  }

  // ---- VPCs and vSwitches ---------------------------------------------------------------

  private readVpcs(): void {
    for (const found of this.all('DescribeVpcs')) {
      const cloudId = text(found.item, 'VpcId');
      const cidr = text(found.item, 'CidrBlock');
      if (!cloudId) continue;
      if (!cidr) {
        this.note('warning', `VPC ${cloudId} has no IPv4 CidrBlock; skipped`, found, cloudId);
        continue;
      }
      const owner = text(found.item, 'OwnerId');
      if (owner) this.owners.add(owner);
      this.vpcRecords.set(cloudId, {
        cloudId,
        cidr,
        found,
        secondary: strings(found.item, 'SecondaryCidrBlocks', 'SecondaryCidrBlock'),
        ...optional('name', text(found.item, 'VpcName')),
        ...optional('region', text(found.item, 'RegionId') ?? found.response.region),
        ...optional('owner', owner),
      });
    }
  }

  /** A peering's accepting VPC in another account or an uncollected region: its side says its CIDR. */
  private readPeeringSides(): void {
    for (const found of [
      ...this.all('ListVpcPeerConnections'),
      ...this.all('DescribeVpcPeerConnections'),
    ]) {
      const sides: [unknown, string | undefined, string | undefined][] = [
        [
          get(found.item, 'Vpc'),
          text(found.item, 'RegionId') ?? found.response.region,
          text(found.item, 'OwnerId'),
        ],
        [
          get(found.item, 'AcceptingVpc'),
          text(found.item, 'AcceptingRegionId'),
          text(found.item, 'AcceptingOwnerUid'),
        ],
      ];
      for (const [side, region, owner] of sides) {
        const cloudId = text(side, 'VpcId');
        const cidr = strings(side, 'Ipv4Cidrs')[0];
        if (!cloudId || !cidr || this.vpcRecords.has(cloudId)) continue;
        if (owner) this.owners.add(owner);
        this.vpcRecords.set(cloudId, {
          cloudId,
          cidr,
          found,
          secondary: strings(side, 'Ipv4Cidrs').slice(1),
          foreign: true,
          ...optional('region', region),
          ...optional('owner', owner),
        });
      }
    }
  }

  /** Ids of VPCs and vSwitches: every later mapper refers to them. */
  private assignNetworkIds(): void {
    const ids = assignIds(
      [...this.vpcRecords.values()].map((v) => ({
        cloudId: v.cloudId,
        ...optional('name', v.name),
      })),
      this.taken,
      'vpc',
    );
    for (const [cloud, id] of ids) this.vpcIds.set(cloud, id);

    const vSwitches = unique(this.all('DescribeVSwitches'), 'VSwitchId', 'VswitchId').filter(
      (f) => {
        const vpc = text(f.item, 'VpcId');
        const id = text(f.item, 'VSwitchId', 'VswitchId');
        if (!id) return false;
        if (!vpc || !this.vpcIds.has(vpc)) {
          this.note(
            'warning',
            `vSwitch ${id}: its VPC ${vpc ?? '(none)'} is not in DescribeVpcs; skipped`,
            f,
            id,
          );
          return false;
        }
        if (!text(f.item, 'CidrBlock')) return false;
        return true;
      },
    );
    const vswIds = assignIds(
      vSwitches.map((f) => ({
        cloudId: text(f.item, 'VSwitchId', 'VswitchId') ?? '',
        ...optional('name', text(f.item, 'VSwitchName', 'VswitchName')),
      })),
      this.taken,
      'vsw',
    );
    for (const f of vSwitches) {
      const cloud = text(f.item, 'VSwitchId', 'VswitchId') ?? '';
      this.vSwitchIds.set(cloud, vswIds.get(cloud) ?? cloud);
      this.vSwitchCidrs.set(cloud, text(f.item, 'CidrBlock') ?? '');
      this.vSwitchVpc.set(cloud, text(f.item, 'VpcId') ?? '');
    }
    this.vSwitchFinds = vSwitches;
  }

  private vSwitchFinds: Found[] = [];

  private mapVpcs(): void {
    const accounts = this.owners.size > 1;
    for (const record of this.vpcRecords.values()) {
      const id = this.vpcIds.get(record.cloudId) ?? record.cloudId;
      const value: Value = {};
      if (accounts && record.owner) value['account'] = accountId(record.owner);
      if (record.region) value['region'] = record.region;
      value['cidr'] = record.cidr;
      const comments: ImportComment[] = [
        {
          path: [],
          kind: 'from',
          text: record.foreign
            ? `${fromText(record.found, record.cloudId)}: the other side of peering ${text(record.found.item, 'InstanceId') ?? ''}`
            : fromText(record.found, record.cloudId),
        },
      ];
      if (record.secondary.length > 0) {
        comments.push({
          path: ['cidr'],
          kind: 'unresolved',
          text: `secondary CIDR blocks ${record.secondary.join(', ')} not imported: the format has one cidr per VPC`,
        });
      }
      this.collection('vpcs').set(id, { value, comments });
      this.count('vpcs');
    }
    if (accounts) {
      for (const owner of [...this.owners].sort()) {
        this.collection('accounts').set(accountId(owner), {
          value: { uid: owner },
          comments: [{ path: [], kind: 'from', text: `OwnerId ${owner} of the VPCs` }],
        });
        this.count('accounts');
      }
    }
    for (const f of this.vSwitchFinds) {
      const cloud = text(f.item, 'VSwitchId', 'VswitchId') ?? '';
      const vpc = this.vpcEntity(text(f.item, 'VpcId'));
      if (!vpc) continue;
      const id = this.vSwitchIds.get(cloud) ?? cloud;
      const vSwitches = objectAt(vpc.value, 'vSwitches');
      const value: Value = {};
      const zone = text(f.item, 'ZoneId');
      if (zone) value['zone'] = zone;
      value['cidr'] = text(f.item, 'CidrBlock') ?? '';
      vSwitches[id] = value;
      vpc.comments.push({ path: ['vSwitches', id], kind: 'from', text: fromText(f, cloud) });
      const secondary = this.secondaryBlockOf(text(f.item, 'VpcId'), String(value['cidr']));
      if (secondary) {
        // The VPC really holds it: the check the format would get wrong is silenced, saying why.
        vpc.comments.push({
          path: ['vSwitches', id],
          kind: 'suppress',
          text: `dwnet-ignore vswitch-outside-vpc -- in the VPC's secondary CIDR block ${secondary} (the format has one cidr per VPC)`,
        });
      }
      this.count('vSwitches');
    }
  }

  /** The secondary block of a VPC that holds `cidr` when its primary block does not. */
  private secondaryBlockOf(vpcCloudId: string | undefined, cidr: string): string | undefined {
    const record = vpcCloudId ? this.vpcRecords.get(vpcCloudId) : undefined;
    if (!record || contains(record.cidr, cidr)) return undefined;
    return record.secondary.find((block) => contains(block, cidr));
  }

  private vpcEntity(cloudId: string | undefined): ImportedEntity | undefined {
    const id = cloudId ? this.vpcIds.get(cloudId) : undefined;
    return id ? this.collections.vpcs?.get(id) : undefined;
  }

  // ---- NAT gateways, EIPs, SNAT ----------------------------------------------------------

  private mapNatGateways(): void {
    const gateways = unique(this.all('DescribeNatGateways'), 'NatGatewayId');
    const eipsByGateway = new Map<string, Set<string>>();
    for (const f of this.all('DescribeEipAddresses')) {
      const type = (text(f.item, 'InstanceType') ?? '').toLowerCase();
      const instance = text(f.item, 'InstanceId');
      const ip = text(f.item, 'IpAddress');
      if (type !== 'nat' || !instance || !ip) {
        this.skip('DescribeEipAddresses: EIP not on a NAT gateway');
        continue;
      }
      const set = eipsByGateway.get(instance) ?? new Set<string>();
      set.add(ip);
      eipsByGateway.set(instance, set);
    }
    const snatEntries = this.all('DescribeSnatTableEntries');
    const ids = assignIds(
      gateways.map((f) => ({
        cloudId: text(f.item, 'NatGatewayId') ?? '',
        ...optional('name', text(f.item, 'Name')),
      })),
      this.taken,
      'ngw',
    );
    for (const f of gateways) {
      const cloud = text(f.item, 'NatGatewayId') ?? '';
      const networkType = (text(f.item, 'NetworkType') ?? 'internet').toLowerCase();
      if (networkType === 'intranet') {
        this.skip('DescribeNatGateways: VPC NAT gateway, not a way to the Internet');
        this.vpcEntity(text(f.item, 'VpcId'))?.comments.push({
          path: [],
          kind: 'note',
          text: `VPC NAT gateway ${cloud} (intranet) not imported: it is not a way to the Internet`,
        });
        continue;
      }
      const vpc = this.vpcEntity(text(f.item, 'VpcId'));
      if (!vpc) {
        this.note(
          'warning',
          `NAT gateway ${cloud}: its VPC ${text(f.item, 'VpcId') ?? '(none)'} is not in DescribeVpcs; skipped`,
          f,
          cloud,
        );
        continue;
      }
      const id = ids.get(cloud) ?? cloud;
      const comments: ImportComment[] = [
        { path: ['natGateways', id], kind: 'from', text: fromText(f, cloud) },
      ];
      const vSwitchCloud =
        text(get(f.item, 'NatGatewayPrivateInfo'), 'VswitchId', 'VSwitchId') ??
        text(f.item, 'VSwitchId', 'VswitchId');
      const vSwitch = vSwitchCloud ? this.vSwitchIds.get(vSwitchCloud) : undefined;
      if (!vSwitch) {
        this.note(
          'warning',
          `NAT gateway ${cloud}: its vSwitch ${vSwitchCloud ?? '(none)'} is not in DescribeVSwitches; the gateway was not imported (the format needs its vSwitch)`,
          f,
          cloud,
        );
        continue;
      }
      const eips = new Set<string>(eipsByGateway.get(cloud) ?? []);
      for (const ip of list(f.item, 'IpLists', 'IpList')) {
        const address = text(ip, 'IpAddress');
        if (address && isIpv4(address)) eips.add(address);
      }
      const snatTables = new Set(strings(f.item, 'SnatTableIds', 'SnatTableId'));
      const entries: Value[] = [];
      for (const e of snatEntries) {
        const gatewayOf = text(e.item, 'NatGatewayId') ?? e.response.qualifier;
        const table = text(e.item, 'SnatTableId');
        if (gatewayOf !== cloud && !(table && snatTables.has(table))) continue;
        const entryId = text(e.item, 'SnatEntryId');
        const sourceVsw = text(e.item, 'SourceVSwitchId', 'SourceVswitchId');
        const sourceCidr = text(e.item, 'SourceCIDR', 'SourceCidr');
        const source = (sourceVsw && this.vSwitchIds.get(sourceVsw)) ?? sourceCidr;
        const ips = strings(e.item, 'SnatIp');
        const index = entries.length;
        if (!source) {
          this.note(
            'warning',
            `SNAT entry ${entryId ?? ''} of ${cloud} has no source vSwitch or CIDR; skipped`,
            e,
            entryId,
          );
          continue;
        }
        const entry: Value = { source };
        if (ips[0]) entry['eip'] = ips[0];
        entries.push(entry);
        comments.push({
          path: ['natGateways', id, 'snatEntries', index],
          kind: 'from',
          text: fromText(e, entryId),
        });
        if (ips.length > 1) {
          comments.push({
            path: ['natGateways', id, 'snatEntries', index],
            kind: 'unresolved',
            text: `SNAT IPs ${ips.slice(1).join(', ')} not imported: the format has one EIP per SNAT entry (a whitelist needs every one of them)`,
          });
        }
        for (const ip of ips) if (isIpv4(ip)) eips.add(ip);
      }
      const value: Value = { vSwitch };
      value['eips'] = [...eips].sort(byText);
      if (eips.size === 0 && !this.has('DescribeEipAddresses')) {
        comments.push({
          path: ['natGateways', id, 'eips'],
          kind: 'unresolved',
          text: `EIPs of ${cloud}: its IpLists is empty and DescribeEipAddresses is not in the responses`,
        });
      }
      if (entries.length > 0) value['snatEntries'] = entries;
      if (!this.has('DescribeSnatTableEntries')) {
        comments.push({
          path: ['natGateways', id],
          kind: 'unresolved',
          text: `SNAT entries: DescribeSnatTableEntries of ${cloud} not in the responses`,
        });
      }
      objectAt(vpc.value, 'natGateways')[id] = value;
      vpc.comments.push(...comments);
      this.count('natGateways');
    }
  }

  // ---- security groups -------------------------------------------------------------------

  private mapSecurityGroups(): void {
    const groups = new Map<string, Found>();
    for (const f of this.all('DescribeSecurityGroups')) {
      const id = text(f.item, 'SecurityGroupId');
      if (id && !groups.has(id)) groups.set(id, f);
    }
    const attributes = new Map<string, Found>();
    for (const f of this.all('DescribeSecurityGroupAttribute')) {
      const id = text(f.item, 'SecurityGroupId') ?? f.response.qualifier;
      if (!id) continue;
      const previous = attributes.get(id);
      if (previous) {
        // A second page (NextToken): its permissions join the first page's.
        const merged = [
          ...list(previous.item, 'Permissions', 'Permission'),
          ...list(f.item, 'Permissions', 'Permission'),
        ];
        attributes.set(id, {
          item: { ...previous.item, Permissions: { Permission: merged } },
          response: previous.response,
        });
      } else attributes.set(id, f);
      if (!groups.has(id)) groups.set(id, f);
    }
    const usable = [...groups].filter(([cloud, f]) => {
      const vpc = text(f.item, 'VpcId') ?? text(attributes.get(cloud)?.item, 'VpcId');
      if (vpc && this.vpcIds.has(vpc)) return true;
      this.note(
        'warning',
        `security group ${cloud}: its VPC ${vpc ?? '(none)'} is not in DescribeVpcs; skipped`,
        f,
        cloud,
      );
      return false;
    });
    const ids = assignIds(
      usable.map(([cloud, f]) => ({
        cloudId: cloud,
        ...optional('name', text(f.item, 'SecurityGroupName')),
      })),
      this.taken,
      'sg',
    );
    for (const [cloud, f] of usable) {
      const attribute = attributes.get(cloud);
      const vpcCloud = text(f.item, 'VpcId') ?? text(attribute?.item, 'VpcId') ?? '';
      const id = ids.get(cloud) ?? cloud;
      this.securityGroupIds.set(cloud, id);
      const type = (
        text(f.item, 'SecurityGroupType') ??
        text(attribute?.item, 'SecurityGroupType') ??
        'normal'
      ).toLowerCase();
      const value: Value = {
        vpc: this.vpcIds.get(vpcCloud) ?? vpcCloud,
        type: type === 'enterprise' ? 'advanced' : 'basic',
      };
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(f, cloud) }];
      if (!attribute) {
        comments.push({
          path: [],
          kind: 'unresolved',
          text: `rules: DescribeSecurityGroupAttribute of ${cloud} not in the responses`,
        });
      } else {
        const rules: Value[] = [];
        for (const permission of list(attribute.item, 'Permissions', 'Permission')) {
          const rule = this.rule(permission, cloud);
          if (typeof rule === 'string')
            comments.push({ path: ['rules'], kind: 'unresolved', text: rule });
          else rules.push(rule);
        }
        value['rules'] = rules;
        if (attribute !== f)
          comments.push({ path: ['rules'], kind: 'from', text: fromText(attribute, cloud) });
        const inner = (text(attribute.item, 'InnerAccessPolicy') ?? '').toLowerCase();
        if (type !== 'enterprise' && inner === 'drop') {
          comments.push({
            path: ['type'],
            kind: 'unresolved',
            text: 'inner access policy Drop: members of this basic group do not reach each other (the format assumes Accept)',
          });
        }
      }
      this.collection('securityGroups').set(id, { value, comments });
      this.count('securityGroups');
    }
  }

  /** A permission as a dwnet rule, or why it was not imported. */
  private rule(permission: Item, group: string): Value | string {
    const direction = (text(permission, 'Direction') ?? '').toLowerCase();
    const ruleId = text(permission, 'SecurityGroupRuleId') ?? '';
    const label = `rule ${ruleId || '(no id)'} of ${group}`;
    if (direction !== 'ingress' && direction !== 'egress')
      return `${label} not imported: direction ${direction || '(none)'}`;
    const protocol = (text(permission, 'IpProtocol') ?? 'ALL').toUpperCase();
    if (protocol !== 'TCP' && protocol !== 'ALL') {
      return `${label} (${direction} ${protocol} ${text(permission, 'PortRange') ?? ''}) not imported: the format has no protocol yet, and a rule for ${protocol} does not open a TCP port`;
    }
    const cidr =
      direction === 'ingress' ? text(permission, 'SourceCidrIp') : text(permission, 'DestCidrIp');
    if (!cidr) {
      const group = text(permission, direction === 'ingress' ? 'SourceGroupId' : 'DestGroupId');
      const prefixList = text(
        permission,
        direction === 'ingress' ? 'SourcePrefixListId' : 'DestPrefixListId',
      );
      const ipv6 = text(
        permission,
        direction === 'ingress' ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp',
      );
      const what = group
        ? `security group ${group}`
        : prefixList
          ? `prefix list ${prefixList}`
          : ipv6
            ? `IPv6 ${ipv6}`
            : 'no CIDR';
      return `${label} (${direction} ${what}) not imported: the format's rules name IPv4 CIDR blocks`;
    }
    const rule: Value = { direction, cidr };
    const ports = portsOf(text(permission, 'PortRange'));
    if (ports === undefined)
      return `${label} not imported: port range ${text(permission, 'PortRange')} not understood`;
    if (ports !== 'all') rule['ports'] = ports;
    const policy = (text(permission, 'Policy') ?? 'accept').toLowerCase();
    if (policy === 'drop') rule['policy'] = 'drop';
    const priority = Number(text(permission, 'Priority') ?? '1');
    if (Number.isInteger(priority) && priority >= 1 && priority <= 100 && priority !== 1)
      rule['priority'] = priority;
    return rule;
  }

  // ---- data centers (Express Connect VBRs, VPN customer networks) -----------------------

  private vbrVpcs = new Map<string, Set<string>>();

  private mapDataCenters(): void {
    // Route tables: which VPC or VBR owns each.
    const tableOwner = new Map<string, string>();
    for (const f of this.all('DescribeRouteTableList')) {
      const table = text(f.item, 'RouteTableId');
      const owner = text(f.item, 'VpcId') ?? text(f.item, 'RouterId');
      if (table && owner) tableOwner.set(table, owner);
    }
    for (const f of this.all('DescribeVpcs')) {
      for (const table of strings(f.item, 'RouterTableIds', 'RouterTableIds'))
        tableOwner.set(table, text(f.item, 'VpcId') ?? '');
    }
    const vbrs = this.all('DescribeVirtualBorderRouters').filter((f) => text(f.item, 'VbrId'));
    for (const f of vbrs) {
      const table = text(f.item, 'RouteTableId');
      if (table) tableOwner.set(table, text(f.item, 'VbrId') ?? '');
    }
    const cidrsOfVbr = new Map<string, Set<string>>();
    const add = (vbr: string, cidr: string): void => {
      const set = cidrsOfVbr.get(vbr) ?? new Set<string>();
      set.add(cidr);
      cidrsOfVbr.set(vbr, set);
    };
    for (const f of this.all('DescribeRouteEntryList')) {
      const table = text(f.item, 'RouteTableId') ?? f.response.qualifier ?? '';
      const owner = tableOwner.get(table) ?? '';
      const destination = text(f.item, 'DestinationCidrBlock');
      const type = (text(f.item, 'Type') ?? '').toLowerCase();
      if (
        !destination ||
        type === 'system' ||
        !isCidrOrIp(destination) ||
        destination === '0.0.0.0/0'
      )
        continue;
      const hops = list(f.item, 'NextHops', 'NextHop');
      if (owner.startsWith('vbr-')) {
        // A VBR's own routes lead to the data center behind it, unless they point back into a VPC.
        const intoVpc = hops.some(
          (h) =>
            /routerinterface|vpc/i.test(text(h, 'NextHopType') ?? '') &&
            !/vbr/i.test(text(h, 'NextHopOppsiteType') ?? ''),
        );
        if (!intoVpc) add(owner, destination);
      } else if (owner) {
        for (const hop of hops) {
          const opposite =
            text(hop, 'NextHopOppsiteInstanceId') ??
            text(get(hop, 'NextHopRelatedInfo'), 'InstanceId');
          if (opposite?.startsWith('vbr-')) {
            add(opposite, destination);
            const vpcs = this.vbrVpcs.get(opposite) ?? new Set<string>();
            vpcs.add(owner);
            this.vbrVpcs.set(opposite, vpcs);
          }
        }
      }
    }
    // VPN: each customer gateway (or connection without one) is a network of its own.
    const customerGateways = new Map<string, Found>();
    for (const f of this.all('DescribeCustomerGateways')) {
      const id = text(f.item, 'CustomerGatewayId');
      if (id) customerGateways.set(id, f);
    }
    const vpnCenters = new Map<string, { found: Found; cidrs: Set<string>; name?: string }>();
    for (const f of this.all('DescribeVpnConnections')) {
      const connection = text(f.item, 'VpnConnectionId') ?? '';
      const key = text(f.item, 'CustomerGatewayId') ?? connection;
      if (!key) continue;
      const entry = vpnCenters.get(key) ?? {
        found: customerGateways.get(key) ?? f,
        cidrs: new Set<string>(),
        ...optional('name', text(customerGateways.get(key)?.item, 'Name') ?? text(f.item, 'Name')),
      };
      for (const cidr of strings(f.item, 'RemoteSubnet'))
        if (isCidrOrIp(cidr) && cidr !== '0.0.0.0/0') entry.cidrs.add(cidr);
      vpnCenters.set(key, entry);
    }
    const named = [
      ...vbrs.map((f) => ({
        cloudId: text(f.item, 'VbrId') ?? '',
        ...optional('name', text(f.item, 'Name')),
      })),
      ...[...vpnCenters].map(([cloudId, e]) => ({ cloudId, ...optional('name', e.name) })),
    ];
    const ids = assignIds(named, this.taken, 'dc');
    const write = (cloud: string, found: Found, cidrs: string[], what: string): void => {
      const id = ids.get(cloud) ?? cloud;
      this.dataCenterIds.set(cloud, id);
      this.dataCenterCidrs.set(cloud, cidrs);
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(found, cloud) }];
      if (cidrs.length === 0) {
        comments.push({
          path: ['cidrs'],
          kind: 'unresolved',
          text: `the CIDR blocks of the data center behind ${what} ${cloud}: no route in the responses names them; add them`,
        });
      }
      this.collection('dataCenters').set(id, {
        value: { cidrs: [...cidrs].sort(byText) },
        comments,
      });
      this.count('dataCenters');
    };
    for (const f of vbrs) {
      const cloud = text(f.item, 'VbrId') ?? '';
      write(cloud, f, [...(cidrsOfVbr.get(cloud) ?? [])], 'virtual border router');
    }
    for (const [cloud, entry] of vpnCenters)
      write(cloud, entry.found, [...entry.cidrs], 'VPN connection');
  }

  // ---- connections -----------------------------------------------------------------------

  private mapConnections(): void {
    const connections: {
      cloudId: string;
      name?: string;
      type: string;
      members: string[];
      found: Found;
      unresolved: string[];
    }[] = [];
    const memberId = (cloud: string): string | undefined =>
      this.vpcIds.get(cloud) ?? this.dataCenterIds.get(cloud);

    // CEN: classic attachments and transit router VPC attachments, one connection per CEN.
    const cens = new Map<string, { members: Set<string>; found: Found; unresolved: string[] }>();
    const cenNames = new Map<string, string>();
    for (const f of this.all('DescribeCens')) {
      const id = text(f.item, 'CenId');
      const name = text(f.item, 'Name');
      if (id && name) cenNames.set(id, name);
    }
    const attach = (cen: string, child: string, f: Found): void => {
      const entry = cens.get(cen) ?? { members: new Set<string>(), found: f, unresolved: [] };
      const member = memberId(child);
      if (member) entry.members.add(member);
      else
        entry.unresolved.push(
          `member ${child}: not in the responses (collect its region or account)`,
        );
      cens.set(cen, entry);
    };
    for (const f of this.all('DescribeCenAttachedChildInstances')) {
      const cen = text(f.item, 'CenId') ?? f.response.qualifier;
      const child = text(f.item, 'ChildInstanceId');
      const status = (text(f.item, 'Status') ?? 'Attached').toLowerCase();
      if (!cen || !child || status === 'detaching' || status === 'detached') continue;
      attach(cen, child, f);
    }
    for (const f of this.all('ListTransitRouterVpcAttachments')) {
      const cen = text(f.item, 'CenId') ?? f.response.qualifier;
      const vpc = text(f.item, 'VpcId');
      const status = (text(f.item, 'Status') ?? 'Attached').toLowerCase();
      if (!cen || !vpc || status === 'detaching' || status === 'detached') continue;
      attach(cen, vpc, f);
    }
    for (const [cen, entry] of cens) {
      connections.push({
        cloudId: cen,
        type: 'cen',
        members: [...entry.members],
        found: entry.found,
        unresolved: entry.unresolved,
        ...optional('name', cenNames.get(cen)),
      });
    }

    // VPC peering.
    for (const f of [
      ...this.all('ListVpcPeerConnections'),
      ...this.all('DescribeVpcPeerConnections'),
    ]) {
      const cloud = text(f.item, 'InstanceId', 'PeerConnectionId', 'VpcPeerConnectionId');
      const status = (text(f.item, 'Status') ?? 'Activated').toLowerCase();
      if (!cloud || !/activated|available|active/.test(status)) continue;
      const sides = [
        text(get(f.item, 'Vpc'), 'VpcId') ?? text(f.item, 'VpcId'),
        text(get(f.item, 'AcceptingVpc'), 'VpcId') ?? text(f.item, 'AcceptingVpcId'),
      ];
      const members: string[] = [];
      const unresolved: string[] = [];
      for (const side of sides) {
        const member = side ? memberId(side) : undefined;
        if (member) members.push(member);
        else unresolved.push(`member ${side ?? '(none)'}: not in the responses`);
      }
      connections.push({
        cloudId: cloud,
        type: 'vpcPeering',
        members,
        found: f,
        unresolved,
        ...optional('name', text(f.item, 'Name')),
      });
    }

    // Express Connect: a VBR joined to a VPC by router interfaces (not through a CEN).
    const inCen = new Set([...cens.values()].flatMap((c) => [...c.members]));
    for (const [vbr, vpcs] of this.vbrVpcs) {
      const dataCenter = this.dataCenterIds.get(vbr);
      if (!dataCenter) continue;
      for (const vpc of [...vpcs].sort()) {
        const vpcId = this.vpcIds.get(vpc);
        if (!vpcId) continue;
        if (inCen.has(dataCenter) && inCen.has(vpcId)) continue;
        const found = this.all('DescribeVirtualBorderRouters').find(
          (f) => text(f.item, 'VbrId') === vbr,
        );
        if (!found) continue;
        connections.push({
          cloudId: `${vbr}`,
          type: 'expressConnect',
          members: [vpcId, dataCenter],
          found,
          unresolved: [],
          ...optional('name', text(found.item, 'Name')),
        });
      }
    }

    // VPN gateways: the gateway's VPC and each customer network.
    const gateways = new Map<string, Found>();
    for (const f of this.all('DescribeVpnGateways')) {
      const id = text(f.item, 'VpnGatewayId');
      if (id) gateways.set(id, f);
    }
    for (const f of this.all('DescribeVpnConnections')) {
      const cloud = text(f.item, 'VpnConnectionId');
      const gatewayId = text(f.item, 'VpnGatewayId');
      const dataCenter = this.dataCenterIds.get(text(f.item, 'CustomerGatewayId') ?? cloud ?? '');
      if (!cloud || !dataCenter) continue;
      const gateway = gatewayId ? gateways.get(gatewayId) : undefined;
      const vpc = gateway ? this.vpcIds.get(text(gateway.item, 'VpcId') ?? '') : undefined;
      const unresolved = vpc
        ? []
        : [
            `the VPC of VPN gateway ${gatewayId ?? '(none)'}: DescribeVpnGateways does not name one in the responses`,
          ];
      connections.push({
        cloudId: cloud,
        type: 'vpnGateway',
        members: vpc ? [vpc, dataCenter] : [dataCenter],
        found: f,
        unresolved,
        ...optional('name', text(f.item, 'Name')),
      });
    }

    const key = (c: (typeof connections)[number]): string =>
      c.cloudId + (c.type === 'expressConnect' ? `:${c.members[0]}` : '');
    const ids = new Map<string, string>();
    const prefixes: [string, string][] = [
      ['cen', 'cen'],
      ['vpcPeering', 'peer'],
      ['expressConnect', 'ec'],
      ['vpnGateway', 'vpn'],
    ];
    for (const [type, prefix] of prefixes) {
      const ofType = connections.filter((c) => c.type === type && c.members.length >= 2);
      const named = ofType.map((c) => ({ cloudId: key(c), ...optional('name', c.name) }));
      for (const [cloud, id] of assignIds(named, this.taken, prefix)) ids.set(cloud, id);
    }
    for (const c of connections) {
      if (c.members.length < 2) {
        this.note(
          'unresolved',
          `connection ${c.cloudId} (${c.type}) not imported: fewer than two of its members are in the responses (${c.unresolved.join('; ')})`,
          c.found,
          c.cloudId,
        );
        continue;
      }
      const id = ids.get(key(c)) ?? c.cloudId;
      const comments: ImportComment[] = [
        {
          path: [],
          kind: 'from',
          // One VBR may reach several VPCs: each connection is the VBR and its VPC.
          text: fromText(c.found, c.cloudId, c.type === 'expressConnect' ? key(c) : c.cloudId),
        },
      ];
      for (const u of c.unresolved)
        comments.push({ path: ['members'], kind: 'unresolved', text: u });
      this.collection('connections').set(id, {
        value: { type: c.type, members: [...new Set(c.members)].sort(byText) },
        comments,
      });
      this.count('connections');
    }
  }

  // ---- databases: RDS, PolarDB, ECS ------------------------------------------------------

  private readDatabases(): void {
    const netInfo = new Map<string, Found[]>();
    for (const f of this.all('DescribeDBInstanceNetInfo')) {
      const id = f.response.qualifier ?? text(f.response.body, 'DBInstanceId');
      if (!id) continue;
      netInfo.set(id, [...(netInfo.get(id) ?? []), f]);
    }
    const ipArrays = new Map<string, Found[]>();
    for (const f of this.all('DescribeDBInstanceIPArrayList')) {
      const id = f.response.qualifier ?? text(f.response.body, 'DBInstanceId');
      if (!id) continue;
      ipArrays.set(id, [...(ipArrays.get(id) ?? []), f]);
    }
    for (const f of this.all('DescribeDBInstances')) {
      const cloud = text(f.item, 'DBInstanceId');
      if (!cloud) continue;
      const engineName = (text(f.item, 'Engine') ?? '').toLowerCase();
      const classic = (text(f.item, 'InstanceNetworkType') ?? '').toLowerCase() === 'classic';
      const record: DatabaseRecord = {
        kind: 'rds',
        cloudId: cloud,
        engine: RDS_ENGINE[engineName] ?? 'other',
        classic,
        found: f,
        whitelistSkipped: [],
        ...optional('name', text(f.item, 'DBInstanceDescription')),
        ...optional('vpcCloudId', text(f.item, 'VpcId', 'VPCId')),
      };
      for (const n of netInfo.get(cloud) ?? []) {
        const ipType = (text(n.item, 'IPType') ?? '').toLowerCase();
        const endpoint: DatabaseEndpoint = {
          kind: 'rds',
          cloudId: cloud,
          ...optional('address', text(n.item, 'IPAddress')),
          ...optional('port', portNumber(text(n.item, 'Port'))),
          ...optional('vpcCloudId', text(n.item, 'VPCId', 'VpcId')),
        };
        const host = text(n.item, 'ConnectionString');
        if (ipType === 'public') {
          record.publicEndpoint = { ...endpoint, public: true };
          if (host) this.hosts.set(host.toLowerCase(), record.publicEndpoint);
        } else if (ipType === 'private' || (ipType !== 'inner' && endpoint.vpcCloudId)) {
          if (!record.privateEndpoint) record.privateEndpoint = endpoint;
          if (host) this.hosts.set(host.toLowerCase(), endpoint);
          if (!record.vpcCloudId && endpoint.vpcCloudId) record.vpcCloudId = endpoint.vpcCloudId;
        }
        if (endpoint.address)
          this.hosts.set(
            endpoint.address,
            ipType === 'public' ? { ...endpoint, public: true } : endpoint,
          );
      }
      const arrays = ipArrays.get(cloud);
      if (arrays) {
        const whitelist = new Set<string>();
        for (const a of arrays) {
          if ((text(a.item, 'DBInstanceIPArrayAttribute') ?? '').toLowerCase() === 'hidden')
            continue;
          if ((text(a.item, 'SecurityIPType') ?? 'ipv4').toLowerCase() === 'ipv6') continue;
          // In the enhanced whitelist mode a group applies to one network type only: a
          // classic-network group lets nobody in over the VPC.
          const networkType = (text(a.item, 'WhitelistNetworkType') ?? 'mix').toLowerCase();
          if (networkType === 'classic' && !classic) continue;
          for (const entry of strings(a.item, 'SecurityIPList')) {
            if (isCidrOrIp(entry)) whitelist.add(entry);
            else record.whitelistSkipped.push(entry);
          }
        }
        record.whitelist = [...whitelist].sort(byText);
      }
      this.databases.set(cloud, record);
    }

    const endpoints = new Map<string, Found[]>();
    for (const f of this.all('DescribeDBClusterEndpoints')) {
      const id =
        text(f.item, 'DBClusterId') ?? f.response.qualifier ?? text(f.response.body, 'DBClusterId');
      if (id) endpoints.set(id, [...(endpoints.get(id) ?? []), f]);
    }
    const whitelists = new Map<string, Found[]>();
    for (const f of this.all('DescribeDBClusterAccessWhitelist')) {
      const id = f.response.qualifier ?? text(f.response.body, 'DBClusterId');
      if (id) whitelists.set(id, [...(whitelists.get(id) ?? []), f]);
    }
    for (const f of this.all('DescribeDBClusters')) {
      const cloud = text(f.item, 'DBClusterId');
      if (!cloud) continue;
      const record: DatabaseRecord = {
        kind: 'polardb',
        cloudId: cloud,
        engine: 'polardb',
        classic: (text(f.item, 'DBClusterNetworkType') ?? '').toLowerCase() === 'classic',
        found: f,
        whitelistSkipped: [],
        ...optional('name', text(f.item, 'DBClusterDescription')),
        ...optional('vpcCloudId', text(f.item, 'VpcId', 'VPCId')),
      };
      // The cluster endpoint (read/write) is the one data sources use; others follow.
      const ordered = (endpoints.get(cloud) ?? []).sort(
        (a, b) => endpointRank(a.item) - endpointRank(b.item),
      );
      for (const e of ordered) {
        for (const address of list(e.item, 'AddressItems')) {
          const endpoint: DatabaseEndpoint = {
            kind: 'polardb',
            cloudId: cloud,
            ...optional('address', text(address, 'IPAddress')),
            ...optional('port', portNumber(text(address, 'Port'))),
            ...optional('vpcCloudId', text(address, 'VPCId', 'VpcId')),
          };
          const isPublic = (text(address, 'NetType') ?? '').toLowerCase() === 'public';
          if (isPublic) endpoint.public = true;
          if (isPublic && !record.publicEndpoint) record.publicEndpoint = endpoint;
          if (!isPublic && !record.privateEndpoint) record.privateEndpoint = endpoint;
          for (const host of [
            text(address, 'ConnectionString'),
            text(address, 'PrivateZoneConnectionString'),
            endpoint.address,
          ]) {
            if (host) this.hosts.set(host.toLowerCase(), endpoint);
          }
        }
      }
      const arrays = whitelists.get(cloud);
      if (arrays) {
        const whitelist = new Set<string>();
        for (const a of arrays) {
          if ((text(a.item, 'DBClusterIPArrayAttribute') ?? '').toLowerCase() === 'hidden')
            continue;
          for (const entry of strings(a.item, 'SecurityIps')) {
            if (isCidrOrIp(entry)) whitelist.add(entry);
            else record.whitelistSkipped.push(entry);
          }
        }
        record.whitelist = [...whitelist].sort(byText);
      }
      this.databases.set(cloud, record);
    }
  }

  /** Host names and IP addresses of known endpoints (lower case). */
  private readonly hosts = new Map<string, DatabaseEndpoint>();

  private readEcsInstances(): void {
    for (const f of this.all('DescribeInstances')) {
      const cloud = text(f.item, 'InstanceId');
      if (!cloud) continue;
      const vpcAttributes = get(f.item, 'VpcAttributes');
      const addresses = new Set(strings(vpcAttributes, 'PrivateIpAddress', 'IpAddress'));
      for (const nic of list(f.item, 'NetworkInterfaces', 'NetworkInterface')) {
        const primary = text(nic, 'PrimaryIpAddress');
        if (primary) addresses.add(primary);
      }
      const instance: EcsInstance = {
        cloudId: cloud,
        found: f,
        addresses: [...addresses],
        securityGroups: strings(f.item, 'SecurityGroupIds', 'SecurityGroupId'),
        ...optional('vpcCloudId', text(vpcAttributes, 'VpcId') ?? text(f.item, 'VpcId')),
      };
      this.ecsInstances.push(instance);
      for (const address of instance.addresses) {
        if (!this.hosts.has(address))
          this.hosts.set(address, {
            kind: 'ecs',
            cloudId: cloud,
            address,
            ...optional('vpcCloudId', instance.vpcCloudId),
          });
      }
    }
  }

  // ---- data sources ----------------------------------------------------------------------

  private mapDataSources(): void {
    interface Candidate {
      cloudId: string;
      name: string;
      build: () => ImportedEntity | undefined;
      keys: string[];
    }
    const candidates: Candidate[] = [];
    const usedDatabases = new Set<string>();

    // Each DataWorks data source by name, its environments together (2024 groups them;
    // 2020 lists one item per environment).
    const byDataWorksName = new Map<string, DataWorksEntry[]>();
    for (const f of this.all('ListDataSources')) {
      for (const entry of dataWorksEntries(f)) {
        const entries = byDataWorksName.get(entry.name) ?? [];
        entries.push(entry);
        byDataWorksName.set(entry.name, entries);
      }
    }
    for (const [name, entries] of [...byDataWorksName].sort(([a], [b]) => byText(a, b))) {
      // Prod is the data source; a Dev environment that connects elsewhere is one more.
      const prod = entries.find((e) => e.env === 'Prod') ?? entries[0];
      if (!prod) continue;
      const dev = entries.find(
        (e) =>
          e !== prod && e.env === 'Dev' && JSON.stringify(e.target) !== JSON.stringify(prod.target),
      );
      for (const [entry, key, id] of [
        [prod, name, name],
        ...(dev ? [[dev, `${name}@Dev`, `${name}-dev`] as const] : []),
      ] as const) {
        const database = this.databaseOf(entry.target);
        if (database) usedDatabases.add(database.cloudId);
        candidates.push({
          cloudId: key,
          name: id,
          keys: [key],
          build: () =>
            this.dataWorksSource(name, entry.type, entry.target, entry.found, entry.cloudId),
        });
      }
    }
    const byName = new Map<string, Candidate>(candidates.map((c) => [c.cloudId, c]));
    // Databases no DataWorks data source names: imported under their own names.
    for (const database of this.databases.values()) {
      if (usedDatabases.has(database.cloudId)) continue;
      byName.set(database.cloudId, {
        cloudId: database.cloudId,
        name: database.name ?? database.cloudId,
        keys: [],
        build: () => this.databaseSource(database, undefined, database.found, database.cloudId),
      });
    }
    const built: [Candidate, ImportedEntity][] = [];
    for (const c of byName.values()) {
      const entity = c.build();
      if (entity) built.push([c, entity]);
    }
    const ids = assignIds(
      built.map(([c]) => ({ cloudId: c.cloudId, name: c.name })),
      this.taken,
      'ds',
    );
    const vpcCloudIds = new Map([...this.vpcIds].map(([cloud, id]) => [id, cloud]));
    for (const [c, entity] of built) {
      const id = ids.get(c.cloudId) ?? c.cloudId;
      const network = entity.value['network'];
      if (
        isObject(network) &&
        typeof network['vpc'] === 'string' &&
        typeof network['address'] === 'string'
      ) {
        const secondary = this.secondaryBlockOf(
          vpcCloudIds.get(network['vpc']),
          network['address'],
        );
        if (secondary) {
          entity.comments.push({
            path: [],
            kind: 'suppress',
            text: `dwnet-ignore address-outside-network -- in the VPC's secondary CIDR block ${secondary} (the format has one cidr per VPC)`,
          });
        }
      }
      for (const key of c.keys) this.dataSourceIds.set(key, id);
      this.collection('dataSources').set(id, entity);
      this.count('dataSources');
    }
  }

  /** The RDS or PolarDB instance a data source connects to, by instance id or by address. */
  private databaseOf(target: Target): DatabaseRecord | undefined {
    if (target.instanceId) return this.databases.get(target.instanceId);
    const endpoint = target.host ? this.hosts.get(target.host.toLowerCase()) : undefined;
    return endpoint && endpoint.kind !== 'ecs' ? this.databases.get(endpoint.cloudId) : undefined;
  }

  /** A DataWorks data source's network, from the instance or address its properties name. */
  private dataWorksSource(
    name: string,
    type: string,
    target: Target,
    found: Found,
    cloudId?: string,
  ): ImportedEntity | undefined {
    const where = `data source ${name}`;
    if (NO_NETWORK_TYPES.has(type)) {
      this.skip(`ListDataSources: ${type}, no network set-up`);
      return undefined;
    }
    const engine = ENGINE_BY_TYPE[type] ?? 'other';
    if (target.instanceId) {
      const database = this.databases.get(target.instanceId);
      if (database)
        return this.databaseSource(
          database,
          engine === 'other' ? undefined : engine,
          found,
          cloudId ?? name,
          target,
        );
      this.note(
        'unresolved',
        `${where} not imported: its instance ${target.instanceId} is not in DescribeDBInstances or DescribeDBClusters (collect ${target.region ? `region ${target.region}` : 'its region'})`,
        found,
        target.instanceId,
      );
      return undefined;
    }
    if (!target.host) {
      this.note(
        'unresolved',
        `${where} not imported: its connection properties name no instance or address`,
        found,
        name,
      );
      return undefined;
    }
    const host = target.host.toLowerCase();
    const endpoint = this.hosts.get(host);
    const comments: ImportComment[] = [
      { path: [], kind: 'from', text: fromText(found, cloudId ?? name) },
    ];
    if (endpoint && endpoint.kind !== 'ecs') {
      const database = this.databases.get(endpoint.cloudId);
      if (database)
        return this.databaseSource(
          database,
          engine === 'other' ? undefined : engine,
          found,
          cloudId ?? name,
          target,
          endpoint,
        );
    }
    const value: Value = { engine };
    const port = target.port;
    if (endpoint?.kind === 'ecs') {
      const instance = this.ecsInstances.find((i) => i.cloudId === endpoint.cloudId);
      const vpc = instance?.vpcCloudId ? this.vpcIds.get(instance.vpcCloudId) : undefined;
      if (instance && vpc) {
        value['hosting'] = 'ecs';
        value['network'] = { type: 'vpc', vpc, address: target.host, ...(port ? { port } : {}) };
        const group = instance.securityGroups
          .map((g) => this.securityGroupIds.get(g))
          .find((g) => g !== undefined);
        if (group) value['securityGroup'] = group;
        else
          comments.push({
            path: [],
            kind: 'unresolved',
            text: `securityGroup: the security groups of ECS instance ${instance.cloudId} (${instance.securityGroups.join(', ') || 'none'}) are not in the responses`,
          });
        comments.push({
          path: ['network'],
          kind: 'from',
          text: fromText(instance.found, instance.cloudId),
        });
        return { value, comments };
      }
    }
    if (isIpv4(target.host)) {
      const vpc = this.vpcHolding(target.host);
      if (vpc) {
        value['network'] = { type: 'vpc', vpc, address: target.host, ...(port ? { port } : {}) };
        comments.push({
          path: ['hosting'],
          kind: 'unresolved',
          text: `hosting: ${target.host} is in VPC ${vpc} but no RDS, PolarDB or ECS response holds it`,
        });
        return { value, comments };
      }
      const dataCenter = this.dataCenterHolding(target.host);
      if (dataCenter) {
        value['hosting'] = 'selfManaged';
        value['network'] = {
          type: 'dataCenter',
          dataCenter,
          address: target.host,
          ...(port ? { port } : {}),
        };
        return { value, comments };
      }
      if (NOT_PUBLIC.some((block) => contains(block, target.host ?? ''))) {
        this.note(
          'unresolved',
          `${where} not imported: its address ${target.host} is in no VPC, vSwitch or data center of the responses`,
          found,
          cloudId ?? name,
        );
        return undefined;
      }
      value['network'] = { type: 'internet', address: target.host, ...(port ? { port } : {}) };
      comments.push({
        path: ['whitelist'],
        kind: 'unresolved',
        text: `whitelist: ${target.host} is on the Internet; its whitelist is not in any Alibaba Cloud response`,
      });
      return { value, comments };
    }
    value['network'] = { type: 'internet', address: target.host, ...(port ? { port } : {}) };
    comments.push({
      path: ['network'],
      kind: 'unresolved',
      text: `the host ${target.host} is in no response: taken to be on the Internet (change the network if it is in a VPC or data center)`,
    });
    return { value, comments };
  }

  /** An RDS or PolarDB instance as a data source (its private endpoint unless the target is public). */
  private databaseSource(
    database: DatabaseRecord,
    engine: string | undefined,
    found: Found,
    cloudId: string,
    target?: Target,
    endpoint?: DatabaseEndpoint,
  ): ImportedEntity | undefined {
    const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(found, cloudId) }];
    if (found.item !== database.found.item)
      comments.push({
        path: ['network'],
        kind: 'from',
        text: fromText(database.found, database.cloudId),
      });
    const value: Value = { engine: engine ?? database.engine, hosting: 'managed' };
    if (database.classic) {
      value['network'] = { type: 'classic' };
    } else if (
      endpoint?.public ||
      (!endpoint && target?.host && this.hosts.get(target.host.toLowerCase())?.public)
    ) {
      const chosen = endpoint ?? database.publicEndpoint;
      const address = chosen?.address ?? target?.host ?? '';
      const port = target?.port ?? chosen?.port;
      value['network'] = { type: 'internet', address, ...(port ? { port } : {}) };
    } else {
      const vpcCloud = database.privateEndpoint?.vpcCloudId ?? database.vpcCloudId;
      const vpc = vpcCloud ? this.vpcIds.get(vpcCloud) : undefined;
      if (!vpc) {
        this.note(
          'unresolved',
          `${database.kind === 'rds' ? 'RDS instance' : 'PolarDB cluster'} ${database.cloudId} not imported: its VPC ${vpcCloud ?? '(none)'} is not in DescribeVpcs`,
          database.found,
          database.cloudId,
        );
        return undefined;
      }
      const network: Value = { type: 'vpc', vpc };
      const address = database.privateEndpoint?.address;
      if (address) network['address'] = address;
      else
        comments.push({
          path: ['network'],
          kind: 'unresolved',
          text: `address: ${database.kind === 'rds' ? 'DescribeDBInstanceNetInfo' : 'DescribeDBClusterEndpoints'} of ${database.cloudId} not in the responses`,
        });
      const port = target?.port ?? database.privateEndpoint?.port;
      if (port) network['port'] = port;
      value['network'] = network;
    }
    if (database.whitelist) {
      value['whitelist'] = database.whitelist;
      if (database.whitelistSkipped.length > 0) {
        comments.push({
          path: ['whitelist'],
          kind: 'unresolved',
          text: `whitelist entries ${database.whitelistSkipped.join(', ')} not imported (not IPv4 addresses or CIDR blocks)`,
        });
      }
    } else if (!database.classic) {
      comments.push({
        path: [],
        kind: 'unresolved',
        text: `whitelist: ${database.kind === 'rds' ? 'DescribeDBInstanceIPArrayList' : 'DescribeDBClusterAccessWhitelist'} of ${database.cloudId} not in the responses (not checked)`,
      });
    }
    return { value, comments };
  }

  private vpcHolding(address: string): string | undefined {
    for (const [cloud, cidr] of this.vSwitchCidrs) {
      if (contains(cidr, address)) return this.vpcIds.get(this.vSwitchVpc.get(cloud) ?? '');
    }
    for (const record of this.vpcRecords.values()) {
      if (!record.foreign && contains(record.cidr, address)) return this.vpcIds.get(record.cloudId);
    }
    return undefined;
  }

  private dataCenterHolding(address: string): string | undefined {
    for (const [cloud, cidrs] of this.dataCenterCidrs) {
      if (cidrs.some((cidr) => contains(cidr, address))) return this.dataCenterIds.get(cloud);
    }
    return undefined;
  }

  // ---- resource groups -------------------------------------------------------------------

  private mapResourceGroups(): void {
    const groups = new Map<string, Found>();
    for (const f of [...this.all('ListResourceGroups'), ...this.all('GetResourceGroup')]) {
      const id = text(f.item, 'Id', 'Identifier');
      const status = (text(f.item, 'Status') ?? '').toLowerCase();
      if (!id || groups.has(id)) continue;
      if (/^(deleted|deleting|createfailed)$/.test(status)) {
        this.skip(`ListResourceGroups: status ${text(f.item, 'Status')}`);
        continue;
      }
      groups.set(id, f);
    }
    const networks = this.all('ListNetworks');
    const routes = this.all('ListRoutes');
    const ids = assignIds(
      [...groups].map(([cloud, f]) => ({
        cloudId: cloud,
        ...optional('name', text(f.item, 'Name')),
      })),
      this.taken,
      'rg',
    );
    for (const [cloud, f] of groups) {
      const id = ids.get(cloud) ?? cloud;
      this.resourceGroupIds.set(cloud, id);
      const type = resourceGroupType(text(f.item, 'ResourceGroupType'));
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(f, cloud) }];
      const value: Value = { type };
      const bindings: Value[] = [];
      const bindingVpcs: string[] = [];
      let region = f.response.region;
      if (type === 'serverless') {
        const seen = new Set<string>();
        const bindingOf = (
          vpcCloud: string | undefined,
          vswCloud: string | undefined,
          source: Found,
          networkId?: string,
          securityGroup?: string,
        ): void => {
          const vpc = vpcCloud ? this.vpcIds.get(vpcCloud) : undefined;
          const vSwitch = vswCloud ? this.vSwitchIds.get(vswCloud) : undefined;
          if (!vpc || !vSwitch) {
            comments.push({
              path: ['vpcBindings'],
              kind: 'unresolved',
              text: `binding to ${vpcCloud ?? '(no VPC)'} / ${vswCloud ?? '(no vSwitch)'} not imported: not in DescribeVpcs / DescribeVSwitches`,
            });
            return;
          }
          if (seen.has(`${vpc}/${vSwitch}`)) return;
          seen.add(`${vpc}/${vSwitch}`);
          if (vpcCloud) bindingVpcs.push(vpcCloud);
          region ??= this.vpcRecords.get(vpcCloud ?? '')?.region;
          const binding: Value = { vpc, vSwitch };
          const index = bindings.length;
          comments.push({
            path: ['vpcBindings', index],
            kind: 'from',
            text: fromText(source, networkId ?? vswCloud),
          });
          if (securityGroup) {
            const group = this.securityGroupIds.get(securityGroup);
            if (group) binding['securityGroup'] = group;
            else
              comments.push({
                path: ['vpcBindings', index],
                kind: 'unresolved',
                text: `securityGroup: ${securityGroup} is not in DescribeSecurityGroups`,
              });
          }
          if (networkId !== undefined) {
            const mine = routes.filter((r) => text(r.item, 'NetworkId') === networkId);
            const collected = mine.length > 0 || this.collectedFor('ListRoutes', cloud);
            const cidrs = [
              ...new Set(
                mine.map((r) => text(r.item, 'DestinationCidr')).filter((c): c is string => !!c),
              ),
            ].sort(byText);
            if (cidrs.length > 0) binding['routes'] = cidrs;
            if (!collected)
              comments.push({
                path: ['vpcBindings', index],
                kind: 'unresolved',
                text: `routes: ListRoutes of ${cloud} not in the responses`,
              });
          } else {
            comments.push({
              path: ['vpcBindings', index],
              kind: 'unresolved',
              text: `routes: the default network of ${cloud} is not in ListNetworks; its routes are unknown`,
            });
          }
          bindings.push(binding);
        };
        const mine = networks.filter(
          (n) => (text(n.item, 'ResourceGroupId') ?? n.response.qualifier) === cloud,
        );
        const live = mine.filter(
          (n) => !/^(deleting|deleted)$/i.test(text(n.item, 'Status') ?? ''),
        );
        for (const n of live.sort(
          (a, b) => Number(text(a.item, 'Id') ?? 0) - Number(text(b.item, 'Id') ?? 0),
        )) {
          bindingOf(
            text(n.item, 'VpcId'),
            text(n.item, 'VswitchId', 'VSwitchId'),
            n,
            text(n.item, 'Id'),
            text(n.item, 'SecurityGroupId'),
          );
        }
        // The VPC a group was created with is its first binding; when ListNetworks was
        // collected it lists every binding there is (that one too, unless it was removed).
        const networksCollected = mine.length > 0 || this.collectedFor('ListNetworks', cloud);
        const defaultVpc = text(f.item, 'DefaultVpcId');
        const defaultVsw = text(f.item, 'DefaultVswicthId', 'DefaultVswitchId', 'DefaultVSwitchId');
        if (defaultVpc && defaultVsw && !networksCollected) bindingOf(defaultVpc, defaultVsw, f);
        if (!networksCollected) {
          comments.push({
            path: [],
            kind: 'unresolved',
            text: `vpcBindings: ListNetworks of ${cloud} not in the responses`,
          });
        }
      } else {
        comments.push({
          path: [],
          kind: 'unresolved',
          text: 'vpcBindings and eip: no API exposes the network settings of an exclusive resource group; add them from the DataWorks console (Resource Groups → Network Settings)',
        });
      }
      // A group binds VPCs of its own account only: with several accounts, it is its VPCs' one.
      const firstVpc = bindingVpcs[0];
      const owner = firstVpc ? this.vpcRecords.get(firstVpc)?.owner : undefined;
      if (this.owners.size > 1 && owner) value['account'] = accountId(owner);
      if (region) value['region'] = region;
      if (bindings.length > 0) value['vpcBindings'] = bindings;
      this.collection('resourceGroups').set(id, { value, comments });
      this.count('resourceGroups');
    }
  }

  // ---- tasks -----------------------------------------------------------------------------

  private mapTasks(): void {
    const tasks = this.all('ListTasks').filter((f) => text(f.item, 'Id', 'Name'));
    const ids = assignIds(
      tasks.map((f) => ({
        cloudId: text(f.item, 'Id') ?? text(f.item, 'Name') ?? '',
        ...optional('name', text(f.item, 'Name')),
      })),
      this.taken,
      'task',
    );
    for (const f of tasks) {
      const cloud = text(f.item, 'Id') ?? text(f.item, 'Name') ?? '';
      const groupCloud =
        text(get(f.item, 'RuntimeResource'), 'ResourceGroupId') ??
        text(f.item, 'ResourceGroupId', 'ResourceGroupIdentifier');
      const resourceGroup = groupCloud ? this.resourceGroupIds.get(groupCloud) : undefined;
      const dataSourceName = text(get(f.item, 'DataSource'), 'Name');
      const env = (text(f.item, 'ProjectEnv') ?? 'Prod') === 'Dev' ? 'Dev' : 'Prod';
      const dataSource = dataSourceName
        ? (this.dataSourceIds.get(env === 'Dev' ? `${dataSourceName}@Dev` : dataSourceName) ??
          this.dataSourceIds.get(dataSourceName))
        : undefined;
      if (!resourceGroup) {
        this.skip('ListTasks: resource group not imported');
        this.note(
          'unresolved',
          `task ${text(f.item, 'Name') ?? cloud} not imported: its resource group ${groupCloud ?? '(none)'} is not in ListResourceGroups`,
          f,
          cloud,
        );
        continue;
      }
      if (!dataSource) {
        this.skip('ListTasks: no data source to reach');
        continue;
      }
      const kind = taskKind(text(f.item, 'Type'));
      const id = ids.get(cloud) ?? cloud;
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(f, cloud) }];
      const value: Value = { kind, resourceGroup };
      if (kind === 'sync') {
        value['source'] = dataSource;
        value['destination'] = dataSource;
        comments.push({
          path: ['destination'],
          kind: 'unresolved',
          text: `ListTasks names one data source of a sync task (${dataSourceName}); the other is in the task's script: set source and destination`,
        });
      } else {
        value['dataSources'] = [dataSource];
      }
      this.collection('tasks').set(id, { value, comments });
      this.count('tasks');
    }
  }

  // ---- summary ---------------------------------------------------------------------------

  private result(): ImportedTopology {
    const collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>> = {};
    for (const [name, map] of Object.entries(this.collections) as [
      CollectionName,
      Map<string, ImportedEntity>,
    ][]) {
      collections[name] = new Map([...map].sort(([a], [b]) => byText(a, b)));
      for (const entity of map.values()) sortNested(entity.value);
    }
    // One region everywhere: said once in `defaults`.
    const regional = [
      ...(collections.vpcs?.values() ?? []),
      ...(collections.resourceGroups?.values() ?? []),
    ];
    const regions = new Set(
      regional.map((e) => e.value['region']).filter((r) => typeof r === 'string'),
    );
    const defaults: ImportedTopology['defaults'] = {};
    if (regions.size === 1 && regional.every((e) => typeof e.value['region'] === 'string')) {
      defaults.region = [...regions][0] as string;
      for (const e of regional) delete e.value['region'];
    }
    let unresolved = this.notes.filter((n) => n.level === 'unresolved').length;
    for (const map of Object.values(collections)) {
      for (const entity of map?.values() ?? [])
        unresolved += entity.comments.filter((c) => c.kind === 'unresolved').length;
    }
    return {
      ...(defaults.region ? { defaults } : {}),
      collections,
      notes: this.notes,
      summary: { imported: { ...this.imported }, skipped: { ...this.skipped }, unresolved },
    };
  }
}

interface DataWorksEntry {
  name: string;
  env: 'Prod' | 'Dev';
  type: string;
  target: Target;
  found: Found;
  cloudId?: string;
}

/** The environments of a DataWorks data source (2024: a group by name; 2020: one item). */
function dataWorksEntries(f: Found): DataWorksEntry[] {
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
function unique(found: Found[], ...idFields: string[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const id = text(f.item, ...idFields);
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

// ---- helpers -----------------------------------------------------------------------------

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function accountId(owner: string): string {
  return `account-${owner}`;
}

function objectAt(value: Value, key: string): Value {
  const existing = value[key];
  if (isObject(existing)) return existing as Value;
  const created: Value = {};
  value[key] = created;
  return created;
}

/** vSwitches and NAT gateways in id order; the writer keeps the order it is given. */
function sortNested(value: Value): void {
  for (const key of ['vSwitches', 'natGateways']) {
    const nested = value[key];
    if (!isObject(nested)) continue;
    value[key] = Object.fromEntries(
      Object.entries(nested).sort(([a], [b]) => byText(a, b)),
    ) as Value;
  }
}

function portNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n < 65536 ? n : undefined;
}

/** "3306/3306" → "3306", "1/65535" → "1-65535", "-1/-1" → "all". */
function portsOf(range: string | undefined): string | undefined {
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

function endpointRank(item: Item): number {
  const type = (text(item, 'EndpointType') ?? '').toLowerCase();
  return type === 'cluster' ? 0 : type === 'primary' ? 1 : 2;
}

function envOf(item: Item): 'Prod' | 'Dev' {
  const properties = objectOf(get(item, 'ConnectionProperties'));
  const env = text(properties, 'envType') ?? text(item, 'EnvType') ?? 'Prod';
  return env === 'Dev' || env === '0' ? 'Dev' : 'Prod';
}

/** `ConnectionProperties` is an object in the 2024 API and a JSON string elsewhere. */
function objectOf(value: unknown): Item {
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
function targetOf(properties: Item): Target {
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
function hostPort(raw: string): Target | undefined {
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
function stripUserInfo(host: string): string {
  const at = host.lastIndexOf('@');
  return at >= 0 ? host.slice(at + 1) : host;
}

function resourceGroupType(type: string | undefined): string {
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
function taskKind(type: string | undefined): string {
  const t = (type ?? '').toUpperCase();
  if (t === 'DI' || t.startsWith('DI_') || t.includes('DATA_INTEGRATION') || t === 'SYNC')
    return 'sync';
  if (t.includes('DATASERVICE') || t.includes('DATA_SERVICE')) return 'dataService';
  return 'schedule';
}
