// Terraform resources → a dwnet topology (SPEC §8). The input is what every Terraform
// source yields (an evaluated HCL directory, `terraform show -json`, a raw tfstate), so the
// mapping never knows which it came from: a reference is either an `Unknown` whose origin
// names the resource (`alicloud_vpc.main.id`) or, in a state, the literal id (`vpc-bp1…`),
// and both lead to the entity imported from that resource.
//
// A value the cloud assigns at apply time (an EIP's address, a route to a vSwitch block by its
// attribute) is written as a symbolic value, `${origin}` (symbolicOf): equal to every value of
// the same origin, which `dwnet check` compares and otherwise says it cannot verify until
// applied. What the format cannot say yet (ICMPv6 rules, rules naming another security group,
// a value that is not an attribute known after apply) is left out with an `// unresolved:`
// comment at its place, never guessed.
import { importText, notImported } from '../text';
import type { CollectionName, ImportedEntity, ImportedTopology, JsonValue } from '../topology';
import { DatabaseMapper } from './map-databases';
import {
  CIDR,
  ENGINES,
  type Entity,
  IPV4,
  type JsonObject,
  type MapOptions,
  bareHost,
  cidrContains,
  dropEmpty,
  symbolicOf,
  integer,
  isPublicIp,
  isUnknown,
  text,
  unknownIn,
  unresolvedText,
  withRegion,
} from './map-shared';
import type { TerraformReadResult, TerraformResource, TfValue } from './resources';

export { portsOf, type MapOptions } from './map-shared';

// The last link of the chain (map-base.ts lists it): resource groups, DataWorks data sources,
// the summary, and `map()`, which runs every family in order.
class TerraformMapper extends DatabaseMapper {
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

  protected mapResourceGroups(): void {
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
        this.note(resource, 'unresolved', notImported(importText('importText.rgMissing')));
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
        this.note(resource, 'unresolved', notImported(importText('importText.bindingMissing')));
        continue;
      }
      const bindingValue = (binding.rg.value['vpcBindings'] as JsonObject[])[binding.index];
      if (!bindingValue) continue;
      const destination = values['destination_cidr'];
      const symbolic = symbolicOf(destination);
      if (symbolic !== undefined) this.afterApply++;
      const cidr = symbolic ?? text(destination);
      if (cidr === undefined || (symbolic === undefined && !CIDR.test(cidr))) {
        if (isUnknown(destination))
          this.comment(
            binding.rg,
            ['vpcBindings', binding.index, 'routes'],
            'unresolved',
            unresolvedText(
              importText('importText.what.route', { address: resource.address }),
              destination,
            ),
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
  protected addBinding(
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
        importText('importText.bindingNotImported', {
          address: resource.address,
          why:
            unknown && !this.target(unknown)
              ? unresolvedText(importText('importText.what.vpcOrVSwitch'), unknown)
              : importText('importText.vpcOrVSwitchNotImported'),
        }),
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

  protected mapDataWorksDataSources(): void {
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
            ? notImported(unresolvedText(importText('importText.what.properties'), propertiesValue))
            : notImported(importText('importText.connectionPropertiesUnreadable')),
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
          notImported(
            instanceId !== undefined
              ? importText('importText.instanceMissing', { id: instanceId })
              : importText('importText.noAddress'),
          ),
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
            notImported(importText('importText.privateNoVpc', { host })),
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

  protected vpcHolding(ip: string): Entity | undefined {
    for (const entity of this.collections.vpcs?.values() ?? []) {
      const vpc = entity as Entity;
      // The VPC's address space: its CIDR block and its secondary CIDR blocks.
      const secondary = vpc.value['secondaryCidrs'];
      const blocks = [vpc.value['cidr'], ...(Array.isArray(secondary) ? secondary : [])];
      if (blocks.some((block) => typeof block === 'string' && cidrContains(block, ip))) return vpc;
    }
    return undefined;
  }

  protected finish(): ImportedTopology {
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
    // Another account (a peering's accepting side): the others are the importing account's.
    // Resources made through a provider that acts in another account belong to it.
    for (const [resource, entity] of this.entities) {
      if (resource.account === undefined) continue;
      if (entity.collection !== 'vpcs' && entity.collection !== 'resourceGroups') continue;
      this.setAccount(entity, this.otherAccount(resource.account, resource).id);
    }
    if (this.otherAccounts.size > 0) {
      const main = this.ids.allocate('main', 'account');
      defaults = { ...defaults, account: main };
      const accounts = new Map<string, ImportedEntity>();
      accounts.set(main, {
        value: this.ownAccountUid !== undefined ? { uid: this.ownAccountUid } : {},
        comments: [{ path: [], kind: 'note', text: importText('importText.ownAccount') }],
      });
      for (const { id, uid, from } of this.otherAccounts.values()) {
        accounts.set(id, {
          value: uid !== undefined ? { uid } : {},
          comments: [{ path: [], kind: 'from', text: this.fromText(from) }],
        });
      }
      this.collections.accounts = accounts;
      this.imported['accounts'] = accounts.size;
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
        ...(this.afterApply > 0 ? { afterApply: this.afterApply } : {}),
      },
    };
  }
}

/** Maps the resources of any Terraform source to a topology. Never throws on odd values. */
export function mapTerraform(
  result: TerraformReadResult,
  options: MapOptions = {},
): ImportedTopology {
  return new TerraformMapper(result, options).map();
}
