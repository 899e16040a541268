// A data source on the internet needs a public address: the reference document's scenario
// 5, step 3, "configure the public connection address of the data source". A private,
// shared or reserved address cannot be reached over the Internet. Host names are not
// resolved, so they are not checked.
import { NON_PUBLIC_RANGES, contains, hostRange } from '../cidr';
import type { DataSource } from '../model';
import { dataSourceList } from './items';
import type { Rule } from './rule';

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
      const host = hostRange(ip.value);
      const reserved = NON_PUBLIC_RANGES.find((block) => contains(block.range, host));
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
