// A vSwitch's CIDR block must have a prefix length from /16 to /29.
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
    for (const vpc of context.model.vpcs.byId.values()) {
      for (const sw of vpc.vSwitches.values()) {
        const parsed = sw.cidr?.parsed;
        if (!sw.cidr || !parsed?.ok || (parsed.range.prefix >= 16 && parsed.range.prefix <= 29))
          continue;
        context.report({
          node: sw.cidr.node,
          pointer: sw.cidr.pointer,
          message: context.l10n.t('vswitch-cidr-mask.message', {
            cidr: sw.cidr.value,
            vSwitch: sw.id,
            prefix: parsed.range.prefix,
          }),
        });
      }
    }
  },
};
