// Each old-version resource group runs one kind of task; serverless groups run all.
import { GROUP_NAMES, TASK_KIND_NAMES, kindMismatchOf } from '../analysis/taskKinds';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'task-kind-mismatch',
    description:
      'The task runs on an old-version resource group that does not run tasks of its kind.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'connectivity',
  },
  reads: 'ownEntity',
  check(context) {
    const { model } = context;
    const tasks = model.tasks;
    const table = model.columns.tasks;
    for (let i = 0, count = tasks.count; i < count; i++) {
      // The columns first: a task's object is made only for a finding.
      const group = table.resourceGroup[i] as number;
      const rg = group >= 0 ? model.resourceGroups.at(group) : undefined;
      const runs = kindMismatchOf(table.kindOf(i), rg);
      if (!rg?.type || rg.type === 'serverless' || !runs) continue;
      const task = tasks.at(i);
      const ref = task.resourceGroup;
      if (!ref || !context.inScope(task)) continue;
      context.report({
        node: ref.node,
        pointer: ref.pointer,
        message: context.l10n.t('task-kind-mismatch.message', {
          task: task.id,
          kind: task.kind ? context.l10n.t(TASK_KIND_NAMES[task.kind]) : '',
          rg: rg.id,
          group: context.l10n.t(GROUP_NAMES[rg.type]),
          runs: context.l10n.t(TASK_KIND_NAMES[runs]),
        }),
        related: [
          {
            message: context.l10n.t('related.resourceGroup', { rg: rg.id }),
            node: rg.keyNode,
            pointer: rg.pointer,
          },
        ],
      });
    }
  },
};
