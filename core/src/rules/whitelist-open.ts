// 0.0.0.0/0 in a whitelist admits every address: it hides what the data source needs.
import type { PairEvaluation, Step } from '../analysis/connectivity';
import { pathOf } from '../parse';
import type { CidrValue } from '../model';
import type { FixOperation } from '../types';
import type { Rule } from './rule';
import { DataSourceFlag } from '../model/columns/dataSources';

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
    const dataSources = context.model.dataSources;
    const table = context.model.columns.dataSources;
    for (let d = 0, count = dataSources.count; d < count; d++) {
      // The columns first: a data source's object is made only for a finding.
      if (((table.flags[d] as number) & DataSourceFlag.OpenEntry) === 0) continue;
      const ds = dataSources.at(d);
      const whitelist = ds.whitelist;
      if (!whitelist || !context.inScope(ds)) continue;
      // An index, not `forEach`: no closure per data source before V8 optimises.
      for (let i = 0; i < whitelist.length; i++) {
        const entry = whitelist[i] as CidrValue;
        if (!entry.parsed.ok || entry.parsed.range.prefix !== 0) continue;
        if (!neededByDataSource) {
          neededByDataSource = new Map();
          // Index loops: no iterator result per pair and step before V8 optimises.
          const pairs = context.connectivity().pairs;
          for (let p = 0; p < pairs.length; p++) {
            const pair = pairs[p] as PairEvaluation;
            const steps = pair.steps;
            for (let s = 0; s < steps.length; s++) {
              const step = steps[s] as Step;
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
          message: context.l10n.t('whitelist-open.message', {
            ds: ds.id,
            entry: entry.value,
            needed: needed.length > 0 ? context.l10n.list(needed) : 'none',
          }),
          fixes:
            needed.length > 0
              ? [
                  {
                    title: context.l10n.t('whitelist-open.fix', {
                      entry: entry.value,
                      needed: context.l10n.list(needed),
                    }),
                    // It narrows who may connect: the user decides (SPEC §4 "Fix safety").
                    isPreferred: false,
                    operations,
                  },
                ]
              : [],
        });
      }
    }
  },
};
