// What each connection type can join: Express Connect and VPN gateways join one VPC with
// a data center or another VPC, VPC peering joins two VPCs, CEN joins VPCs and may list
// data centers. The predicate lives with the connection graph (connectionProblem), which
// leaves out every connection it flags: such a connection connects nothing.
import { connectionProblem } from '../analysis/topology';
import type { Rule } from './rule';

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
      const message = connectionProblem(connection, context.topology.network, context.l10n);
      if (message) context.report({ node: connection.node, pointer: connection.pointer, message });
    }
  },
};
