// Every reference must name an entity of the right kind; the quick fix picks the closest id.
import type { MessageKey } from '../l10n';
import type { StringValue, Vpc } from '../model';
import { pathOf } from '../parse';
import { closest } from '../util/similar';
import type { Rule, RuleContext } from './rule';

/** The kinds of entity a reference names, and their names in messages. */
const KIND_NAMES = {
  account: 'kind.account',
  vSwitch: 'kind.vSwitch',
  'VPC or data center': 'kind.network',
  VPC: 'kind.vpc',
  'security group': 'kind.securityGroup',
  'data center': 'kind.dataCenter',
  'resource group': 'kind.resourceGroup',
  'data source': 'kind.dataSource',
} as const satisfies Record<string, MessageKey>;
type ReferenceKind = keyof typeof KIND_NAMES;

interface Reference {
  value: StringValue;
  kind: ReferenceKind;
  /** The VPC whose vSwitches the reference must name. */
  scope?: Vpc;
  lookup: Lookup;
  /** Ids that exist but are no good replacement (computed only for unknown references). */
  exclude?: () => ReadonlySet<string>;
}

interface Lookup {
  candidates: () => Iterable<string>;
  /** A fast membership test, where the candidates come from one map. */
  has?: (id: string) => boolean;
}

/**
 * Calls `visit` with every reference of the topology. A callback rather than a generator
 * or a list of objects: a large topology has tens of thousands of references, nearly all
 * of which exist, and only the unknown ones need a Reference.
 */
function eachReference(
  context: RuleContext,
  visit: (
    value: StringValue,
    kind: ReferenceKind,
    lookup: Lookup,
    scope?: Vpc,
    exclude?: () => ReadonlySet<string>,
  ) => void,
): void {
  const { model, topology } = context;
  const ids =
    <T>(map: Map<string, T>) =>
    () =>
      map.keys();
  // One lookup per map, shared by all its references (this loop sees every reference).
  const lookups = new Map<Map<string, unknown>, Lookup>();
  const lookup = <T>(map: Map<string, T>) => {
    let found = lookups.get(map);
    if (!found)
      lookups.set(map, (found = { candidates: ids(map), has: (id: string) => map.has(id) }));
    return found;
  };
  if (model.accounts.present) {
    const accounts = lookup(model.accounts.byId);
    if (model.defaults.account) visit(model.defaults.account, 'account', accounts);
    for (const vpc of model.vpcs.byId.values()) {
      if (!context.inScope(vpc)) continue;
      if (vpc.account) visit(vpc.account, 'account', accounts);
    }
    for (const rg of model.resourceGroups.byId.values()) {
      if (!context.inScope(rg)) continue;
      if (rg.account) visit(rg.account, 'account', accounts);
    }
  }
  const networks = {
    candidates: () => [...model.vpcs.byId.keys(), ...model.dataCenters.byId.keys()],
    has: (id: string) => model.vpcs.byId.has(id) || model.dataCenters.byId.has(id),
  };
  for (const vpc of model.vpcs.byId.values()) {
    if (!context.inScope(vpc)) continue;
    for (const gw of vpc.natGateways.values()) {
      if (gw.vSwitch) visit(gw.vSwitch, 'vSwitch', lookup(vpc.vSwitches), vpc);
      for (const entry of gw.snatEntries) {
        if (entry.source && !entry.source.cidr) {
          visit(entry.source, 'vSwitch', lookup(vpc.vSwitches), vpc);
        }
      }
    }
  }
  for (const connection of model.connections.byId.values()) {
    if (!context.inScope(connection)) continue;
    // A replacement that is already a member would only make a duplicate.
    const listed = () => new Set(connection.members.map((m) => m.value));
    for (const member of connection.members) {
      visit(member, 'VPC or data center', networks, undefined, listed);
    }
  }
  for (const sg of model.securityGroups.byId.values()) {
    if (!context.inScope(sg)) continue;
    if (sg.vpc) visit(sg.vpc, 'VPC', lookup(model.vpcs.byId));
  }
  for (const rg of model.resourceGroups.byId.values()) {
    if (!context.inScope(rg)) continue;
    for (const binding of rg.bindings) {
      if (binding.vpc) visit(binding.vpc, 'VPC', lookup(model.vpcs.byId));
      const vpc = binding.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;
      // A vSwitch that exists in another VPC is binding-vswitch-mismatch, not unknown.
      if (binding.vSwitch && topology.vSwitchesById(binding.vSwitch.value).length === 0) {
        const candidates = vpc
          ? ids(vpc.vSwitches)
          : () => [...model.vpcs.byId.values()].flatMap((v) => [...v.vSwitches.keys()]);
        visit(binding.vSwitch, 'vSwitch', { candidates }, vpc);
      }
      if (binding.securityGroup) {
        visit(binding.securityGroup, 'security group', lookup(model.securityGroups.byId));
      }
    }
  }
  for (const ds of model.dataSources.byId.values()) {
    if (!context.inScope(ds)) continue;
    if (ds.network?.type === 'vpc' && ds.network.vpc) {
      visit(ds.network.vpc, 'VPC', lookup(model.vpcs.byId));
    }
    if (ds.network?.type === 'dataCenter' && ds.network.dataCenter) {
      visit(ds.network.dataCenter, 'data center', lookup(model.dataCenters.byId));
    }
    if (ds.securityGroup)
      visit(ds.securityGroup, 'security group', lookup(model.securityGroups.byId));
  }
  for (const task of model.tasks.byId.values()) {
    if (!context.inScope(task)) continue;
    if (task.resourceGroup) {
      visit(task.resourceGroup, 'resource group', lookup(model.resourceGroups.byId));
    }
    const named = () => new Set(task.dataSourceRefs.map((r) => r.value));
    for (const ref of task.dataSourceRefs) {
      visit(ref, 'data source', lookup(model.dataSources.byId), undefined, named);
    }
  }
}

