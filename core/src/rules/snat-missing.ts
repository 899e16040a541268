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
      // Coverage is the union of the entries: when entries already translate part of the
      // vSwitch, only the rest (as CIDR blocks) gets entries. Otherwise the vSwitch itself,
      // named by its id, or by its CIDR block when the id looks like an address (a source
      // shaped like an address is read as a CIDR block).
      const partly = step.add !== undefined && step.add.length > 0;
      const whole =
        vSwitch && looksLikeAddress(vSwitch.id)
          ? vSwitch.cidr?.parsed.ok
            ? vSwitch.cidr.value
            : undefined
          : vSwitch?.id;
      const sources = partly ? (step.add ?? []) : whole ? [whole] : [];
      const entriesPath = ['vpcs', gateway.vpc.id, 'natGateways', gateway.id, 'snatEntries'];
      const operations = sources.map((source): FixOperation => {
        // An entry for this source that only lacks a valid EIP is completed rather than
        // duplicated (a second entry for one source is snat-duplicate-source).
        const incomplete = gateway.snatEntries.find(
          (e) => e.source?.value === source && !e.eip?.parsed.ok,
        );
        return incomplete
          ? { op: 'set', path: [...entriesPath, incomplete.index, 'eip'], value: eip }
          : { op: 'append', path: entriesPath, value: { source, eip } };
      });
      const entryTexts = sources.map((source) => `{ "source": "${source}", "eip": "${eip}" }`);
      const vSwitchName = `vSwitch '${vSwitch?.id ?? step.binding?.vSwitch?.value}'`;
      context.report({
        pairsOf: pair.task,
        node: gateway.node,
        pointer: gateway.pointer,
        scenario: 5,
        message:
          (partly
            ? `The SNAT entries of NAT gateway '${gateway.id}' of VPC '${gateway.vpc.id}' do not cover all of ${vSwitchName} ` +
              `used by resource group '${pair.rg?.id}' (${sources.join(', ')} ${sources.length > 1 ? 'are' : 'is'} not covered)`
            : `NAT gateway '${gateway.id}' of VPC '${gateway.vpc.id}' has no SNAT entry for ${vSwitchName} used by resource group '${pair.rg?.id}'`) +
          `, so it cannot reach data source '${pair.ds?.id}' on the Internet.` +
          (eip && sources.length > 0
            ? ` Add the SNAT ${entryTexts.length > 1 ? 'entries' : 'entry'} ${entryTexts.join(', ')}.`
            : ' Add an SNAT entry for it with a valid EIP of the gateway.'),
        related: pairRelated(pair),
        fixes:
          vSwitch && eip && sources.length > 0
            ? [
                {
                  title: partly
                    ? `Add SNAT entries for ${sources.map((source) => `'${source}'`).join(', ')} using EIP ${eip}`
                    : `Add an SNAT entry for '${vSwitch.id}' using EIP ${eip}`,
                  isPreferred: true,
                  operations,
                },
              ]
            : [],
      });
    }
  },
};
