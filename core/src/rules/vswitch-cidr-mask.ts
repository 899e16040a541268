// A vSwitch's CIDR block must have a prefix length from /16 to /29.
import type { Vpc, VSwitch } from '../model';
import type { Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'vswitch-cidr-mask',
    description: "A vSwitch's CIDR block has a prefix length outside /16–/29.",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach`, not `for … of` over maps: no iterator result per VPC or vSwitch in a cold
    // check. Its callbacks are module-level functions given the context as `this`: a closure
    // made per check loses its optimised code with the check (V8 keeps a function's
    // optimised code only while one of its closures lives).
    context.model.vpcs.byId.forEach(checkVpc, context);
  },
};

function checkVpc(this: RuleContext, vpc: Vpc): void {
  vpc.vSwitches.forEach(checkVSwitch, this);
}

function checkVSwitch(this: RuleContext, sw: VSwitch): void {
  const parsed = sw.cidr?.parsed;
  if (!sw.cidr || !parsed?.ok || (parsed.range.prefix >= 16 && parsed.range.prefix <= 29)) return;
  this.report({
    node: sw.cidr.node,
    pointer: sw.cidr.pointer,
    message: this.l10n.t('vswitch-cidr-mask.message', {
      cidr: sw.cidr.value,
      vSwitch: sw.id,
      prefix: parsed.range.prefix,
    }),
  });
}
