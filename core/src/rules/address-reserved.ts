// A vSwitch reserves its first address and its last three addresses.
import { formatIp } from '../cidr';
import type { DataSource, VSwitch, Vpc } from '../model';
import { dataSourceList } from './items';
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
    // Each VPC's vSwitches listed once: thousands of data sources share a few hundred VPCs.
    const switchesOf = new Map<Vpc, VSwitch[]>();
    const dataSources = dataSourceList(model);
    for (let d = 0; d < dataSources.length; d++) {
      const ds = dataSources[d] as DataSource;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'vpc' || !address || !network.vpc || !context.inScope(ds)) continue;
      const ip = address.parsed;
      const vpc = targetOf(model, network.vpc);
      if (!ip.ok || !vpc) continue;
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
    }
  },
};
