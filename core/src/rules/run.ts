// Running rules: each rule's `check`, then one walk of each collection (references, address
// fields, data sources, tasks, pairs) for every rule that visits it, then each rule's `end`.
// A large topology holds tens of thousands of references, fields and pairs: walked once for
// all the rules that read them rather than once per rule, a cold check's rules stage does a
// fraction of the loop work and of the allocation (iterators of loops that V8 has not yet
// optimised), and so of the collections that copy the model and pairs built just before
// (bench/analysis.md, issue 17).
import type { AddressField } from '../analysis/addresses';
import type { PairEvaluation } from '../analysis/connectivity';
import { preferredOnlyWhenSafe } from '../fixSafety';
import type { DataSource, Entity, Reference, Task } from '../model';
import { eachReference, type AnyEntity } from '../references';
import type { Finding, RuleMeta } from '../types';
import type { FindingInput, PairOwner, Rule, RuleContext, RuleVisitor } from './rule';

/** What every rule of one run reads; `inScope` and the lazy inputs differ in incremental runs. */
export type RuleInputs = Omit<RuleContext, 'report'>;

/** A rule's findings, sorted by offset; for a rule that reads pairs, where each comes from. */
export interface RuleFindings {
  findings: Finding[];
  /** Whose pairs the finding at the same index comes from (rules that read `pairs`). */
  owners?: PairOwner[];
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
    related: input.related
      ? input.related.map((r) => ({
          message: r.message,
          pointer: r.pointer,
          offset: r.node.offset,
          length: r.node.length,
        }))
      : [],
    fixes: input.fixes ?? [],
  };
  if (input.scenario !== undefined && input.scenario !== null) finding.scenario = input.scenario;
  if (input.unnecessary) finding.unnecessary = true;
  return finding;
}

/** One rule in a run: what it reported, its visitor, and why it stopped if it threw. */
class RuleRun {
  readonly findings: Finding[] = [];
  readonly owners: (PairOwner | undefined)[] = [];
  visitor: RuleVisitor | undefined;
  error: string | undefined;
  readonly context: RuleContext;

  constructor(
    readonly rule: Rule,
    inputs: RuleInputs,
  ) {
    this.context = { ...inputs, report: (input) => this.report(input, inputs) };
  }

  private report(input: FindingInput, inputs: RuleInputs): void {
    if (this.rule.reads === 'pairs' && !input.pairsOf)
      throw new Error('a rule that reads pairs reported a finding without saying whose');
    // No rule can hand `dwnet fix` an unsafe fix: the guard demotes it (SPEC §4).
    const fixes = input.fixes && preferredOnlyWhenSafe(input.fixes, inputs.document);
    const safe = fixes === input.fixes ? input : { ...input, fixes };
    this.findings.push(toFinding(this.rule.meta, safe));
    this.owners.push(input.pairsOf);
  }

  /** Runs `work`; a rule that throws (a bug in dwnet) stops, keeping what it reported. */
  guard(work: () => void): void {
    if (this.error !== undefined) return;
    try {
      work();
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    this.error = `${this.rule.meta.code}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
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

/** A valid address, or a valid CIDR block without host bits: what no address rule reports. */
function isRegular(field: AddressField): boolean {
  if (field.kind !== 'cidr') return field.value.parsed.ok;
  const parsed = field.value.parsed;
  return parsed.ok && !parsed.hostBits;
}

/** One rule's findings, sorted by offset (stable: the rule's order within one place). */
export function runRule(rule: Rule, inputs: RuleInputs, internalErrors: string[]): RuleFindings {
  return runRules([rule], inputs, internalErrors)[0] ?? { findings: [] };
}

/** The runs whose visitors visit one kind of item, and those visitors. */
interface Walk<V> {
  runs: RuleRun[];
  visits: V[];
}

function walkOf<K extends keyof RuleVisitor>(
  runs: readonly RuleRun[],
  kind: K,
): Walk<NonNullable<RuleVisitor[K]>> {
  const walk: Walk<NonNullable<RuleVisitor[K]>> = { runs: [], visits: [] };
  for (const run of runs) {
    const visit = run.visitor?.[kind];
    if (visit === undefined) continue;
    walk.runs.push(run);
    walk.visits.push(visit);
  }
  return walk;
}

/**
 * Calls every visitor on one item; a visitor that throws stops its rule. (One function per
 * number of arguments: a rest parameter would allocate an array per item before V8 optimises.)
 */
function visitEach<T>(walk: Walk<(item: T) => void>, item: T): void {
  const { runs, visits } = walk;
  for (let i = 0; i < visits.length; i++) {
    const run = runs[i] as RuleRun;
    if (run.error !== undefined) continue;
    try {
      (visits[i] as (item: T) => void)(item);
    } catch (error) {
      run.fail(error);
    }
  }
}

function visitReference(
  walk: Walk<NonNullable<RuleVisitor['reference']>>,
  reference: Reference,
  holder: AnyEntity | undefined,
  top: Entity | undefined,
): void {
  const { runs, visits } = walk;
  for (let i = 0; i < visits.length; i++) {
    const run = runs[i] as RuleRun;
    if (run.error !== undefined) continue;
    try {
      (visits[i] as NonNullable<RuleVisitor['reference']>)(reference, holder, top);
    } catch (error) {
      run.fail(error);
    }
  }
}

/**
 * Every rule's findings, in the order of `rules`: `check`, then the walks, each collection
 * once for all the rules that visit it, in the order the rules would walk it alone.
 */
export function runRules(
  rules: readonly Rule[],
  inputs: RuleInputs,
  internalErrors: string[],
): RuleFindings[] {
  const runs = rules.map((rule) => new RuleRun(rule, inputs));
  for (const run of runs) {
    const { rule, context } = run;
    run.guard(() => {
      rule.check?.(context);
      run.visitor = rule.visit?.(context);
    });
  }
  const { model } = inputs;
  const references = walkOf(runs, 'reference');
  if (references.visits.length > 0)
    eachReference(model, (reference, holder, top) =>
      visitReference(references, reference, holder, top),
    );
  const addresses = walkOf(runs, 'irregularAddress');
  if (addresses.visits.length > 0) {
    const fields = inputs.addresses();
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      if (!isRegular(field)) visitEach<AddressField>(addresses, field);
    }
  }
  // `forEach` rather than `for … of`: no iterator result per entity in code not yet optimised.
  const dataSources = walkOf(runs, 'dataSource');
  if (dataSources.visits.length > 0)
    model.dataSources.byId.forEach((ds) => visitEach<DataSource>(dataSources, ds));
  const tasks = walkOf(runs, 'task');
  if (tasks.visits.length > 0) model.tasks.byId.forEach((task) => visitEach<Task>(tasks, task));
  const pairWalk = walkOf(runs, 'pair');
  if (pairWalk.visits.length > 0) {
    const pairs = inputs.connectivity().pairs;
    for (let i = 0; i < pairs.length; i++)
      visitEach<PairEvaluation>(pairWalk, pairs[i] as PairEvaluation);
  }
  for (const run of runs) {
    const end = run.visitor?.end;
    if (end) run.guard(end);
    if (run.error !== undefined) internalErrors.push(run.error);
  }
  return runs.map((run) => run.result());
}
