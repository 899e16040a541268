// Aliyun mapper: data centers (Express Connect VBRs, VPN customer networks) and the
// connections between networks (CEN, peering, VPN, Express Connect).
import { importText, listText, type ImportText } from '../text';
import type { ImportComment } from '../topology';
import { type Found, byText, fromText, isCidrOrIp, optional } from './helpers';
import { assignIds } from './ids';
import { SecurityGroupMapper } from './map-security-groups';
import { get, list, strings, text } from './responses';

export abstract class ConnectionMapper extends SecurityGroupMapper {
  // ---- data centers (Express Connect VBRs, VPN customer networks) -----------------------

  protected vbrVpcs = new Map<string, Set<string>>();

  protected mapDataCenters(): void {
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
    const write = (cloud: string, found: Found, cidrs: string[], what: ImportText): void => {
      const id = ids.get(cloud) ?? cloud;
      this.dataCenterIds.set(cloud, id);
      this.dataCenterCidrs.set(cloud, cidrs);
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(found, cloud) }];
      if (cidrs.length === 0) {
        comments.push({
          path: ['cidrs'],
          kind: 'unresolved',
          text: importText('importText.dataCenterCidrsMissing', { what, id: cloud }),
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
      write(cloud, f, [...(cidrsOfVbr.get(cloud) ?? [])], importText('importText.what.vbr'));
    }
    for (const [cloud, entry] of vpnCenters)
      write(cloud, entry.found, [...entry.cidrs], importText('importText.what.vpnConnection'));
  }

  // ---- connections -----------------------------------------------------------------------

  protected mapConnections(): void {
    const connections: {
      cloudId: string;
      name?: string;
      type: string;
      members: string[];
      found: Found;
      unresolved: ImportText[];
    }[] = [];
    const memberId = (cloud: string): string | undefined =>
      this.vpcIds.get(cloud) ?? this.dataCenterIds.get(cloud);

    // CEN: classic attachments and transit router VPC attachments, one connection per CEN.
    const cens = new Map<
      string,
      { members: Set<string>; found: Found; unresolved: ImportText[] }
    >();
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
      else entry.unresolved.push(importText('importText.cenMemberMissing', { member: child }));
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
      const unresolved: ImportText[] = [];
      for (const side of sides) {
        const member = side ? memberId(side) : undefined;
        if (member) members.push(member);
        else
          unresolved.push(
            importText('importText.memberMissing', {
              member: side ?? importText('importText.what.none'),
            }),
          );
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
            importText('importText.vpnGatewayVpcMissing', {
              gateway: gatewayId ?? importText('importText.what.none'),
            }),
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
          importText('importText.aliyunConnectionNotImported', {
            id: c.cloudId,
            type: c.type,
            members: listText(c.unresolved),
          }),
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
}
