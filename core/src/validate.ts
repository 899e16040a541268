// The validation pipeline: parse → model → topology → rules → dedupe → suppressions →
// configured severities. Pure and total: any input text gives findings, never an exception.
import { keepUntilReplaced, keptUntilReplaced } from './keepAlive';
import { irregularAddressFields, type AddressField } from './analysis/addresses';
import {
  analyseConnectivity,
  pairDataSourceName,
  pairGroupName,
  type ConnectivityAnalysis,
} from './analysis/connectivity';
import { buildTopology, type Topology } from './analysis/topology';
import { internalErrorNotice } from './internalError';
import { capFindings, fileSizeNotice, findingsLimit } from './limits';
import { localizer, type Locale } from './l10n';
import { buildModel, type Model } from './model';
import {
  parseDocumentForSchema,
  plainDocumentOf,
  type ParsedDocument,
  type ParsedForSchema,
} from './parse';
import {
  schemaProblemsOf,
  schemaProblemsOfWellFormed,
  type SchemaProblems,
} from './schemaValidation';
import { RULE_IMPLEMENTATIONS, ruleMeta } from './rules/registry';
import type { Rule } from './rules/rule';
import { runRules, toFinding, Undescribed, type RuleFindings, type RuleInputs } from './rules/run';
import { dedupe } from './dedupe';
import { applySuppressions, commentRemoval, parseSuppressions } from './suppression';
import type {
  CheckedText,
  ConnectivityResult,
  Finding,
  ValidateOptions,
  ValidationResult,
} from './types';

export { runRule, settleOwners, type RuleFindings, type RuleInputs } from './rules/run';

export interface Analysis {
  document: ParsedDocument;
  /** The language of the findings' messages; explanations and hovers use it too. */
  locale: Locale;
  model?: Model;
  topology?: Topology;
  connectivity?: ConnectivityAnalysis;
  /** Findings before suppressions and severity overrides. */
  rawFindings: Finding[];
  /** Rules that threw (a bug in dwnet, never the user's fault); empty in a healthy run. */
  internalErrors: string[];
  /**
   * Each rule's findings in registry order, before merging and suppressions: what an
   * incremental run keeps of the rules that cannot have changed.
   */
  findingsByRule?: RuleFindings[];
  /**
   * For an analysis made incrementally from the previous version's: the edit between the
   * two texts, and each finding that was moved from one of that version's (the others are
   * new, or that version's very objects). Lets the server keep the diagnostics whose
   * positions the edit did not change.
   */
  carried?: { edit: EditSpan; movedFrom: ReadonlyMap<Finding, Finding> };
  /**
   * The findings of `rawFindings` (and `findingsByRule`) that say nothing yet: only a check's
   * own analysis (`validate`), which nothing else reads, has any; it describes those it shows.
   */
  undescribed?: Undescribed;
}

/** What an edit replaced: [start, oldEnd) of the old text is [start, newEnd) of the new. */
export interface EditSpan {
  start: number;
  oldEnd: number;
  newEnd: number;
  /** Whether a line break was added, removed, split or joined. */
  lineBreaksChanged: boolean;
}

/**
 * Appends `items` to `list`: a loop, not `flatMap` (the engine's slowest array builtin;
 * thousands of findings), and a function of its own, small enough for V8 to optimise at
 * once. In `finishAnalysis` it made that function hot late in the benchmark's checks of its
 * large file, and its compile took in the whole finish (issue 17).
 */
function appendAll<T>(list: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) list.push(items[i] as T);
}

/** Merges, suppressions: the findings of an analysis from its rules' findings. */
export function finishAnalysis(
  document: ParsedDocument,
  model: Model,
  topology: Topology,
  connectivity: ConnectivityAnalysis,
  findingsByRule: RuleFindings[],
  internalErrors: string[],
  locale: Locale,
  undescribed?: Undescribed,
): Analysis {
  const text = document.text;
  const l10n = localizer(locale);
  const suppressions = parseSuppressions(text, model.root, ruleMeta, document.commentSpans);
  const deduped: Finding[] = [];
  for (let r = 0; r < findingsByRule.length; r++)
    appendAll(deduped, dedupe((findingsByRule[r] as RuleFindings).findings, undescribed));
  const rawFindings = applySuppressions(
    deduped,
    suppressions,
    l10n,
    (code, s, message, removable) =>
      toFinding(ruleMeta(code)!, {
        offset: s.offset,
        length: s.length,
        pointer: s.pointer,
        message,
        fixes: removable
          ? [
              {
                title: l10n.t('suppression.fix.removeComment'),
                isPreferred: true,
                operations: [{ op: 'replaceText', ...commentRemoval(text, s.offset, s.length) }],
              },
            ]
          : [],
      }),
  );
  return {
    document,
    locale,
    model,
    topology,
    connectivity,
    rawFindings,
    internalErrors,
    findingsByRule,
    undescribed,
  };
}

