// A data source's address must lie in the network it claims: its VPC's CIDR blocks (the
// primary and the secondary ones) or its data center's.
import { networkBlocks } from '../analysis/topology';
import { vpcBlockValues, vpcHolds, vpcSpaceKnown } from '../analysis/vpcSpace';
import { contains, hostRange } from '../cidr';
import type { Rule } from './rule';
import { targetOf } from '../references';

export const rule: Rule = {
  meta: {
    code: 'address-outside-network',
    description: "A data source's address is outside the CIDR blocks of its VPC or data center.",
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
      if (!network || !address) continue;
      const ip = address.parsed;
      if (!ip.ok) continue;
      const range = hostRange(ip.value);
      if (network.type === 'vpc') {
        const vpc = targetOf(model, network.vpc);
        const blocks = vpc ? vpcBlockValues(vpc) : [];
        const [first] = blocks;
        if (!vpc || first === undefined || !vpcSpaceKnown(vpc) || vpcHolds(vpc, range)) continue;
        const params = { address: address.value, ds: ds.id, vpc: vpc.id };
        context.report({
          node: address.node,
          pointer: address.pointer,
          message:
            blocks.length > 1
              ? context.l10n.t('address-outside-network.vpcBlocks', {
                  ...params,
                  cidrs: context.l10n.list(blocks),
                })
              : context.l10n.t('address-outside-network.vpc', { ...params, cidr: first }),
        });
      } else if (network.type === 'dataCenter') {
        const dc = targetOf(model, network.dataCenter);
        const ranges = dc ? networkBlocks({ kind: 'dataCenter', dataCenter: dc }).ranges : [];
        if (!dc || ranges.length === 0 || ranges.some((r) => contains(r, range))) continue;
        context.report({
          node: address.node,
          pointer: address.pointer,
          message: context.l10n.t('address-outside-network.dataCenter', {
            address: address.value,
            ds: ds.id,
            dataCenter: dc.id,
            cidrs: context.l10n.list(dc.cidrs.map((c) => c.value)),
          }),
        });
      }
    }
  },
};
