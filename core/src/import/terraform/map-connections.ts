// Terraform mapper: connections between networks (CEN, peering, VPN, Express Connect).
import { importText, notImported, type ImportText } from '../text';
import type { JsonValue } from '../topology';
import { SecurityGroupMapper } from './map-security-groups';
import { CIDR, type Entity, isUnknown, items, text, unresolvedText } from './map-shared';
import type { TerraformResource, TfValue } from './resources';

export abstract class ConnectionMapper extends SecurityGroupMapper {
  protected mapConnections(): void {
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
            unresolvedText(importText('importText.what.cidrFrom', { source }), item),
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
        this.note(resource, 'warning', importText('importText.fewerMembers'));
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
        this.note(resource, 'unresolved', notImported(importText('importText.vpnVpcMissing')));
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
          importText('importText.dataCenterRanges', { address: resource.address }),
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
        this.note(resource, 'unresolved', this.peeringNotImported(resource, own !== undefined));
        continue;
      }
      this.placeAcceptingVpc(resource, accepting);
      connection(
        resource,
        'vpcPeering',
        this.name(resource, 'peer_connection_name', 'name'),
        'peer',
        [own, accepting],
      );
    }
  }

  /**
   * The accepting side of a peering says the region and the account of its VPC: the region
   * when its provider does not, and the account when `accepting_ali_uid` is a literal UID
   * other than the importing account's own (a `data.alicloud_account`'s id, when known). A
   * UID that is a reference (usually `data.alicloud_account.current.id`) is the same account.
   */
  private placeAcceptingVpc(resource: TerraformResource, accepting: Entity): void {
    const region = text(resource.values['accepting_region_id']);
    if (region !== undefined && accepting.value['region'] === undefined) {
      accepting.value['region'] = region;
      const before = accepting.comments.length;
      accepting.comments = accepting.comments.filter(
        (c) => !(c.kind === 'unresolved' && c.path[0] === 'region'),
      );
      this.unresolved -= before - accepting.comments.length;
    }
    const given = text(resource.values['accepting_ali_uid']);
    const uid = given !== undefined && /^\d+$/.test(given) ? given : undefined;
    // The accepting VPC made through a provider in another account: that account, with the UID.
    const marker = this.target(resource.values['accepting_vpc_id'])?.account;
    if (marker !== undefined) {
      const account = this.otherAccount(marker, resource);
      if (uid !== undefined && account.uid === undefined && uid !== this.ownAccountUid)
        account.uid = uid;
      return;
    }
    if (uid === undefined || uid === this.ownAccountUid) return;
    // A state's UID may be the importing account's own; an HCL literal names another one.
    if (this.ownAccountUid === undefined && resource.file?.endsWith('.tf') !== true) return;
    this.setAccount(accepting, this.otherAccount(uid, resource).id);
  }

  /** Why a peering is left out; the accepting VPC's id, region and account say what to add. */
  private peeringNotImported(resource: TerraformResource, ownImported: boolean): ImportText {
    if (!ownImported) return notImported(importText('importText.vpcMissing'));
    const values = resource.values;
    const uid = text(values['accepting_ali_uid']);
    return notImported(
      importText('importText.acceptingMissing', {
        vpc: text(values['accepting_vpc_id']) ?? '?',
        region: text(values['accepting_region_id']) ?? '?',
        account: uid !== undefined && /^\d+$/.test(uid) ? uid : '?',
      }),
    );
  }
}
