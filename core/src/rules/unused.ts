// Entities nothing needs: resource groups and data sources no task names, security
// groups nothing references, connections no checked pair uses as its direct link (never
// one connection-type-mismatch flags: it connects nothing).
import { connectionProblem } from '../analysis/topology';
import type { Entity } from '../model';
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
    const usedGroups = new Set<string>();
    const usedSources = new Set<string>();
    for (const task of model.tasks.byId.values()) {
      if (task.resourceGroup) usedGroups.add(task.resourceGroup.value);
      for (const ref of task.dataSourceRefs) usedSources.add(ref.value);
    }
    const usedSecurityGroups = new Set<string>();
    for (const rg of model.resourceGroups.byId.values()) {
      for (const b of rg.bindings)
        if (b.securityGroup) usedSecurityGroups.add(b.securityGroup.value);
    }
    for (const ds of model.dataSources.byId.values())
      if (ds.securityGroup) usedSecurityGroups.add(ds.securityGroup.value);
    const usedConnections = context.connectivity().usedConnections;

    const { l10n } = context;
    const report = (entity: Entity, message: string) =>
      context.report({ node: entity.keyNode, pointer: entity.pointer, message, unnecessary: true });
    for (const rg of model.resourceGroups.byId.values()) {
      if (!usedGroups.has(rg.id)) report(rg, l10n.t('unused.resourceGroup', { rg: rg.id }));
    }
    for (const ds of model.dataSources.byId.values()) {
      if (!usedSources.has(ds.id)) report(ds, l10n.t('unused.dataSource', { ds: ds.id }));
    }
    for (const sg of model.securityGroups.byId.values()) {
      if (!usedSecurityGroups.has(sg.id)) report(sg, l10n.t('unused.securityGroup', { sg: sg.id }));
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
