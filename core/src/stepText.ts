// The connectivity analysis in words, for explain, hovers and the graph's edge labels:
// each step in the reference document's words, with concrete values, and the scenarios'
// titles. The analysis itself (core/src/analysis/) carries values only.
import { localizer, type Localizer, type MessageKey } from './l10n';
import type { PairEvaluation, Scenario } from './analysis/connectivity';
import type { Step } from './analysis/steps';
import type { ResourceGroup, Task, TaskKind } from './model';
import { GROUP_NAMES, RUNS, TASK_KIND_NAMES, type OldVersionType } from './analysis/taskKinds';

/**
 * A step in the reference document's words, with concrete values. Written only when shown
 * (hover, explain, the code lens command): a large topology has tens of thousands of
 * steps, and their texts, built eagerly, were a sixth of the analysis's memory.
 */
export function describeStep(
  pair: PairEvaluation,
  step: Step,
  l10n: Localizer = localizer(),
): string {
  const dsId = pair.ds?.id ?? pair.dataSourceRefNode.value;
  const rgId = pair.rg?.id ?? '';
  switch (step.code) {
    case 'classic-network':
      return l10n.t('step.classic-network', { ds: dsId });
    case 'binding-out-of-scope':
      return l10n.t('step.binding-out-of-scope', { vpc: step.vpc.id });
    case 'binding-vpc-unsupported':
      return l10n.t('step.binding-vpc-unsupported', { vpc: step.vpc.id });
    case 'connection-missing': {
      const toVpc = step.target.kind === 'vpc';
      return l10n.t(toVpc ? 'step.connection-missing.vpc' : 'step.connection-missing.dataCenter', {
        vpc: step.vpc.id,
        target: step.target.id,
      });
    }
    case 'route-missing':
      return l10n.t('step.route-missing', {
        needed: step.needed ?? l10n.t('step.route-missing.target', { target: step.target.id }),
        vpc: step.vpc.id,
      });
    case 'whitelist-missing': {
      const params = {
        count: step.add.length,
        needed: step.needed,
        vSwitch: step.vSwitch?.id ?? '',
        ds: dsId,
      };
      return step.publicIp !== undefined
        ? l10n.t('step.whitelist-missing.eip', params)
        : l10n.t('step.whitelist-missing.vSwitch', params);
    }
    case 'rg-sg-egress-missing':
      return l10n.t('step.rg-sg-egress-missing', {
        address: pair.ds?.network?.address?.value ?? '',
        port: step.port ?? '',
        type: step.securityGroup.type ?? '',
        sg: step.securityGroup.id,
      });
    case 'rg-sg-ingress-missing':
      return l10n.t('step.rg-sg-ingress-missing', {
        needed: step.needed,
        sg: step.securityGroup.id,
      });
    case 'ds-sg-ingress-missing':
      return l10n.t('step.ds-sg-ingress-missing', {
        needed: step.needed,
        port: step.port ?? '',
        sg: step.securityGroup.id,
      });
    case 'vpc-not-associated':
      return step.bindTo
        ? l10n.t('step.vpc-not-associated.vpc', { rg: rgId, vpc: step.bindTo.vpc.id })
        : l10n.t('step.vpc-not-associated.any', { rg: rgId });
    case 'binding-vswitch-mismatch':
    case 'unknown-reference':
      return l10n.t('step.vswitch', {
        vpc: step.vpc.id,
        index: step.binding.index,
        rg: rgId,
        vSwitch: step.binding.vSwitch?.value ?? '',
      });
    case 'sg-vpc-mismatch':
      return l10n.t('step.sg-vpc-mismatch', {
        vpc: step.vpc.id,
        sg: step.securityGroup.id,
        owner: step.securityGroup.vpc?.value ?? '',
      });
    case 'snat-eip-unknown':
      return l10n.t('step.snat-eip-unknown', { nat: step.gateway.id, eip: step.needed });
    case 'address-not-public':
      return l10n.t('step.address-not-public', {
        ds: dsId,
        address: pair.ds?.network?.address?.value ?? '',
      });
    case 'ip-invalid':
      return l10n.t('step.ip-invalid', { eip: pair.rg?.eip?.value ?? '', rg: rgId });
    case 'eip-missing':
      return l10n.t('step.eip-missing', { rg: rgId });
    case 'nat-missing':
      return l10n.t('step.nat-missing', { vpc: step.vpc.id });
    case 'nat-no-eip':
      return l10n.t('step.nat-no-eip', { nat: step.gateway.id });
    case 'task-kind-mismatch':
      return runnableStepText(pair.task, pair.rg, step.runs, l10n);
    case 'snat-missing':
      return l10n.t('step.snat-missing', {
        vSwitch: step.vSwitch?.id ?? step.binding.vSwitch?.value ?? '?',
        nat: step.gateway.id,
      });
  }
}

export const SCENARIO_TITLES: Record<Scenario, MessageKey> = {
  1: 'scenario.1',
  2: 'scenario.2',
  3: 'scenario.3',
  4: 'scenario.4',
  5: 'scenario.5',
};
export const CLASSIC_TITLE: MessageKey = 'scenario.classic';

/** The step that makes a task runnable, in the reference document's names of the groups. */
function runnableStepText(
  task: Task,
  rg: ResourceGroup | undefined,
  runs: TaskKind,
  l10n: Localizer,
): string {
  const kind = task.kind ?? runs;
  const matching = (Object.keys(RUNS) as OldVersionType[]).find((type) => RUNS[type] === kind);
  return l10n.t('step.runnable', {
    kind: l10n.t(TASK_KIND_NAMES[kind]),
    task: task.id,
    alternative: matching ? l10n.t(GROUP_NAMES[matching]) : 'none',
    rg: rg?.id ?? '',
    runs: l10n.t(TASK_KIND_NAMES[runs]),
  });
}
