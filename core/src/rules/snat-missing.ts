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
      const gateway = step.gateway;
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
      const { l10n } = context;
      const entryTexts = sources.map((source) => `{ "source": "${source}", "eip": "${eip}" }`);
      const vSwitchName = l10n.t('snat-missing.vSwitch', {
        vSwitch: vSwitch?.id ?? step.binding?.vSwitch?.value ?? '',
      });
      context.report({
        taskOf: pair,
        node: gateway.node,
        pointer: gateway.pointer,
        scenario: 5,
        message: l10n.t(partly ? 'snat-missing.partly' : 'snat-missing.none', {
          nat: gateway.id,
          vpc: gateway.vpc.id,
          vSwitch: vSwitchName,
          rg: pair.rg?.id ?? '',
          ds: pair.ds?.id ?? '',
          sources: l10n.list(sources),
          count: sources.length,
          entries: eip && sources.length > 0 ? l10n.list(entryTexts) : 'none',
        }),
        related: pairRelated(pair, l10n),
        fixes:
          vSwitch && eip && sources.length > 0
            ? [
                {
                  title: partly
                    ? l10n.t('snat-missing.fix.partly', {
                        sources: l10n.list(sources.map((value) => l10n.t('quoted', { value }))),
                        eip,
                      })
                    : l10n.t('snat-missing.fix', { vSwitch: vSwitch.id, eip }),
                  isPreferred: true,
                  operations,
                },
              ]
            : [],
      });
    }
  },
};