/**
 * The stages of a check, in the order they run: `topology` is the lookups and the
 * connection graph, `connectivity` every pair's evaluation, `addresses` the list of
 * address fields; `finish` is merging and suppressions; `results` (only in a check) is
 * severities, limits and the list of every pair's connectivity.
 */
export type Stage =
  | 'parse'
  | 'schema'
  | 'model'
  | 'topology'
  | 'connectivity'
  | 'addresses'
  | 'rules'
  | 'finish'
  | 'results';

/**
 * Runs one stage of an analysis. Given only by `npm run bench` (through `validateInStages`,
 * which is not public API), which times each stage to report where a check's time goes;
 * core itself reads no clock. Connectivity and the address fields are then built before
 * the rules, and are not counted in `rules`.
 */
export type StageRunner = <T>(stage: Stage, run: () => T) => T;

function timed<T>(runner: StageRunner | undefined, stage: Stage, run: () => T): T {
  return runner ? runner(stage, run) : run();
}

/** Runs every rule; the server keeps this per document version and reuses it. */
export function analyse(text: string, locale: Locale = 'en'): Analysis {
  return analyseInStages(parseDocumentForSchema(text), undefined, locale, undefined);
}

/** The stages after `parse` (which the caller runs, and times). */
function analyseInStages(
  { document, schemaInput }: ParsedForSchema,
  runStage: StageRunner | undefined,
  locale: Locale,
  describeLater: DescribeLater | undefined,
): Analysis {
  // Checked now: a plain value made for ajv is then garbage before the model is built.
  const schemaProblems =
    schemaInput && timed(runStage, 'schema', () => schemaProblemsOfWellFormed(schemaInput));
  return analyseParsed(document, schemaProblems, undefined, runStage, locale, describeLater);
}

/**
 * A rule's findings some other way than by running it on the whole document (an
 * incremental analysis keeps some); undefined to run it.
 */
export type RuleOverride = (
  rule: Rule,
  index: number,
  inputs: RuleInputs,
  internalErrors: string[],
) => RuleFindings | undefined;

/**
 * How a check describes findings: those the cap may drop after the rules run, but the first
 * `errorsAtOnce` errors as they are reported, which the cap keeps unless the file has more
 * (the most severe are kept): described while what they read is fresh in the processor's
 * caches, they cost about half what they do after the cap (issue 17).
 */
interface DescribeLater {
  errorsAtOnce: number;
}

/**
 * A full run's `inScope`: one function for every check, so that the rules' optimised code,
 * which asks it for each entity, calls (and inlines) the same target from check to check; a
 * closure made per check was a new target each time.
 */
const inEveryScope = (): boolean => true;

/**
 * Every rule on a parsed document. The schema's problems are found from the tree when a
 * rule first asks and none are given. `describeLater` (a check's own analysis, which
 * nothing else reads): the findings whose rules describe them later are left undescribed
 * (`Analysis.undescribed`), but for the first errors.
 */
