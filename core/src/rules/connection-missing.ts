// Scenarios 2–4: the VPC bound to the resource group must be directly connected to the
// data source's VPC or data center (CEN, VPC peering, VPN gateway or Express Connect).
// A connection between networks whose CIDR blocks overlap cannot route (cidr-conflict):
// no fix creates one; the message says which blocks to change first.
import { networkBlocks, type NetworkBlocks, type Topology } from '../analysis/topology';
import { overlaps } from '../cidr';
import type { Connection } from '../model';
import type { FixDescriptor } from '../types';
import { missingSteps, pairRelated, type Rule } from './rule';

/** The member of `networks` whose blocks overlap `blocks`, if any. */
function overlapping(
  topology: Topology,
  blocks: NetworkBlocks,
  networks: readonly string[],
): { id: string; blocks: NetworkBlocks } | undefined {
  for (const id of networks) {
    const network = topology.network(id);
    if (!network) continue;
    const other = networkBlocks(network);
    if (blocks.ranges.some((a) => other.ranges.some((b) => overlaps(a, b))))
      return { id, blocks: other };
  }
  return undefined;
}

const memberIds = (connection: Connection) => connection.members.map((m) => m.value);

export const rule: Rule = {
  meta: {
    code: 'connection-missing',
    description:
      "The VPC bound to the resource group is not directly connected to the data source's network.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    const { model, topology } = context;
    for (const { pair, step } of missingSteps(context, 'connection-missing')) {
      const ds = pair.ds!;
      const network = ds.network!;
      const vpc = step.vpc!;
      const target = step.target!;
      const targetLabel =
        target.kind === 'vpc' ? `VPC '${target.id}'` : `data center '${target.id}'`;
      const fixes: FixDescriptor[] = [];
      const blocks = networkBlocks({ kind: 'vpc', vpc });
      const conflict = overlapping(topology, blocks, [target.id]);
      // Only a CEN takes more members (the other types join exactly two networks, and a
      // CEN may list data centers). First a CEN that already lists the data source's
      // network, which the bound VPC joins; else one that already lists the bound VPC,
      // which the data source's network joins. Never one where the newcomer's blocks
      // overlap a member's (cidr-conflict).
      const targetNetwork = topology.network(target.id);
      const targetBlocks = targetNetwork ? networkBlocks(targetNetwork) : undefined;
      const joinable = (listing: string, newcomer: NetworkBlocks | undefined) =>
        newcomer
          ? topology
              .connectionsListing(listing)
              .find((c) => c.type === 'cen' && !overlapping(topology, newcomer, memberIds(c)))
          : undefined;
      const targetCen = conflict ? undefined : joinable(target.id, blocks);
      const bindingCen = conflict || targetCen ? undefined : joinable(vpc.id, targetBlocks);
      if (targetCen) {
        fixes.push({
          title: `Add VPC '${vpc.id}' to CEN '${targetCen.id}'`,
          isPreferred: true,
          operations: [
            { op: 'append', path: ['connections', targetCen.id, 'members'], value: vpc.id },
          ],
        });
      } else if (bindingCen) {
        fixes.push({
          title: `Add ${targetLabel} to CEN '${bindingCen.id}'`,
          isPreferred: true,
          operations: [
            { op: 'append', path: ['connections', bindingCen.id, 'members'], value: target.id },
          ],
        });
      }
      const type = target.kind === 'vpc' ? 'cen' : 'expressConnect';
      const prefix = target.kind === 'vpc' ? 'cen' : 'ec';
      let id = `${prefix}-${vpc.id}-${target.id}`;
      for (let n = 2; model.connections.byId.has(id); n++)
        id = `${prefix}-${vpc.id}-${target.id}-${n}`;
      if (!conflict) {
        fixes.push({
          title: `Create ${type === 'cen' ? 'a CEN instance' : 'an Express Connect circuit'} '${id}' between '${vpc.id}' and '${target.id}'`,
          isPreferred: fixes.length === 0,
          operations: [
            { op: 'set', path: ['connections', id], value: { type, members: [vpc.id, target.id] } },
          ],
        });
      }
      context.report({
        pairsOf: pair.task,
        node: network.node,
        pointer: network.pointer,
        scenario: pair.scenario,
        message:
          `VPC '${vpc.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}') is not directly connected to ` +
          `${targetLabel} of data source '${ds.id}'. Connect them with ` +
          (target.kind === 'vpc'
            ? 'a CEN instance, VPC peering, a VPN gateway or an Express Connect circuit.'
            : 'an Express Connect circuit or a VPN gateway.') +
          (targetCen
            ? ` CEN '${targetCen.id}' already lists ${targetLabel}: add VPC '${vpc.id}' to it.`
            : bindingCen
              ? ` CEN '${bindingCen.id}' already lists VPC '${vpc.id}': add ${targetLabel} to it.`
              : '') +
          (conflict
            ? ` First change one of their CIDR blocks: '${vpc.id}' (${blocks.text}) overlaps '${conflict.id}' (${conflict.blocks.text}), and networks with overlapping CIDR blocks conflict in routing.`
            : ''),
        related: pairRelated(pair),
        fixes,
      });
    }
  },
};
