// Entities nothing needs: resource groups, data sources and security groups no reference
// names (any field of core/src/references.ts counts), connections no checked pair uses as
// its direct link (never one connection-type-mismatch flags: it connects nothing).
import { connectionProblem } from '../analysis/topology';
import type { Entity } from '../model';
import { referenceBinding } from './items';
import { pointerUnder } from '../model/entities';
import type { FindingDescription, Rule } from './rule';

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
    // Messages are worked out only for findings that are shown (the cap per file drops the rest).
    const report = (entity: Entity, describe: () => FindingDescription) =>
      context.report({
        node: entity.keyNode,
        pointer: entity.pointer,
        unnecessary: true,
        describe,
      });
    for (const rg of model.resourceGroups.byId.values()) {
      if (!named.has(rg))
        report(rg, () => ({ message: l10n.t('unused.resourceGroup', { rg: rg.id }) }));
    }
    const dataSources = model.dataSources;
    // By slot, from the rows: no data source object is made to be reported.
    for (let i = 0, count = dataSources.count; i < count; i++) {
      if (namedDataSources[i] === 1) continue;
      const id = dataSources.idAt(i);
      context.report({
        node: dataSources.keyNodeAt(i),
        pointer: pointerUnder('/dataSources', id),
        unnecessary: true,
        describe: () => ({ message: l10n.t('unused.dataSource', { ds: id }) }),
      });
    }
    for (const sg of model.securityGroups.byId.values()) {
      if (!named.has(sg))
        report(sg, () => ({ message: l10n.t('unused.securityGroup', { sg: sg.id }) }));
    }
    for (const connection of model.connections.byId.values()) {
      if (usedConnections.has(connection)) continue;
      // One the pairs would need, were its type able to join its members, says why not.
      const invalid = connectionProblem(connection, context.topology.network) !== undefined;
      report(connection, () => ({
        message: invalid
          ? l10n.t('unused.connection.invalid', { connection: connection.id })
          : l10n.t('unused.connection', { connection: connection.id }),
      }));
    }
  },
};
