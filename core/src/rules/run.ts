// Running rules: each rule's `check`, its findings collected and sorted by offset. A rule that
// reads every data source, task, pair or reference loops over them itself, over arrays made
// once per model (items.ts): in a cold check, which runs in code V8 has not optimised yet, a
// loop of the rule's own costs a fraction of a shared walk that calls every rule per item
// (bench/analysis.md, issue 17).
import { keptUntilReplaced } from '../keepAlive';
import { preferredOnlyWhenSafe } from '../fixSafety';
import type { PairEvaluation } from '../analysis/connectivity';
import type { ParsedDocument } from '../parse';
import type { Localizer } from '../l10n';
import type { Model } from '../model';
import type { FixDescriptor, Finding, RelatedLocation, RuleMeta, Severity } from '../types';
import {
  describedBy,
  relatedLocation,
  shareRelatedLocations,
  type Describer,
  type FindingDescription,
  type FindingInput,
  type FindingPlace,
  type PairOwner,
  type RelatedInput,
  type Rule,
  type RuleContext,
} from './rule';

/** What every rule of one run reads; `inScope` and the lazy inputs differ in incremental runs. */
export type RuleInputs = Omit<RuleContext, 'report'> & {
  /**
   * Where a check (`validate`) keeps the findings whose rules describe them later, to
   * describe only those the cap keeps; without it (every analysis a server, explain or fix
   * reads), a finding is described as it is reported.
   */
  undescribed?: Undescribed;
};

/** A rule's findings, sorted by offset; for a rule that reads pairs, where each comes from. */
export interface RuleFindings {
  findings: Finding[];
  /** Whose pairs the finding at the same index comes from (rules that read `pairs`). */
  owners?: PairOwner[];
}

/** A finding's owner as reported: an entity, or a pair standing for its task (`taskOf`). */
type ReportedOwner = PairOwner | PairEvaluation;

/**
 * A run's findings of a rule that reads pairs, whose owners are entities only once read: a
 * pair reported with `taskOf` names its task by slot, and the task's object (1 800 of them in
 * the benchmark's check, which reads no owner) is made when the incremental analysis first
 * reads `owners`, which it does before it edits the model (`settleOwners`), so that each
 * owner is the object the rule's model gives for that slot.
 */
class PairFindings implements RuleFindings {
  private resolved: PairOwner[] | undefined;

  constructor(
    readonly findings: Finding[],
    private readonly reported: ReportedOwner[],
  ) {
    this.resolved = undefined;
  }

  get owners(): PairOwner[] {
    if (this.resolved === undefined) {
      const owners: PairOwner[] = [];
      for (let i = 0; i < this.reported.length; i++)
        owners.push(ownerOf(this.reported[i] as ReportedOwner));
      this.resolved = owners;
    }
    return this.resolved;
  }

  set owners(owners: PairOwner[]) {
    this.resolved = owners;
  }
}

function ownerOf(owner: ReportedOwner): PairOwner {
  // A pair has a task slot; no entity has.
  return 'taskSlot' in owner ? owner.task : owner;
}

/**
 * Makes every finding's owner of these results an entity now (see `PairFindings`): before an
 * edit replaces entities in the models' shared cache.
 */
export function settleOwners(results: readonly RuleFindings[]): void {
  for (let i = 0; i < results.length; i++) void (results[i] as RuleFindings).owners;
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
 * later: dedupe merges into a copy); none, an empty list.
 */
function findingRelated(
  related: readonly (RelatedInput | RelatedLocation)[] | undefined,
): RelatedLocation[] {
  if (related === undefined) return [];
  if (allMade(related)) return related;
  const locations: RelatedLocation[] = [];
  for (let i = 0; i < related.length; i++) {
    const each = related[i] as RelatedInput | RelatedLocation;
    locations.push('node' in each ? relatedLocation(each) : each);
  }
  return locations;
}

/** A finding as a rule describes it at once (json-syntax, the suppressions' own). */
export function toFinding(meta: RuleMeta, input: FindingPlace & FindingDescription): Finding {
  return placedFinding(
    meta,
    input,
    input.message,
    findingRelated(input.related),
    input.fixes ?? [],
  );
}

function placedFinding(
  meta: RuleMeta,
  place: FindingPlace,
  message: string,
  related: RelatedLocation[],
  fixes: FixDescriptor[],
): Finding {
  const offset = place.node?.offset ?? place.offset ?? 0;
  const length = place.node?.length ?? place.length ?? 0;
  const finding: Finding = {
    code: meta.code,
    severity: meta.defaultSeverity,
    message,
    pointer: place.pointer,
    offset,
    length,
    related,
    fixes,
  };
  if (place.scenario !== undefined && place.scenario !== null) finding.scenario = place.scenario;
  if (place.unnecessary) finding.unnecessary = true;
  return finding;
}

