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
      const ds = pair.ds;
      const network = ds.network;
      const { vpc, target } = step;
      // Always set: a connection step is of a data source in a VPC or a data center.
      if (!network) continue;
      const { l10n } = context;
      const targetLabel = l10n.t(target.kind === 'vpc' ? 'target.vpc' : 'target.dataCenter', {
        id: target.id,
      });
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
          title: l10n.t('connection-missing.fix.addVpcToCen', { vpc: vpc.id, cen: targetCen.id }),
          isPreferred: true,
          operations: [
            { op: 'append', path: ['connections', targetCen.id, 'members'], value: vpc.id },
          ],
        });
      } else if (bindingCen) {
        fixes.push({
          title: l10n.t('connection-missing.fix.addTargetToCen', {
            target: targetLabel,
            cen: bindingCen.id,
          }),
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
          title: l10n.t(
            type === 'cen'
              ? 'connection-missing.fix.createCen'
              : 'connection-missing.fix.createExpressConnect',
            { id, vpc: vpc.id, target: target.id },
          ),
          isPreferred: fixes.length === 0,
          operations: [
            { op: 'set', path: ['connections', id], value: { type, members: [vpc.id, target.id] } },
          ],
        });
      }
      context.report({
        taskOf: pair,
        node: network.node,
        pointer: network.pointer,
        scenario: pair.scenario,
        message: l10n.t('connection-missing.message', {
          vpc: vpc.id,
          index: step.binding?.index ?? '',
          rg: pair.rg?.id ?? '',
          target: targetLabel,
          ds: ds.id,
          kind: target.kind,
          cen: targetCen ? 'target' : bindingCen ? 'binding' : 'none',
          cenId: (targetCen ?? bindingCen)?.id ?? '',
          conflict: conflict ? 'yes' : 'no',
          vpcCidrs: blocks.text,
          conflictId: conflict?.id ?? '',
          conflictCidrs: conflict?.blocks.text ?? '',
        }),
        related: pairRelated(pair, l10n),
        fixes,
      });
    }
  },
};
