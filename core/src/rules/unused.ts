// Entities nothing needs: resource groups, data sources and security groups no reference
// names (any field of core/src/references.ts counts), connections no checked pair uses as
// its direct link (never one connection-type-mismatch flags: it connects nothing).
import { connectionProblem } from '../analysis/topology';
import type { Entity, EntityKind } from '../model';
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
  visit(context) {
    const { model } = context;
    // The ids some reference names, of the kinds this rule reports on (a reference to a
    // network needs no set: every reference is visited, and most name networks).
    const usedGroups = new Set<string>();
    const usedSources = new Set<string>();
    const usedSecurityGroups = new Set<string>();
    const named: Partial<Record<EntityKind, Set<string>>> = {
      resourceGroup: usedGroups,
      dataSource: usedSources,
      securityGroup: usedSecurityGroups,
    };
    return {
      reference(reference) {
        const kinds = reference.field.kinds;
        // An index, not `for … of`: no iterator per reference before V8 optimises.
        for (let i = 0; i < kinds.length; i++) {
          const kind = kinds[i];
          if (kind !== undefined) named[kind]?.add(reference.value);
        }
      },
      end() {
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
          if (!usedGroups.has(rg.id)) report(rg, l10n.t('unused.resourceGroup', { rg: rg.id }));
        }
        // `forEach`: no iterator result per data source in code not yet optimised.
        model.dataSources.byId.forEach((ds) => {
          if (!usedSources.has(ds.id)) report(ds, l10n.t('unused.dataSource', { ds: ds.id }));
        });
        for (const sg of model.securityGroups.byId.values()) {
          if (!usedSecurityGroups.has(sg.id))
            report(sg, l10n.t('unused.securityGroup', { sg: sg.id }));
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
  },
};
