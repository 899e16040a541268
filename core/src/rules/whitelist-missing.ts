// Step 2 of the reference document: the data source's IP address whitelist must
// allow the vSwitch CIDR block (VPC access) or the EIP (Internet access).
import type { Localizer } from '../l10n';
import type { FixOperation } from '../types';
import {
  missingSteps,
  pairRelated,
  type FindingDescription,
  type MissingStep,
  type Rule,
} from './rule';
import { WHITELIST_LIMIT } from './whitelist-too-long';

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
    const { l10n } = context;
    const missing = missingSteps(context, 'whitelist-missing');
    // Index loops, no callbacks: a thousand findings of a large file are made here before
    // V8 optimises this.
    for (let m = 0; m < missing.length; m++) {
      const found = missing[m] as MissingStep<'whitelist-missing'>;
      const { pair, step } = found;
      const ds = pair.ds;
      const add = step.add ?? (step.needed ? [step.needed] : []);
      if (add.length === 0) continue;
      const whitelistNode = ds.whitelistNode;
      if (!whitelistNode) continue;
      context.report({
        taskOf: pair,
        node: whitelistNode,
        pointer: `${ds.pointer}/whitelist`,
        scenario: pair.scenario,
        // Worked out only for a finding that is shown (the cap per file drops the rest).
        describe: () => describe(l10n, found, add),
      });
    }
  },
};

/** The message, related locations and fix of a pair's missing whitelist entries `add`. */
function describe(
  l10n: Localizer,
  { pair, step }: MissingStep<'whitelist-missing'>,
  add: readonly string[],
): FindingDescription {
  const ds = pair.ds;
  // Coverage is the union of the entries: when some of them already hold part of the
  // vSwitch block, the message and the fix name only the part left.
  const block = step.vSwitch?.cidr?.parsed.ok ? step.vSwitch.cidr.parsed.network : undefined;
  const partly = !pair.overInternet && block !== undefined && add[0] !== block;
  const params = {
    listed: listOf(l10n, add),
    count: add.length,
    block: block ?? '',
    vSwitch: step.vSwitch?.id ?? '',
    index: step.binding?.index ?? '',
    rg: pair.rg?.id ?? '',
    nat: pair.natGateway?.id ?? '',
  };
  // Made at their size (nearly always one value): a list grown by `push` from empty
  // reserves room for seventeen.
  const quotedValues = new Array<string>(add.length);
  const operations = new Array<FixOperation>(add.length);
  for (let i = 0; i < add.length; i++) {
    const value = add[i] as string;
    quotedValues[i] = l10n.t('quoted', { value });
    operations[i] = { op: 'append', path: ['dataSources', ds.id, 'whitelist'], value };
  }
  const quoted = listOf(l10n, quotedValues);
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
  return {
    message: l10n.t('whitelist-missing.message', { ds: ds.id, origin, add: quoted }),
    related: pairRelated(pair, l10n),
    fixes: [
      // A whitelist holds at most 1,000 entries (whitelist-too-long): an append that goes
      // beyond is offered, never applied unattended (it would trade this error for that one).
      ds.whitelistLengthOver(WHITELIST_LIMIT - add.length) === undefined
        ? {
            title: l10n.t('whitelist-missing.fix', { add: quoted, ds: ds.id }),
            isPreferred: true,
            operations,
          }
        : {
            title: l10n.t('whitelist-missing.fixOverLimit', { add: quoted, ds: ds.id }),
            isPreferred: false,
            operations,
          },
    ],
  };
}

/** A list of one value is that value in every language (nearly every finding's). */
function listOf(l10n: Localizer, values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : l10n.list(values);
}