export function analyseParsed(
  document: ParsedDocument,
  schemaProblemsOfDocument?: SchemaProblems,
  override?: RuleOverride,
  runStage?: StageRunner,
  locale: Locale = 'en',
  describeLater?: DescribeLater,
): Analysis {
  const l10n = localizer(locale);
  const findings: Finding[] = [];
  const internalErrors: string[] = [];
  const syntaxRule = RULE_IMPLEMENTATIONS.find((r) => r.meta.code === 'json-syntax')!;
  if (!document.root) {
    for (const problem of document.syntaxProblems) {
      findings.push(
        toFinding(syntaxRule.meta, {
          offset: problem.offset,
          length: problem.length,
          pointer: '',
          message: l10n.t(problem.messageKey, problem.params),
        }),
      );
    }
    return { document, locale, rawFindings: findings, internalErrors };
  }
  const root = document.root;
  const model = timed(runStage, 'model', () => buildModel(root));
  const topology = timed(runStage, 'topology', () => buildTopology(model));
  let connectivity: ConnectivityAnalysis | undefined;
  let addresses: AddressField[] | undefined;
  let schema: SchemaProblems | undefined = schemaProblemsOfDocument;
  const inputs: RuleInputs = {
    document,
    model,
    topology,
    l10n,
    connectivity: () => (connectivity ??= analyseConnectivity(topology)),
    // Only the fields an address rule may report: the rules read no others (rule.ts).
    addresses: () =>
      (addresses ??= keptUntilReplaced('addressFields', irregularAddressFields(model))),
    schemaProblems: () => (schema ??= schemaProblemsOf(plainDocumentOf(root))),
    inScope: inEveryScope,
    undescribed:
      describeLater &&
      new Undescribed(document, l10n, internalErrors, describeLater.errorsAtOnce, model),
  };
  if (runStage) {
    // Built up front, so that the first rule to ask is not charged for them.
    runStage('connectivity', inputs.connectivity);
    runStage('addresses', inputs.addresses);
  }
  const findingsByRule = timed(runStage, 'rules', () => {
    const given = RULE_IMPLEMENTATIONS.map((rule, index) =>
      override?.(rule, index, inputs, internalErrors),
    );
    // The others run together: the runner walks each collection once for all of them.
    const toRun = RULE_IMPLEMENTATIONS.filter((_, index) => given[index] === undefined);
    const ran = runRules(toRun, inputs, internalErrors);
    let next = 0;
    return given.map((findings) => findings ?? (ran[next++] as RuleFindings));
  });
  return timed(runStage, 'finish', () => {
    connectivity ??= analyseConnectivity(topology);
    return finishAnalysis(
      document,
      model,
      topology,
      connectivity,
      findingsByRule,
      internalErrors,
      locale,
      inputs.undescribed,
    );
  });
}

/**
 * Applies configured severities; `off` drops the finding. A finding given another severity
 * is a copy, which `undescribed` (a check's) describes as it would have the finding.
 */
export function applySeverities(
  findings: Finding[],
  options: ValidateOptions,
  undescribed?: Undescribed,
): Finding[] {
  const overrides = options.rules ?? {};
  // Without overrides (a check with no configuration), every finding as it is: no look-up
  // per finding of its code among the overrides (a megamorphic keyed load, thousands per
  // large file).
  if (Object.keys(overrides).length === 0) return findings.slice().sort(byOffsetThenCode);
  const result: Finding[] = [];
  for (const finding of findings) {
    const level = overrides[finding.code];
    // A file that does not parse cannot be checked: its syntax errors are never dropped.
    if (level === 'off' && finding.code !== 'json-syntax') continue;
    if (level === 'off') {
      result.push(finding);
      continue;
    }
    if (!level) {
      result.push(finding);
      continue;
    }
    const copy = { ...finding, severity: level };
    undescribed?.carry(finding, copy);
    result.push(copy);
  }
  return result.sort(byOffsetThenCode);
}

function byOffsetThenCode(a: Finding, b: Finding): number {
  return a.offset - b.offset || compareCodes(a.code, b.code);
}

/**
 * Codes (lowercase ASCII letters, digits and hyphens) in code-unit order, which is the order
 * `localeCompare` gives them; its first call in a process sets up ICU's collator, 12–24 ms
 * of a fresh `dwnet check` whose file has two findings at one offset.
 */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function connectivityResults(analysis: Analysis): ConnectivityResult[] {
  const { model, connectivity } = analysis;
  // Pairs are evaluated in a model: an analysis without one has none.
  if (!model || !connectivity) return [];
  const pairs = connectivity.pairs;
  // The tasks' and groups' ids by slot, read once: the task's id and `pairGroupName` were
  // four calls per pair, in code not yet optimised (this loop runs once per check).
  const taskIds = model.tasks.ids;
  const groupIds = model.resourceGroups.ids;
  const groupOf = model.columns.tasks.resourceGroup;
  // Index loops, not `map` and `filter`: one array per pair and none in between, and no
  // iterator results (10 000 pairs in the benchmark's file, in a fresh process's
  // unoptimised code, where a `for … of` allocates a result object per element).
  const results: ConnectivityResult[] = [];
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index]!; // within the list's length
    // Each property read once: this loop runs 10 000 times in a fresh process, unoptimised.
    const { unresolved, ok, binding, taskSlot } = pair;
    const group = groupOf[taskSlot] as number;
    const missing: string[] = [];
    if (unresolved) missing.push(unresolved);
    // A pair that connects misses no step (and its steps are made only when read).
    else if (!ok) {
      const steps = pair.steps;
      for (let at = 0; at < steps.length; at++) {
        const step = steps[at]!; // within the list's length
        if (!step.ok) missing.push(step.code);
      }
    }
    // By slot (analysis/connectivity.ts `pairGroupName`…): no object per pair's task.
    results.push({
      task: taskIds[taskSlot] as string,
      // (A group that names nothing, or none: as written, `pairGroupName`.)
      resourceGroup: group >= 0 ? (groupIds[group] as string) : pairGroupName(model, pair),
      dataSource: pairDataSourceName(pair),
      scenario: unresolved ? null : pair.scenario,
      binding: binding ? binding.index : null,
      ok,
      missing,
    });
  }
  return results;
}

