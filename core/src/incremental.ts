// Re-analysis after an edit inside one entity. Any entity's new value is parsed alone and
// spliced into the previous tree, so the 4 MB of a large topology are never parsed again
// for a keystroke. Data sources and tasks, the entities a large topology is made of and
// where nearly every keystroke lands, go further: instead of checking the whole file
// again, it
//   1. finds the edited span (the common prefix and suffix of the two texts),
//   2. parses only the entity's new value and splices it into the previous tree, moving
//      the offsets of everything after it,
//   3. rebuilds that entity of the model (data sources and tasks read nothing else),
//   4. re-evaluates only the pairs that involve it, in place (replaceInConnectivity),
//   5. keeps the findings of rules that cannot have changed and re-runs the others, each as
//      its `reads` declaration allows (core/src/rules/rule.ts), and records which findings
//      it moved, so that the server can keep the diagnostics whose positions still hold.
// An edit between entities, or any doubt (syntax errors before or after), takes the full
// analysis of the text. A differential test (core/test/incremental.test.ts) holds the
// result to the full analysis of the new text, finding for finding.
import { localizer } from './l10n';
import { dataSourceAddressFields, addressFields } from './analysis/addresses';
import type { PairEvaluation } from './analysis/connectivity';
import { replaceInConnectivity } from './analysis/pairSplice';
import { withSameNetworks } from './analysis/topology';
import {
  readDataSource,
  readTask,
  type Collection,
  type DataSource,
  type Entity,
  type Model,
  type Task,
} from './model';
import {
  blankSpans,
  MAX_NESTING_DEPTH,
  nodeToValue,
  plainDocumentOf,
  type Node,
  type ParsedDocument,
} from './parse';
import { schemaProblemsOf } from './schemaValidation';
import { RULE_IMPLEMENTATIONS } from './rules/registry';
import type { PairOwner, Rule } from './rules/rule';
import type { Finding } from './types';
import {
  analyse,
  analyseParsed,
  finishAnalysis,
  runRule,
  type Analysis,
  type RuleFindings,
  type RuleInputs,
} from './validate';
import { parseWellFormed } from './wellFormedParse';
import { CompactNode, Kind } from './compactTree';

type EditableSection = 'dataSources' | 'tasks';

/** The part of the text an edit replaced: [start, oldEnd) became [start, newEnd). */
interface Edit {
  start: number;
  oldEnd: number;
  delta: number;
}

/**
 * The analysis of `text`, reusing `previous` (the analysis of the text before one edit)
 * where the edit allows. `previous` is consumed: its tree is updated in place, so the
 * caller must drop it (the server's cache keeps one analysis per document).
 */
export function reanalyse(previous: Analysis, text: string): Analysis {
  return analyseIncrementally(previous, text) ?? analyse(text, previous.locale);
}

/**
 * Like `reanalyse`, but `undefined` where the edit needs the full analysis, which the
 * caller then builds after dropping `previous` (a large topology would otherwise hold two
 * analyses at the peak). `previous` is consumed whenever the answer is an analysis.
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

/** Characters compared at once while looking for the edit: whole-slice equality is a
 * memory comparison in the engine, many times faster than a loop over character codes. */
const CHUNK = 4096;

function findEdit(before: string, after: string): Edit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (
    start + CHUNK <= shorter &&
    before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)
  )
    start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const maxSuffix = shorter - start;
  let suffix = 0;
  while (
    suffix + CHUNK <= maxSuffix &&
    before.slice(before.length - suffix - CHUNK, before.length - suffix) ===
      after.slice(after.length - suffix - CHUNK, after.length - suffix)
  )
    suffix += CHUNK;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { start, oldEnd: before.length - suffix, delta: after.length - before.length };
}

/** The child of a container whose range holds [start, end), by binary search. */
function childHolding(node: Node, start: number, end: number): Node | undefined {
  const children = node.children;
  if (!children) return undefined;
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle]!;
    if (child.offset + child.length <= start) low = middle + 1;
    else if (child.offset > start) high = middle - 1;
    else return end <= child.offset + child.length ? child : undefined;
  }
  return undefined;
}

