// Ids are unique per collection: a second definition would silently shadow the first.
import type { Collection, Entity } from '../model';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'duplicate-id',
    description: 'An id is defined twice in the same collection.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    const m = context.model;
    const collections: Collection<Entity>[] = [
      m.accounts,
      m.vpcs,
      m.dataCenters,
      m.connections,
      m.securityGroups,
      m.resourceGroups,
      m.dataSources,
      m.tasks,
    ];
    const duplicates = [...collections.flatMap((c) => c.duplicates), ...m.nestedDuplicates];
    for (const entity of duplicates) {
      const collection = entity.pointer.slice(0, entity.pointer.lastIndexOf('/'));
      context.report({
        node: entity.keyNode,
        pointer: entity.pointer,
        message: context.l10n.t('duplicate-id.message', { id: entity.id, collection }),
      });
    }
  },
};
