// What a rule is: its catalogue entry and a check that reports findings through
// the context. Rules read the model, the topology and the connectivity analysis;
// they never parse text and never compute positions themselves.
import type { AddressField } from '../analysis/addresses';
import {
  isEvaluated,
  type ConnectivityAnalysis,
  type EvaluatedPair,
  type PairEvaluation,
  type Step,
  type StepCode,
  type StepOf,
} from '../analysis/connectivity';
import { pairSubsetsOf } from '../analysis/pairSubsets';
import type { Topology } from '../analysis/topology';
import type { Binding, DataSource, Entity, Model, ResourceGroup, Task } from '../model';

/** An entity whose pairs a finding of a rule that reads `pairs` comes from. */
export type PairOwner = Task | ResourceGroup | DataSource;
import type { Node, ParsedDocument } from '../parse';
import type { SchemaProblems } from '../schemaValidation';
import type { FixDescriptor, RelatedLocation, RuleMeta } from '../types';
import { localizer, type Localizer } from '../l10n';
import { pointerUnder } from '../model/entities';
import { taskReferenceLocation } from './taskReference';

export interface RelatedInput {
  message: string;
  node: Node;
  pointer: string;
}

/** What a finding says: its message, where else it points, how to fix it. */
export interface FindingDescription {
  message: string;
  /** Where else the finding points: made from a node, or as a finding carries it (taken as is). */
  related?: readonly (RelatedInput | RelatedLocation)[];
  fixes?: FixDescriptor[];
}

/** Where a finding is and whose it is: what a check reads of every finding before the cap. */
export interface FindingPlace {
  /** The node the range covers; defaults to nothing (offset/length then required). */
  node?: Node;
  offset?: number;
  length?: number;
  pointer: string;
  scenario?: number | null;
  unnecessary?: boolean;
  /**
   * The task, resource group or data source whose pairs the finding comes from: required
   * of rules that read `pairs` (or `taskOf`).
   */
  pairsOf?: PairOwner;
  /**
   * A pair whose task the finding comes from (instead of `pairsOf`): the task's object is
   * made only when the incremental analysis reads the owners (`RuleFindings.owners`), not for
   * each of a check's findings (a check reads no owner).
   */
  taskOf?: PairEvaluation;
}

/**
 * What describes a reported finding later, in the run's language, as an object of the rule's
 * own (the object it gathered the finding's facts in, say): a rule that reports a thousand
 * findings of a large file makes no closure and no context per finding for `describe`.
 */
export interface Describer {
  describe(l10n: Localizer): FindingDescription;
}

/** A finding's description from what its rule reported to describe it later. */
export function describedBy(
  describe: (() => FindingDescription) | Describer,
  l10n: Localizer,
): FindingDescription {
  return typeof describe === 'function' ? describe() : describe.describe(l10n);
}

/**
 * A finding as a rule reports it: described at once, or by `describe` (a function, or a
 * `Describer`), which a check (`validate`) calls only for the findings the cap per file keeps
 * (`Undescribed` in rules/run.ts): of the 10 000 data source benchmark's 2 457 findings,
 * 1 000 are shown. `describe` reads only what it closes over or holds, which nothing changes
 * after the report, so it says the same whenever it is called.
 */
export type FindingInput = FindingPlace &
  (
    | (FindingDescription & { describe?: undefined })
    | {
        describe: (() => FindingDescription) | Describer;
        message?: undefined;
        related?: undefined;
        fixes?: undefined;
      }
  );

export interface RuleContext {
  document: ParsedDocument;
  /** Messages, related-information texts and fix titles in the analysis' language. */
  l10n: Localizer;
  model: Model;
  topology: Topology;
  /** Computed on first use and shared by every rule of this run. */
  connectivity(): ConnectivityAnalysis;
  /**
   * The address-valued fields, listed once and shared by the address rules, which read them
   * through `irregularAddresses` (items.ts): every field, or (a check) only those it keeps.
   */
  addresses(): readonly AddressField[];
  /** The schema's errors and the repeated property names (found once per run). */
  schemaProblems(): SchemaProblems;
  /**
   * Whether the rule must look at this entity. Always true in a full run. In an
   * incremental run, only the edited entity and those that read it (for rules that read
   * `ownEntity`), or the entities whose pairs changed (rules that read `pairs`): rules
   * skip the others, whose findings are kept from the previous version.
   */
  inScope(entity: Entity): boolean;
  report(finding: FindingInput): void;
}

