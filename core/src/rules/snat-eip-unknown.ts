// An SNAT entry can only use an EIP associated with its NAT gateway. Where a value known
// only after apply (`${…}`) is on either side, value-after-apply says so instead.
import { originOf, valueKey } from '../analysis/afterApply';
import type { IpValue, Vpc } from '../model';
import type { Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'snat-eip-unknown',
    description: "An SNAT entry uses an EIP that is not one of its NAT gateway's EIPs.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` over the VPCs: no iterator result per VPC in a cold check. The callback is a
    // module-level function given the context as `this`, not a closure made per check: V8
    // keeps a function's optimised code only while one of its closures lives.
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  for (const gw of vpc.natGateways.values()) {
    // A gateway without SNAT entries has nothing to report (and needs no lists made).
    if (gw.snatEntries.length === 0) continue;
    const eips = gw.eips;
    // Lists pushed onto literals, not made by `map` and `filter`: TurboFan's inlined `map`
    // makes its array with another elements kind than the builtin, and the code compiled
    // for the one was thrown away at the other ("wrong map").
    const known: string[] = [];
    const knownKeys: string[] = [];
    const usable: string[] = [];
    let symbolic = false;
    for (let i = 0; i < eips.length; i++) {
      const eip = eips[i] as IpValue;
      known.push(eip.value);
      knownKeys.push(valueKey(eip));
      if (originOf(eip.parsed) !== undefined) symbolic = true;
      if (eip.parsed.ok) usable.push(eip.value);
    }
    for (const entry of gw.snatEntries) {
      const eip = entry.eip;
      if (!eip || !eip.parsed.ok || symbolic || knownKeys.includes(valueKey(eip))) continue;
      this.report({
        node: eip.node,
        pointer: eip.pointer,
        message: this.l10n.t('snat-eip-unknown.message', {
          index: entry.index,
          nat: gw.id,
          eip: eip.value,
          known: known.length > 0 ? this.l10n.list(known) : 'none',
        }),
        // Only a valid EIP of the gateway can replace it: an invalid one stays an error.
        fixes: usable.map((value, i) => ({
          title: this.l10n.t('snat-eip-unknown.fix', { value }),
          isPreferred: i === 0,
          operations: [
            {
              op: 'set' as const,
              path: ['vpcs', vpc.id, 'natGateways', gw.id, 'snatEntries', entry.index, 'eip'],
              value,
            },
          ],
        })),
      });
    }
  }
}
