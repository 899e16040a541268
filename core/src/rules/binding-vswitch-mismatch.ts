// A binding's vSwitch must belong to the bound VPC.
import type { Rule } from './rule';
import { closest } from '../util/similar';
import { targetOf } from '../references';

export const rule: Rule = {
  meta: {
    code: 'binding-vswitch-mismatch',
    description: "A binding's vSwitch belongs to another VPC than the bound one.",
    defaultSeverity: 'error',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'networks',
  check(context) {
    const { model, topology } = context;
    for (const rg of model.resourceGroups.byId.values()) {
      for (const binding of rg.bindings) {
        const vpc = targetOf(model, binding.vpc);
        const ref = binding.vSwitch;
        if (!vpc || !ref || vpc.vSwitches.has(ref.value)) continue;
        const elsewhere = topology.vSwitchesById(ref.value);
        const owner = elsewhere[0];
        if (!owner) continue;
        const best = closest(ref.value, vpc.vSwitches.keys());
        const choices = [...vpc.vSwitches.keys()].sort((a, b) =>
          a === best ? -1 : b === best ? 1 : 0,
        );
        context.report({
          node: ref.node,
          pointer: ref.pointer,
          message: context.l10n.t(
            choices.length > 0
              ? 'binding-vswitch-mismatch.choices'
              : 'binding-vswitch-mismatch.none',
            {
              vSwitch: ref.value,
              owner: owner.vpc.id,
              vpc: vpc.id,
              rg: rg.id,
              choices: context.l10n.list(
                choices.map((c) => context.l10n.t('quoted', { value: c })),
              ),
            },
          ),
          fixes: choices.map((choice, i) => ({
            title: context.l10n.t('binding-vswitch-mismatch.fix', { choice, vpc: vpc.id }),
            isPreferred: i === 0,
            operations: [
              {
                op: 'set' as const,
                path: ['resourceGroups', rg.id, 'vpcBindings', binding.index, 'vSwitch'],
                value: choice,
              },
            ],
          })),
        });
      }
    }
  },
};
