// Scenarios 2–4: the VPC bound to the resource group must be directly connected to the
// data source's VPC or data center (CEN, VPC peering, VPN gateway or Express Connect).
import { missingSteps, pairRelated, type Rule } from './rule';
import type { FixDescriptor } from '../types';

export const rule: Rule = {
  meta: {
    code: 'connection-missing',
    description:
      "The VPC bound to the resource group is not directly connected to the data source's network.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  check(context) {
    const { model } = context;
    for (const { pair, step } of missingSteps(context, 'connection-missing')) {
      const ds = pair.ds!;
      const network = ds.network!;
      const vpc = step.vpc!;
      const target = step.target!;
      const targetLabel =
        target.kind === 'vpc' ? `VPC '${target.id}'` : `data center '${target.id}'`;
      const fixes: FixDescriptor[] = [];
      if (step.joinable) {
        fixes.push({
          title: `Add VPC '${vpc.id}' to ${step.joinable.type === 'cen' ? 'CEN' : 'connection'} '${step.joinable.id}'`,
          isPreferred: true,
          operations: [
            { op: 'append', path: ['connections', step.joinable.id, 'members'], value: vpc.id },
          ],
        });
      }
      const type = target.kind === 'vpc' ? 'cen' : 'expressConnect';
      const prefix = target.kind === 'vpc' ? 'cen' : 'ec';
      let id = `${prefix}-${vpc.id}-${target.id}`;
      for (let n = 2; model.connections.byId.has(id); n++)
        id = `${prefix}-${vpc.id}-${target.id}-${n}`;
      fixes.push({
        title: `Create ${type === 'cen' ? 'a CEN instance' : 'an Express Connect circuit'} '${id}' between '${vpc.id}' and '${target.id}'`,
        isPreferred: fixes.length === 0,
        operations: [
          { op: 'set', path: ['connections', id], value: { type, members: [vpc.id, target.id] } },
        ],
      });
      context.report({
        node: network.node,
        pointer: network.pointer,
        scenario: pair.scenario,
        message:
          `VPC '${vpc.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}') is not directly connected to ` +
          `${targetLabel} of data source '${ds.id}'. Connect them with ` +
          (target.kind === 'vpc'
            ? 'a CEN instance, VPC peering, a VPN gateway or an Express Connect circuit.'
            : 'an Express Connect circuit or a VPN gateway.'),
        related: pairRelated(pair),
        fixes,
      });
    }
  },
};
