// The typed model of a parsed topology: one reader per entity kind (model/network.ts,
// model/workloads.ts), over the rows of the tree (model/rows.ts, model/values.ts).
import { Kind } from '../compactTree';
import type {
  Collection,
  DataSource,
  Entity,
  Model,
  NatGateway,
  NetworkEntity,
  NetworkSection,
  Task,
  VSwitch,
} from '../model';
import { nextModelGeneration } from '../model';
import type { Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { dataSourceTable, DataSourceTable } from './columns/dataSources';
import { taskTable, TaskTable } from './columns/tasks';
import { collect, collectSlots, lazyCollection, readerOf, type EntityReader } from './entities';
import {
  readAccount,
  readConnection,
  readDataCenter,
  readSecurityGroup,
  readVpc,
  type Defaults,
} from './network';
import { rowsOf, type Rows } from './rows';
import { ValueReader } from './values';
import { readDataSourceAt, readResourceGroup, readTaskAt } from './workloads';

/** The topology-wide values that VPCs and resource groups fall back on. */
function readDefaults(rows: Rows, root: number): Defaults {
  const row = rows.propertyValueAt(root, 'defaults');
  if (row < 0 || rows.kind(row) !== Kind.Object) return { account: undefined, region: undefined };
  const reader = new ValueReader(rows, row);
  return {
    account: reader.reference(reader.at(row, 'account'), REFERENCE_FIELDS.defaultAccount),
    region: reader.str(row, 'region'),
  };
}

export function buildModel(root: Node): Model {
  const { rows, row } = rowsOf(root);
  const nestedDuplicates: (VSwitch | NatGateway)[] = [];
  const defaults = readDefaults(rows, row);
  const section = <T extends Entity>(name: string, read: EntityReader<T>): Collection<T> =>
    collect(rows, rows.propertyValueAt(row, name), read);
  const accounts = rows.propertyValueAt(row, 'accounts');
  const dataSourceSlots = collectSlots(rows, rows.propertyValueAt(row, 'dataSources'));
  const taskSlots = collectSlots(rows, rows.propertyValueAt(row, 'tasks'));
  const model: Omit<Model, 'columns'> = {
    generation: nextModelGeneration(),
    root,
    defaults,
    // (Assigned, not spread: a collection's slots are read through its methods.)
    accounts: Object.assign(collect(rows, accounts, readAccount), { present: accounts >= 0 }),
    vpcs: section('vpcs', readVpc(defaults, nestedDuplicates)),
    dataCenters: section('dataCenters', readDataCenter),
    connections: section('connections', readConnection),
    securityGroups: section('securityGroups', readSecurityGroup),
    resourceGroups: section('resourceGroups', readResourceGroup(defaults)),
    // Read into columns below; an object is made for a slot when something asks for it.
    dataSources: lazyCollection(rows, dataSourceSlots, readDataSourceAt),
    tasks: lazyCollection(rows, taskSlots, readTaskAt),
    nestedDuplicates,
  };
  // In the order of the collections a row's references name.
  const dataSources = dataSourceTable(
    model,
    rows,
    dataSourceSlots.valueRows,
    dataSourceSlots.index.ids.length,
  );
  const tasks = taskTable(model, rows, taskSlots.valueRows, taskSlots.index.ids.length);
  // Every field written out, not `{ ...model, columns }`: the spread's objects took maps
  // V8 did not keep stable from one check to the next, and about 90 functions that read
  // the model left their optimised code ("wrong map") in the fifth to eighth checks of a
  // process (`--trace-deopt`, bench/analysis.md).
  return {
    generation: model.generation,
    root: model.root,
    defaults: model.defaults,
    accounts: model.accounts,
    vpcs: model.vpcs,
    dataCenters: model.dataCenters,
    connections: model.connections,
    securityGroups: model.securityGroups,
    resourceGroups: model.resourceGroups,
    dataSources: model.dataSources,
    tasks: model.tasks,
    nestedDuplicates: model.nestedDuplicates,
    columns: { dataSources, tasks },
  };
}

/**
 * One entity of a network section read again from its value, as `buildModel` reads it (with
 * the model's defaults), for the incremental analysis (core/src/incremental/); for a VPC,
 * the later duplicates of vSwitch and NAT gateway ids inside it come with it.
 */
export function readNetworkEntity(
  model: Model,
  section: NetworkSection,
  id: string,
  value: Node,
): { entity: NetworkEntity; nestedDuplicates: Entity[] } {
  const nestedDuplicates: (VSwitch | NatGateway)[] = [];
  const readers: Record<NetworkSection, EntityReader<NetworkEntity>> = {
    vpcs: readVpc(model.defaults, nestedDuplicates),
    dataCenters: readDataCenter,
    connections: readConnection,
    securityGroups: readSecurityGroup,
    resourceGroups: readResourceGroup(model.defaults),
  };
  return { entity: readers[section](id, readerOf(value)), nestedDuplicates };
}

/** The column tables of these data sources and tasks of a model (a model of a few entities). */
export function columnsOf(
  model: Model,
  dataSources: readonly DataSource[],
  tasks: readonly Task[],
): Model['columns'] {
  const rowsOfAll = (entities: readonly Entity[]) => {
    const valueRows = new Int32Array(entities.length);
    let rows: Rows | undefined;
    entities.forEach((entity, slot) => {
      const at = rowsOf(entity.node);
      rows = at.rows;
      valueRows[slot] = at.row;
    });
    return { rows, valueRows };
  };
  const ds = rowsOfAll(dataSources);
  const task = rowsOfAll(tasks);
  return {
    dataSources: ds.rows
      ? dataSourceTable(model, ds.rows, ds.valueRows, dataSources.length)
      : new DataSourceTable(0),
    tasks: task.rows ? taskTable(model, task.rows, task.valueRows, tasks.length) : new TaskTable(0),
  };
}
