// A vSwitch's CIDR block must have a prefix length from /16 to /29.
import type { VSwitch } from '../model';
import type { Rule } from './rule';

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
    // `forEach`, not `for … of` over maps: no iterator result per VPC or vSwitch in a cold check.
    const checkVSwitch = (sw: VSwitch): void => {
      const parsed = sw.cidr?.parsed;
      if (!sw.cidr || !parsed?.ok || (parsed.range.prefix >= 16 && parsed.range.prefix <= 29))
        return;
      context.report({
        node: sw.cidr.node,
        pointer: sw.cidr.pointer,
        message: context.l10n.t('vswitch-cidr-mask.message', {
          cidr: sw.cidr.value,
          vSwitch: sw.id,
          prefix: parsed.range.prefix,
        }),
      });
    };
    context.model.vpcs.byId.forEach((vpc) => vpc.vSwitches.forEach(checkVSwitch));
  },
};
