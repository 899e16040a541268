// 0.0.0.0/0 in a whitelist admits every address: it hides what the data source needs.
import { pathOf } from '../parse';
import type { FixOperation } from '../types';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'whitelist-open',
    description: 'A whitelist contains 0.0.0.0/0, which allows every address.',
    defaultSeverity: 'warning',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'pairs',
  check(context) {
    let neededByDataSource: Map<string, string[]> | undefined;
    for (const ds of context.model.dataSources.byId.values()) {
      if (!context.inScope(ds)) continue;
      const whitelist = ds.whitelist ?? [];
      whitelist.forEach((entry) => {
        if (!entry.parsed.ok || entry.parsed.range.prefix !== 0) return;
        if (!neededByDataSource) {
          neededByDataSource = new Map();
          for (const pair of context.connectivity().pairs) {
            for (const step of pair.steps) {
              if (step.code !== 'whitelist-missing' || !step.add || !pair.ds) continue;
              const list = neededByDataSource.get(pair.ds.id) ?? [];
              for (const value of step.add) if (!list.includes(value)) list.push(value);
              neededByDataSource.set(pair.ds.id, list);
            }
          }
        }
        const needed = (neededByDataSource.get(ds.id) ?? []).filter(
          (n) => !whitelist.some((w) => w.value === n),
        );
        const operations: FixOperation[] = [
          ...needed.map((value): FixOperation => ({
            op: 'append',
            path: ['dataSources', ds.id, 'whitelist'],
            value,
          })),
          // Its own path: the model's list skips elements of the wrong type.
          { op: 'remove', path: pathOf(entry.node) },
        ];
        context.report({
          pairsOf: ds,
          node: entry.node,
          pointer: entry.pointer,
          message:
            `The whitelist of data source '${ds.id}' contains ${entry.value}, which allows every address.` +
            (needed.length > 0 ? ` The resource groups need only ${needed.join(', ')}.` : ''),
          fixes:
            needed.length > 0
              ? [
                  {
                    title: `Replace ${entry.value} with ${needed.join(', ')}`,
                    // It narrows who may connect: the user decides (SPEC §4 "Fix safety").
                    isPreferred: false,
                    operations,
                  },
                ]
              : [],
        });
      });
    }
  },
};
