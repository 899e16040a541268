// The column tables of data sources and tasks (core/src/model/columns/) against the entities
// they stand for: every column of every slot equals what the entity's object says, for every
// stored input of the golden set, generated topologies, and after chains of edits (the
// incremental analysis fills the edited slot's row again).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { reanalyse } from '../src/incremental';
import { whitelistKey } from '../src/analysis/pairContext';
import { CompactNode } from '../src/compactTree';
import type { Model, Reference, EntityKind, Collection, Entity } from '../src/model';
import {
  ABSENT,
  AddressStatus,
  DataSourceFlag,
  NO_NETWORK,
  portOf,
  UNRESOLVED,
} from '../src/model/columns/dataSources';
import { ROLES } from '../src/model/columns/tasks';
import { HOSTINGS } from '../src/model/workloads';
import { REFERENCE_FIELDS } from '../src/references';
import { targetOf } from '../src/resolution';
import { analyse } from '../src/validate';
import { random, randomEdit } from './edits';
import { filesUnder } from './trees';

const ROOT = join(__dirname, '../..');

function slotOfTarget<K extends EntityKind>(
  model: Model,
  reference: Reference<K> | undefined,
  collection: Collection<Entity>,
): number {
  if (reference === undefined) return ABSENT;
  const target = targetOf(model, reference);
  return target === undefined ? UNRESOLVED : collection.slotOf(target.id);
}

/** Every column of every slot, held to the entity's property (a message names the first difference). */
function checkColumns(model: Model, where: string): void {
  const table = model.columns.dataSources;
  for (let slot = 0; slot < model.dataSources.count; slot++) {
    const ds = model.dataSources.at(slot);
    const at = `${where} dataSources/${ds.id}`;
    const network = ds.network;
    const address = network?.address;
    const whitelist = ds.whitelist;
    const irregular =
      (whitelist?.some((entry) => !entry.parsed.ok || entry.parsed.hostBits) ?? false) ||
      (address !== undefined && network?.type !== 'classic' && !address.parsed.ok);
    const open = whitelist?.some((e) => e.parsed.ok && e.parsed.range.prefix === 0) ?? false;
    expect(
      {
        noNetwork: table.networkType[slot] === NO_NETWORK,
        type: table.networkTypeOf(slot),
        hosting: table.hosting[slot] === 0 ? undefined : HOSTINGS[table.hosting[slot]! - 1],
        address:
          table.addressStatus[slot] === AddressStatus.None
            ? undefined
            : table.addressStatus[slot] === AddressStatus.Ok
              ? table.address[slot]
              : 'other',
        port: portOf(model, table, slot),
        vpc: table.vpc[slot],
        dataCenter: table.dataCenter[slot],
        securityGroup: table.securityGroup[slot],
        whitelistLength: table.whitelistLength[slot],
        irregular: (table.flags[slot]! & DataSourceFlag.Irregular) !== 0,
        open: (table.flags[slot]! & DataSourceFlag.OpenEntry) !== 0,
      },
      at,
    ).toEqual({
      noNetwork: network === undefined,
      type: network?.type,
      hosting: ds.hosting,
      address:
        address === undefined ? undefined : address.parsed.ok ? address.parsed.value : 'other',
      port: ds.port,
      vpc: slotOfTarget(model, network?.vpc, model.vpcs),
      dataCenter: slotOfTarget(model, network?.dataCenter, model.dataCenters),
      securityGroup: slotOfTarget(model, ds.securityGroup, model.securityGroups),
      whitelistLength: ds.whitelistLengthOver(-1) ?? -1,
      irregular,
      open,
    });
    // The same key object (a shared parse) or the same string.
    expect(table.whitelistKey[slot], at).toBe(whitelist ? whitelistKey(whitelist) : undefined);
  }
  const tasks = model.columns.tasks;
  for (let slot = 0; slot < model.tasks.count; slot++) {
    const task = model.tasks.at(slot);
    const at = `${where} tasks/${task.id}`;
    const start = tasks.refStart[slot]!;
    const refs = task.dataSourceRefs;
    // A reference's row from the task's, read where the tree is compact (its rows numbered).
    const taskNode = model.tasks.nodeAt(slot);
    const tree = taskNode instanceof CompactNode ? taskNode.compactTree : undefined;
    const rowOffset = (i: number): number | undefined =>
      tree && tree.offsets[(taskNode as CompactNode).index + tasks.refOffset[start + i]!];
    const rows = [];
    for (let i = 0; i < tasks.refCount[slot]!; i++)
      rows.push({
        role: ROLES[tasks.refRole[start + i]!],
        target: tasks.refTarget[start + i],
        first: tasks.refFirst[start + i],
        offset: rowOffset(i),
      });
    expect(
      { kind: tasks.kindOf(slot), resourceGroup: tasks.resourceGroup[slot], refs: rows },
      at,
    ).toEqual({
      kind: task.kind,
      resourceGroup: slotOfTarget(model, task.resourceGroup, model.resourceGroups),
      refs: refs.map((ref) => ({
        role: ref.role,
        target: slotOfTarget(model, ref, model.dataSources),
        first: refs.findIndex((other) => other.value === ref.value),
        offset: tree && ref.node.offset,
      })),
    });
  }
}

