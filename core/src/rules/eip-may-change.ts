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
    gatherAll(groups, pairs);
    report(context, groups);
  },
};

/**
 * The loop over the pairs, in a function of its own under V8's size for optimising at the
 * first sign of heat (81 bytes of bytecode, `--max-bytecode-size-for-early-opt`): optimised
 * as soon as it has run a little, where a loop in `check` made `check` hot only after several
 * checks of a large file, and its compile took in the reports (issue 17).
 */
function gatherAll(
  groups: Map<ResourceGroup, PairEvaluation[]>,
  pairs: readonly PairEvaluation[],
): void {
  for (let i = 0; i < pairs.length; i++) gather(groups, pairs[i] as PairEvaluation);
}

/**
 * Adds `pair` to its group's pairs when it reaches the data source through an old-version
 * group's own valid EIP.
 */
function gather(groups: Map<ResourceGroup, PairEvaluation[]>, pair: PairEvaluation): void {
  const rg = pair.rg;
  if (pair.scenario !== 5 || rg?.type === undefined || rg.type === 'serverless') return;
  if (!rg.eip?.parsed.ok) return;
  const ofGroup = groups.get(rg);
  if (!ofGroup) groups.set(rg, [pair]);
  else ofGroup.push(pair);
}

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