/**
 * A check's result, whose list of every pair is made when first read: the JSON report and
 * the API's callers read it, `dwnet check`'s text and SARIF never do (10 000 pairs of the
 * benchmark's file: an object and an array each, for nothing). The list is made from the
 * analysis as it was checked: an analysis is never changed (an edit's is a new one).
 */
function checkedText(
  findings: Finding[],
  analysis: Analysis,
  lineStarts: CheckedText['lineStarts'],
): CheckedText {
  let pairs: ConnectivityResult[] | undefined;
  const result = { findings } as CheckedText;
  Object.defineProperty(result, 'connectivity', {
    get: () => (pairs ??= pairsOrNone(analysis)),
    set: (value: ConnectivityResult[]) => {
      pairs = value;
    },
    enumerable: true,
    configurable: true,
  });
  if (lineStarts !== undefined) result.lineStarts = lineStarts;
  return result;
}

/** `connectivityResults`, which a getter must not throw: the check's findings stand. */
function pairsOrNone(analysis: Analysis): ConnectivityResult[] {
  try {
    return connectivityResults(analysis);
  } catch {
    return [];
  }
}

/** Checks a topology's text (SPEC §5); never throws. */
export function validate(text: string, options: ValidateOptions = {}): ValidationResult {
  return validateInStages(text, options, undefined);
}

/**
 * `validate`, which also gives the text's line starts when the parser found them: a caller
 * that places findings by line (the CLI) then needs no pass of its own over the text.
 */
export function validateWithLineStarts(text: string, options: ValidateOptions = {}): CheckedText {
  return validateInStages(text, options, undefined, true);
}

/**
 * `validate`, with each stage run through `runStage`, and the line starts with
 * `withLineStarts` (`validateWithLineStarts`): for `npm run bench` and its test, not public
 * API (core/src/index.ts does not export it).
 */
export function validateInStages(
  text: string,
  options: ValidateOptions,
  runStage: StageRunner | undefined,
  withLineStarts = false,
): CheckedText {
  // Before any parsing: a file above the size limit costs one pass over its characters.
  const tooLarge = fileSizeNotice(text, options);
  if (tooLarge) return { findings: [tooLarge], connectivity: [] };
  try {
    // No cap (0): every finding is shown, and described as it is reported.
    const limit = findingsLimit(options);
    const describeLater = limit > 0 ? { errorsAtOnce: limit } : undefined;
    const parsed = timed(runStage, 'parse', () => parseDocumentForSchema(text, withLineStarts));
    const analysis = analyseInStages(parsed, runStage, options.locale ?? 'en', describeLater);
    const lineStarts = parsed.lineStarts;
    // A server keeps its analyses itself (and drops a stale one as the user types).
    keepUntilReplaced('analysis', analysis);
    return timed(runStage, 'results', () => {
      const { undescribed } = analysis;
      const capped = capFindings(
        applySeverities(analysis.rawFindings, options, undescribed),
        options,
      );
      // Only what is shown is described: the cap's notice counts findings, not their words.
      const shown = undescribed ? undescribed.describeAll(capped) : capped;
      return checkedText(shown, analysis, lineStarts);
    });
  } catch (error) {
    // Unreachable by design; if it happens, the user gets a finding that asks for a
    // report, not a crash (and not a syntax error the file does not have).
    return { findings: [internalErrorNotice(error, options.locale)], connectivity: [] };
  }
}
