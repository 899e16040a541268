// Running rules: each rule's `check`, its findings collected and sorted by offset. A rule that
// reads every data source, task, pair or reference loops over them itself, over arrays made
// once per model (items.ts): in a cold check, which runs in code V8 has not optimised yet, a
// loop of the rule's own costs a fraction of a shared walk that calls every rule per item
// (bench/analysis.md, issue 17).
import { keptUntilReplaced } from '../keepAlive';
import { preferredOnlyWhenSafe } from '../fixSafety';
import type { Finding, RelatedLocation, RuleMeta } from '../types';
import {
  relatedLocation,
  shareRelatedLocations,
  type FindingInput,
  type PairOwner,
  type RelatedInput,
  type Rule,
  type RuleContext,
} from './rule';

/** What every rule of one run reads; `inScope` and the lazy inputs differ in incremental runs. */
export type RuleInputs = Omit<RuleContext, 'report'>;

/** A rule's findings, sorted by offset; for a rule that reads pairs, where each comes from. */
export interface RuleFindings {
  findings: Finding[];
  /** Whose pairs the finding at the same index comes from (rules that read `pairs`). */
  owners?: PairOwner[];
}

/** Whether every related location is already as a finding carries it. */
function allMade(
  related: readonly (RelatedInput | RelatedLocation)[],
): related is RelatedLocation[] {
  for (let i = 0; i < related.length; i++)
    if ('node' in (related[i] as RelatedInput | RelatedLocation)) return false;
  return true;
}

/**
 * Related locations as a finding carries them; those already made are taken as they are,
 * and a list made only of them becomes the finding's own (a rule hands each finding a list
 * of its own, `pairRelated`'s or one it gathered, and nothing changes a finding's list
 * later: dedupe merges into a copy).
 */
function findingRelated(related: readonly (RelatedInput | RelatedLocation)[]): RelatedLocation[] {
  if (allMade(related)) return related;
  const locations: RelatedLocation[] = [];
  for (let i = 0; i < related.length; i++) {
    const each = related[i] as RelatedInput | RelatedLocation;
    locations.push('node' in each ? relatedLocation(each) : each);
  }
  return locations;
}

export function toFinding(meta: RuleMeta, input: FindingInput): Finding {
  const offset = input.node?.offset ?? input.offset ?? 0;
  const length = input.node?.length ?? input.length ?? 0;
  const finding: Finding = {
    code: meta.code,
    severity: meta.defaultSeverity,
    message: input.message,
    pointer: input.pointer,
    offset,
    length,
    related: input.related ? findingRelated(input.related) : [],
    fixes: input.fixes ?? [],
  };
  if (input.scenario !== undefined && input.scenario !== null) finding.scenario = input.scenario;
  if (input.unnecessary) finding.unnecessary = true;
  return finding;
}

/**
 * What a rule's `check` is given: one class, its fields assigned in one order, so that every
 * context of every check has one hidden class. A spread of the inputs (`{ ...inputs, report }`)
 * gave each check's contexts a hidden class of their own: the rules' optimised code, which
 * reads the context first, was thrown away at every check ("wrong map") and ran again
 * unoptimised, each property read a call to the generic load (issue 17).
 */
class RunContext implements RuleContext {
  readonly document: RuleContext['document'];
  readonly l10n: RuleContext['l10n'];
  readonly model: RuleContext['model'];
  readonly topology: RuleContext['topology'];
  readonly connectivity: RuleContext['connectivity'];
  readonly addresses: RuleContext['addresses'];
  readonly schemaProblems: RuleContext['schemaProblems'];
  readonly inScope: RuleContext['inScope'];
  readonly report: RuleContext['report'];

  constructor(inputs: RuleInputs, run: RuleRun) {
    this.document = inputs.document;
    this.l10n = inputs.l10n;
    this.model = inputs.model;
    this.topology = inputs.topology;
    this.connectivity = inputs.connectivity;
    this.addresses = inputs.addresses;
    this.schemaProblems = inputs.schemaProblems;
    this.inScope = inputs.inScope;
    this.report = (input) => run.report(input, inputs);
  }
}

/** One rule in a run: what it reported, and why it stopped if it threw. */
class RuleRun {
  readonly findings: Finding[] = [];
  readonly owners: (PairOwner | undefined)[] = [];
  error: string | undefined;
  readonly context: RuleContext;

  constructor(
    readonly rule: Rule,
    inputs: RuleInputs,
  ) {
    this.context = new RunContext(inputs, this);
  }

  report(input: FindingInput, inputs: RuleInputs): void {
    if (this.rule.reads === 'pairs' && !input.pairsOf)
      throw new Error('a rule that reads pairs reported a finding without saying whose');
    // No rule can hand `dwnet fix` an unsafe fix: the guard demotes it (SPEC §4).
    const fixes = input.fixes && preferredOnlyWhenSafe(input.fixes, inputs.document);
    const safe = fixes === input.fixes ? input : { ...input, fixes };
    this.findings.push(toFinding(this.rule.meta, safe));
    this.owners.push(input.pairsOf);
  }

  /** Runs the rule; one that throws (a bug in dwnet) stops, keeping what it reported. */
  check(): void {
    try {
      this.rule.check(this.context);
    } catch (error) {
      this.error = `${this.rule.meta.code}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    }
  }

  /** The findings sorted by offset (stable: the rule's order within one place). */
  result(): RuleFindings {
    const { findings, owners } = this;
    let sorted = true;
    for (let i = 1; i < findings.length && sorted; i++)
      sorted = (findings[i - 1] as Finding).offset <= (findings[i] as Finding).offset;
    let order: number[] | undefined;
    if (!sorted) {
      order = findings.map((_, i) => i);
      order.sort((a, b) => (findings[a] as Finding).offset - (findings[b] as Finding).offset);
    }
    const inOrder = order ? order.map((i) => findings[i] as Finding) : findings;
    if (this.rule.reads !== 'pairs') return { findings: inOrder };
    // Every finding of a rule that reads pairs has its owner (`report` checks it).
    const ownerList = (order ? order.map((i) => owners[i]) : owners) as PairOwner[];
    return { findings: inOrder, owners: ownerList };
  }
}

/** One rule's findings, sorted by offset (stable: the rule's order within one place). */
export function runRule(rule: Rule, inputs: RuleInputs, internalErrors: string[]): RuleFindings {
  return runRules([rule], inputs, internalErrors)[0] ?? { findings: [] };
}

/** Every rule's findings, in the order of `rules`; a rule that throws stops, keeping what it reported. */
export function runRules(
  rules: readonly Rule[],
  inputs: RuleInputs,
  internalErrors: string[],
): RuleFindings[] {
  const results: RuleFindings[] = [];
  shareRelatedLocations(inputs.l10n);
  const runs = keptUntilReplaced('ruleRuns', new Array<RuleRun>(rules.length));
  for (let i = 0; i < rules.length; i++) {
    const run = (runs[i] = new RuleRun(rules[i] as Rule, inputs));
    run.check();
    if (run.error !== undefined) internalErrors.push(run.error);
    results.push(run.result());
  }
  shareRelatedLocations(undefined);
  return results;
}
