// Aliyun mapper: databases (RDS, PolarDB) and ECS instances, read before the data sources
// that point at them.
import {
  type DatabaseEndpoint,
  type DatabaseRecord,
  type EcsInstance,
  type Found,
  RDS_ENGINE,
  byText,
  endpointRank,
  isCidrOrIp,
  optional,
  portNumber,
} from './helpers';
import { ConnectionMapper } from './map-connections';
import { get, list, strings, text } from './responses';

export abstract class DatabaseMapper extends ConnectionMapper {
  // ---- databases: RDS, PolarDB, ECS ------------------------------------------------------

  protected readDatabases(): void {
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
  protected readonly hosts = new Map<string, DatabaseEndpoint>();

  protected readEcsInstances(): void {
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
}
