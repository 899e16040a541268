// Each old-version resource group runs one kind of task; serverless groups run all.
import { GROUP_NAMES, kindMismatch } from '../analysis/taskKinds';
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
    for (const task of context.model.tasks.byId.values()) {
      if (!context.inScope(task)) continue;
      const ref = task.resourceGroup;
      const rg = ref ? context.model.resourceGroups.byId.get(ref.value) : undefined;
      const runs = kindMismatch(task, rg);
      if (!ref || !rg?.type || rg.type === 'serverless' || !runs) continue;
      context.report({
        node: ref.node,
        pointer: ref.pointer,
        message:
          `Task '${task.id}' is a ${task.kind} task, but '${rg.id}' is an ${GROUP_NAMES[rg.type]}, which runs only ${runs} tasks. ` +
          'Use a serverless resource group (it runs every kind of task) or a group of the matching type.',
        related: [{ message: `resource group '${rg.id}'`, node: rg.keyNode, pointer: rg.pointer }],
      });
    }
  },
};
