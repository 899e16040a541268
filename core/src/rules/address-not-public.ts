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
  check(context) {
    for (const ds of context.model.dataSources.byId.values()) {
      if (!context.inScope(ds)) continue;
      const network = ds.network;
      const address = network?.address;
      if (network?.type !== 'internet' || !address) continue;
      const ip = address.parsed;
      if (!ip.ok) continue;
      const reserved = NON_PUBLIC_RANGES.find((block) =>
        contains(block.range, hostRange(ip.value)),
      );
      if (!reserved) continue;
      context.report({
        node: address.node,
        pointer: address.pointer,
        message:
          `Data source '${ds.id}' is on the internet, but its address ${address.value} is in ${reserved.cidr}, ` +
          `a ${reserved.kind} that cannot be reached over the Internet. ` +
          `Use the data source's public connection address; if it sits in a VPC or a data center, ` +
          `describe that network instead ("type": "vpc" or "dataCenter").`,
      });
    }
  },
};
