// Data sources and tasks are objects made when first asked for (core/src/model/collection.ts),
// from columns and from node views that follow edits. These hold what the incremental
// analysis relies on: a slot an edit did not touch gives the same object in every version,
// an object first made after many edits reads what a fresh analysis reads, and a check of a
// large topology makes objects for few of them.
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { reanalyse } from '../src/incremental';
import type { DataSource, Model, StringValue, Task } from '../src/model';
import { EntityCollection } from '../src/model/collection';
import { parseDocument } from '../src/parse';
import { analyse, analyseParsed, type Analysis } from '../src/validate';
import { random } from './edits';

function modelOf(analysis: Analysis): Model {
  const { model } = analysis;
  if (!model) throw new Error('no model');
  return model;
}

function value(v: StringValue | undefined): unknown {
  return v && { value: v.value, offset: v.node.offset, pointer: v.pointer };
}

/** What a reader sees of a data source: values, nodes' places, pointers. */
function dataSourceSeen(ds: DataSource): unknown {
  const network = ds.network;
  return {
    id: ds.id,
    pointer: ds.pointer,
    key: ds.keyNode.offset,
    node: [ds.node.offset, ds.node.length],
    engine: ds.engine,
    hosting: ds.hosting,
    port: ds.port,
    network: network && {
      type: network.type,
      vpc: value(network.vpc),
      dataCenter: value(network.dataCenter),
      address: value(network.address),
    },
    whitelist: ds.whitelist?.map(value),
    whitelistNode: ds.whitelistNode?.offset,
    securityGroup: value(ds.securityGroup),
  };
}

function taskSeen(task: Task): unknown {
  return {
    id: task.id,
    pointer: task.pointer,
    key: task.keyNode.offset,
    node: [task.node.offset, task.node.length],
    kind: task.kind,
    resourceGroup: value(task.resourceGroup),
    refs: task.dataSourceRefs.map((ref) => ({ ...(value(ref) as object), role: ref.role })),
  };
}

/** An edit inside a data source or a task of a generated topology, found in its text. */
function entityEdit(text: string, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const at = (pattern: RegExp) => [...text.matchAll(pattern)];
  const choice = next();
  if (choice < 0.35) {
    const match = pick(at(/"address": "[^"]*"/g));
    const address = `"address": "10.0.${Math.floor(next() * 255)}.${Math.floor(next() * 255)}"`;
    return text.slice(0, match.index) + address + text.slice(match.index + match[0].length);
  }
  if (choice < 0.6) {
    // A property more: rows after it move.
    const match = pick(at(/"ds-\d+": \{\n/g));
    const end = match.index + match[0].length;
    return `${text.slice(0, end)}      "port": ${1000 + Math.floor(next() * 9000)},\n${text.slice(end)}`;
  }
  if (choice < 0.8) {
    const added = at(/ {6}"port": \d+,\n/g);
    if (added.length > 0) {
      const match = pick(added);
      return text.slice(0, match.index) + text.slice(match.index + match[0].length);
    }
  }
  const match = pick(at(/"kind": "(sync|schedule)"/g));
  const kind = match[1] === 'sync' ? '"kind": "schedule"' : '"kind": "sync"';
  return text.slice(0, match.index) + kind + text.slice(match.index + match[0].length);
}

describe('data sources and tasks made when asked for', () => {
  it('are the same objects in the versions an edit did not touch them in', () => {
    const next = random(5);
    let text = generateTopology(60, 7);
    let previous = analyse(text);
    let incremental = 0;
    for (let edit = 0; edit < 20; edit++) {
      text = entityEdit(text, next);
      const current = reanalyse(previous, text);
      const before = modelOf(previous);
      const after = modelOf(current);
      if (current.carried !== undefined) {
        incremental++;
        for (const section of ['dataSources', 'tasks'] as const) {
          const a = before[section];
          const b = after[section];
          expect(b.count).toBe(a.count);
          let replaced = 0;
          for (let slot = 0; slot < a.count; slot++) {
            // Either version asked first.
            const [x, y] = slot % 2 === 0 ? [a.at(slot), b.at(slot)] : [b.at(slot), a.at(slot)];
            if (x !== y) replaced++;
          }
          expect(replaced).toBeLessThanOrEqual(1);
        }
      }
      previous = current;
    }
    expect(incremental).toBeGreaterThan(10);
  });

  it('read, when first made after many edits, what a fresh analysis reads', () => {
    const next = random(11);
    let text = generateTopology(60, 3);
    let analysis = analyse(text);
    for (let edit = 0; edit < 40; edit++) {
      text = entityEdit(text, next);
      analysis = reanalyse(analysis, text);
    }
    const model = modelOf(analysis);
    const fresh = modelOf(analyse(text));
    for (let slot = 0; slot < fresh.dataSources.count; slot++)
      expect(dataSourceSeen(model.dataSources.at(slot))).toEqual(
        dataSourceSeen(fresh.dataSources.at(slot)),
      );
    for (let slot = 0; slot < fresh.tasks.count; slot++)
      expect(taskSeen(model.tasks.at(slot))).toEqual(taskSeen(fresh.tasks.at(slot)));
  });

  it('are made, in a check of a large topology, for few of them', () => {
    const model = modelOf(analyse(generateTopology(10_000, 1)));
    for (const collection of [model.dataSources, model.tasks]) {
      expect(collection).toBeInstanceOf(EntityCollection);
      const made = (collection as EntityCollection<DataSource | Task>).madeCount();
      // Those of the findings and of the pairs evaluated with their steps (1 272 data sources,
      // 1 857 tasks in 10 000 each): a related location reads a data source's rows, not its
      // object.
      expect(made).toBeLessThan(collection.count / 5);
    }
  });

  it("are made, in a check, for a pair's task only as its finding is described", () => {
    // A check describes its first 1 000 errors: the tasks of those, not of every finding
    // (a finding names its pair's task by slot until the incremental analysis asks).
    const text = generateTopology(10_000, 1);
    const check = analyseParsed(parseDocument(text), undefined, undefined, undefined, 'en', {
      errorsAtOnce: 1000,
    });
    const model = modelOf(check);
    expect((model.tasks as EntityCollection<Task>).madeCount()).toBeLessThanOrEqual(1000);
    // Asked, the owners are the tasks, resource groups and data sources the findings name.
    for (const found of check.findingsByRule ?? []) {
      const owners = found.owners;
      if (!owners) continue;
      found.findings.forEach((finding, index) => {
        const owner = owners[index];
        expect(owner).toBeDefined();
        const pointer = owner?.pointer ?? '';
        if (finding.code === 'internet-unstable') expect(finding.pointer).toBe(pointer);
        if (pointer.startsWith('/tasks/'))
          expect(model.tasks.byId.get(owner?.id ?? '')).toBe(owner);
      });
    }
  });

  it("give a slot's value node without making its entity, as the entity has it", () => {
    const model = modelOf(analyse(generateTopology(60, 2)));
    for (const collection of [model.dataSources, model.tasks] as const)
      for (let slot = 0; slot < collection.count; slot++) {
        const node = collection.nodeAt(slot);
        const entity = collection.at(slot);
        expect([node.offset, node.length]).toEqual([entity.node.offset, entity.node.length]);
      }
  });
});
