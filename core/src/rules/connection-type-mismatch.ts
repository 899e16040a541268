// What each connection type can join: Express Connect and VPN gateways join one VPC with
// a data center or another VPC, VPC peering joins two VPCs, CEN joins VPCs and may list
// data centers.
import type { Connection } from '../model';
import type { Rule, RuleContext } from './rule';

function problem(context: RuleContext, connection: Connection): string | undefined {
  const known = connection.members
    .map((m) => context.topology.network(m.value))
    .filter((n) => n !== undefined);
  const count = new Set(connection.members.map((m) => m.value)).size;
  const listed = count === 1 ? 'only one network' : `${count} networks`;
  const vpcs = known.filter((n) => n.kind === 'vpc').length;
  const dataCenters = known.length - vpcs;
  switch (connection.type) {
    case 'expressConnect':
    case 'vpnGateway': {
      const name =
        connection.type === 'expressConnect' ? 'An Express Connect circuit' : 'A VPN gateway';
      if (count !== 2)
        return `${name} joins exactly two networks (one VPC and a data center or another VPC); '${connection.id}' lists ${listed}.`;
      if (known.length === 2 && vpcs === 0)
        return `${name} joins a VPC with a data center or another VPC; '${connection.id}' lists two data centers.`;
      return undefined;
    }
    case 'vpcPeering':
      if (count !== 2)
        return `VPC peering joins exactly two VPCs; '${connection.id}' lists ${listed}.`;
      if (dataCenters > 0)
        return `VPC peering joins two VPCs; '${connection.id}' lists a data center (use Express Connect or a VPN gateway).`;
      return undefined;
    case 'cen':
      if (count < 2)
        return `A CEN instance joins at least two networks; '${connection.id}' lists ${listed}.`;
      if (known.length === count && vpcs === 0)
        return `A CEN instance joins VPCs (and may list data centers); '${connection.id}' lists no VPC.`;
      return undefined;
    default:
      return undefined;
  }
}

export const rule: Rule = {
  meta: {
    code: 'connection-type-mismatch',
    description: 'A connection joins networks its type cannot join.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    for (const connection of context.model.connections.byId.values()) {
      const message = problem(context, connection);
      if (message) context.report({ node: connection.node, pointer: connection.pointer, message });
    }
  },
};
