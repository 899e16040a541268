// "If you scale out the resource group in subsequent operations, you must check whether
// the EIP changes."
import type { ResourceGroup } from '../model';
import { pairRelated, type RelatedInput, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'eip-may-change',
    description:
      "An old-version resource group's EIP, used in a whitelist, may change when the group is scaled out.",
    defaultSeverity: 'information',
    scenario: 5,
    fixable: false,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    const groups = new Map<ResourceGroup, RelatedInput[]>();
    for (const pair of context.connectivity().pairs) {
      const rg = pair.rg;
      if (
        !rg?.eip?.parsed.ok ||
        pair.scenario !== 5 ||
        rg.type === undefined ||
        rg.type === 'serverless'
      )
        continue;
      const related = groups.get(rg) ?? [];
      related.push(...pairRelated(pair));
      groups.set(rg, related);
    }
    for (const [rg, related] of groups) {
      context.report({
        pairsOf: rg,
        node: rg.eip!.node,
        pointer: rg.eip!.pointer,
        scenario: 5,
        message:
          `The EIP ${rg.eip!.value} of old-version resource group '${rg.id}' may change when you scale the group out: ` +
          'check it after each scale-out and add the latest EIP to the whitelists of its data sources.',
        related,
      });
    }
  },
};
