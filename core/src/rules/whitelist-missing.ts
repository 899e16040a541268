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
      const ds = pair.ds;
      const add = step.add ?? (step.needed ? [step.needed] : []);
      if (!ds.whitelistNode || add.length === 0) continue;
      // Coverage is the union of the entries: when some of them already hold part of the
      // vSwitch block, the message and the fix name only the part left.
      const block = step.vSwitch?.cidr?.parsed.ok ? step.vSwitch.cidr.parsed.network : undefined;
      const partly = !pair.overInternet && block !== undefined && add[0] !== block;
      const { l10n } = context;
      const params = {
        listed: l10n.list(add),
        count: add.length,
        block: block ?? '',
        vSwitch: step.vSwitch?.id ?? '',
        index: step.binding?.index ?? '',
        rg: pair.rg?.id ?? '',
        nat: pair.natGateway?.id ?? '',
      };
      const quoted = l10n.list(add.map((value) => l10n.t('quoted', { value })));
      const origin = l10n.t(
        !pair.overInternet
          ? partly
            ? 'whitelist-missing.partly'
            : 'whitelist-missing.vSwitch'
          : pair.natGateway
            ? 'whitelist-missing.nat'
            : 'whitelist-missing.rgEip',
        params,
      );
      context.report({
        pairsOf: pair.task,
        node: ds.whitelistNode,
        pointer: `${ds.pointer}/whitelist`,
        scenario: pair.scenario,
        message: l10n.t('whitelist-missing.message', { ds: ds.id, origin, add: quoted }),
        related: pairRelated(pair, l10n),
        fixes: [
          {
            title: l10n.t('whitelist-missing.fix', { add: quoted, ds: ds.id }),
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
