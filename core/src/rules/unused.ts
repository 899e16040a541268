// Entities nothing needs: resource groups, data sources and security groups no reference
// names (any field of core/src/references.ts counts), connections no checked pair uses as
// its direct link (never one connection-type-mismatch flags: it connects nothing).
import { connectionProblem } from '../analysis/topology';
import type { Entity } from '../model';
import { referenceBinding } from './items';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'unused',
    description: 'A resource group, data source, security group or connection is not used.',
    defaultSeverity: 'hint',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'everything',
  check(context) {
    const { model } = context;
    // The groups, data sources and security groups some reference names, bound once for this
    // rule and unknown-reference.
    const { named, namedDataSources } = referenceBinding(model);
    const usedConnections = context.connectivity().usedConnections;

    const { l10n } = context;
    const report = (entity: Entity, message: string) =>
      context.report({
        node: entity.keyNode,
        pointer: entity.pointer,
        message,
        unnecessary: true,
      });
    for (const rg of model.resourceGroups.byId.values()) {
      if (!named.has(rg)) report(rg, l10n.t('unused.resourceGroup', { rg: rg.id }));
    }
    const dataSources = model.dataSources;
    // By slot: a data source's object is made only to be reported.
    for (let i = 0; i < dataSources.count; i++) {
      if (namedDataSources[i] === 1) continue;
      const ds = dataSources.at(i);
      report(ds, l10n.t('unused.dataSource', { ds: ds.id }));
    }
    for (const sg of model.securityGroups.byId.values()) {
      if (!named.has(sg)) report(sg, l10n.t('unused.securityGroup', { sg: sg.id }));
    }
    for (const connection of model.connections.byId.values()) {
      if (usedConnections.has(connection)) continue;
      // One the pairs would need, were its type able to join its members, says why not.
      const invalid = connectionProblem(connection, context.topology.network) !== undefined;
      report(
        connection,
        invalid
          ? l10n.t('unused.connection.invalid', { connection: connection.id })
          : l10n.t('unused.connection', { connection: connection.id }),
      );
    }
  },
};
