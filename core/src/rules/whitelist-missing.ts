// Step 2 of the reference document: the data source's IP address whitelist must
// allow the vSwitch CIDR block (VPC access) or the EIP (Internet access).
import type { Localizer } from '../l10n';
import type { FixOperation } from '../types';
import {
  missingSteps,
  pairRelated,
  type Describer,
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
        describe: new MissingEntries(found, add),
      });
    }
  },
};

/**
 * The parameters of the rule's messages, one object for every finding: each `t` reads the
 * names its template holds, and `describe` writes them all before the first. Literals per
 * message were four objects per finding, a thousand of them in a large file's check, none kept
 * (issue 17).
 */
const params = {
  listed: '',
  count: 0,
  block: '',
  vSwitch: '',
  index: '' as number | string,
  rg: '',
  nat: '',
  ds: '',
  origin: '',
  add: '',
};
const quotedParams = { value: '' };

/** A pair's missing whitelist entries `add`, and how its finding says so (no closure per finding). */
class MissingEntries implements Describer {
  constructor(
    private readonly found: MissingStep<'whitelist-missing'>,
    private readonly add: readonly string[],
  ) {}

  describe(l10n: Localizer): FindingDescription {
    return describe(l10n, this.found, this.add);
  }
}

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
  const dsId = ds.id;
  // Made at their size (nearly always one value): a list grown by `push` from empty
  // reserves room for seventeen.
  const operations = new Array<FixOperation>(add.length);
  for (let i = 0; i < add.length; i++) {
    const value = add[i] as string;
    operations[i] = { op: 'append', path: ['dataSources', dsId, 'whitelist'], value };
  }
  const quoted = add.length === 1 ? quotedValue(l10n, add[0] as string) : quotedList(l10n, add);
  params.listed = listOf(l10n, add);
  params.count = add.length;
  params.block = block ?? '';
  params.vSwitch = step.vSwitch?.id ?? '';
  params.index = step.binding?.index ?? '';
  params.rg = pair.rg?.id ?? '';
  params.nat = pair.natGateway?.id ?? '';
  params.ds = dsId;
  params.add = quoted;
  params.origin = l10n.t(
    !pair.overInternet
      ? partly
        ? 'whitelist-missing.partly'
        : 'whitelist-missing.vSwitch'
      : pair.natGateway
        ? 'whitelist-missing.nat'
        : 'whitelist-missing.rgEip',
    params,
  );
  const message = l10n.t('whitelist-missing.message', params);
  // A whitelist holds at most 1,000 entries (whitelist-too-long): an append that goes
  // beyond is offered, never applied unattended (it would trade this error for that one).
  const withinLimit = ds.whitelistLengthOver(WHITELIST_LIMIT - add.length) === undefined;
  const title = l10n.t(
    withinLimit ? 'whitelist-missing.fix' : 'whitelist-missing.fixOverLimit',
    params,
  );
  forgetParams();
  return {
    message,
    related: pairRelated(pair, l10n),
    fixes: [{ title, isPreferred: withinLimit, operations }],
  };
}

/**
 * Empties the parameters once formatted: the module keeps no string of a file (an id may be
 * a slice of its text, which it would keep alive) after its check.
 */
function forgetParams(): void {
  params.listed = params.block = params.vSwitch = params.rg = params.nat = '';
  params.ds = params.origin = params.add = '';
  params.index = '';
}

/** A value quoted ("'a'" in English). */
function quotedValue(l10n: Localizer, value: string): string {
  quotedParams.value = value;
  const quoted = l10n.t('quoted', quotedParams);
  quotedParams.value = '';
  return quoted;
}

/** Values quoted, as a list ("'a', 'b'" in English). */
function quotedList(l10n: Localizer, values: readonly string[]): string {
  const quotedValues = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) quotedValues[i] = quotedValue(l10n, values[i] as string);
  return l10n.list(quotedValues);
}

/** A list of one value is that value in every language (nearly every finding's). */
function listOf(l10n: Localizer, values: readonly string[]): string {
  return values.length === 1 ? (values[0] as string) : l10n.list(values);
}
