// Every reference must name an entity of the right kind; the quick fix picks the closest id.
// Which fields are references, what they name and in what scope: core/src/references.ts.
import type { MessageKey } from '../l10n';
import type { EntityKind, Reference, Vpc } from '../model';
import { pathOf } from '../parse';
import {
  candidateIds,
  eachReferenceIn,
  type AnyEntity,
  resolve,
  scopeVpc,
  type Resolution,
} from '../references';
import { referenceBinding, type UnboundReference } from './items';
import { closest } from '../util/similar';
import type { Rule, RuleContext } from './rule';

/** The name in messages of what a reference names (a member: a VPC or data center). */
const KIND_NAMES: Partial<Record<EntityKind, MessageKey>> = {
  account: 'kind.account',
  vSwitch: 'kind.vSwitch',
  vpc: 'kind.vpc',
  securityGroup: 'kind.securityGroup',
  dataCenter: 'kind.dataCenter',
  resourceGroup: 'kind.resourceGroup',
  dataSource: 'kind.dataSource',
};

function kindName(kinds: readonly EntityKind[]): MessageKey {
  const single = kinds.length === 1 ? KIND_NAMES[kinds[0] as EntityKind] : undefined;
  return single ?? 'kind.network';
}

/** True when unknown-reference reports the reference (another rule may own the case). */
function unknown(reference: Reference, resolution: Resolution): boolean {
  if (resolution.status === 'missing') return true;
  return resolution.status === 'outOfScope' && reference.field.outOfScope === 'unknown-reference';
}

export const rule: Rule = {
  meta: {
    code: 'unknown-reference',
    description: 'A reference names no entity of the right kind.',
    defaultSeverity: 'error',
    fixable: true,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    // Nearly every reference resolves: only the others need to say why not.
    const { unbound } = referenceBinding(context.model);
    for (let i = 0; i < unbound.length; i++) {
      const { reference, holder, top } = unbound[i] as UnboundReference;
      if (top !== undefined && !context.inScope(top)) continue;
      const resolution = resolve(context.model, reference);
      if (unknown(reference, resolution)) reportUnknown(context, reference, resolution, holder);
    }
  },
};

/** Ids the owner already names in its other fields that must be distinct (no good replacement). */
function alreadyNamed(reference: Reference, owner: AnyEntity | undefined): ReadonlySet<string> {
  const named = new Set<string>();
  if (!reference.field.distinct || !owner) return named;
  eachReferenceIn(owner, reference.field.holder, (other) => {
    if (other.field.distinct && other.field.kinds[0] === reference.field.kinds[0])
      named.add(other.value);
  });
  return named;
}

/** The finding for a reference that names nothing, with the closest id as its fix. */
function reportUnknown(
  context: RuleContext,
  reference: Reference,
  resolution: Resolution,
  owner: AnyEntity | undefined,
): void {
  const exclude = alreadyNamed(reference, owner);
  const best = closest(
    reference.value,
    candidateIds(context.model, reference).filter((id) => !exclude.has(id)),
  );
  const scope: Vpc | undefined = scopeVpc(context.model, reference.scope);
  const elsewhere =
    scope && resolution.status === 'outOfScope'
      ? resolution.others.find((sw) => sw.vpc !== scope)
      : undefined;
  context.report({
    node: reference.node,
    pointer: reference.pointer,
    message: context.l10n.t('unknown-reference.message', {
      kind: context.l10n.t(kindName(reference.field.kinds)),
      id: reference.value,
      scope: scope?.id ?? 'none',
      owner: elsewhere?.vpc.id ?? 'none',
      best: best ?? 'none',
    }),
    fixes:
      best !== undefined
        ? [
            {
              title: context.l10n.t('fix.replaceWith', { value: best }),
              isPreferred: true,
              operations: [{ op: 'set', path: pathOf(reference.node), value: best }],
            },
          ]
        : [],
  });
}
