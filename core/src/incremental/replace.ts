// The edited entity read again alone, and the model and topology of the new version: new
// values that share every other entity with the previous version's (which stays whole).
import {
  buildTopology,
  withSameGraph,
  withSameNetworks,
  type Topology,
} from '../analysis/topology';
import {
  readDataSource,
  readNetworkEntity,
  readTask,
  nextModelGeneration,
  type Collection,
  type DataSource,
  type Entity,
  type Model,
  type NetworkEntity,
  type NetworkSection,
  type Task,
  type Vpc,
} from '../model';
import type { Node } from '../parse';
import { rowsOf } from '../model/rows';
import type { EditedEntity } from './locate';

/** The edited entity: its previous object and the one read from its new value. */
export type Replacement =
  | { section: 'dataSources'; old: DataSource; new: DataSource }
  | { section: 'tasks'; old: Task; new: Task }
  | { section: NetworkSection; old: NetworkEntity; new: NetworkEntity };

const NETWORK_SECTIONS: readonly string[] = [
  'vpcs',
  'dataCenters',
  'connections',
  'securityGroups',
  'resourceGroups',
] satisfies NetworkSection[];

function isNetworkSection(section: string): section is NetworkSection {
  return NETWORK_SECTIONS.includes(section);
}

/**
 * The edited entity read again from its new value; undefined when the edit may change more
 * than that entity's object, and the whole model is built again: an entity that is not the
 * first of its id, a section without entities (accounts, defaults), or a VPC whose vSwitch or
 * NAT gateway ids change (other entities name them) or repeat.
 */
export function replacementOf(
  model: Model,
  edited: EditedEntity,
  value: Node,
): Replacement | undefined {
  const { section, id } = edited;
  if (section !== 'dataSources' && section !== 'tasks' && !isNetworkSection(section))
    return undefined;
  const collection: Collection<Entity> = model[section];
  const old = collection.byId.get(id);
  if (!old || old.node !== edited.value || collection.duplicates.some((d) => d.id === id))
    return undefined;
  if (section === 'dataSources')
    return { section, old: old as DataSource, new: readDataSource(id, value) };
  if (section === 'tasks') return { section, old: old as Task, new: readTask(id, value) };
  const read = readNetworkEntity(model, section, id, value);
  if (section === 'vpcs') {
    const before = old as Vpc;
    const after = read.entity as Vpc;
    const nested = `${before.pointer}/`;
    if (
      read.nestedDuplicates.length > 0 ||
      model.nestedDuplicates.some((d) => d.pointer.startsWith(nested)) ||
      !sameKeys(before.vSwitches, after.vSwitches) ||
      !sameKeys(before.natGateways, after.natGateways)
    )
      return undefined;
  }
  return { section, old: old as NetworkEntity, new: read.entity };
}

function sameKeys(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** The model with the entity replaced, in its place; every other collection is shared. */
export function withReplacement(model: Model, replacement: Replacement): Model {
  const collection: Collection<Entity> = model[replacement.section];
  const slot = collection.slotOf(replacement.new.id);
  const { rows, row } = rowsOf(replacement.new.node);
  const { columns } = model;
  // A new generation: references must not answer from what they found in the previous model.
  return {
    ...model,
    generation: nextModelGeneration(),
    [replacement.section]: collection.withReplaced(slot, replacement.old, replacement.new),
    // The edited slot's row read again; ids do not change, so no other row's targets do.
    columns:
      replacement.section === 'dataSources'
        ? { ...columns, dataSources: columns.dataSources.withRow(model, slot, rows, row) }
        : replacement.section === 'tasks'
          ? { ...columns, tasks: columns.tasks.withRow(model, slot, rows, row) }
          : columns,
  };
}

/**
 * The topology of the new model. A data source, task, security group or resource group is
 * read by no lookup, so the lookups (and the reachability they have worked out) carry over.
 * A VPC or data center keeps its id, kind and connections: the connection graph carries
 * over, networks and vSwitches are read anew. A connection may change the graph, which is
 * built again (a few hundred networks: about a millisecond).
 */
export function topologyAfter(
  previous: Topology,
  model: Model,
  replacement: Replacement,
): Topology {
  switch (replacement.section) {
    case 'connections':
      return buildTopology(model);
    case 'vpcs':
    case 'dataCenters':
      return withSameGraph(previous, model);
    default:
      return withSameNetworks(previous, model);
  }
}
