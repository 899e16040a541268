// Step 2 of the reference document: the data source's IP address whitelist must
// allow the vSwitch CIDR block (VPC access) or the EIP (Internet access).
import { missingSteps, pairRelated, type Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'whitelist-missing',
    description:
      "The data source's IP address whitelist does not contain the resource group's vSwitch CIDR block or EIP.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'connectivity',
  },
  reads: 'pairs',
  check(context) {
    for (const { pair, step } of missingSteps(context, 'whitelist-missing')) {
      const ds = pair.ds!;
      const add = step.add ?? (step.needed ? [step.needed] : []);
      if (!ds.whitelistNode || add.length === 0) continue;
      // Coverage is the union of the entries: when some of them already hold part of the
      // vSwitch block, the message and the fix name only the part left.
      const block = step.vSwitch?.cidr?.parsed.ok ? step.vSwitch.cidr.parsed.network : undefined;
      const partly = !pair.overInternet && block !== undefined && add[0] !== block;
      const listed = add.join(', ');
      const quoted = add.map((value) => `'${value}'`).join(', ');
      const eips = add.length > 1 ? `the EIPs ${listed}` : `the EIP ${listed}`;
      const origin = !pair.overInternet
        ? partly
          ? `all of the CIDR block ${block} of vSwitch '${step.vSwitch?.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}'): ${listed} ${add.length > 1 ? 'are' : 'is'} not covered`
          : `the CIDR block ${listed} of vSwitch '${step.vSwitch?.id}' (binding ${step.binding?.index} of resource group '${pair.rg?.id}')`
        : pair.natGateway
          ? `${eips} that NAT gateway '${pair.natGateway.id}' uses for resource group '${pair.rg?.id}'`
          : `${eips} of resource group '${pair.rg?.id}'`;
      context.report({
        pairsOf: pair.task,
        node: ds.whitelistNode,
        pointer: `${ds.pointer}/whitelist`,
        scenario: pair.scenario,
        message: `The IP address whitelist of data source '${ds.id}' does not allow ${origin}. Add ${quoted}.`,
        related: pairRelated(pair),
        fixes: [
          {
            title: `Add ${quoted} to the whitelist of '${ds.id}'`,
            isPreferred: true,
            operations: add.map((value) => ({
              op: 'append' as const,
              path: ['dataSources', ds.id, 'whitelist'],
              value,
            })),
          },
        ],
      });
    }
  },
};
