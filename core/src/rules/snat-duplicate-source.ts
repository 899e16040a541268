// A vSwitch or CIDR block may appear in one SNAT entry of a NAT gateway only.
import { originOf, valueKey } from '../analysis/afterApply';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'snat-duplicate-source',
    description: 'Two SNAT entries of one NAT gateway have the same source.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    // `forEach` over the VPCs: no iterator result per VPC in a cold check.
    context.model.vpcs.byId.forEach((vpc) => {
      for (const gw of vpc.natGateways.values()) {
        if (gw.snatEntries.length < 2) continue; // one entry repeats no source
        const seen = new Map<string, number>();
        for (const entry of gw.snatEntries) {
          const source = entry.source;
          if (!source) continue;
          // A CIDR block known only after apply is the same block wherever its origin is.
          const key = source.cidr
            ? source.cidr.parsed.ok
              ? `cidr:${source.cidr.parsed.network}`
              : originOf(source.cidr.parsed) !== undefined
                ? `cidr:${valueKey(source.cidr)}`
                : undefined
            : `vsw:${source.value}`;
          if (key === undefined) continue;
          const first = seen.get(key);
          if (first === undefined) {
            seen.set(key, entry.index);
            continue;
          }
          context.report({
            node: source.node,
            pointer: source.pointer,
            message: context.l10n.t('snat-duplicate-source.message', {
              index: entry.index,
              nat: gw.id,
              source: source.value,
              first,
            }),
          });
        }
      }
    });
  },
};
