// Terraform resources → a dwnet topology: the mapper's state and the plumbing every resource
// family uses (references to resources, entities, notes, comments). The mapper is a chain of
// classes, one file per resource family: map-base → map-network (VPCs, vSwitches, NAT, EIPs,
// SNAT) → map-security-groups → map-connections (CEN, peering, VPN, Express Connect) →
// map-databases (RDS, PolarDB, whitelists) → map (resource groups, DataWorks data sources, the
// summary and `mapTerraform`). map.ts says how references are followed.
import { IdAllocator, addressSlug } from '../ids';
import { prefixedWords, type ImportWords } from '../text';
import type { CollectionName, ImportedEntity } from '../topology';
import {
  type Entity,
  type JsonObject,
  MAPPED_TYPES,
  type MapOptions,
  type NatRef,
  type VSwitchRef,
  isUnknown,
  items,
  text,
} from './map-shared';
import type { ImportNote, TerraformReadResult, TerraformResource, TfValue } from './resources';

/** An account other than the importing one. */
export interface OtherAccount {
  id: string;
  uid?: string;
  /** Where the topology learnt of it. */
  from: TerraformResource;
}

export abstract class MapperBase {
  protected readonly resources: TerraformResource[];
  protected readonly byAddress = new Map<string, TerraformResource>();
  /** Literal ids (and other identifying attributes) of resources in a state → the resource. */
  protected readonly byLiteral = new Map<string, TerraformResource>();
  protected readonly ids = new IdAllocator();
  protected readonly entities = new Map<TerraformResource, Entity>();
  protected readonly vSwitches = new Map<TerraformResource, VSwitchRef>();
  protected readonly nats = new Map<TerraformResource, NatRef>();
  protected readonly collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>> = {};
  protected readonly notes: ImportNote[];
  protected readonly skipped: Record<string, number> = {};
  protected readonly imported: Record<string, number> = {};
  protected unresolved = 0;
  /** Values known only after apply, written as symbolic values (`${origin}`). */
  protected afterApply = 0;
  /** Unresolved values the reader reported (a module not on disk, …). */
  protected readonly readerUnresolved: number;
  /** The importing account's UID, when a `data.alicloud_account` in a state or plan knows it. */
  protected readonly ownAccountUid: string | undefined;
  /**
   * Accounts other than the importing one, by what names them: a UID (a peering's
   * `accepting_ali_uid`, an `assume_role` ARN) or a provider configuration (`provider.alicloud.b`).
   */
  protected readonly otherAccounts = new Map<string, OtherAccount>();
  /** Per binding (resource group entity + index), the `alicloud_data_works_network` it came from. */
  protected readonly bindings = new Map<TerraformResource, { rg: Entity; index: number }>();

  constructor(result: TerraformReadResult, options: MapOptions) {
    this.notes = [...result.notes];
    this.readerUnresolved = result.notes.filter((n) => n.level === 'unresolved').length;
    for (const id of options.reservedIds ?? []) this.ids.reserve(id);
    const sorted = [...result.resources].sort((a, b) =>
      a.address < b.address ? -1 : a.address > b.address ? 1 : 0,
    );
    this.ownAccountUid = sorted
      .filter((resource) => resource.type === 'alicloud_account' && resource.account === undefined)
      .map((resource) => text(resource.values['id']))
      .find((uid) => uid !== undefined && /^\d+$/.test(uid));
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

  /** The entry of another account, made on first use (its id unique across the topology). */
  protected otherAccount(marker: string, from: TerraformResource): OtherAccount {
    let account = this.otherAccounts.get(marker);
    if (!account) {
      const uid = /^\d+$/.test(marker) ? marker : undefined;
      const name = uid ?? marker.split('.').pop() ?? marker;
      account = { id: this.ids.allocate(`account-${name}`, 'account'), from };
      if (uid !== undefined) account.uid = uid;
      this.otherAccounts.set(marker, account);
    }
    return account;
  }

  /** Puts an entity in an account (`account` first, as the format's examples write it). */
  protected setAccount(entity: Entity, id: string): void {
    const rest = { ...entity.value };
    delete rest['account'];
    for (const key of Object.keys(entity.value)) delete entity.value[key];
    Object.assign(entity.value, { account: id }, rest);
  }

  protected ofType(...types: string[]): TerraformResource[] {
    return this.resources.filter((resource) => types.includes(resource.type));
  }

  /** The resource a reference names: an Unknown's origin, or a literal id from a state. */
  protected target(value: TfValue | undefined): TerraformResource | undefined {
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

  protected entityOf(value: TfValue | undefined, collection: CollectionName): Entity | undefined {
    const resource = this.target(value);
    const entity = resource ? this.entities.get(resource) : undefined;
    return entity?.collection === collection ? entity : undefined;
  }

  /** The VPC a resource names through `vpc_id`, or through its vSwitch. */
  protected vpcOf(values: { [key: string]: TfValue }): Entity | undefined {
    const direct = this.entityOf(values['vpc_id'], 'vpcs');
    if (direct) return direct;
    for (const vswitch of items(values['vswitch_id'])) {
      const found = this.vSwitchOf(vswitch);
      if (found) return found.vpc;
    }
    return undefined;
  }

  protected vSwitchOf(value: TfValue | undefined): VSwitchRef | undefined {
    const resource = this.target(value);
    return resource ? this.vSwitches.get(resource) : undefined;
  }

  protected fromText(resource: TerraformResource): string {
    const where =
      resource.file !== undefined
        ? ` (${resource.file}${resource.line !== undefined ? `:${resource.line}` : ''})`
        : '';
    return `${resource.address}${where}`;
  }

  protected note(
    resource: TerraformResource,
    level: ImportNote['level'],
    message: ImportWords,
  ): void {
    if (level === 'unresolved') this.unresolved++;
    this.notes.push({
      level,
      message: prefixedWords(resource.address, message),
      ...(resource.file !== undefined ? { file: resource.file } : {}),
      ...(resource.line !== undefined ? { line: resource.line } : {}),
    });
  }

  protected comment(
    entity: ImportedEntity,
    path: (string | number)[],
    kind: 'unresolved' | 'note',
    commentText: ImportWords,
  ): void {
    if (kind === 'unresolved') this.unresolved++;
    entity.comments.push({ path, kind, text: commentText });
  }

  protected addEntity(
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

  protected count(name: string): void {
    this.imported[name] = (this.imported[name] ?? 0) + 1;
  }

  protected name(resource: TerraformResource, ...attributes: string[]): string | undefined {
    for (const attribute of attributes) {
      const value = text(resource.values[attribute]);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  protected region(resource: TerraformResource): string | undefined {
    if (typeof resource.region === 'string' && resource.region !== '') return resource.region;
    return undefined;
  }
}
