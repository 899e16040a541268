// A vSwitch reserves its first address and its last three addresses.
import { formatIp } from '../cidr';
import type { VSwitch, Vpc } from '../model';
import type { Rule } from './rule';
import { AddressStatus, Net } from '../model/columns/dataSources';

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
    // Each VPC's vSwitch blocks read once: thousands of data sources share a few hundred
    // VPCs, and each then costs a scan of its VPC's few blocks (no map of addresses made).
    const reservedOf = new Map<Vpc, ReservedAddresses>();
    const dataSources = model.dataSources;
    const table = model.columns.dataSources;
    for (let d = 0, count = dataSources.count; d < count; d++) {
      // The columns first: a data source's object is made only for a finding.
      if (table.networkType[d] !== Net.Vpc || table.addressStatus[d] !== AddressStatus.Ok) continue;
      const vpc = table.vpcOf(model, d);
      if (!vpc) continue;
      let reserved = reservedOf.get(vpc);
      if (!reserved) reservedOf.set(vpc, (reserved = reservedAddresses(vpc)));
      const sw = reservingVSwitch(reserved, table.address[d] as number);
      const cidr = sw?.cidr;
      const r = cidr?.parsed;
      if (!sw || !cidr || !r?.ok) continue;
      const ds = dataSources.at(d);
      const address = ds.network?.address;
      if (!address || !context.inScope(ds)) continue;
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
 * What a VPC's vSwitches reserve, in document order: for each vSwitch with a valid block,
 * its first address, the first of its last three, its last, and the vSwitch. One list of
 * numbers and vSwitches mixed: a list of numbers alone would hold them unboxed (addresses
 * are above the small integers), and each read would box one again before V8 optimises.
 */
type ReservedAddresses = (number | VSwitch)[];

function reservedAddresses(vpc: Vpc): ReservedAddresses {
  const reserved: ReservedAddresses = [];
  // A module-level callback given the list as `this`, not a closure made per VPC: V8 keeps
  // a function's optimised code only while one of its closures lives.
  vpc.vSwitches.forEach(pushReserved, reserved);
  return reserved;
}

/** Adds what the vSwitch reserves, if its block is valid, to the list given as `this`. */
function pushReserved(this: ReservedAddresses, sw: VSwitch): void {
  const r = sw.cidr?.parsed;
  if (!r?.ok) return;
  const { start, end } = r.range;
  // Of a block smaller than four addresses, those of its own that these name.
  this.push(start, Math.max(start, end - 2), end, sw);
}

/**
 * The first vSwitch in document order that reserves `address` (its block's first or one of
 * its last three): the one a data source's finding names.
 */
function reservingVSwitch(reserved: ReservedAddresses, address: number): VSwitch | undefined {
  for (let at = 0; at < reserved.length; at += 4) {
    if (
      address === reserved[at] ||
      ((reserved[at + 1] as number) <= address && address <= (reserved[at + 2] as number))
    )
      return reserved[at + 3] as VSwitch;
  }
  return undefined;
}
