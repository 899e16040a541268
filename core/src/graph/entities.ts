// Every entity of the model as a graph node, and its bindings, memberships, NAT hops and
// locations as edges.
import { localizer, type Localizer } from '../l10n';
import { contains, hostRange, overlaps } from '../cidr';
import type { Binding, DataSource, Model, ResourceGroup } from '../model';
import { GraphBuilder, INTERNET_ID, nodeIds } from './builder';
import { targetOf } from '../references';

export function addEntities(
  graph: GraphBuilder,
  model: Model,
  l10n: Localizer = localizer(),
): void {
  for (const rg of model.resourceGroups.byId.values()) {
    graph.node({
      id: nodeIds.resourceGroup(rg.id),
      kind: 'resourceGroup',
      pointer: rg.pointer,
      label: rg.id,
      details: compact([rg.type, rg.regionId, rg.eip ? `EIP ${rg.eip.value}` : undefined]),
      region: rg.regionId,
    });
  }
  for (const vpc of model.vpcs.byId.values()) {
    const vpcId = nodeIds.vpc(vpc.id);
    graph.node({
      id: vpcId,
      kind: 'vpc',
      pointer: vpc.pointer,
      label: vpc.id,
      // The VPC's address space: its CIDR block, then its secondary CIDR blocks.
      details: compact([
        vpc.cidr?.value,
        ...vpc.secondaryCidrs.map((block) => block.value),
        vpc.regionId,
        vpc.accountId,
      ]),
      region: vpc.regionId,
    });
    for (const vSwitch of vpc.vSwitches.values()) {
      const id = nodeIds.vSwitch(vpc.id, vSwitch.id);
      graph.node({
        id,
        kind: 'vSwitch',
        pointer: vSwitch.pointer,
        label: vSwitch.id,
        details: compact([vSwitch.cidr?.value, vSwitch.zone?.value]),
        parent: vpcId,
        region: vpc.regionId,
      });
      graph.edge('contains', vpcId, id);
    }
    for (const gateway of vpc.natGateways.values()) {
      const eips = gateway.eips.map((eip) => eip.value);
      graph.node({
        id: nodeIds.natGateway(vpc.id, gateway.id),
        kind: 'natGateway',
        pointer: gateway.pointer,
        // SPEC §9 and the issue: a NAT gateway shows its EIPs.
        label: eips.length > 0 ? `${gateway.id} (EIP ${eips.join(', ')})` : gateway.id,
        details: [eips.length > 0 ? `EIP ${eips.join(', ')}` : 'no EIP'],
        parent: vpcId,
        region: vpc.regionId,
      });
    }
  }
  for (const dc of model.dataCenters.byId.values()) {
    graph.node({
      id: nodeIds.dataCenter(dc.id),
      kind: 'dataCenter',
      pointer: dc.pointer,
      label: dc.id,
      details: dc.cidrs.map((cidr) => cidr.value),
    });
  }
  for (const connection of model.connections.byId.values()) {
    graph.node({
      id: nodeIds.connection(connection.id),
      kind: 'connection',
      pointer: connection.pointer,
      label: connection.id,
      details: compact([connection.type]),
    });
  }
  const internet = [...model.dataSources.byId.values()].some(
    (ds) => ds.network?.type === 'internet',
  );
  if (internet) {
    graph.node({
      id: INTERNET_ID,
      kind: 'internet',
      pointer: '',
      label: 'Internet',
      details: [],
    });
  }
  for (const ds of model.dataSources.byId.values()) {
    const address = ds.network?.address?.value;
    graph.node({
      id: nodeIds.dataSource(ds.id),
      kind: 'dataSource',
      pointer: ds.pointer,
      label: ds.id,
      details: compact([
        ds.engine,
        address !== undefined ? `${address}:${ds.port}` : undefined,
        ds.network?.type === 'classic' ? l10n.t('graph.detail.classic') : undefined,
      ]),
    });
  }

  // Edges, in the order paths prefer them.
  for (const rg of model.resourceGroups.byId.values()) {
    for (const binding of rg.bindings) {
      const end = bindingEnd(model, binding);
      if (end) graph.edge('binding', nodeIds.resourceGroup(rg.id), end);
    }
    if (internet && rg.eip && isExclusive(rg))
      graph.edge('eip', nodeIds.resourceGroup(rg.id), INTERNET_ID, `EIP ${rg.eip.value}`);
  }
  for (const connection of model.connections.byId.values()) {
    for (const member of connection.members) {
      const network = networkNode(model, member.value);
      if (network) graph.edge('member', nodeIds.connection(connection.id), network);
    }
  }
  for (const vpc of model.vpcs.byId.values()) {
    for (const gateway of vpc.natGateways.values()) {
      const natId = nodeIds.natGateway(vpc.id, gateway.id);
      for (const entry of gateway.snatEntries) {
        const source = entry.source;
        if (!source) continue;
        const label = entry.eip ? `SNAT ${entry.eip.value}` : 'SNAT';
        if (!source.cidr) {
          if (targetOf(model, source))
            graph.edge('snat', nodeIds.vSwitch(vpc.id, source.value), natId, label);
          continue;
        }
        const range = source.cidr.parsed.ok ? source.cidr.parsed.range : undefined;
        let any = false;
        for (const vSwitch of vpc.vSwitches.values()) {
          const switchRange = vSwitch.cidr?.parsed.ok ? vSwitch.cidr.parsed.range : undefined;
          // Coverage is the union of the entries: an entry for part of a vSwitch still
          // carries that part's traffic, so it is drawn from the vSwitch too.
          if (range && switchRange && overlaps(range, switchRange)) {
            graph.edge('snat', nodeIds.vSwitch(vpc.id, vSwitch.id), natId, label);
            any = true;
          }
        }
        if (!any) graph.edge('snat', nodeIds.vpc(vpc.id), natId, label);
      }
      if (internet && gateway.eips.length > 0) {
        const eips = gateway.eips.map((eip) => eip.value).join(', ');
        graph.edge('nat', natId, INTERNET_ID, `EIP ${eips}`);
      }
    }
  }
  for (const ds of model.dataSources.byId.values()) {
    const place = placeOf(model, ds);
    if (place) graph.edge('location', place, nodeIds.dataSource(ds.id));
  }
}