/**
 * What a rule's findings depend on, so that an edit inside one entity keeps the findings it
 * cannot have changed (core/src/incremental/). A differential test
 * (core/test/incremental.test.ts) holds incremental runs to full ones.
 * - `networks`: the rule reads nothing inside data sources and tasks; its findings stay
 *   after an edit inside one of those, and the rule re-runs after any other.
 * - `ownText`: a finding depends only on the text of the entity it sits in (any entity),
 *   or, outside every entity, on the text outside them. After an edit inside any entity,
 *   the rule re-runs for that entity alone (`inScope`), on `schemaProblems()` of that entity only.
 * - `ownEntity`: a finding depends only on the entity it sits in, on network entities and
 *   on which ids exist; after an edit, the rule re-runs for the edited entity and for those
 *   that read it (core/src/incremental/reach.ts) alone (`inScope`), and `addresses()` holds
 *   those entities' fields only, `schemaProblems()` the edited entity's.
 * - `pairs`: a finding comes from the pairs of one task, resource group or data source
 *   (reported with `pairsOf`) and depends only on them, on that entity and on network
 *   entities. The rule re-runs on the pairs of the entities an edit affects (those are in
 *   scope), and the findings that come from other entities' pairs stay.
 * - `everything`: anything, such as every pair at once; the rule re-runs.
 */
export type RuleReads = 'networks' | 'ownText' | 'ownEntity' | 'pairs' | 'everything';

export interface Rule {
  meta: RuleMeta;
  reads: RuleReads;
  /**
   * Work on the whole model. A rule that reads every data source, task, pair or reference
   * loops over them itself, in document (pair) order: the model's columns (by slot),
   * `irregularAddresses` and `referenceBinding` (items.ts) are what it walks.
   */
  check(context: RuleContext): void;
}

/**
 * The related locations of pairs, bindings, groups without one, and data sources, shared by
 * the findings of one run of the rules: thousands of pairs share a hundred bindings, and a
 * location's text never changes within a run. Findings share these objects, which nothing
 * changes. Kept per run (`shareRelatedLocations`, called by the runner), not per object
 * across runs: a `WeakMap` keyed by every check's new entities made the collector's
 * ephemeron table grow and rehash at every check, and kept a holder object per entry.
 */
let shared:
  { l10n: Localizer; byKey: Map<SharedKey, RelatedLocation>; model: Model | undefined } | undefined;

/** A data source is keyed by its slot (a number): its object is not made for its location. */
type SharedKey = Binding | ResourceGroup | number | PairEvaluation;

/**
 * Starts a run's shared related locations (the runner, before its rules run), or ends them
 * (`undefined`, after: nothing of the run's model is kept by this module). `model`, the run's,
 * lets a pair's task reference be read from its columns (`taskReferenceLocation`).
 */
export function shareRelatedLocations(l10n: Localizer | undefined, model?: Model): void {
  shared = l10n && { l10n, byKey: new Map(), model };
}

function sharedLocationsOf(l10n: Localizer): Map<SharedKey, RelatedLocation> {
  if (shared?.l10n === l10n) return shared.byKey;
  // Outside a run of the runner (none today), or in another language: a run of its own.
  const byKey = new Map<SharedKey, RelatedLocation>();
  shared = { l10n, byKey, model: undefined };
  return byKey;
}

/**
 * The shared location of `key`, made if missing. (Made by the caller's `input`: no closure
 * per call, which a cold check pays per finding.)
 */
function shareLocation(
  byKey: Map<SharedKey, RelatedLocation>,
  key: SharedKey,
  input: RelatedInput,
): RelatedLocation {
  const location = relatedLocation(input);
  byKey.set(key, location);
  return location;
}

/** A related location as a finding carries it. */
export function relatedLocation(related: RelatedInput): RelatedLocation {
  return {
    message: related.message,
    pointer: related.pointer,
    offset: related.node.offset,
    length: related.node.length,
  };
}

/**
 * The pointer of a pair's reference to its data source. A task's `source` and `destination`
 * are at the task's pointer and their property (the reference table's rows of those roles),
 * known without the tree's path from the root, which a cold check would otherwise walk for
 * every finding; an element of `dataSources` is at its index under the task's `dataSources`
 * (counted among the task's rows; the path from the root only if it is not found there).
 */
function dataSourceRefPointer(pair: PairEvaluation): string {
  const ref = pair.dataSourceRefNode;
  const role = ref.role;
  if (role !== 'dataSources') return `${pair.task.pointer}/${role}`;
  const index = ref.itemIndex;
  return index === undefined ? ref.pointer : `${pair.task.pointer}/dataSources/${index}`;
}

/** The location of the task's reference to the pair's data source, shared in the run. */
function usesLocation(
  byKey: Map<SharedKey, RelatedLocation>,
  pair: PairEvaluation,
  l10n: Localizer,
): RelatedLocation {
  const model = shared?.model;
  const read = model && taskReferenceLocation(model, pair, l10n);
  if (read !== undefined) {
    byKey.set(pair, read);
    return read;
  }
  const dataSourceRef = pair.dataSourceRefNode;
  const node = dataSourceRef.node;
  const uses: RelatedLocation = {
    message: l10n.t('related.taskUses', { task: pair.task.id, ds: dataSourceRef.value }),
    pointer: dataSourceRefPointer(pair),
    offset: node.offset,
    length: node.length,
  };
  byKey.set(pair, uses);
  return uses;
}

