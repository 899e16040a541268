// Re-analysis after an edit inside one entity, as a new analysis value that shares what the
// edit cannot have changed with the previous one. The entity's new value is parsed alone and
// spliced into the previous tree, so the 4 MB of a large topology are never parsed again for
// a keystroke; then, instead of checking the whole file again, it
//   1. reads the edited entity again alone into a new model (replace.ts), and builds the
//      topology again when the entity is a network's (a few hundred networks),
//   2. evaluates again only the pairs that may read the entity (reach.ts),
//   3. keeps the findings of rules that cannot have changed and runs the others, each as its
//      `reads` declaration allows (rules.ts), and records which findings it moved, so that
//      the server can keep the diagnostics whose positions still hold.
// An edit between entities, or any doubt (syntax errors before or after), takes the full
// analysis of the text; an edit the model cannot take alone (an account, a vSwitch id) runs
// the analysis on the spliced tree. A differential test (core/test/incremental.test.ts)
// holds the result to the full analysis of the new text, finding for finding.
import { addressFields } from '../analysis/addresses';
import { reevaluatePairs, replaceInConnectivity } from '../analysis/pairSplice';
import { localizer } from '../l10n';
import { nextModelGeneration, type Collection, type Entity, type Model } from '../model';
import { columnsOf } from '../model/build';
import { collectionOf } from '../model/collection';
import { plainDocumentOf } from '../parse';
import { RULE_IMPLEMENTATIONS } from '../rules/registry';
import type { PairOwner } from '../rules/rule';
import { lazy } from '../util/memo';
import {
  analyse,
  analyseParsed,
  finishAnalysis,
  runRule,
  settleOwners,
  type Analysis,
  type RuleInputs,
} from '../validate';
import { schemaProblemsOf } from '../schemaValidation';
import { lineBreaksChanged, locateEdit, moved, type Edit, type EditedEntity } from './locate';
import { reachOf } from './reach';
import { replacementOf, topologyAfter, withReplacement, type Replacement } from './replace';
import {
  affectedOwners,
  aroundEntities,
  pairsOf,
  rerun,
  type EntityRanges,
  type RuleRun,
} from './rules';
import { spliceEntity, type Range, type SplicedEntity } from './splice';

/**
 * The analysis of `text`, reusing `previous` (the analysis of the text before one edit)
 * where the edit allows. `previous` hands its tree over (see ARCHITECTURE.md "Incremental
 * analysis"): the caller must not read its tree afterwards (the server's cache keeps one
 * analysis per document).
 */
export function reanalyse(previous: Analysis, text: string): Analysis {
  return analyseIncrementally(previous, text) ?? analyse(text, previous.locale);
}

/**
 * Like `reanalyse`, but `undefined` where the edit needs the full analysis, which the
 * caller then builds after dropping `previous` (a large topology would otherwise hold two
 * analyses at the peak). `previous` hands its tree over whenever the answer is an analysis.
 */
