// Terraform mapper: databases (RDS, PolarDB, …) and their whitelists.
import { importText, notImported, type ImportText } from '../text';
import type { JsonValue } from '../topology';
import { ConnectionMapper } from './map-connections';
import {
  ENGINES,
  IPV4,
  type JsonObject,
  bareHost,
  integer,
  isUnknown,
  items,
  objects,
  text,
  unknownIn,
  symbolicOf,
  unresolvedText,
} from './map-shared';
import type { TerraformResource, TfValue } from './resources';

export abstract class DatabaseMapper extends ConnectionMapper {
  protected mapDatabases(): void {
    const databases: [string, string | undefined, string[], string, string][] = [
      // type, engine (undefined: from the `engine` attribute), name attributes, prefix, whitelist
      [
        'alicloud_db_instance',
        undefined,
        ['instance_name', 'db_instance_description'],
        'rds',
        'security_ips',
      ],
      [
        'alicloud_polardb_cluster',
        'polardb',
        ['description', 'db_cluster_description'],
        'polardb',
        'security_ips',
      ],
      [
        'alicloud_kvstore_instance',
        'redis',
        ['db_instance_name', 'instance_name'],
        'redis',
        'security_ips',
      ],
      ['alicloud_mongodb_instance', 'mongodb', ['name'], 'mongodb', 'security_ip_list'],
      ['alicloud_mongodb_sharding_instance', 'mongodb', ['name'], 'mongodb', 'security_ip_list'],
      // AnalyticDB for MySQL speaks MySQL; for PostgreSQL, PostgreSQL.
      [
        'alicloud_adb_db_cluster',
        'mysql',
        ['description', 'db_cluster_description'],
        'adb',
        'security_ips',
      ],
      [
        'alicloud_gpdb_instance',
        'postgresql',
        ['description', 'db_instance_description'],
        'gpdb',
        'security_ip_list',
      ],
      [
        'alicloud_elasticsearch_instance',
        'elasticsearch',
        ['description'],
        'es',
        'private_whitelist',
      ],
      [
        'alicloud_click_house_db_cluster',
        'clickhouse',
        ['db_cluster_description'],
        'clickhouse',
        '',
      ],
    ];
    for (const [type, fixedEngine, nameAttributes, prefix, whitelistAttribute] of databases) {
      for (const resource of this.ofType(type)) {
        const values = resource.values;
        const engine =
          fixedEngine ?? ENGINES[(text(values['engine']) ?? '').toLowerCase()] ?? 'other';
        const vpc = this.vpcOf(values);
        const value: JsonObject = { engine, hosting: 'managed' };
        const networkType = text(values['instance_network_type'])?.toLowerCase();
        let address: string | undefined;
        if (vpc) {
          const network: JsonObject = { type: 'vpc', vpc: vpc.id };
          const privateIp = text(values['private_ip']) ?? text(values['private_ip_address']);
          // A plan's private IP of a new instance: known after apply, kept by its origin.
          const symbolic =
            symbolicOf(values['private_ip']) ?? symbolicOf(values['private_ip_address']);
          if (privateIp !== undefined && IPV4.test(privateIp)) network['address'] = privateIp;
          else if (symbolic !== undefined) {
            network['address'] = symbolic;
            this.afterApply++;
          } else address = text(values['connection_string']);
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
            notImported(
              unknown
                ? unresolvedText(importText('importText.what.vpcOfVSwitch'), unknown)
                : importText('importText.vpcOrVSwitchMissing'),
            ),
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
          this.comment(entity, ['whitelist'], 'note', importText('importText.defaultWhitelist'));
        }
        if (address !== undefined) {
          this.comment(
            entity,
            ['network'],
            'note',
            importText('importText.hostName', { host: bareHost(address) }),
          );
        }
        if (!vpc && value['network'] && (value['network'] as JsonObject)['type'] === 'classic')
          continue;
        if (type === 'alicloud_db_instance' && items(values['vswitch_id']).length > 1) {
          this.comment(entity, ['network'], 'note', importText('importText.multiZone'));
        }
      }
    }
    // A whitelist group of its own (AnalyticDB for PostgreSQL): its entries join the instance's.
    for (const resource of this.ofType('alicloud_gpdb_db_instance_ip_array')) {
      const instance = this.target(resource.values['db_instance_id']);
      const entity = instance ? this.entities.get(instance) : undefined;
      if (!entity || entity.collection !== 'dataSources') continue;
      if (text(resource.values['db_instance_ip_array_attribute'])?.toLowerCase() === 'hidden')
        continue;
      const group = this.whitelistOf(resource, 'security_ip_list');
      const whitelist = (entity.value['whitelist'] as JsonValue[] | undefined) ?? [];
      for (const entry of group.entries ?? [])
        if (!whitelist.includes(entry)) whitelist.push(entry);
      entity.value['whitelist'] = whitelist;
      for (const why of group.unresolved) this.comment(entity, ['whitelist'], 'unresolved', why);
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
        host
          ? importText('importText.publicEndpoint', {
              host: bareHost(host),
              address: resource.address,
            })
          : importText('importText.publicEndpointNoHost', { address: resource.address }),
      );
    }
  }

  /** A database's whitelist: every entry known, the unknown ones said, the default when none is given. */
  protected whitelistOf(
    resource: TerraformResource,
    attribute: string,
  ): { entries?: JsonValue[]; unresolved: ImportText[]; defaulted: boolean } {
    const values = resource.values;
    const sources: TfValue[] = [];
    if (attribute !== '' && values[attribute] !== undefined && values[attribute] !== null)
      sources.push(values[attribute]);
    for (const array of objects(values['db_cluster_ip_array'])) {
      if (text(array['db_cluster_ip_array_attribute'])?.toLowerCase() === 'hidden') continue;
      sources.push(array['security_ips'] ?? null);
    }
    for (const array of objects(values['ip_whitelist']))
      sources.push(array['security_ip_list'] ?? null);
    // ClickHouse: one block per whitelist group.
    for (const group of objects(values['db_cluster_access_white_list']))
      sources.push(group['security_ip_list'] ?? null);
    if (sources.length === 0) {
      // Only a mapped database type that takes a whitelist gets the service's default.
      return resource.type === 'alicloud_db_instance' ||
        resource.type === 'alicloud_polardb_cluster'
        ? { entries: ['127.0.0.1'], unresolved: [], defaulted: true }
        : { unresolved: [], defaulted: false };
    }
    const entries: JsonValue[] = [];
    const unresolved: ImportText[] = [];
    for (const source of sources) {
      if (isUnknown(source)) {
        unresolved.push(unresolvedText(importText('importText.what.whitelist'), source));
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
        } else if (symbolicOf(item) !== undefined) {
          const symbolic = symbolicOf(item) ?? '';
          if (!entries.includes(symbolic)) entries.push(symbolic);
          this.afterApply++;
        } else if (isUnknown(item)) {
          unresolved.push(unresolvedText(importText('importText.what.whitelistEntry'), item));
        }
      }
    }
    return { entries, unresolved, defaulted: false };
  }
}
