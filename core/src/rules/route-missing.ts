// Scenarios 2–4: "Add a route that points to the CIDR block of the data source for
// the resource group in the DataWorks console."
import { validVpcBlocks, vpcHolds } from '../analysis/vpcSpace';
import { overlaps, parseCidr } from '../cidr';
import { missingSteps, pairRelated, type Rule } from './rule';
import type { FixDescriptor } from '../types';

export const rule: Rule = {
  meta: {
    code: 'route-missing',
    description:
      "The resource group's binding has no route covering the data source's address in another network.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'route-missing')) {
      const binding = step.binding;
      const rg = pair.rg;
      const ds = pair.ds;
      const path = ['resourceGroups', rg.id, 'vpcBindings', binding.index, 'routes'];
      const fixes: FixDescriptor[] = [];
      const vpc = step.vpc;
      const own = vpc ? validVpcBlocks(vpc) : [];
      for (const route of [step.needed, step.alternative]) {
        if (!route) continue;
        // A route inside the VPC's own address space is never used (route-own-vpc) and
        // satisfies nothing: when the address overlaps the VPC, no route can help.
        const parsed = parseCidr(route, true);
        if (vpc && parsed.ok && vpcHolds(vpc, parsed.range)) continue;
        fixes.push({
          title: context.l10n.t('route-missing.fix', { route, index: binding.index, rg: rg.id }),
          isPreferred: fixes.length === 0,
          operations: [{ op: 'append', path, value: route }],
        });
      }
      const address = ds.network?.address?.value;
      // Every route that would reach the address lies inside the binding's own VPC: the two
      // networks overlap, and asking for such a route would only raise route-own-vpc.
      const overlapping = fixes.length === 0 && step.needed !== undefined && own.length > 0;
      // The VPC's own block that the needed route falls in (its only block, most often).
      const needed = step.needed === undefined ? undefined : parseCidr(step.needed, true);
      const holding = own.filter((block) => needed?.ok && overlaps(block.range, needed.range));
      context.report({
        taskOf: pair,
        node: binding.routesNode ?? binding.node,
        pointer: binding.pointer,
        scenario: pair.scenario,
        // Routes cover as a union: `partOf` names the block only part of which is still needed.
        message: overlapping
          ? context.l10n.t('route-missing.overlapping', {
              index: binding.index,
              rg: rg.id,
              vpc: step.vpc?.id ?? '',
              ds: ds.id,
              address: address || 'none',
              vpcCidr: context.l10n.list(
                (holding.length > 0 ? holding : own).map((block) => block.value.value),
              ),
            })
          : context.l10n.t('route-missing.message', {
              index: binding.index,
              rg: rg.id,
              vpc: step.vpc?.id ?? '',
              ds: ds.id,
              address: address || 'none',
              needed: step.needed ?? 'none',
              partOf: step.partOf ?? 'none',
              alternative: step.alternative ?? 'none',
            }),
        related: pairRelated(pair, context.l10n),
        fixes,
      });
    }
  },
};
