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
    // Each VPC's reserved addresses found once: thousands of data sources share a few hundred
    // VPCs, and each then costs one lookup rather than a walk of its VPC's vSwitches.
    const reservedOf = new Map<Vpc, ReadonlyMap<number, VSwitch>>();
    const dataSources = dataSourceList(model);
    for (let d = 0; d < dataSources.length; d++) {
      const ds = dataSources[d] as DataSource;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'vpc' || !address || !network.vpc || !context.inScope(ds)) continue;
      const ip = address.parsed;
      const vpc = targetOf(model, network.vpc);
      if (!ip.ok || !vpc) continue;
      let reserved = reservedOf.get(vpc);
      if (!reserved) reservedOf.set(vpc, (reserved = reservedAddresses(vpc)));
      const sw = reserved.get(ip.value);
      const cidr = sw?.cidr;
      const r = cidr?.parsed;
      if (!sw || !cidr || !r?.ok) continue;
      const { start, end } = r.range;
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
    }
  },
};

/**
 * The addresses a VPC's vSwitches reserve (each block's first and last three), each with the
 * first vSwitch in document order that reserves it: the one a data source's finding names.
 */
function reservedAddresses(vpc: Vpc): ReadonlyMap<number, VSwitch> {
  const reserved = new Map<number, VSwitch>();
  vpc.vSwitches.forEach((sw) => {
    const r = sw.cidr?.parsed;
    if (!r?.ok) return;
    const { start, end } = r.range;
    // Of a block smaller than four addresses, those of its own that these name.
    for (let address = Math.max(start, end - 2); address <= end; address++)
      if (!reserved.has(address)) reserved.set(address, sw);
    if (!reserved.has(start)) reserved.set(start, sw);
  });
  return reserved;
}