function exists(id: string, { has, candidates }: Lookup): boolean {
  if (has) return has(id);
  for (const candidate of candidates()) if (candidate === id) return true;
  return false;
}

function unknownMessage(
  context: RuleContext,
  reference: Reference,
  best: string | undefined,
): string {
  const { value, kind, scope } = reference;
  const elsewhere = scope
    ? context.topology.vSwitchesById(value.value).find((sw) => sw.vpc !== scope)
    : undefined;
  return context.l10n.t('unknown-reference.message', {
    kind: context.l10n.t(KIND_NAMES[kind]),
    id: value.value,
    scope: scope?.id ?? 'none',
    owner: elsewhere?.vpc.id ?? 'none',
    best: best ?? 'none',
  });
}

export const rule: Rule = {
  meta: {
    code: 'unknown-reference',
    description: 'A reference names no entity of the right kind.',
    defaultSeverity: 'error',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    eachReference(context, (value, kind, lookup, scope, exclude) => {
      if (exists(value.value, lookup)) return;
      reportUnknown(context, { value, kind, lookup, scope, exclude });
    });
  },
};

/** The finding for a reference that names nothing, with the closest id as its fix. */
function reportUnknown(context: RuleContext, reference: Reference): void {
  const { value } = reference;
  const exclude = reference.exclude?.();
  const best = closest(
    value.value,
    exclude
      ? [...reference.lookup.candidates()].filter((c) => !exclude.has(c))
      : reference.lookup.candidates(),
  );
  context.report({
    node: value.node,
    pointer: value.pointer,
    message: unknownMessage(context, reference, best),
    fixes:
      best !== undefined
        ? [
            {
              title: context.l10n.t('fix.replaceWith', { value: best }),
              isPreferred: true,
              operations: [{ op: 'set', path: pathOf(value.node), value: best }],
            },
          ]
        : [],
  });
}
