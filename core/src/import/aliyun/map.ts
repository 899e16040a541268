// Aliyun mapper, DataWorks family and the entry point: resource groups, tasks, the summary,
// and `map()`, which runs every family in order (see base.ts for the whole chain).
import { importText, prefixedWords } from '../text';
import type { CollectionName, ImportComment, ImportedEntity, ImportedTopology } from '../topology';
import {
  type Found,
  type Value,
  accountId,
  byText,
  fromText,
  optional,
  resourceGroupType,
  sortNested,
  taskKind,
} from './helpers';
import { assignIds } from './ids';
import { DataSourceMapper } from './map-data-sources';
import { get, text } from './responses';

export class AliyunMapper extends DataSourceMapper {
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

  // ---- resource groups -------------------------------------------------------------------

  protected mapResourceGroups(): void {
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
          text: importText('importText.exclusiveBindings'),
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

  protected mapTasks(): void {
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
        this.skip(
          'ListTasks: resource group not imported',
          prefixedWords('ListTasks', importText('importText.skip.rgMissing')),
        );
        this.note(
          'unresolved',
          `task ${text(f.item, 'Name') ?? cloud} not imported: its resource group ${groupCloud ?? '(none)'} is not in ListResourceGroups`,
          f,
          cloud,
        );
        continue;
      }
      if (!dataSource) {
        this.skip(
          'ListTasks: no data source to reach',
          prefixedWords('ListTasks', importText('importText.skip.noDataSource')),
        );
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
          text: importText('importText.syncOneSide', { which: dataSourceName ?? '' }),
        });
      } else {
        value['dataSources'] = [dataSource];
      }
      this.collection('tasks').set(id, { value, comments });
      this.count('tasks');
    }
  }

  // ---- summary ---------------------------------------------------------------------------

  protected result(): ImportedTopology {
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
      summary: {
        imported: { ...this.imported },
        skipped: { ...this.skipped },
        ...(Object.keys(this.skippedWords).length > 0
          ? { skippedWords: { ...this.skippedWords } }
          : {}),
        unresolved,
      },
    };
  }
}