function compact(values: (string | undefined)[]): string[] {
  return values.filter((value): value is string => value !== undefined && value !== '');
}

export function isExclusive(rg: ResourceGroup): boolean {
  return rg.type !== undefined && rg.type !== 'serverless';
}

/** The node a binding leads to: its vSwitch when that is in its VPC, else the VPC. */
export function bindingEnd(model: Model, binding: Binding): string | undefined {
  const vpc = targetOf(model, binding.vpc);
  if (!vpc) return undefined;
  const vSwitch = targetOf(model, binding.vSwitch);
  return vSwitch ? nodeIds.vSwitch(vpc.id, vSwitch.id) : nodeIds.vpc(vpc.id);
}

export function networkNode(model: Model, id: string): string | undefined {
  if (model.vpcs.byId.has(id)) return nodeIds.vpc(id);
  if (model.dataCenters.byId.has(id)) return nodeIds.dataCenter(id);
  return undefined;
}

/**
 * Where a data source lives: the vSwitch of its VPC holding its address (else the VPC), its
 * data center, or the Internet. Nothing for the classic network or a reference to nothing.
 */
export function placeOf(model: Model, ds: DataSource): string | undefined {
  const network = ds.network;
  switch (network?.type) {
    case 'internet':
      return INTERNET_ID;
    case 'dataCenter': {
      const id = network.dataCenter?.value;
      return id !== undefined && model.dataCenters.byId.has(id)
        ? nodeIds.dataCenter(id)
        : undefined;
    }
    case 'vpc': {
      const vpc = targetOf(model, network.vpc);
      if (!vpc) return undefined;
      const address = network.address?.parsed;
      if (address?.ok) {
        for (const vSwitch of vpc.vSwitches.values()) {
          const range = vSwitch.cidr?.parsed.ok ? vSwitch.cidr.parsed.range : undefined;
          if (range && contains(range, hostRange(address.value)))
            return nodeIds.vSwitch(vpc.id, vSwitch.id);
        }
      }
      return nodeIds.vpc(vpc.id);
    }
    default:
      return undefined;
  }
}
