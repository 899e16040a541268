// A data source on the internet needs a public address: the reference document's scenario
// 5, step 3, "configure the public connection address of the data source". A private,
// shared or reserved address cannot be reached over the Internet. Host names are not
// resolved, so they are not checked.
import { NON_PUBLIC_RANGES, contains, hostRange } from '../cidr';
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
  visit: (context) => ({
    dataSource(ds) {
      if (!context.inScope(ds)) return;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'internet' || !address) return;
      const ip = address.parsed;
      if (!ip.ok) return;
      const host = hostRange(ip.value);
      const reserved = NON_PUBLIC_RANGES.find((block) => contains(block.range, host));
      if (!reserved) return;
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
    },
  }),
};