function analyseEdit(previous: Analysis, text: string): Analysis | undefined {
  const { document, model, topology: previousTopology, connectivity, findingsByRule } = previous;
  const root = document.root;
  if (
    !root ||
    !model ||
    !previousTopology ||
    !connectivity ||
    !findingsByRule ||
    document.syntaxProblems.length > 0 ||
    document.commentSpans === undefined ||
    previous.internalErrors.length > 0 ||
    !(root instanceof CompactNode) ||
    root.type !== 'object'
  )
    return undefined;
  const edit = findEdit(document.text, text);

  // The edit must lie inside the braces of one entity: `section → id → { … }`.
  const sectionProperty = childHolding(root, edit.start, edit.oldEnd);
  const sectionName = sectionProperty?.children?.[0]?.value;
  const sectionValue = sectionProperty?.children?.[1];
  if (sectionValue?.type !== 'object') return undefined;
  const property = childHolding(sectionValue, edit.start, edit.oldEnd);
  const key = property?.children?.[0];
  const value = property?.children?.[1];
  if (
    !(property instanceof CompactNode) ||
    !key ||
    !value ||
    value.type !== 'object' ||
    typeof key.value !== 'string'
  )
    return undefined;
  if (edit.start <= value.offset || edit.oldEnd >= value.offset + value.length) return undefined;
  const id = key.value;
  // A data source or task (the first of its id) is analysed again alone; any other entity
  // is only parsed again alone, and the analysis runs in full on the updated tree.
  const section: EditableSection | undefined =
    sectionName === 'dataSources' || sectionName === 'tasks' ? sectionName : undefined;
  const collection: Collection<Entity> | undefined = section && model[section];
  const entity = collection?.byId.get(id);
  const alone =
    collection !== undefined &&
    entity?.node === value &&
    !collection.duplicates.some((d) => d.id === id);

  const spans = document.commentSpans;
  const propertyEnd = property.offset + property.length;

  // The entity's new value, parsed alone: the rest of the text is unchanged and was
  // well-formed, so the new text is well-formed exactly when this value is.
  const valueText = text.slice(value.offset, value.offset + value.length + edit.delta);
  const parsed = parseWellFormed(valueText, MAX_NESTING_DEPTH - 2);
  if (!parsed || parsed.tree.kind(0) !== Kind.Object) return undefined;

  // From here on the previous analysis is given up: its tree becomes the new one.
  const tree = root.compactTree;
  const valueRow = tree.replaceValue(property, parsed.tree, edit.delta, text);
  const newValue = tree.node(valueRow);
  const repeatedProperties = parsed.repeatedProperties.map((row) => tree.node(valueRow + row));
  // Comments carry suppressions: the entity's are read from its new text, the others move.
  const valueEnd = value.offset + value.length;
  const commentSpans: number[] = [];
  let i = 0;
  for (; i < spans.length && spans[i]! < value.offset; i += 2)
    commentSpans.push(spans[i]!, spans[i + 1]!);
  for (let j = 0; j < parsed.nonJsonSpans.length; j += 2) {
    const start = parsed.nonJsonSpans[j]!;
    // The other spans are trailing commas.
    if (valueText.charCodeAt(start) === 47 /* / */)
      commentSpans.push(start + value.offset, parsed.nonJsonSpans[j + 1]! + value.offset);
  }
  for (; i < spans.length; i += 2) {
    if (spans[i]! < valueEnd) continue;
    commentSpans.push(spans[i]! + edit.delta, spans[i + 1]! + edit.delta);
  }
  const newDocument: ParsedDocument = { text, root, syntaxProblems: [], commentSpans };
  const before = { start: property.offset, end: propertyEnd };
  const after = { start: property.offset, end: propertyEnd + edit.delta };
  const entitySchemaProblems = lazy(() =>
    schemaProblemsOf({
      // Only the entity: what the schema says of other places is kept from before.
      value: {
        [String(sectionName)]: {
          [id]:
            repeatedProperties.length > 0
              ? nodeToValue(newValue)
              : (JSON.parse(blankSpans(valueText, parsed.nonJsonSpans)) as unknown),
        },
      },
      repeatedProperties,
    }),
  );
  if (!alone || !section || !entity) {
    // Rules that read only an entity's own text keep what they said of the others.
    return analyseParsed(
      newDocument,
      undefined,
      (rule, index, inputs, internalErrors) => {
        if (rule.reads !== 'ownText') return undefined;
        const scoped: RuleInputs = {
          ...inputs,
          inScope: (candidate) => candidate.node === newValue,
          schemaProblems: entitySchemaProblems,
        };
        const fresh = runRule(rule, scoped, internalErrors);
        const move = (finding: Finding) => moved(finding, edit);
        return aroundEntity(findingsByRule[index] ?? { findings: [] }, fresh, before, after, move);
      },
      undefined,
      previous.locale,
    );
  }

  const newEntity =
    section === 'dataSources'
      ? readDataSource(
          { id, keyNode: key, node: newValue, pointer: entity.pointer },
          newValue,
          entity.pointer,
        )
      : readTask({ id, keyNode: key, node: newValue, pointer: entity.pointer }, newValue);
  const newModel = withEntity(model, section, newEntity);
  const topology = withSameNetworks(previousTopology, newModel);
  const replaced =
    section === 'dataSources'
      ? replaceInConnectivity(connectivity, topology, {
          section,
          old: entity as DataSource,
          new: newEntity as DataSource,
        })
      : replaceInConnectivity(connectivity, topology, {
          section,
          old: entity as Task,
          new: newEntity as Task,
        });
  const newConnectivity = replaced.connectivity;
  const owners = affectedOwners(newEntity, replaced);

  const full: RuleInputs = {
    document: newDocument,
    model: newModel,
    topology,
    l10n: localizer(previous.locale),
    connectivity: () => newConnectivity,
    addresses: lazy(() => addressFields(newModel)),
    schemaProblems: lazy(() => schemaProblemsOf(plainDocumentOf(root))),
    inScope: () => true,
  };
  const scoped: RuleInputs = {
    ...full,
    inScope: (candidate) => candidate === newEntity,
    addresses: lazy(() =>
      section === 'dataSources' ? dataSourceAddressFields(newEntity as DataSource) : [],
    ),
    schemaProblems: entitySchemaProblems,
  };

  const rules: RuleRun = {
    edit,
    movedFrom: new Map(),
    replaced: entity,
    before,
    after,
    full,
    scoped,
    pairs: pairsOf(full, owners),
    model: newModel,
    internalErrors: [],
  };
  const newFindings = RULE_IMPLEMENTATIONS.map((rule, index) =>
    rerun(rule, findingsByRule[index] ?? { findings: [] }, rules),
  );
  const analysis = finishAnalysis(
    newDocument,
    newModel,
    topology,
    newConnectivity,
    newFindings,
    rules.internalErrors,
    previous.locale,
  );
  analysis.carried = {
    edit: {
      start: edit.start,
      oldEnd: edit.oldEnd,
      newEnd: edit.oldEnd + edit.delta,
      lineBreaksChanged: lineBreaksChanged(document.text, text, edit),
    },
    movedFrom: rules.movedFrom,
  };
  return analysis;
}