/** No rule can hand `dwnet fix` an unsafe fix: the guard demotes it (SPEC §4). */
function safeFixes(fixes: FixDescriptor[] | undefined, document: ParsedDocument): FixDescriptor[] {
  return fixes ? preferredOnlyWhenSafe(fixes, document) : [];
}

/** What an undescribed finding holds until it is described: nothing a surface ever reads. */
const NOT_YET_DESCRIBED: RelatedLocation[] & FixDescriptor[] = [];

/**
 * The findings of a check that are not described yet, each with its rule's `describe`. A
 * check describes those it shows, after the cap (`describeAll`), and those `dedupe` compares
 * (`describe`); the others are never described. A finding is described in place: its message,
 * related locations and fixes are written into the fields that held nothing, so it keeps its
 * hidden class, and every list that holds it sees it described.
 */
export class Undescribed {
  private readonly pending = new Map<Finding, (() => FindingDescription) | Describer>();
  /** Findings whose `describe` threw (a bug in dwnet): never shown. */
  private failed: Set<Finding> | undefined;

  constructor(
    private readonly document: ParsedDocument,
    private readonly l10n: Localizer,
    /** The analysis' own: a `describe` that throws is recorded as a rule that throws is. */
    private readonly internalErrors: string[],
    /** How many more errors to describe as they are reported (`atOnce`). */
    private errorsAtOnce: number,
    /** The check's model (see `shareRelatedLocations`). */
    private readonly model?: Model,
  ) {}

  /**
   * Whether to describe a finding of this severity as it is reported: the first errors, which
   * a cap keeps unless there are more of them than it holds. A guess, never a difference in
   * what is shown: a finding described early is shown the same.
   */
  atOnce(severity: Severity): boolean {
    if (severity !== 'error' || this.errorsAtOnce <= 0) return false;
    this.errorsAtOnce--;
    return true;
  }

  add(finding: Finding, describe: (() => FindingDescription) | Describer): void {
    this.pending.set(finding, describe);
  }

  /** `copy` is `finding` with another severity (`applySeverities`): described the same way. */
  carry(finding: Finding, copy: Finding): void {
    const describe = this.pending.get(finding);
    if (describe !== undefined) this.pending.set(copy, describe);
  }

  /**
   * Describes `finding` if it is not yet (related locations shared with no other finding);
   * false if its `describe` threw.
   */
  describe(finding: Finding): boolean {
    if (this.pending.has(finding)) {
      shareRelatedLocations(this.l10n, this.model);
      this.describeOne(finding);
      shareRelatedLocations(undefined);
    }
    return this.failed?.has(finding) !== true;
  }

  /**
   * Describes those of `findings` that are not yet, sharing related locations among them;
   * `findings` without any whose `describe` threw (the other findings are still shown, as the
   * other rules still run when one throws).
   */
  describeAll(findings: Finding[]): Finding[] {
    if (this.pending.size === 0 && this.failed === undefined) return findings;
    shareRelatedLocations(this.l10n, this.model);
    this.describeEach(findings);
    shareRelatedLocations(undefined);
    const failed = this.failed;
    return failed ? findings.filter((finding) => !failed.has(finding)) : findings;
  }

  /**
   * The loop of `describeAll`, a method of its own under V8's size for optimising at the first
   * sign of heat (81 bytes of bytecode, `--max-bytecode-size-for-early-opt`): optimised on the
   * smaller files a process checks first, where the loop in `describeAll` was optimised, with
   * every rule's `describe` it calls taken in, during the third and fourth checks of a large
   * file (about 40 ms of TurboFan's time; issue 17).
   */
  private describeEach(findings: Finding[]): void {
    for (let i = 0; i < findings.length; i++) this.describeOne(findings[i] as Finding);
  }

