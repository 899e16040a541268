// A security group belongs to one VPC: a binding, or an ECS instance in a VPC, can only
// use a group of its own VPC.
import type { SecurityGroup, StringValue } from '../model';
import type { JsonPath } from '../types';
import { closest } from '../util/similar';
import type { RelatedInput, Rule, RuleContext } from './rule';

/** The security groups of `vpcId`, the one closest to `name` first. */
function groupsOf(context: RuleContext, vpcId: string, name: string): string[] {
  const ids: string[] = [];
  for (const group of context.model.securityGroups.byId.values())
    if (group.vpc?.value === vpcId) ids.push(group.id);
  const best = closest(name, ids);
  return ids.sort((a, b) => (a === best ? -1 : b === best ? 1 : 0));
}

interface Mismatch {
  group: SecurityGroup;
  /** The group's own `vpc` reference. */
  groupVpc: StringValue;
}

/** The group `ref` names, when it belongs to a known VPC other than `vpcId`. */
function mismatched(context: RuleContext, ref: StringValue, vpcId: string): Mismatch | undefined {
  const { model } = context;
  const group = model.securityGroups.byId.get(ref.value);
  const groupVpc = group?.vpc;
  // An unknown VPC on either side is unknown-reference's finding, not a mismatch.
  if (!group || !groupVpc || groupVpc.value === vpcId) return undefined;
  if (!model.vpcs.byId.has(vpcId) || !model.vpcs.byId.has(groupVpc.value)) return undefined;
  return { group, groupVpc };
}

function report(
  context: RuleContext,
  ref: StringValue,
  { group, groupVpc }: Mismatch,
  vpcId: string,
  user: string,
  path: JsonPath,
): void {
  const choices = groupsOf(context, vpcId, ref.value);
  const related: RelatedInput[] = [
    {
      message: `security group '${group.id}' belongs to VPC '${groupVpc.value}'`,
      node: groupVpc.node,
      pointer: groupVpc.pointer,
    },
  ];
  context.report({
    node: ref.node,
    pointer: ref.pointer,
    message:
      `Security group '${group.id}' belongs to VPC '${groupVpc.value}', not to VPC '${vpcId}' of ${user}: ` +
      `a security group belongs to one VPC.` +
      (choices.length > 0
        ? ` Use a security group of '${vpcId}': ${choices.map((c) => `'${c}'`).join(', ')}.`
        : ` VPC '${vpcId}' has no security group: add one to securityGroups.`),
    related,
    // A different group means different rules: applied unattended only when the VPC has
    // one group, so there is nothing to choose.
    fixes: choices.map((choice, i) => ({
      title: `Replace with '${choice}' (security group of '${vpcId}')`,
      isPreferred: i === 0 && choices.length === 1,
      operations: [{ op: 'set' as const, path, value: choice }],
    })),
  });
}

export const rule: Rule = {
  meta: {
    code: 'sg-vpc-mismatch',
    description:
      'A binding or an ECS-hosted data source uses a security group of another VPC than its own.',
    defaultSeverity: 'error',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const { model } = context;
    for (const rg of model.resourceGroups.byId.values()) {
      if (!context.inScope(rg)) continue;
      for (const binding of rg.bindings) {
        const ref = binding.securityGroup;
        const vpcId = binding.vpc?.value;
        if (!ref || vpcId === undefined) continue;
        const mismatch = mismatched(context, ref, vpcId);
        if (!mismatch) continue;
        report(
          context,
          ref,
          mismatch,
          vpcId,
          `binding ${binding.index} of resource group '${rg.id}'`,
          ['resourceGroups', rg.id, 'vpcBindings', binding.index, 'securityGroup'],
        );
      }
    }
    for (const ds of model.dataSources.byId.values()) {
      if (!context.inScope(ds)) continue;
      const ref = ds.securityGroup;
      const vpcId = ds.network?.type === 'vpc' ? ds.network.vpc?.value : undefined;
      if (ds.hosting !== 'ecs' || !ref || vpcId === undefined) continue;
      const mismatch = mismatched(context, ref, vpcId);
      if (!mismatch) continue;
      report(context, ref, mismatch, vpcId, `data source '${ds.id}' (hosted on ECS)`, [
        'dataSources',
        ds.id,
        'securityGroup',
      ]);
    }
  },
};
