// A data source's address must lie in the network it claims: its VPC's CIDR blocks (the
// primary and the secondary ones) or its data center's.
import { networkBlocks } from '../analysis/topology';
import { vpcBlockValues, vpcRanges, vpcSpaceKnown } from '../analysis/vpcSpace';
import type { Ipv4Range } from '../cidr';
import type { DataCenter } from '../model';
import { someRangeHolds } from './ranges';
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
    // Each data center's blocks read once: thousands of data sources share a few of them.
    const dataCenterRanges = new Map<DataCenter, Ipv4Range[]>();
    const dataSources = model.dataSources;
    for (let i = 0; i < dataSources.count; i++) {
      const ds = dataSources.at(i);
      const network = ds.network;
      const address = network?.address;
      if (!network || !address || !context.inScope(ds)) continue;
      const ip = address.parsed;
      if (!ip.ok) continue;
      if (network.type === 'vpc') {
        const vpc = targetOf(model, network.vpc);
        // Nearly every address lies in its VPC: that is asked first. A single address lies
        // in the VPC's space when one of its blocks holds it (vpcHolds for a /32).
        if (!vpc || someRangeHolds(vpcRanges(vpc), ip.value)) continue;
        const blocks = vpcBlockValues(vpc);
        const [first] = blocks;
        if (first === undefined || !vpcSpaceKnown(vpc)) continue;
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
        if (!dc) continue;
        let ranges = dataCenterRanges.get(dc);
        if (!ranges) {
          ranges = networkBlocks({ kind: 'dataCenter', dataCenter: dc }).ranges;
          dataCenterRanges.set(dc, ranges);
        }
        if (ranges.length === 0 || someRangeHolds(ranges, ip.value)) continue;
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
