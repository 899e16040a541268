// A vSwitch reserves its first address and its last three addresses.
import { contains, formatIp, hostRange } from '../cidr';
import type { Rule } from './rule';
import { targetOf } from '../references';

export const rule: Rule = {
  meta: {
    code: 'address-reserved',
    description:
      "A data source's address is one a vSwitch reserves (its first or last three addresses).",
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const { model } = context;
    for (const ds of model.dataSources.byId.values()) {
      if (!context.inScope(ds)) continue;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'vpc' || !address || !network.vpc) continue;
      const ip = address.parsed;
      const vpc = targetOf(model, network.vpc);
      if (!ip.ok || !vpc) continue;
      for (const sw of vpc.vSwitches.values()) {
        const cidr = sw.cidr;
        const r = cidr?.parsed;
        if (!cidr || !r?.ok || !contains(r.range, hostRange(ip.value))) continue;
        const { start, end } = r.range;
        if (ip.value !== start && ip.value < end - 2) continue;
        context.report({
          node: address.node,
          pointer: address.pointer,
          message: context.l10n.t('address-reserved.message', {
            address: address.value,
            ds: ds.id,
            vSwitch: sw.id,
            cidr: cidr.value,
            first: formatIp(start),
            lastFrom: formatIp(end - 2),
            last: formatIp(end),
          }),
          related: [
            {
              message: context.l10n.t('related.vSwitch', { vSwitch: sw.id }),
              node: cidr.node,
              pointer: cidr.pointer,
            },
          ],
        });
        break;
      }
    }
  },
};
