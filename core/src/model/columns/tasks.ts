// Tasks by column: a task's kind, its resource group's slot, and its references to data
// sources (source, destination, then `dataSources`, the order of `Task.dataSourceRefs`) in a
// pool, with each reference's role, target slot, row, and the first reference of the task with
// the same value (the pairs' grouping: analysis/connectivity.ts). Filled from the rows with the
// entity class's field scan (model/workloads.ts); `core/test/modelColumns.test.ts` holds every
// column to the entity.
import { Kind } from '../../compactTree';
import type { Model, TaskKind, TaskRole } from '../../model';
import type { Rows } from '../rows';
import { ValueReader } from '../values';
import { TASK_FIELDS, TASK_KINDS, TaskField } from '../workloads';
import { targetSlot, UNRESOLVED, withRoom } from './table';

export const ROLES: readonly TaskRole[] = ['source', 'destination', 'dataSources'];

type Targets = Pick<Model, 'resourceGroups' | 'dataSources'>;

export class TaskTable {
  /** 0: none, else index in `TASK_KINDS` + 1. */
  readonly kind: Uint8Array;
  /** The resource group's slot (or ABSENT, UNRESOLVED). */
  readonly resourceGroup: Int32Array;
  /** The task's references: `refCount` entries of the pool from `refStart`. */
  readonly refStart: Int32Array;
  readonly refCount: Int32Array;
  /** The pool: role (index in `ROLES`), data source slot (or UNRESOLVED), and the index in its task of the first reference of the same value. */
  refRole: Uint8Array;
  refTarget: Int32Array;
  refFirst: Int32Array;
  /**
   * The pool's rows: each reference's row counted from its task's value row, as the task's
   * `DataSourceRef` keeps it (a finding's related location reads the reference from it
   * without the task's object: rules/rule.ts).
   */
  refOffset: Int32Array;
  /** How much of the pool is used. */
  refsUsed: number;

  constructor(count: number, from?: TaskTable) {
    this.kind = from ? from.kind.slice() : new Uint8Array(count);
    this.resourceGroup = from ? from.resourceGroup.slice() : new Int32Array(count);
    this.refStart = from ? from.refStart.slice() : new Int32Array(count);
    this.refCount = from ? from.refCount.slice() : new Int32Array(count);
    // The pool is copied too: a generation never reads another's (few, small).
    this.refRole = from ? from.refRole.slice() : new Uint8Array(count + (count >> 1) + 4);
    this.refTarget = from ? from.refTarget.slice() : new Int32Array(this.refRole.length);
    this.refFirst = from ? from.refFirst.slice() : new Int32Array(this.refRole.length);
    this.refOffset = from ? from.refOffset.slice() : new Int32Array(this.refRole.length);
    this.refsUsed = from ? from.refsUsed : 0;
  }

  /** `Task.kind` of a slot. */
  kindOf(slot: number): TaskKind | undefined {
    const kind = this.kind[slot] as number;
    return kind === 0 ? undefined : TASK_KINDS[kind - 1];
  }

  /** This table with one row read again from its new value (an edit's model). */
  withRow(model: Targets, slot: number, rows: Rows, row: number): TaskTable {
    const table = new TaskTable(0, this);
    fillTask(table, model, slot, new ValueReader(rows, row));
    return table;
  }

  /** Room in the pool for `more` references. */
  reserve(more: number): void {
    const needed = this.refsUsed + more;
    this.refRole = withRoom(this.refRole, needed);
    this.refTarget = withRoom(this.refTarget, needed);
    this.refFirst = withRoom(this.refFirst, needed);
    this.refOffset = withRoom(this.refOffset, needed);
  }
}

/** The table of a collection's slots, from their value rows. */
export function taskTable(
  model: Targets,
  rows: Rows,
  valueRows: Int32Array,
  count: number,
): TaskTable {
  const table = new TaskTable(count);
  let reader: ValueReader | undefined;
  for (let slot = 0; slot < count; slot++) {
    const row = valueRows[slot] as number;
    // Its rows only (`row`, not `moveTo`): the table keeps no value, so the reader needs no
    // node view of the entity as its anchor (a view per data source and task, kept by the tree).
    if (reader) reader.row = row;
    else reader = new ValueReader(rows, row);
    fillTask(table, model, slot, reader);
  }
  return table;
}

/**
 * The task's references so far, for grouping them by value: the slot each names (`targets`),
 * and the value of each that names none (`values`), the first `valueCount`, reused one task
 * at a time. Two references that name slots have the same value when they name the same
 * slot, so a string is made only for a reference that names none. Emptied by overwriting,
 * not with `length = 0`, which drops the list's backing store, so that each task's first
 * reference made a new one (1.4 MB of a large check's allocation).
 */
const targets: number[] = [];
const values: string[] = [];
let valueCount = 0;

/** One task's row, read as `ModelTask` reads it (model/workloads.ts). */
function fillTask(table: TaskTable, model: Targets, slot: number, reader: ValueReader): void {
  // (`!` below: each field's index is in range of `found`.)
  const found = reader.scan(reader.row, TASK_FIELDS);
  const source = found[TaskField.Source]!;
  const destination = found[TaskField.Destination]!;
  const list = found[TaskField.DataSources]!;
  const kind = reader.enumValue(found[TaskField.Kind]!, TASK_KINDS);
  table.kind[slot] = kind === undefined ? 0 : TASK_KINDS.indexOf(kind) + 1;
  table.resourceGroup[slot] = targetSlot(
    reader,
    found[TaskField.ResourceGroup]!,
    model.resourceGroups,
  );
  const hasSource = reader.is(source, Kind.String);
  const hasDestination = reader.is(destination, Kind.String);
  const count = Number(hasSource) + Number(hasDestination) + reader.count(list, Kind.String);
  table.reserve(count);
  const start = table.refsUsed;
  table.refStart[slot] = start;
  table.refCount[slot] = count;
  valueCount = 0;
  if (hasSource) addRef(table, model, reader, source, 0, start);
  if (hasDestination) addRef(table, model, reader, destination, 1, start);
  if (reader.is(list, Kind.Array)) {
    const rows = reader.rows;
    for (let item = rows.firstChild(list); item >= 0; item = rows.nextSibling(item))
      if (rows.kind(item) === Kind.String) addRef(table, model, reader, item, 2, start);
  }
  // No string of the text kept past the reading.
  for (let i = 0; i < valueCount; i++) values[i] = '';
}

function addRef(
  table: TaskTable,
  model: Targets,
  reader: ValueReader,
  row: number,
  role: number,
  start: number,
): void {
  const at = table.refsUsed++;
  const target = model.dataSources.slotOfRow(reader.rows, row);
  // Linear: most tasks name one or two data sources.
  let first = at - start;
  if (target >= 0) {
    for (let i = 0; i < valueCount; i++)
      if (targets[i] === target) {
        first = i;
        break;
      }
  } else {
    const value = reader.rows.stringAt(row);
    // (`!`: the first `valueCount` are this task's.)
    for (let i = 0; i < valueCount; i++)
      if (targets[i]! < 0 && values[i] === value) {
        first = i;
        break;
      }
    values[valueCount] = value;
  }
  targets[valueCount++] = target;
  table.refRole[at] = role;
  table.refFirst[at] = first;
  table.refOffset[at] = row - reader.row;
  table.refTarget[at] = target < 0 ? UNRESOLVED : target;
}
