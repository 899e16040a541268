// "If you scale out the resource group in subsequent operations, you must check whether
// the EIP changes."
import type { RelatedLocation } from '../types';
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { ResourceGroup } from '../model';
import { pairRelated, type Rule, type RuleContext } from './rule';

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
    const groups = new Map<ResourceGroup, RelatedLocation[]>();
    const pairs = pairSubsetsOf(context.connectivity()).overInternet;
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      const rg = pair.rg;
      if (
        pair.scenario !== 5 ||
        rg?.type === undefined ||
        rg.type === 'serverless' ||
        !rg.eip?.parsed.ok
      )
        continue;
      const ofPair = pairRelated(pair, context.l10n);
      const related = groups.get(rg);
      // The group's first pair's list becomes the group's own; a loop, not a spread, adds
      // the others' (no arguments list per pair before V8 optimises).
      if (!related) groups.set(rg, ofPair);
      else for (let r = 0; r < ofPair.length; r++) related.push(ofPair[r] as RelatedLocation);
    }
    report(context, groups);
  },
};

function report(context: RuleContext, groups: Map<ResourceGroup, RelatedLocation[]>): void {
  for (const [rg, related] of groups) {
    const eip = rg.eip;
    if (!eip) continue; // always set: only groups with a valid EIP are gathered
    context.report({
      pairsOf: rg,
      node: eip.node,
      pointer: eip.pointer,
      scenario: 5,
      message: context.l10n.t('eip-may-change.message', { eip: eip.value, rg: rg.id }),
      related,
    });
  }
}
