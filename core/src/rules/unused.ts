// Entities nothing needs: resource groups, data sources and security groups no reference
// names (any field of core/src/references.ts counts), connections no checked pair uses as
// its direct link (never one connection-type-mismatch flags: it connects nothing).
import { connectionProblem } from '../analysis/topology';
import type { Connection, Entity, Model, ResourceGroup, SecurityGroup } from '../model';
import type { Localizer } from '../l10n';
import { referenceBinding } from './items';
import { pointerUnder } from '../model/entities';
import type { FindingDescription, Rule, RuleContext } from './rule';

export const rule: Rule = {
  meta: {
    code: 'unused',
    description: 'A resource group, data source, security group or connection is not used.',
    defaultSeverity: 'hint',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'everything',
  // Glue called once per check: each loop is a function of its own. The loop over every data
  // source is small enough for V8 to optimise on smaller files already, and no compile takes
  // in all four loops and their reports: that one was made in the third check of the
  // benchmark's large file, while the check ran (issue 17).
  check(context) {
    const { model } = context;
    // The groups, data sources and security groups some reference names, bound once for this
    // rule and unknown-reference.
    const { named, namedDataSources } = referenceBinding(model);
    const usedConnections = context.connectivity().usedConnections;
    reportUnnamed(context, model.resourceGroups.byId, named, describeResourceGroup);
    reportUnnamedDataSources(context, model.dataSources, namedDataSources);
    reportUnnamed(context, model.securityGroups.byId, named, describeSecurityGroup);
    reportUnusedConnections(context, usedConnections);
  },
};

// Messages are worked out only for findings that are shown (the cap per file drops the rest).

function report(context: RuleContext, entity: Entity, describe: () => FindingDescription): void {
  context.report({ node: entity.keyNode, pointer: entity.pointer, unnecessary: true, describe });
}

function reportUnnamed<T extends Entity>(
  context: RuleContext,
  entities: ReadonlyMap<string, T>,
  named: ReadonlySet<Entity>,
  describe: (l10n: Localizer, entity: T) => FindingDescription,
): void {
  const { l10n } = context;
  for (const entity of entities.values())
    if (!named.has(entity)) report(context, entity, () => describe(l10n, entity));
}

function describeResourceGroup(l10n: Localizer, rg: ResourceGroup): FindingDescription {
  return { message: l10n.t('unused.resourceGroup', { rg: rg.id }) };
}

function describeSecurityGroup(l10n: Localizer, sg: SecurityGroup): FindingDescription {
  return { message: l10n.t('unused.securityGroup', { sg: sg.id }) };
}

/** By slot, from the rows: no data source object is made to be reported. */
function reportUnnamedDataSources(
  context: RuleContext,
  dataSources: Model['dataSources'],
  namedDataSources: Uint8Array,
): void {
  for (let i = 0; i < dataSources.count; i++)
    if (namedDataSources[i] !== 1) reportDataSource(context, dataSources, i);
}

function reportDataSource(
  context: RuleContext,
  dataSources: Model['dataSources'],
  slot: number,
): void {
  const { l10n } = context;
  const id = dataSources.idAt(slot);
  context.report({
    node: dataSources.keyNodeAt(slot),
    pointer: pointerUnder('/dataSources', id),
    unnecessary: true,
    describe: () => ({ message: l10n.t('unused.dataSource', { ds: id }) }),
  });
}

function reportUnusedConnections(
  context: RuleContext,
  usedConnections: ReadonlySet<Connection>,
): void {
  const { l10n } = context;
  for (const connection of context.model.connections.byId.values()) {
    if (usedConnections.has(connection)) continue;
    // One the pairs would need, were its type able to join its members, says why not.
    const invalid = connectionProblem(connection, context.topology.network) !== undefined;
    report(context, connection, () => ({
      message: invalid
        ? l10n.t('unused.connection.invalid', { connection: connection.id })
        : l10n.t('unused.connection', { connection: connection.id }),
    }));
  }
}
