// A check that needs an address and meets one known only after apply (`${origin}`, as
// `dwnet import terraform` writes an EIP or a private IP the cloud assigns) neither reports
// a false error nor stays silent: it says it cannot verify the step until applied.
import type { AddressField } from '../analysis/addresses';
import { originOf, valueKey } from '../analysis/afterApply';
import type { PairEvaluation, Step } from '../analysis/connectivity';
import { describeStep } from '../stepText';
import type { Node } from '../parse';
import type { IpValue, Vpc } from '../model';
import { pairRelated, type Rule, type RuleContext } from './rule';

/** Where a step's finding sits: the element the step's own rule would report on. */
function anchorOf(pair: PairEvaluation, step: Step): { node: Node; pointer: string } | undefined {
  switch (step.code) {
    case 'whitelist-missing':
      return pair.ds?.whitelistNode
        ? { node: pair.ds.whitelistNode, pointer: `${pair.ds.pointer}/whitelist` }
        : undefined;
    case 'route-missing':
      return step.binding
        ? { node: step.binding.routesNode ?? step.binding.node, pointer: step.binding.pointer }
        : undefined;
    case 'snat-missing':
      return step.gateway;
    case 'rg-sg-egress-missing':
    case 'rg-sg-ingress-missing':
    case 'ds-sg-ingress-missing':
      return step.securityGroup;
    default:
      // snat-eip-unknown: reported once per SNAT entry below, whatever pairs use it.
      return undefined;
  }
}

function checkPair(context: RuleContext, pair: PairEvaluation): void {
  const { l10n } = context;
  const steps = pair.steps;
  // An index, not `for … of`: no iterator result per step of every pair before V8 optimises.
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    if (!step.afterApply) continue;
    const anchor = anchorOf(pair, step);
    if (!anchor) continue;
    context.report({
      node: anchor.node,
      pointer: anchor.pointer,
      scenario: pair.scenario,
      message: l10n.t('value-after-apply.message', {
        values: l10n.list(step.afterApply),
        count: step.afterApply.length,
        step: describeStep(pair, step, l10n),
      }),
      related: pairRelated(pair, l10n),
    });
  }
}

/** Whether one of `fields` holds a value known only after apply. */
function someSymbolic(fields: readonly AddressField[]): boolean {
  for (let i = 0; i < fields.length; i++)
    if (originOf((fields[i] as AddressField).value.parsed) !== undefined) return true;
  return false;
}

/** SNAT entries whose EIP may or may not be one of the gateway's once applied. */
function checkSnatEips(context: RuleContext): void {
  // `forEach` over the VPCs: no iterator result per VPC in a cold check. The callback is a
  // module-level function given the context as `this`, not a closure made per check: V8
  // keeps a function's optimised code only while one of its closures lives.
  context.model.vpcs.byId.forEach(checkVpcSnatEips, context);
}

function checkVpcSnatEips(this: RuleContext, vpc: Vpc): void {
  const { l10n } = this;
  for (const gateway of vpc.natGateways.values()) {
    if (gateway.snatEntries.length === 0) continue; // nothing to report, no lists made
    const own = ownEipKeys(gateway.eips);
    if (own.length === 0) continue;
    const ownSymbolic = gateway.eips.some((eip) => originOf(eip.parsed) !== undefined);
    for (const entry of gateway.snatEntries) {
      const eip = entry.eip;
      if (!eip || !(eip.parsed.ok || originOf(eip.parsed))) continue;
      const symbolic = originOf(eip.parsed) !== undefined;
      if ((!symbolic && !ownSymbolic) || own.includes(valueKey(eip))) continue;
      this.report({
        node: eip.node,
        pointer: eip.pointer,
        message: l10n.t('value-after-apply.snatEip', {
          eip: eip.value,
          index: entry.index,
          nat: gateway.id,
          known: l10n.list(own),
        }),
      });
    }
  }
}

/**
 * The keys of a gateway's EIPs that are valid or known after apply, pushed onto a literal:
 * `filter` and `map` make their arrays with one elements kind in the builtins and another
 * once TurboFan inlines them, and the code that read the one was thrown away at the other.
 */
function ownEipKeys(eips: readonly IpValue[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < eips.length; i++) {
    const eip = eips[i] as IpValue;
    if (eip.parsed.ok || originOf(eip.parsed)) keys.push(valueKey(eip));
  }
  return keys;
}

export const rule: Rule = {
  meta: {
    code: 'value-after-apply',
    description:
      'A step depends on a value known only after apply (a symbolic value written as its origin): it cannot be verified until applied.',
    defaultSeverity: 'information',
    fixable: false,
    category: 'connectivity',
  },
  // Findings come from the pairs and from the NAT gateways: the rule runs again on every edit.
  reads: 'everything',
  check(context) {
    // Only a symbolic value (`${origin}`) makes a step carry `afterApply`, and every value
    // the pairs read as one is an address field (analysis/addresses.ts): when no field is
    // symbolic, no pair's step carries one, and the steps of every pair need not be read.
    // (`addresses()` holds every symbolic field: a check lists those that do not parse.
    // Asking the text for `${` or `\u` instead read 4 MB twice in the benchmark's file.)
    if (someSymbolic(context.addresses())) {
      const pairs = context.connectivity().pairs;
      for (let i = 0; i < pairs.length; i++) checkPair(context, pairs[i] as PairEvaluation);
    }
    checkSnatEips(context);
  },
};
