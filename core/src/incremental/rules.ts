// Each rule's findings for the new version, from the previous version's as the rule's
// `reads` declaration allows (core/src/rules/rule.ts): kept and moved, made again for some
// entities or pairs, or made again in full.
import type { PairEvaluation } from '../analysis/connectivity';
import type { Entity, Model } from '../model';
import type { PairOwner, Rule } from '../rules/rule';
import type { Finding } from '../types';
import { lazy } from '../util/memo';
import { runRule, type RuleFindings, type RuleInputs } from '../validate';
import { moved, type Edit } from './locate';
import type { Range } from './splice';

/** Where some entities' properties were, and where they are, each list sorted by offset. */
export interface EntityRanges {
  before: Range[];
  after: Range[];
}

/** The inputs of a run on some entities alone, and where those entities are. */
export interface ScopedRun {
  inputs: RuleInputs;
  ranges: EntityRanges;
}

export interface RuleRun {
  edit: Edit;
  /** Findings moved from the previous version's, and where from (filled in as rules run). */
  movedFrom: Map<Finding, Finding>;
  /** The previous version's object of the edited entity. */
  replaced: Entity;
  /** Whether the edited entity is a network entity or resource group: `networks` rules run again. */
  networksChanged: boolean;
  /** Inputs of a full run. */
  full: RuleInputs;
  /** A run on the edited entity alone (`ownText`), and on the entities it touches (`ownEntity`). */
  ownText: ScopedRun;
  ownEntity: ScopedRun;
  /** A run on the pairs of the entities whose pairs' findings may change. */
  pairs: { inputs: RuleInputs; owners: ReadonlySet<PairOwner> };
  model: Model;
  internalErrors: string[];
}

/** A rule's findings for the new version, from its previous ones as its `reads` allows. */
export function rerun(rule: Rule, previous: RuleFindings, run: RuleRun): RuleFindings {
  const { internalErrors } = run;
  const move = (finding: Finding) => {
    const now = moved(finding, run.edit);
    if (now !== finding) run.movedFrom.set(now, finding);
    return now;
  };
  switch (rule.reads) {
    case 'networks':
      return run.networksChanged
        ? runRule(rule, run.full, internalErrors)
        : { findings: previous.findings.map(move) };
    case 'ownText':
    case 'ownEntity': {
      const scoped = rule.reads === 'ownText' ? run.ownText : run.ownEntity;
      const fresh = runRule(rule, scoped.inputs, internalErrors);
      return aroundEntities(previous, fresh, scoped.ranges, move);
    }
    case 'pairs':
      return rerunPairs(rule, previous, run, move);
    case 'everything':
      return runRule(rule, run.full, internalErrors);
  }
}

function rerunPairs(
  rule: Rule,
  previous: RuleFindings,
  run: RuleRun,
  move: (finding: Finding) => Finding,
): RuleFindings {
  const { owners } = run.pairs;
  const kept: RuleFindings = { findings: [], owners: [] };
  const keptOwners: PairOwner[] = [];
  previous.findings.forEach((finding, index) => {
    const owner = previous.owners?.[index];
    // A replaced entity's findings go with it; an affected one's are made again.
    if (!owner || owners.has(owner) || owner === run.replaced) return;
    kept.findings.push(move(finding));
    keptOwners.push(owner);
  });
  kept.owners = keptOwners;
  const fresh: RuleFindings = { findings: [] };
  const freshOwners: PairOwner[] = [];
  const again = runRule(rule, run.pairs.inputs, run.internalErrors);
  again.findings.forEach((finding, index) => {
    const owner = again.owners?.[index];
    if (!owner || !owners.has(owner)) return;
    fresh.findings.push(finding);
    freshOwners.push(owner);
  });
  fresh.owners = freshOwners;
  return mergeInRunOrder(kept, fresh, run.model);
}

