// A data source's address must lie in the network it claims: its VPC's CIDR blocks (the
// primary and the secondary ones) or its data center's.
import { networkBlocks } from '../analysis/topology';
import { vpcBlockValues, vpcRanges, vpcSpaceKnown } from '../analysis/vpcSpace';
import type { Ipv4Range } from '../cidr';
import type { DataCenter } from '../model';
import { someRangeHolds } from './ranges';
import type { Rule } from './rule';
import { AddressStatus, Net } from '../model/columns/dataSources';

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
    const table = model.columns.dataSources;
    for (let i = 0, count = dataSources.count; i < count; i++) {
      // The columns first: a data source's object is made only for a finding.
      if (table.addressStatus[i] !== AddressStatus.Ok) continue;
      const value = table.address[i] as number;
      const type = table.networkType[i];
      if (type === Net.Vpc) {
        const vpc = table.vpcOf(model, i);
        // Nearly every address lies in its VPC: that is asked first. A single address lies
        // in the VPC's space when one of its blocks holds it (vpcHolds for a /32).
        if (!vpc || someRangeHolds(vpcRanges(vpc), value)) continue;
        const blocks = vpcBlockValues(vpc);
        const [first] = blocks;
        if (first === undefined || !vpcSpaceKnown(vpc)) continue;
        const ds = dataSources.at(i);
        const address = ds.network?.address;
        if (!address || !context.inScope(ds)) continue;
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
      } else if (type === Net.DataCenter) {
        const dc = table.dataCenterOf(model, i);
        if (!dc) continue;
        let ranges = dataCenterRanges.get(dc);
        if (!ranges) {
          ranges = networkBlocks({ kind: 'dataCenter', dataCenter: dc }).ranges;
          dataCenterRanges.set(dc, ranges);
        }
        if (ranges.length === 0 || someRangeHolds(ranges, value)) continue;
        const ds = dataSources.at(i);
        const address = ds.network?.address;
        if (!address || !context.inScope(ds)) continue;
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