  private describeOne(finding: Finding): void {
    const describe = this.pending.get(finding);
    if (describe === undefined) return;
    this.pending.delete(finding);
    let description: FindingDescription;
    try {
      description = describedBy(describe, this.l10n);
    } catch (error) {
      (this.failed ??= new Set()).add(finding);
      this.internalErrors.push(`${finding.code}: ${errorText(error)}`);
      return;
    }
    finding.message = description.message;
    finding.related = findingRelated(description.related);
    finding.fixes = safeFixes(description.fixes, this.document);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function describedFinding(
  meta: RuleMeta,
  place: FindingPlace,
  description: FindingDescription,
  document: ParsedDocument,
): Finding {
  return placedFinding(
    meta,
    place,
    description.message,
    findingRelated(description.related),
    safeFixes(description.fixes, document),
  );
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
    this.report = (input) => run.report(input);
  }
}

/**
 * One rule in a run: what it reported, and why it stopped if it threw.
 *
 * A report is only recorded while the rule runs; its finding is made (and described, if it is
 * among the first errors) once the rule's `check` has returned, by `place`, one loop that every
 * rule's reports go through and that V8 optimises once for all. It optimises each rule's
 * `check` on its own, late in a large file's first checks for those that loop once per
 * check, and each such compile took in the whole report path (making the finding, its related
 * locations, its fixes' safety): a quarter of the code compiled in the second check of the
 * benchmark's large file, on the core the check itself needs (issue 17). Findings come out
 * the same: a `describe` that throws stops the rule where it reported, as it did.
 */
class RuleRun {
  readonly findings: Finding[] = [];
  readonly owners: (ReportedOwner | undefined)[] = [];
  error: string | undefined;
  readonly context: RuleContext;
  /** What the rule has reported and `place` has not yet made a finding of. */
  private readonly reported: FindingInput[] = [];

  constructor(
    readonly rule: Rule,
    private readonly inputs: RuleInputs,
  ) {
    this.context = new RunContext(inputs, this);
  }

  report(input: FindingInput): void {
    if (this.rule.reads === 'pairs' && !input.pairsOf && !input.taskOf)
      throw new Error('a rule that reads pairs reported a finding without saying whose');
    this.reported.push(input);
  }

  /** Runs the rule; one that throws (a bug in dwnet) stops, keeping what it reported. */
  check(): void {
    try {
      this.rule.check(this.context);
    } catch (error) {
      this.error = `${this.rule.meta.code}: ${errorText(error)}`;
    }
    this.place();
  }

  /**
   * The findings of the reports, in order. A `describe` that throws ends them there, as it
   * ended the rule when findings were made as reported: what the rule did after that report,
   * a later error included, would not have happened.
   */
  private place(): void {
    const { reported, inputs } = this;
    for (let i = 0; i < reported.length; i++) {
      const input = reported[i] as FindingInput;
      let finding: Finding;
      try {
        finding = this.findingOf(input, inputs);
      } catch (error) {
        this.error = `${this.rule.meta.code}: ${errorText(error)}`;
        break;
      }
      this.findings.push(finding);
      this.owners.push(input.pairsOf ?? input.taskOf);
    }
    reported.length = 0;
  }

  private findingOf(input: FindingInput, inputs: RuleInputs): Finding {
    const { meta } = this.rule;
    const { describe } = input;
    if (describe === undefined) return describedFinding(meta, input, input, inputs.document);
    if (inputs.undescribed === undefined || inputs.undescribed.atOnce(meta.defaultSeverity))
      return describedFinding(meta, input, describedBy(describe, inputs.l10n), inputs.document);
    const finding = placedFinding(meta, input, '', NOT_YET_DESCRIBED, NOT_YET_DESCRIBED);
    inputs.undescribed.add(finding, describe);
    return finding;
  }

  /** The findings sorted by offset (stable: the rule's order within one place). */
  result(): RuleFindings {
    const { findings, owners } = this;
    let sorted = true;
    for (let i = 1; i < findings.length && sorted; i++)
      sorted = (findings[i - 1] as Finding).offset <= (findings[i] as Finding).offset;
    if (sorted) {
      if (this.rule.reads !== 'pairs') return { findings };
      // Every finding of a rule that reads pairs has its owner (`report` checks it).
      return new PairFindings(findings, owners as ReportedOwner[]);
    }
    // Lists pushed in loops, not made by `map`: once TurboFan inlines `map`, its arrays have
    // another elements kind, and the readers optimised for the other are thrown away.
    const order: number[] = [];
    for (let i = 0; i < findings.length; i++) order.push(i);
    order.sort((a, b) => (findings[a] as Finding).offset - (findings[b] as Finding).offset);
    const inOrder: Finding[] = [];
    for (let i = 0; i < order.length; i++) inOrder.push(findings[order[i] as number] as Finding);
    if (this.rule.reads !== 'pairs') return { findings: inOrder };
    const ownerList: ReportedOwner[] = [];
    for (let i = 0; i < order.length; i++)
      ownerList.push(owners[order[i] as number] as ReportedOwner);
    return new PairFindings(inOrder, ownerList);
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
  shareRelatedLocations(inputs.l10n, inputs.model);
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
