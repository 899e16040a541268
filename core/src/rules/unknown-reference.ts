// Every reference must name an entity of the right kind; the quick fix picks the closest id.
import type { StringValue, Vpc } from '../model';
import { pathOf } from '../parse';
import { closest } from '../util/similar';
import type { Rule, RuleContext } from './rule';

interface Reference {
  value: StringValue;
  kind: string;
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

function* references(context: RuleContext): Generator<Reference> {
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
    if (model.defaults.account)
      yield { value: model.defaults.account, kind: 'account', lookup: accounts };
    for (const vpc of model.vpcs.byId.values()) {
      if (!context.inScope(vpc)) continue;
      if (vpc.account) yield { value: vpc.account, kind: 'account', lookup: accounts };
    }
    for (const rg of model.resourceGroups.byId.values()) {
      if (!context.inScope(rg)) continue;
      if (rg.account) yield { value: rg.account, kind: 'account', lookup: accounts };
    }
  }
  const networks = {
    candidates: () => [...model.vpcs.byId.keys(), ...model.dataCenters.byId.keys()],
    has: (id: string) => model.vpcs.byId.has(id) || model.dataCenters.byId.has(id),
  };
  for (const vpc of model.vpcs.byId.values()) {
    if (!context.inScope(vpc)) continue;
    for (const gw of vpc.natGateways.values()) {
      if (gw.vSwitch)
        yield {
          value: gw.vSwitch,
          kind: 'vSwitch',
          scope: vpc,
          lookup: lookup(vpc.vSwitches),
        };
      for (const entry of gw.snatEntries) {
        if (entry.source && !entry.source.cidr) {
          yield {
            value: entry.source,
            kind: 'vSwitch',
            scope: vpc,
            lookup: lookup(vpc.vSwitches),
          };
        }
      }
    }
  }
  for (const connection of model.connections.byId.values()) {
    if (!context.inScope(connection)) continue;
    // A replacement that is already a member would only make a duplicate.
    const listed = () => new Set(connection.members.map((m) => m.value));
    for (const member of connection.members) {
      yield { value: member, kind: 'VPC or data center', lookup: networks, exclude: listed };
    }
  }
  for (const sg of model.securityGroups.byId.values()) {
    if (!context.inScope(sg)) continue;
    if (sg.vpc) yield { value: sg.vpc, kind: 'VPC', lookup: lookup(model.vpcs.byId) };
  }
  for (const rg of model.resourceGroups.byId.values()) {
    if (!context.inScope(rg)) continue;
    for (const binding of rg.bindings) {
      if (binding.vpc) yield { value: binding.vpc, kind: 'VPC', lookup: lookup(model.vpcs.byId) };
      const vpc = binding.vpc ? model.vpcs.byId.get(binding.vpc.value) : undefined;
      // A vSwitch that exists in another VPC is binding-vswitch-mismatch, not unknown.
      if (binding.vSwitch && topology.vSwitchesById(binding.vSwitch.value).length === 0) {
        const candidates = vpc
          ? ids(vpc.vSwitches)
          : () => [...model.vpcs.byId.values()].flatMap((v) => [...v.vSwitches.keys()]);
        yield {
          value: binding.vSwitch,
          kind: 'vSwitch',
          scope: vpc,
          lookup: { candidates },
        };
      }
      if (binding.securityGroup) {
        yield {
          value: binding.securityGroup,
          kind: 'security group',
          lookup: lookup(model.securityGroups.byId),
        };
      }
    }
  }
  for (const ds of model.dataSources.byId.values()) {
    if (!context.inScope(ds)) continue;
    if (ds.network?.type === 'vpc' && ds.network.vpc) {
      yield { value: ds.network.vpc, kind: 'VPC', lookup: lookup(model.vpcs.byId) };
    }
    if (ds.network?.type === 'dataCenter' && ds.network.dataCenter) {
      yield {
        value: ds.network.dataCenter,
        kind: 'data center',
        lookup: lookup(model.dataCenters.byId),
      };
    }
    if (ds.securityGroup)
      yield {
        value: ds.securityGroup,
        kind: 'security group',
        lookup: lookup(model.securityGroups.byId),
      };
  }
  for (const task of model.tasks.byId.values()) {
    if (!context.inScope(task)) continue;
    if (task.resourceGroup) {
      yield {
        value: task.resourceGroup,
        kind: 'resource group',
        lookup: lookup(model.resourceGroups.byId),
      };
    }
    const named = () => new Set(task.dataSourceRefs.map((r) => r.value));
    for (const ref of task.dataSourceRefs) {
      yield {
        value: ref,
        kind: 'data source',
        lookup: lookup(model.dataSources.byId),
        exclude: named,
      };
    }
  }
}

function exists(reference: Reference): boolean {
  const { has, candidates } = reference.lookup;
  if (has) return has(reference.value.value);
  for (const candidate of candidates()) if (candidate === reference.value.value) return true;
  return false;
}

function unknownMessage(
  context: RuleContext,
  reference: Reference,
  best: string | undefined,
): string {
  const { value, kind, scope } = reference;
  const where = scope ? ` in VPC '${scope.id}'` : '';
  const elsewhere = scope
    ? context.topology.vSwitchesById(value.value).find((sw) => sw.vpc !== scope)
    : undefined;
  const note = elsewhere ? ` ('${value.value}' belongs to VPC '${elsewhere.vpc.id}')` : '';
  const suggestion =
    best !== undefined ? ` Did you mean '${best}'?` : ` No ${kind}${where} is defined.`;
  return `Unknown ${kind} '${value.value}'${where}${note}.${suggestion}`;
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
    for (const reference of references(context)) {
      if (exists(reference)) continue;
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
                  title: `Replace with '${best}'`,
                  isPreferred: true,
                  operations: [{ op: 'set', path: pathOf(value.node), value: best }],
                },
              ]
            : [],
      });
    }
  },
};