/** Whether the edit added, removed, split or joined a line break. */
function lineBreaksChanged(before: string, after: string, edit: Edit): boolean {
  const newEnd = edit.oldEnd + edit.delta;
  const breaks = /[\r\n]/;
  return (
    breaks.test(before.slice(edit.start, edit.oldEnd)) ||
    breaks.test(after.slice(edit.start, newEnd)) ||
    (before.charCodeAt(edit.start - 1) === 13 &&
      (before.charCodeAt(edit.oldEnd) === 10 || after.charCodeAt(newEnd) === 10))
  );
}

interface RuleRun {
  edit: Edit;
  /** Findings moved from the previous version's, and where from. */
  movedFrom: Map<Finding, Finding>;
  /** The previous version's object of the edited entity. */
  replaced: Entity;
  /** Where the edited entity's property was, and where it is. */
  before: { start: number; end: number };
  after: { start: number; end: number };
  /** Inputs of a full run, of a run on the edited entity, and of a run on some tasks' pairs. */
  full: RuleInputs;
  scoped: RuleInputs;
  pairs: { inputs: RuleInputs; owners: ReadonlySet<PairOwner> };
  model: Model;
  internalErrors: string[];
}

/** A rule's findings for the new version, from its previous ones as its `reads` allows. */
function rerun(rule: Rule, previous: RuleFindings, run: RuleRun): RuleFindings {
  const { edit, before, after, internalErrors } = run;
  const move = (finding: Finding) => {
    const now = moved(finding, edit);
    if (now !== finding) run.movedFrom.set(now, finding);
    return now;
  };
  switch (rule.reads) {
    case 'networks':
      return { findings: previous.findings.map(move) };
    case 'ownText':
    case 'ownEntity':
      return aroundEntity(previous, runRule(rule, run.scoped, internalErrors), before, after, move);
    case 'pairs': {
      const { model } = run;
      const { owners } = run.pairs;
      // The model was updated in place: the replaced entity is the only one gone.
      const kept: RuleFindings = { findings: [], owners: [] };
      previous.findings.forEach((finding, index) => {
        const owner = previous.owners![index]!;
        // A replaced entity's findings go with it; an affected one's are made again.
        if (owners.has(owner) || owner === run.replaced) return;
        kept.findings.push(move(finding));
        kept.owners!.push(owner);
      });
      const fresh: RuleFindings = { findings: [], owners: [] };
      const again = runRule(rule, run.pairs.inputs, internalErrors);
      again.findings.forEach((finding, index) => {
        const owner = again.owners![index]!;
        if (!owners.has(owner)) return;
        fresh.findings.push(finding);
        fresh.owners!.push(owner);
      });
      return mergeInRunOrder(kept, fresh, model);
    }
    case 'everything':
      return runRule(rule, run.full, internalErrors);
  }
}

/**
 * A rule's findings after a run on the edited entity alone: the new ones inside it, the
 * previous ones around it, moved.
 */
