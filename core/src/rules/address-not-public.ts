// A data source on the internet needs a public address: the reference document's scenario
// 5, step 3, "configure the public connection address of the data source". A private,
// shared or reserved address cannot be reached over the Internet. Host names are not
// resolved, so they are not checked.
import { NON_PUBLIC_RANGES } from '../cidr';
import type { DataSource } from '../model';
import { dataSourceList } from './items';
import type { Rule } from './rule';

/** The first non-public range that holds an address (an index loop: no object per data source). */
function nonPublicRange(address: number): (typeof NON_PUBLIC_RANGES)[number] | undefined {
  for (let i = 0; i < NON_PUBLIC_RANGES.length; i++) {
    const block = NON_PUBLIC_RANGES[i] as (typeof NON_PUBLIC_RANGES)[number];
    if (block.range.start <= address && address <= block.range.end) return block;
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
    const dataSources = dataSourceList(context.model);
    for (let i = 0; i < dataSources.length; i++) {
      const ds = dataSources[i] as DataSource;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'internet' || !address || !context.inScope(ds)) continue;
      const ip = address.parsed;
      if (!ip.ok) continue;
      const reserved = nonPublicRange(ip.value);
      if (!reserved) continue;
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