/** Whether `offset` lies in one of `ranges` (sorted by offset, not overlapping). */
function inRanges(ranges: readonly Range[], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) return false;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return true;
  }
  return false;
}

/**
 * A rule's findings after a run on some entities alone: the new ones inside those entities,
 * the previous ones outside them, moved; both in offset order.
 */
export function aroundEntities(
  previous: RuleFindings,
  fresh: RuleFindings,
  ranges: EntityRanges,
  move: (finding: Finding) => Finding,
): RuleFindings {
  const inside = fresh.findings.filter((f) => inRanges(ranges.after, f.offset));
  // Before an entity, a finding may still hold it (the root's): it grows.
  const outside = previous.findings.filter((f) => !inRanges(ranges.before, f.offset)).map(move);
  const findings: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < outside.length && j < inside.length) {
    const a = outside[i] as Finding;
    const b = inside[j] as Finding;
    if (a.offset <= b.offset) {
      findings.push(a);
      i++;
    } else {
      findings.push(b);
      j++;
    }
  }
  findings.push(...outside.slice(i), ...inside.slice(j));
  return { findings };
}

/**
 * The entities whose pairs' findings may have changed: the task, resource group and data
 * source of every pair evaluated again (before and after), and `others`.
 */
export function affectedOwners(
  changes: { removed: readonly PairEvaluation[]; added: readonly PairEvaluation[] },
  others: readonly PairOwner[],
): Set<PairOwner> {
  const owners = new Set<PairOwner>(others);
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
export function pairsOf(
  full: RuleInputs,
  owners: ReadonlySet<PairOwner>,
): { inputs: RuleInputs; owners: ReadonlySet<PairOwner> } {
  const connectivity = lazy(() => {
    const all = full.connectivity();
    // The owners' slots: a pair's task and data source are compared by slot, so that no
    // object is made for every pair's (model/collection.ts).
    const { model } = full;
    const taskSlots = new Set<number>();
    const dsSlots = new Set<number>();
    for (const owner of owners) {
      const task = model.tasks.slotOf(owner.id);
      if (task >= 0 && model.tasks.at(task) === owner) taskSlots.add(task);
      const ds = model.dataSources.slotOf(owner.id);
      if (ds >= 0 && model.dataSources.at(ds) === owner) dsSlots.add(ds);
    }
    return {
      pairs: all.pairs.filter(
        (pair) =>
          taskSlots.has(pair.taskSlot) ||
          (pair.rg !== undefined && owners.has(pair.rg)) ||
          dsSlots.has(pair.dsSlot),
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
  // Tasks, then resource groups, then data sources, each in slot order: found by id, so
  // that no other entity's object is made.
  const orderOf = (owner: PairOwner | undefined): number => {
    if (!owner) return -1;
    let base = 0;
    for (const collection of [model.tasks, model.resourceGroups, model.dataSources] as const) {
      const slot = collection.slotOf(owner.id);
      if (slot >= 0 && collection.at(slot) === owner) return base + slot;
      base += collection.count;
    }
    return -1;
  };
  const findings: Finding[] = [];
  const owners: PairOwner[] = [];
  const take = (from: RuleFindings, index: number) => {
    const finding = from.findings[index];
    const owner = from.owners?.[index];
    if (!finding || !owner) return;
    findings.push(finding);
    owners.push(owner);
  };
  let i = 0;
  let j = 0;
  while (i < kept.findings.length && j < fresh.findings.length) {
    const a = kept.findings[i] as Finding;
    const b = fresh.findings[j] as Finding;
    const keptFirst =
      a.offset !== b.offset
        ? a.offset < b.offset
        : orderOf(kept.owners?.[i]) <= orderOf(fresh.owners?.[j]);
    if (keptFirst) take(kept, i++);
    else take(fresh, j++);
  }
  while (i < kept.findings.length) take(kept, i++);
  while (j < fresh.findings.length) take(fresh, j++);
  return { findings, owners };
}
