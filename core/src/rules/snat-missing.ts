// Scenario 5: "Configure an SNAT entry on the Internet NAT gateway for the VPC and
// vSwitch with which the resource group is associated."
import { looksLikeAddress } from '../cidr';
import { missingSteps, pairRelated, type Rule } from './rule';
import type { FixOperation } from '../types';

export const rule: Rule = {
  meta: {
    code: 'snat-missing',
    description:
      "The NAT gateway has no SNAT entry (with an EIP) covering the resource group's vSwitch.",
    defaultSeverity: 'error',
    scenario: 5,
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'snat-missing')) {
      const gateway = step.gateway!;
      const vSwitch = step.vSwitch;
      const eip = step.needed;
      // A source shaped like an address is read as a CIDR block, so a vSwitch whose id
      // looks like one is named by its CIDR block instead.
      const source =
        vSwitch && looksLikeAddress(vSwitch.id)
          ? vSwitch.cidr?.parsed.ok
            ? vSwitch.cidr.value
            : undefined
          : vSwitch?.id;
      // An entry for this vSwitch that only lacks a valid EIP is completed rather than
      // duplicated (a second entry for one source is snat-duplicate-source).
      const incomplete = source
        ? gateway.snatEntries.find((e) => e.source?.value === source && !e.eip?.parsed.ok)
        : undefined;
      const operations: FixOperation[] = incomplete
        ? [
            {
              op: 'set',
              path: [
                'vpcs',
                gateway.vpc.id,
                'natGateways',
                gateway.id,
                'snatEntries',
                incomplete.index,
                'eip',
              ],
              value: eip,
            },
          ]
        : [
            {
              op: 'append',
              path: ['vpcs', gateway.vpc.id, 'natGateways', gateway.id, 'snatEntries'],
              value: { source, eip },
            },
          ];
      context.report({
        pairsOf: pair.task,
        node: gateway.node,
        pointer: gateway.pointer,
        scenario: 5,
        message:
          `NAT gateway '${gateway.id}' of VPC '${gateway.vpc.id}' has no SNAT entry for vSwitch '${vSwitch?.id ?? step.binding?.vSwitch?.value}'` +
          ` used by resource group '${pair.rg?.id}', so it cannot reach data source '${pair.ds?.id}' on the Internet.` +
          (eip && source
            ? ` Add the SNAT entry { "source": "${source}", "eip": "${eip}" }.`
            : ' Add an SNAT entry for it with a valid EIP of the gateway.'),
        related: pairRelated(pair),
        fixes:
          vSwitch && source && eip
            ? [
                {
                  title: `Add an SNAT entry for '${vSwitch.id}' using EIP ${eip}`,
                  isPreferred: true,
                  operations,
                },
              ]
            : [],
      });
    }
  },
};
