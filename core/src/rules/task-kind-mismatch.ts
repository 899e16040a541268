// Each old-version resource group runs one kind of task; serverless groups run all.
import { GROUP_NAMES, TASK_KIND_NAMES, kindMismatch } from '../analysis/taskKinds';
import type { Rule } from './rule';
import { targetOf } from '../references';

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
    const tasks = context.model.tasks;
    for (let i = 0; i < tasks.count; i++) {
      const task = tasks.at(i);
      if (!context.inScope(task)) continue;
      const ref = task.resourceGroup;
      const rg = targetOf(context.model, ref);
      const runs = kindMismatch(task, rg);
      if (!ref || !rg?.type || rg.type === 'serverless' || !runs) continue;
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
