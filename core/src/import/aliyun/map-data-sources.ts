// Aliyun mapper: DataWorks data sources, matched to the databases and networks they name.
import { importText } from '../text';
import type { ImportComment, ImportedEntity } from '../topology';
import {
  type DataWorksEntry,
  type DatabaseEndpoint,
  type DatabaseRecord,
  ENGINE_BY_TYPE,
  type Found,
  NOT_PUBLIC,
  NO_NETWORK_TYPES,
  type Target,
  type Value,
  byText,
  contains,
  dataWorksEntries,
  fromText,
  isIpv4,
} from './helpers';
import { assignIds } from './ids';
import { DatabaseMapper } from './map-databases';

export abstract class DataSourceMapper extends DatabaseMapper {
  // ---- data sources ----------------------------------------------------------------------

  protected mapDataSources(): void {
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
    for (const [c, entity] of built) {
      const id = ids.get(c.cloudId) ?? c.cloudId;
      for (const key of c.keys) this.dataSourceIds.set(key, id);
      this.collection('dataSources').set(id, entity);
      this.count('dataSources');
    }
  }

  /** The RDS or PolarDB instance a data source connects to, by instance id or by address. */
  protected databaseOf(target: Target): DatabaseRecord | undefined {
    if (target.instanceId) return this.databases.get(target.instanceId);
    const endpoint = target.host ? this.hosts.get(target.host.toLowerCase()) : undefined;
    return endpoint && endpoint.kind !== 'ecs' ? this.databases.get(endpoint.cloudId) : undefined;
  }

  /** A DataWorks data source's network, from the instance or address its properties name. */
  protected dataWorksSource(
    name: string,
    type: string,
    target: Target,
    found: Found,
    cloudId?: string,
  ): ImportedEntity | undefined {
    const where = `data source ${name}`;
    if (NO_NETWORK_TYPES.has(type)) {
      // The catalogue's `{type}, no network set-up` holds the operation's name as part of the type.
      this.skip(
        `ListDataSources: ${type}, no network set-up`,
        importText('importText.skip.noNetwork', { type: `ListDataSources: ${type}` }),
      );
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
        text: importText('importText.whitelistInternet', { host: target.host }),
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
  protected databaseSource(
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

  protected vpcHolding(address: string): string | undefined {
    for (const [cloud, cidr] of this.vSwitchCidrs) {
      if (contains(cidr, address)) return this.vpcIds.get(this.vSwitchVpc.get(cloud) ?? '');
    }
    for (const record of this.vpcRecords.values()) {
      // The VPC's address space: its CIDR block and its secondary CIDR blocks.
      const blocks = [record.cidr, ...record.secondary];
      if (!record.foreign && blocks.some((block) => contains(block, address)))
        return this.vpcIds.get(record.cloudId);
    }
    return undefined;
  }

  protected dataCenterHolding(address: string): string | undefined {
    for (const [cloud, cidrs] of this.dataCenterCidrs) {
      if (cidrs.some((cidr) => contains(cidr, address))) return this.dataCenterIds.get(cloud);
    }
    return undefined;
  }
}
