// A security group belongs to one VPC: a binding, or an ECS instance in a VPC, can only
// use a group of its own VPC.
import type { Reference, SecurityGroup, StringValue } from '../model';
import type { JsonPath } from '../types';
import { closest } from '../util/similar';
import type { RelatedInput, Rule, RuleContext } from './rule';
import { targetOf } from '../references';
import { Net } from '../model/columns/dataSources';
import { HOSTINGS } from '../model/workloads';

/** `hosting` of an ECS data source in the columns. */
const ECS = HOSTINGS.indexOf('ecs') + 1;

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
function mismatched(
  context: RuleContext,
  ref: Reference<'securityGroup'>,
  vpcId: string,
): Mismatch | undefined {
  const { model } = context;
  const group = targetOf(model, ref);
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
      message: context.l10n.t('sg-vpc-mismatch.related', { sg: group.id, vpc: groupVpc.value }),
      node: groupVpc.node,
      pointer: groupVpc.pointer,
    },
  ];
  context.report({
    node: ref.node,
    pointer: ref.pointer,
    message: context.l10n.t(
      choices.length > 0 ? 'sg-vpc-mismatch.choices' : 'sg-vpc-mismatch.none',
      {
        sg: group.id,
        owner: groupVpc.value,
        vpc: vpcId,
        user,
        choices: context.l10n.list(choices.map((c) => context.l10n.t('quoted', { value: c }))),
      },
    ),
    related,
    // A different group means different rules: applied unattended only when the VPC has
    // one group, so there is nothing to choose.
    fixes: choices.map((choice, i) => ({
      title: context.l10n.t('sg-vpc-mismatch.fix', { choice, vpc: vpcId }),
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
          context.l10n.t('sg-vpc-mismatch.binding', { index: binding.index, rg: rg.id }),
          ['resourceGroups', rg.id, 'vpcBindings', binding.index, 'securityGroup'],
        );
      }
    }
    const dataSources = model.dataSources;
    const table = model.columns.dataSources;
    for (let i = 0, count = dataSources.count; i < count; i++) {
      // The columns first: only a group and a VPC that exist can mismatch (see `mismatched`),
      // and a data source's object is made only for a finding.
      const group = table.securityGroupOf(model, i);
      const vpc = table.networkType[i] === Net.Vpc ? table.vpcOf(model, i) : undefined;
      if (table.hosting[i] !== ECS || !group || !vpc || group.vpc?.value === vpc.id) continue;
      const ds = dataSources.at(i);
      const ref = ds.securityGroup;
      if (!ref || !context.inScope(ds)) continue;
      const vpcId = vpc.id;
      const mismatch = mismatched(context, ref, vpcId);
      if (!mismatch) continue;
      report(
        context,
        ref,
        mismatch,
        vpcId,
        context.l10n.t('sg-vpc-mismatch.dataSource', { ds: ds.id }),
        ['dataSources', ds.id, 'securityGroup'],
      );
    }
  },
};
