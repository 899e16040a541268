// A data source on the internet needs a public address: the reference document's scenario
// 5, step 3, "configure the public connection address of the data source". A private,
// shared or reserved address cannot be reached over the Internet. Host names are not
// resolved, so they are not checked.
import { NON_PUBLIC_RANGES } from '../cidr';
import type { Rule } from './rule';
import { AddressStatus, Net } from '../model/columns/dataSources';

/**
 * The ranges' bounds and blocks in one list: a list of addresses alone would hold them
 * unboxed (they are above the small integers), and each read would box one again before V8
 * optimises this.
 */
let nonPublicBounds: readonly (number | (typeof NON_PUBLIC_RANGES)[number])[] | undefined;

/** The first non-public range that holds an address (an index loop: no object per data source). */
function nonPublicRange(address: number): (typeof NON_PUBLIC_RANGES)[number] | undefined {
  // Made at first use: no work when the module loads.
  const bounds = (nonPublicBounds ??= NON_PUBLIC_RANGES.flatMap((block) => [
    block.range.start,
    block.range.end,
    block,
  ]));
  for (let at = 0; at < bounds.length; at += 3) {
    if ((bounds[at] as number) <= address && address <= (bounds[at + 1] as number))
      return bounds[at + 2] as (typeof NON_PUBLIC_RANGES)[number];
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    code: 'address-not-public',
    description:
      'A data source on the internet has a private, shared or reserved address, which cannot be reached over the Internet.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const dataSources = context.model.dataSources;
    const table = context.model.columns.dataSources;
    for (let i = 0, count = dataSources.count; i < count; i++) {
      // The columns first: a data source's object is made only for a finding.
      if (table.networkType[i] !== Net.Internet || table.addressStatus[i] !== AddressStatus.Ok)
        continue;
      const reserved = nonPublicRange(table.address[i] as number);
      if (!reserved) continue;
      const ds = dataSources.at(i);
      const address = ds.network?.address;
      if (!address || !context.inScope(ds)) continue;
      context.report({
        node: address.node,
        pointer: address.pointer,
        message: context.l10n.t('address-not-public.message', {
          ds: ds.id,
          address: address.value,
          cidr: reserved.cidr,
          kind: context.l10n.t(reserved.kind),
        }),
      });
    }
  },
};