/**
 * Related locations every connectivity finding carries: the task, the data source, the
 * binding. Made as findings carry them, so that a finding takes them without a copy.
 */
export function pairRelated(
  pair: PairEvaluation,
  l10n: Localizer = localizer(),
): RelatedLocation[] {
  const byKey = sharedLocationsOf(l10n);
  // A pair's own location is shared too: a quarter of them are read by two rules (a failing
  // pair over the Internet, a pair of a group whose EIP may change).
  const uses = byKey.get(pair) ?? usesLocation(byKey, pair, l10n);
  // The data source by slot, its id and key node from the rows: most findings' data sources
  // are otherwise never made (DataSource.pointer is the same `pointerUnder`).
  const dsSlot = pair.dsSlot;
  let dataSource: RelatedLocation | undefined;
  if (dsSlot >= 0) {
    dataSource = byKey.get(dsSlot);
    if (dataSource === undefined) {
      const id = pair.dataSourceId();
      dataSource = shareLocation(byKey, dsSlot, {
        message: l10n.t('related.dataSource', { ds: id }),
        node: pair.dataSourceKeyNode(),
        pointer: pointerUnder('/dataSources', id),
      });
    }
  }
  const { binding, rg } = pair;
  let group: RelatedLocation | undefined;
  if (binding && rg) {
    group =
      byKey.get(binding) ??
      shareLocation(byKey, binding, {
        message: l10n.t('related.binding', { index: binding.index, rg: rg.id }),
        node: binding.node,
        pointer: binding.pointer,
      });
  } else if (rg) {
    group =
      byKey.get(rg) ??
      shareLocation(byKey, rg, {
        message: l10n.t('related.resourceGroup', { rg: rg.id }),
        node: rg.keyNode,
        pointer: rg.pointer,
      });
  }
  // Literals of the size they end with: an array grown by `push` from one element reserves
  // room for seventeen, a thousand times per large file.
  if (dataSource) return group ? [uses, dataSource, group] : [uses, dataSource];
  return group ? [uses, group] : [uses];
}

/**
 * The related locations of some pairs (at least one), in order, as one list: the first
 * pair's own (`pairRelated` makes a list per call), grown by the others'.
 */
export function pairsRelated(
  pairs: readonly PairEvaluation[],
  l10n: Localizer = localizer(),
): RelatedLocation[] {
  const related = pairRelated(pairs[0] as PairEvaluation, l10n);
  // A loop, not a spread (no arguments list per pair before V8 optimises).
  for (let p = 1; p < pairs.length; p++) {
    const ofPair = pairRelated(pairs[p] as PairEvaluation, l10n);
    for (let r = 0; r < ofPair.length; r++) related.push(ofPair[r] as RelatedLocation);
  }
  return related;
}

/** A pair that misses a step of code `C`, and that step. */
export interface MissingStep<C extends StepCode> {
  pair: EvaluatedPair;
  step: StepOf<C>;
}

/** Missing steps by code, indexed once per analysis for the dozen rules that ask. */
const missingByAnalysis = new WeakMap<
  ConnectivityAnalysis,
  Map<StepCode, { pair: EvaluatedPair; step: Step }[]>
>();

/** Every pair that misses a step with this code, with that step, in pair order. */
export function missingSteps<C extends StepCode>(
  context: RuleContext,
  code: C,
): readonly MissingStep<C>[] {
  const connectivity = context.connectivity();
  let index = missingByAnalysis.get(connectivity);
  if (!index) {
    index = new Map();
    // A connected pair misses no step: only the others are read.
    const pairs = pairSubsetsOf(connectivity).failing;
    // An index, not `for … of`: no iterator result per pair before V8 optimises.
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i] as PairEvaluation;
      // A connected pair misses no step: most pairs are skipped without a look at their
      // steps. A pair with steps is always evaluated (its group and data source exist).
      if (pair.ok || !isEvaluated(pair)) continue;
      const steps = pair.steps;
      for (let s = 0; s < steps.length; s++) {
        const step = steps[s] as Step;
        if (step.ok) continue;
        let list = index.get(step.code);
        if (!list) index.set(step.code, (list = []));
        list.push({ pair, step });
      }
    }
    missingByAnalysis.set(connectivity, index);
  }
  // Every step listed under `code` is of that code; the loop says so to the compiler (a loop,
  // not `filter`, whose inlined form makes arrays of another elements kind: see run.ts).
  const listed = index.get(code);
  const missing: MissingStep<C>[] = [];
  if (listed === undefined) return missing;
  for (let i = 0; i < listed.length; i++) {
    const entry = listed[i] as MissingStep<StepCode>;
    if (isOfCode(entry, code)) missing.push(entry);
  }
  return missing;
}

function isOfCode<C extends StepCode>(
  entry: { pair: EvaluatedPair; step: Step },
  code: C,
): entry is MissingStep<C> {
  return entry.step.code === code;
}