describe('the model by column', () => {
  it('has a column for every reference field of data sources and tasks', () => {
    // referenceBinding (rules/items.ts) binds these from the columns alone: a new field of
    // either kind needs its column there (ARCHITECTURE.md, "Adding a reference field").
    const fieldsOf = (holder: string) =>
      Object.entries(REFERENCE_FIELDS)
        .filter(([, field]) => field.holder === holder)
        .map(([name]) => name);
    expect(fieldsOf('dataSource')).toEqual([
      'dataSourceVpc',
      'dataSourceDataCenter',
      'dataSourceSecurityGroup',
    ]);
    expect(fieldsOf('task')).toEqual([
      'taskResourceGroup',
      'taskSource',
      'taskDestination',
      'taskDataSource',
    ]);
  });

  it('holds every column to its entity in every stored input', () => {
    for (const dir of ['examples', 'test/fixtures'])
      for (const path of filesUnder(join(ROOT, dir))) {
        const { model } = analyse(readFileSync(path, 'utf8'));
        if (model) checkColumns(model, path);
      }
  });

  it('holds every column to its entity in generated topologies', () => {
    for (const seed of [1, 2, 3, 5, 8, 13])
      for (const size of [20, 150, 600]) {
        const { model } = analyse(generateTopology(size, seed));
        if (model) checkColumns(model, `generated-${size}-${seed}`);
      }
  });

  it('holds references read in the text to their entities: escaped, unresolved, repeated, Chinese', () => {
    // A collection of a few ids is searched in order, a larger one hashed: both sizes.
    for (const filler of [0, 20]) {
      const extra = Array.from({ length: filler }, (_, i) => `, "f-${i}": { "engine": "mysql" }`);
      const text = `{ "version": 1,
        "vpcs": { "vpc-1": { "cidr": "10.0.0.0/16" }, "专有网络": { "cidr": "10.1.0.0/16" } },
        "securityGroups": { "sg-1": { "vpc": "vpc-1" } },
        "resourceGroups": { "rg-1": { "type": "serverless" } },
        "dataSources": {
          "ds-1": { "engine": "mysql", "network": { "type": "vpc", "vpc": "\u0076pc-1", "address": "10.0.0.5" }, "securityGroup": "sg-1" },
          "数据源": { "engine": "mysql", "network": { "type": "vpc", "vpc": "专有网络", "address": "10.1.0.5" }, "securityGroup": "sg-2" },
          "": { "engine": "mysql", "network": { "type": "vpc", "vpc": "", "address": "10.0.0.6" } }${extra.join('')} },
        "tasks": {
          "t-1": { "kind": "sync", "resourceGroup": "\u0072g-1", "source": "ds-1", "destination": "nope",
            "dataSources": ["\u0064s-1", "nope", "数据源", "\u6570\u636e\u6e90", "", "nope2", "nope"] },
          "t-2": { "kind": "sync", "resourceGroup": "rg-2", "source": "", "destination": "" } } }`;
      const { model } = analyse(text);
      if (model === undefined) throw new Error('no model');
      checkColumns(model, `references-${filler}`);
      expect(model.columns.tasks.refFirst.slice(0, 9)).toEqual(
        Int32Array.from([0, 1, 0, 1, 4, 4, 6, 7, 1]),
      );
    }
  });

  it('holds every column to its entity along chains of edits', () => {
    const start = generateTopology(60, 4);
    const next = random(17);
    let text = start;
    let analysis = analyse(text);
    for (let i = 0; i < 80; i++) {
      text = randomEdit(text, analysis, next);
      analysis = reanalyse(analysis, text);
      if (analysis.model) checkColumns(analysis.model, `edit ${i}`);
    }
  });
});
