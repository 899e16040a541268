// What an edit of a network entity (a VPC with its vSwitches and NAT gateways, a data
// center, a connection, a security group) or of a resource group can change besides itself:
// the pairs whose evaluation may read it, the entities whose own findings may read it, and
// the entities whose pairs' findings may. A superset is safe (more is checked again); the
// differential test (core/test/incremental.test.ts) holds the result to the full analysis.
import type { PairEvaluation } from '../analysis/connectivity';
import type { Topology } from '../analysis/topology';
import type {
  Binding,
  Connection,
  DataSource,
  Entity,
  Model,
  ResourceGroup,
  SecurityGroup,
} from '../model';
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

/** The networks a data source is reached in (both, should it name a VPC and a data center). */
function targetsOf(ds: DataSource | undefined): (string | undefined)[] {
  return [ds?.network?.vpc?.value, ds?.network?.dataCenter?.value];
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
    // Its tasks' pairs, and task-kind-mismatch on those tasks.
    const usedBy = (pair: PairEvaluation) => pair.task.resourceGroup?.value === id;
    const touched = [...model.tasks.byId.values()].filter((t) => t.resourceGroup?.value === id);
    return { readsPair: usedBy, touched, owners: [] };
  }
  if (section === 'securityGroups') {
    // Bindings and ECS data sources that use it; and, since sg-vpc-mismatch offers the
    // groups of a VPC, those in the VPC it belonged to or belongs to.
    const vpcs = new Set(
      [replacement.old, replacement.new].flatMap((g) => (g as SecurityGroup).vpc?.value ?? []),
    );
    const usesGroup = (rg: ResourceGroup | undefined, ds: DataSource | undefined) =>
      bindingsWith(rg, (b) => b.securityGroup?.value === id) || ds?.securityGroup?.value === id;
    const touched: PairOwner[] = [
      ...[...model.resourceGroups.byId.values()].filter(
        (rg) => usesGroup(rg, undefined) || bindingsWith(rg, (b) => vpcs.has(b.vpc?.value ?? '')),
      ),
      ...[...model.dataSources.byId.values()].filter(
        (ds) => usesGroup(undefined, ds) || vpcs.has(ds.network?.vpc?.value ?? ''),
      ),
    ];
    return { readsPair: (pair) => usesGroup(pair.rg, pair.ds), touched, owners: touched };
  }
  // A VPC, a data center or a connection: what lies in or binds a network around it.
  const around = networksAround(replacement, before, after);
  const inAround = (network: string | undefined) => network !== undefined && around.has(network);
  const bindsAround = (rg: ResourceGroup | undefined) =>
    bindingsWith(rg, (b) => inAround(b.vpc?.value));
  const groups = [...model.resourceGroups.byId.values()].filter(bindsAround);
  const dataSources = [...model.dataSources.byId.values()].filter((ds) =>
    targetsOf(ds).some(inAround),
  );
  // Own findings read the network a data source is in, or a binding's VPC: only that one.
  const itself = (network: string | undefined) => network === id;
  const touched: Entity[] =
    section === 'connections'
      ? []
      : [
          ...groups.filter((rg) => bindingsWith(rg, (b) => itself(b.vpc?.value))),
          ...[...model.securityGroups.byId.values()].filter((g) => itself(g.vpc?.value)),
          ...dataSources.filter((ds) => targetsOf(ds).some(itself)),
        ];
  return {
    readsPair: (pair) => targetsOf(pair.ds).some(inAround) || bindsAround(pair.rg),
    touched,
    owners: [...groups, ...dataSources],
  };
}