export function analyseIncrementally(previous: Analysis, text: string): Analysis | undefined {
  if (previous.document.text === text) return previous;
  try {
    return analyseEdit(previous, text);
  } catch (error) {
    // A bug in this module: the full analysis, which reads nothing of `previous`, still
    // answers, and the error is reported like a rule's.
    const analysis = analyse(text, previous.locale);
    analysis.internalErrors.push(
      `incremental analysis: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return analysis;
  }
}

/** The parts of an analysis an edit builds on: present only for a healthy, well-formed one. */
type Complete = Analysis &
  Required<Pick<Analysis, 'model' | 'topology' | 'connectivity' | 'findingsByRule'>>;

function isComplete(analysis: Analysis): analysis is Complete {
  const { document } = analysis;
  return (
    analysis.model !== undefined &&
    analysis.topology !== undefined &&
    analysis.connectivity !== undefined &&
    analysis.findingsByRule !== undefined &&
    document.syntaxProblems.length === 0 &&
    document.commentSpans !== undefined &&
    analysis.internalErrors.length === 0
  );
}

/**
 * The analyses whose tree an incremental analysis took over: their nodes read the text of a
 * later version, so no second edit may be made from them (that one is analysed in full).
 */
const handedOver = new WeakSet<Analysis>();

function analyseEdit(previous: Analysis, text: string): Analysis | undefined {
  if (!isComplete(previous) || handedOver.has(previous)) return undefined;
  const edited = locateEdit(previous.document, text);
  if (!edited) return undefined;
  // Before the splice changes the rows: the edited entity's object made (a data source's or a
  // task's is made when first asked for: model/collection.ts), so that it is the previous
  // version's, and the rows of those not made yet kept where edits move them.
  entityBeforeEdit(previous.model, edited.section, edited.id);
  // Likewise the findings' owners a check named by a pair (rules/run.ts `PairFindings`).
  settleOwners(previous.findingsByRule);
  const spliced = spliceEntity(previous.document, edited, text);
  if (!spliced) return undefined;
  handedOver.add(previous);
  const replacement = replacementOf(previous.model, edited, spliced.value);
  if (!replacement) return analyseOnTree(previous, edited, spliced);
  return analyseReplacement(previous, edited, spliced, replacement);
}

/**
 * Readies the model for an edit of its tree: the entity of `id` in a section is made (if
 * there is one), and the rows of the entities not yet made follow edits from now on.
 */
function entityBeforeEdit(model: Model, section: string, id: string): void {
  model.dataSources.followEdits();
  model.tasks.followEdits();
  if (section === 'dataSources' || section === 'tasks') model[section].byId.get(id);
}

/**
 * The analysis of the spliced tree in full, but for the rules that read only an entity's own
 * text, which keep what they said of the others: for an edit the model cannot take alone.
 */
function analyseOnTree(previous: Complete, edited: EditedEntity, spliced: SplicedEntity): Analysis {
  const ranges = rangesOf([spliced]);
  return analyseParsed(
    spliced.document,
    undefined,
    (rule, index, inputs, internalErrors) => {
      if (rule.reads !== 'ownText') return undefined;
      const scoped: RuleInputs = {
        ...inputs,
        inScope: (candidate) => candidate.node === spliced.value,
        schemaProblems: spliced.schemaProblems,
      };
      const fresh = runRule(rule, scoped, internalErrors);
      const before = previous.findingsByRule[index] ?? { findings: [] };
      return aroundEntities(before, fresh, ranges, (finding) => moved(finding, edited.edit));
    },
    undefined,
    previous.locale,
  );
}

/** The analysis after the edited entity was read again alone (see the file's comment). */
function analyseReplacement(
  previous: Complete,
  edited: EditedEntity,
  spliced: SplicedEntity,
  replacement: Replacement,
): Analysis {
  const model = withReplacement(previous.model, replacement);
  const topology = topologyAfter(previous.topology, model, replacement);
  const reach = reachOf(replacement, previous.topology, topology, model);
  const changed =
    replacement.section === 'dataSources' || replacement.section === 'tasks'
      ? replaceInConnectivity(previous.connectivity, topology, replacement)
      : reevaluatePairs(previous.connectivity, topology, reach.readsPair);
  const connectivity = changed.connectivity;
  const editedOwner = isPairOwner(replacement) ? [replacement.new] : [];
  const owners = affectedOwners(changed, [...editedOwner, ...reach.owners]);

  const full: RuleInputs = {
    document: spliced.document,
    model,
    topology,
    l10n: localizer(previous.locale),
    connectivity: () => connectivity,
    addresses: lazy(() => addressFields(model)),
    schemaProblems: lazy(() => schemaProblemsOf(plainDocumentOf(spliced.root))),
    inScope: () => true,
  };
  const scope = [replacement.new, ...reach.touched];
  const inScope = new Set<Entity>(scope);
  const run: RuleRun = {
    edit: edited.edit,
    movedFrom: new Map(),
    replaced: replacement.old,
    networksChanged: replacement.section !== 'dataSources' && replacement.section !== 'tasks',
    full,
    ownText: {
      inputs: {
        ...full,
        inScope: (candidate) => candidate === replacement.new,
        addresses: lazy(() => addressFields(modelOf(model, [replacement.new]))),
        schemaProblems: spliced.schemaProblems,
      },
      ranges: rangesOf([spliced]),
    },
    ownEntity: {
      inputs: {
        ...full,
        inScope: (candidate) => inScope.has(candidate),
        addresses: lazy(() => addressFields(modelOf(model, scope))),
        schemaProblems: spliced.schemaProblems,
      },
      ranges: rangesOf([spliced, ...reach.touched.map((e) => unmoved(e, edited.edit))]),
    },
    pairs: pairsOf(full, owners),
    model,
    internalErrors: [],
  };
  const findingsByRule = RULE_IMPLEMENTATIONS.map((rule, index) =>
    rerun(rule, previous.findingsByRule[index] ?? { findings: [] }, run),
  );
  const analysis = finishAnalysis(
    spliced.document,
    model,
    topology,
    connectivity,
    findingsByRule,
    run.internalErrors,
    previous.locale,
  );
  const { edit } = edited;
  analysis.carried = {
    edit: {
      start: edit.start,
      oldEnd: edit.oldEnd,
      newEnd: edit.oldEnd + edit.delta,
      lineBreaksChanged: lineBreaksChanged(previous.document.text, spliced.document.text, edit),
    },
    movedFrom: run.movedFrom,
  };
  return analysis;
}

function isPairOwner(
  replacement: Replacement,
): replacement is Extract<Replacement, { new: PairOwner }> {
  return ['dataSources', 'tasks', 'resourceGroups'].includes(replacement.section);
}

/** An entity the edit did not touch: where its property is, before and after the edit. */
function unmoved(entity: Entity, edit: Edit): { before: Range; after: Range } {
  const after = { start: entity.keyNode.offset, end: entity.node.offset + entity.node.length };
  const shift = after.start >= edit.oldEnd + edit.delta ? edit.delta : 0;
  return { before: { start: after.start - shift, end: after.end - shift }, after };
}

function rangesOf(entities: readonly { before: Range; after: Range }[]): EntityRanges {
  const byStart = (a: Range, b: Range) => a.start - b.start;
  return {
    before: entities.map((e) => e.before).sort(byStart),
    after: entities.map((e) => e.after).sort(byStart),
  };
}

/** A model of these entities alone (their address fields are those of a scoped run). */
function modelOf(model: Model, entities: readonly Entity[]): Model {
  const only = <T extends Entity>(collection: Collection<T>) =>
    collectionOf(
      entities.filter((entity): entity is T => collection.byId.get(entity.id) === entity),
    );
  const restricted = {
    ...model,
    generation: nextModelGeneration(),
    vpcs: only(model.vpcs),
    dataCenters: only(model.dataCenters),
    connections: only(model.connections),
    securityGroups: only(model.securityGroups),
    resourceGroups: only(model.resourceGroups),
    dataSources: only(model.dataSources),
    tasks: only(model.tasks),
  };
  const slotsOf = <T extends Entity>(collection: Collection<T>) =>
    Array.from({ length: collection.count }, (_, slot) => collection.at(slot));
  // Its own tables: a row is a slot of its own collections.
  const columns = columnsOf(restricted, slotsOf(restricted.dataSources), slotsOf(restricted.tasks));
  return { ...restricted, columns };
}
