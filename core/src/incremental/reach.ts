// What an edit of a network entity (a VPC with its vSwitches and NAT gateways, a data
// center, a connection, a security group) or of a resource group can change besides itself:
// the pairs whose evaluation may read it, the entities whose own findings may read it, and
// the entities whose pairs' findings may. A superset is safe (more is checked again); the
// differential test (core/test/incremental.test.ts) holds the result to the full analysis.
import type { PairEvaluation } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import type {
  Binding,
  Collection,
  Connection,
  DataSource,
  Entity,
  Model,
  ResourceGroup,
  SecurityGroup,
} from '../model';
import { ABSENT, UNRESOLVED } from '../model/columns/table';
import type { PairOwner } from '../rules/rule';
import type { Replacement } from './replace';

export interface Reach {
  /** Whether a pair of the previous version may read the edited entity. */
  readsPair(pair: PairEvaluation): boolean;
  /** Other entities (of the new model) whose own findings may read it: `ownEntity` rules. */
  touched: Entity[];
  /** Other entities whose pairs' findings may read it, beyond those of pairs evaluated again. */
  owners: PairOwner[];
}

/** What reads nothing but the data source or task itself: its own pairs and findings. */
export const ONLY_ITSELF: Reach = { readsPair: () => false, touched: [], owners: [] };

/** Whether a data source names, as its VPC or its data center, a network `test` picks. */
function targetIs(ds: DataSource | undefined, test: (network: string) => boolean): boolean {
  const network = ds?.network;
  if (!network) return false;
  const { vpc, dataCenter } = network;
  return (
    (vpc !== undefined && test(vpc.value)) || (dataCenter !== undefined && test(dataCenter.value))
  );
}

/**
 * `targetIs` of the data source of a slot, from the columns: a reference that names an entity
 * has that entity's id as its value; the object is read only for one that names nothing.
 */
function slotTargetIs(model: Model, slot: number, test: (network: string) => boolean): boolean {
  if (slot < 0) return false;
  const table = model.columns.dataSources;
  const vpc = table.vpc[slot] as number;
  const dataCenter = table.dataCenter[slot] as number;
  if (vpc === UNRESOLVED || dataCenter === UNRESOLVED)
    return targetIs(model.dataSources.at(slot), test);
  return (
    (vpc >= 0 && test(model.vpcs.at(vpc).id)) ||
    (dataCenter >= 0 && test(model.dataCenters.at(dataCenter).id))
  );
}

/** The entities of the slots `test` picks, made only for those. */
function slotsWhere<T extends Entity>(
  collection: Collection<T>,
  test: (slot: number) => boolean,
): T[] {
  const picked: T[] = [];
  for (let slot = 0; slot < collection.count; slot++)
    if (test(slot)) picked.push(collection.at(slot));
  return picked;
}

const bindingsWith = (rg: ResourceGroup | undefined, test: (binding: Binding) => boolean) =>
  rg?.bindings.some(test) ?? false;

/**
 * The networks whose paths an edit may change: those connected to the edited network (its
 * blocks are what connection and route findings compare), or, for a connection, to any
 * network it lists before or after the edit, in the graph before and after it.
 */
function networksAround(replacement: Replacement, before: Topology, after: Topology): Set<string> {
  const around = new Set<string>();
  const add = (topology: Topology, id: string) => {
    for (const network of topology.reachable(id).keys()) around.add(network);
  };
  if (replacement.section === 'connections') {
    for (const member of (replacement.old as Connection).members) add(before, member.value);
    for (const member of (replacement.new as Connection).members) add(after, member.value);
  } else {
    add(before, replacement.new.id);
    add(after, replacement.new.id);
  }
  return around;
}

/** What an edit of a network entity or resource group may change (see the file's comment). */
export function reachOf(
  replacement: Replacement,
  before: Topology,
  after: Topology,
  model: Model,
): Reach {
  const { section } = replacement;
  const id = replacement.new.id;
  if (section === 'dataSources' || section === 'tasks') return ONLY_ITSELF;
  if (section === 'resourceGroups') {
    // Its tasks' pairs, and task-kind-mismatch on those tasks. A task names it exactly when
    // its reference resolves to its slot (the id names it, and ids do not change).
    const groups = model.columns.tasks.resourceGroup;
    const group = model.resourceGroups.slotOf(id);
    const usedBy = (pair: PairEvaluation) => groups[pair.taskSlot] === group;
    const touched = slotsWhere(model.tasks, (slot) => groups[slot] === group);
    return { readsPair: usedBy, touched, owners: [] };
  }
  if (section === 'securityGroups') {
    // Bindings and ECS data sources that use it; and, since sg-vpc-mismatch offers the
    // groups of a VPC, those in the VPC it belonged to or belongs to.
    const vpcs = new Set(
      [replacement.old, replacement.new].flatMap((g) => (g as SecurityGroup).vpc?.value ?? []),
    );
    // A data source names it exactly when its reference resolves to its slot (see above).
    const table = model.columns.dataSources;
    const group = model.securityGroups.slotOf(id);
    const usesGroup = (rg: ResourceGroup | undefined, dsSlot: number) =>
      bindingsWith(rg, (b) => b.securityGroup?.value === id) ||
      (dsSlot >= 0 && table.securityGroup[dsSlot] === group);
    const inVpcs = (slot: number) => {
      const vpc = table.vpc[slot] as number;
      if (vpc >= 0) return vpcs.has(model.vpcs.at(vpc).id);
      if (vpc === ABSENT) return vpcs.has('');
      return vpcs.has(model.dataSources.at(slot).network?.vpc?.value ?? '');
    };
    const touched: PairOwner[] = [
      ...[...model.resourceGroups.byId.values()].filter(
        (rg) => usesGroup(rg, -1) || bindingsWith(rg, (b) => vpcs.has(b.vpc?.value ?? '')),
      ),
      ...slotsWhere(model.dataSources, (slot) => usesGroup(undefined, slot) || inVpcs(slot)),
    ];
    return { readsPair: (pair) => usesGroup(pair.rg, pair.dsSlot), touched, owners: touched };
  }
  // A VPC, a data center or a connection: what lies in or binds a network around it.
  const around = networksAround(replacement, before, after);
  const inAround = (network: string) => around.has(network);
  const bindsAround = (rg: ResourceGroup | undefined) =>
    bindingsWith(rg, (b) => b.vpc !== undefined && around.has(b.vpc.value));
  const groups = [...model.resourceGroups.byId.values()].filter(bindsAround);
  const dataSources = slotsWhere(model.dataSources, (slot) => slotTargetIs(model, slot, inAround));
  // Own findings read the network a data source is in, or a binding's VPC: only that one.
  const itself = (network: string) => network === id;
  const touched: Entity[] =
    section === 'connections'
      ? []
      : [
          ...groups.filter((rg) => bindingsWith(rg, (b) => b.vpc?.value === id)),
          ...[...model.securityGroups.byId.values()].filter((g) => g.vpc?.value === id),
          ...dataSources.filter((ds) => targetIs(ds, itself)),
        ];
  // A pair's data source and resource group are the same objects in both models: what a
  // pair reads is decided once per resource group (a few hundred), not once per pair.
  const groupReads = new Map<ResourceGroup, boolean>();
  return {
    readsPair: (pair) => {
      if (slotTargetIs(model, pair.dsSlot, inAround)) return true;
      const { rg } = pair;
      if (!rg) return false;
      let reads = groupReads.get(rg);
      if (reads === undefined) groupReads.set(rg, (reads = bindsAround(rg)));
      return reads;
    },
    touched,
    owners: [...groups, ...dataSources],
  };
}
