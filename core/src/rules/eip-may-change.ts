// "If you scale out the resource group in subsequent operations, you must check whether
// the EIP changes."
import type { PairEvaluation } from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { ResourceGroup } from '../model';
import { pairsRelated, type Rule, type RuleContext } from './rule';

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
    const groups = new Map<ResourceGroup, PairEvaluation[]>();
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
      const ofGroup = groups.get(rg);
      if (!ofGroup) groups.set(rg, [pair]);
      else ofGroup.push(pair);
    }
    report(context, groups);
  },
};

function report(context: RuleContext, groups: Map<ResourceGroup, PairEvaluation[]>): void {
  const { l10n } = context;
  for (const [rg, pairs] of groups) {
    const eip = rg.eip;
    if (!eip) continue; // always set: only groups with a valid EIP are gathered
    context.report({
      pairsOf: rg,
      node: eip.node,
      pointer: eip.pointer,
      scenario: 5,
      // Worked out only for a finding that is shown (the cap per file drops the rest).
      describe: () => ({
        message: l10n.t('eip-may-change.message', { eip: eip.value, rg: rg.id }),
        related: pairsRelated(pairs, l10n),
      }),
    });
  }
}