function aroundEntity(
  previous: RuleFindings,
  fresh: RuleFindings,
  before: { start: number; end: number },
  after: { start: number; end: number },
  move: (finding: Finding) => Finding,
): RuleFindings {
  const inside = fresh.findings.filter((f) => f.offset >= after.start && f.offset < after.end);
  // Before the entity, a finding may still hold it (the root's): it grows.
  const earlier = previous.findings.filter((f) => f.offset < before.start).map(move);
  const later = previous.findings.filter((f) => f.offset >= before.end).map(move);
  return { findings: [...earlier, ...inside, ...later] };
}

/**
 * The entities whose pairs changed (the task, resource group and data source of every pair
 * removed or added), and the edited entity itself, which its own findings read.
 */
function affectedOwners(
  edited: DataSource | Task,
  changes: { removed: readonly PairEvaluation[]; added: readonly PairEvaluation[] },
): Set<PairOwner> {
  const owners = new Set<PairOwner>([edited]);
  for (const list of [changes.removed, changes.added]) {
    for (const pair of list) {
      owners.add(pair.task);
      if (pair.rg) owners.add(pair.rg);
      if (pair.ds) owners.add(pair.ds);
    }
  }
  return owners;
}

/** The inputs of a run on every pair of the affected entities, which alone are in scope. */
function pairsOf(
  full: RuleInputs,
  owners: ReadonlySet<PairOwner>,
): { inputs: RuleInputs; owners: ReadonlySet<PairOwner> } {
  const connectivity = lazy(() => {
    const all = full.connectivity();
    return {
      pairs: all.pairs.filter(
        (pair) =>
          owners.has(pair.task) ||
          (pair.rg !== undefined && owners.has(pair.rg)) ||
          (pair.ds !== undefined && owners.has(pair.ds)),
      ),
      usedConnections: all.usedConnections,
    };
  });
  const inScope = (entity: Entity) => owners.has(entity as PairOwner);
  return { inputs: { ...full, connectivity, inScope }, owners };
}

/**
 * Two lists sorted by offset merged as a full run orders them: by offset, then (a place
 * several entities' pairs report on) in the order of those entities.
 */
function mergeInRunOrder(kept: RuleFindings, fresh: RuleFindings, model: Model): RuleFindings {
  if (fresh.findings.length === 0) return kept;
  let order: Map<PairOwner, number> | undefined;
  const orderOf = (owner: PairOwner): number => {
    if (!order) {
      order = new Map();
      for (const collection of [model.tasks, model.resourceGroups, model.dataSources])
        for (const each of collection.byId.values()) order.set(each, order.size);
    }
    return order.get(owner) ?? -1;
  };
  const merged: RuleFindings = { findings: [], owners: [] };
  const take = (from: RuleFindings, index: number) => {
    merged.findings.push(from.findings[index]!);
    merged.owners!.push(from.owners![index]!);
  };
  let i = 0;
  let j = 0;
  while (i < kept.findings.length && j < fresh.findings.length) {
    const a = kept.findings[i]!;
    const b = fresh.findings[j]!;
    const keptFirst =
      a.offset !== b.offset
        ? a.offset < b.offset
        : orderOf(kept.owners![i]!) <= orderOf(fresh.owners![j]!);
    if (keptFirst) take(kept, i++);
    else take(fresh, j++);
  }
  while (i < kept.findings.length) take(kept, i++);
  while (j < fresh.findings.length) take(fresh, j++);
  return merged;
}

function lazy<T>(compute: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value as T;
  };
}

/**
 * The model with one data source or task replaced, in its place. The previous analysis is
 * consumed, so its model is updated rather than copied (a copy of 10 000 entries per
 * keystroke is a measurable part of the budget).
 */
function withEntity(model: Model, section: EditableSection, entity: DataSource | Task): Model {
  if (section === 'dataSources') model.dataSources.byId.set(entity.id, entity as DataSource);
  else model.tasks.byId.set(entity.id, entity as Task);
  return model;
}

/** A finding of the previous version where it now stands. */
function moved(finding: Finding, edit: Edit): Finding {
  if (edit.delta === 0) return finding;
  // After the edit a range moves; around it (the root, the collection) it grows.
  const move = (offset: number, length: number) =>
    offset >= edit.oldEnd
      ? { offset: offset + edit.delta, length }
      : offset < edit.start && offset + length > edit.oldEnd
        ? { offset, length: length + edit.delta }
        : undefined;
  const own = move(finding.offset, finding.length);
  const relatedMoves = finding.related.some((r) => move(r.offset, r.length) !== undefined);
  if (!own && !relatedMoves) return finding;
  return {
    ...finding,
    offset: own?.offset ?? finding.offset,
    length: own?.length ?? finding.length,
    related: relatedMoves
      ? finding.related.map((r) => ({ ...r, ...move(r.offset, r.length) }))
      : finding.related,
  };
}
