// Which kinds of task each resource group type runs. Read by the task-kind-mismatch rule
// and by the connectivity analysis: a pair whose task cannot run on its group is not
// connected, whatever its network steps say.
import type { MessageKey } from '../l10n';
import type { ResourceGroup, ResourceGroupType, Task, TaskKind } from '../model';

export type OldVersionType = Exclude<ResourceGroupType, 'serverless'>;

/** Each old-version resource group runs one kind of task; serverless groups run all. */
export const RUNS: Record<OldVersionType, TaskKind> = {
  exclusiveDataIntegration: 'sync',
  exclusiveScheduling: 'schedule',
  exclusiveDataService: 'dataService',
};

/** The reference document's names of the old-version groups. */
export const GROUP_NAMES: Record<OldVersionType, MessageKey> = {
  exclusiveDataIntegration: 'groupName.exclusiveDataIntegration',
  exclusiveScheduling: 'groupName.exclusiveScheduling',
  exclusiveDataService: 'groupName.exclusiveDataService',
};

/** The name of a kind of task in running text ("sync" / "数据同步"). */
export const TASK_KIND_NAMES: Record<TaskKind, MessageKey> = {
  sync: 'taskKind.sync',
  schedule: 'taskKind.schedule',
  dataService: 'taskKind.dataService',
};

/** The kind of task `rg` runs when it cannot run `task`; undefined when it can (or when unknown). */
export function kindMismatch(task: Task, rg: ResourceGroup | undefined): TaskKind | undefined {
  return kindMismatchOf(task.kind, rg);
}

/** `kindMismatch` of a task of this kind (read from the tasks' columns). */
export function kindMismatchOf(
  kind: TaskKind | undefined,
  rg: ResourceGroup | undefined,
): TaskKind | undefined {
  if (!rg?.type || rg.type === 'serverless' || !kind) return undefined;
  const runs = RUNS[rg.type];
  return runs === kind ? undefined : runs;
}
