// A vSwitch reserves its first address and its last three addresses.
import { formatIp } from '../cidr';
import type { VSwitch, Vpc } from '../model';
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
  visit(context) {
    const { model } = context;
    // Each VPC's vSwitches listed once: thousands of data sources share a few hundred VPCs.
    const switchesOf = new Map<Vpc, VSwitch[]>();
    return {
      dataSource(ds) {
        if (!context.inScope(ds)) return;
        const network = ds.network;
        const address = network?.address;
        if (network?.type !== 'vpc' || !address || !network.vpc) return;
        const ip = address.parsed;
        const vpc = targetOf(model, network.vpc);
        if (!ip.ok || !vpc) return;
        let switches = switchesOf.get(vpc);
        if (!switches) switchesOf.set(vpc, (switches = [...vpc.vSwitches.values()]));
        // An index, not `for … of`: no iterator result per step before V8 optimises.
        for (let i = 0; i < switches.length; i++) {
          const sw = switches[i] as VSwitch;
          const cidr = sw.cidr;
          const r = cidr?.parsed;
          if (!cidr || !r?.ok) continue;
          const { start, end } = r.range;
          // The vSwitch holds the address, and it is its first or one of its last three.
          if (ip.value < start || ip.value > end) continue;
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
      },
    };
  },
};
