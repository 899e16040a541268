// The ids of a document and every reference to them, built once per analysis and shared
// by hover, navigation, symbols and completion. References are typed: a string names
// an entity of one kind (a vSwitch id also within one VPC); the same id in another
// collection is another entity.
import type { PairEvaluation } from '../analysis/connectivity';
import type {
  Collection,
  Entity,
  EntityOf,
  Model,
  Reference as ModelReference,
  Task,
} from '../model';
import type { Node } from '../parse';
import { eachReference, scopeId, TOP_LEVEL_COLLECTIONS } from '../references';
import type { Analysis } from '../validate';
import type { EntityKind } from './types';

export type { EntityOf };

export interface Declaration {
  kind: EntityKind;
  id: string;
  /** The VPC id for vSwitches and NAT gateways (their ids are unique per VPC); '' otherwise. */
  scope: string;
  keyNode: Node;
  entity: Entity;
  /** False for a later definition of an id already defined (a `duplicate-id`). */
  primary: boolean;
}

export interface Reference {
  /** The kinds the string may name, in the order they are tried (members: VPC, data center). */
  kinds: readonly EntityKind[];
  scope: string;
  value: ModelReference;
  /** The entity named, when the reference resolves. */
  target?: Declaration;
  /** The entity whose property holds the reference. */
  owner: Entity | undefined;
}

export interface LanguageIndex {
  model: Model;
  declarations: Declaration[];
  references: Reference[];
  /** Key nodes of declarations and string nodes of references. */
  byNode: Map<Node, Declaration | Reference>;
  declarationsOf(kind: EntityKind, scope: string, id: string): Declaration[];
  referencesOf(kind: EntityKind, scope: string, id: string): Reference[];
  /** Primary declarations of a kind (within a scope for vSwitches and NAT gateways). */
  primaries(kind: EntityKind, scope?: string): Declaration[];
  /** The primary declaration of a model entity. */
  declarationOf(entity: Entity): Declaration | undefined;
  pairsByTask: Map<Task, PairEvaluation[]>;
  pairsByDataSource: Map<string, PairEvaluation[]>;
}

export const KIND_LABELS: Record<EntityKind, string> = {
  account: 'account',
  vpc: 'VPC',
  vSwitch: 'vSwitch',
  natGateway: 'NAT gateway',
  dataCenter: 'data center',
  connection: 'connection',
  securityGroup: 'security group',
  resourceGroup: 'resource group',
  dataSource: 'data source',
  task: 'task',
};

/** The top-level collection of each kind (vSwitches and NAT gateways live in a VPC). */
export const COLLECTION_OF: Record<EntityKind, string> = {
  ...TOP_LEVEL_COLLECTIONS,
  vSwitch: 'vSwitches',
  natGateway: 'natGateways',
};

export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** What a reference must name, in words ("vSwitch of VPC 'vpc-hz'", "VPC or data center"). */
export function referenceLabel(reference: Pick<Reference, 'kinds' | 'scope'>): string {
  const words = reference.kinds.map((k) => KIND_LABELS[k]).join(' or ');
  return reference.kinds[0] === 'vSwitch' && reference.scope !== ''
    ? `${words} of VPC '${reference.scope}'`
    : words;
}

const keyOf = (kind: EntityKind, scope: string, id: string): string =>
  `${kind}\u0000${scope}\u0000${id}`;

const scoped = (kind: EntityKind): boolean => kind === 'vSwitch' || kind === 'natGateway';

const cache = new WeakMap<Analysis, LanguageIndex | null>();

/** The index of an analysis, built on first use; undefined when the text has no tree. */
export function languageIndex(analysis: Analysis): LanguageIndex | undefined {
  const cached = cache.get(analysis);
  if (cached !== undefined) return cached ?? undefined;
  const index = analysis.model ? buildIndex(analysis, analysis.model) : undefined;
  cache.set(analysis, index ?? null);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(analysis: Analysis, model: Model): LanguageIndex {
  const declarations: Declaration[] = [];
  const references: Reference[] = [];
  const byNode = new Map<Node, Declaration | Reference>();
  const declarationsByKey = new Map<string, Declaration[]>();
  const referencesByKey = new Map<string, Reference[]>();
  const primariesByKind = new Map<string, Declaration[]>();
  const byEntity = new Map<Entity, Declaration>();

  const declare = (kind: EntityKind, entity: Entity, scope: string, primary: boolean): void => {
    const declaration: Declaration = {
      kind,
      id: entity.id,
      scope,
      keyNode: entity.keyNode,
      entity,
      primary,
    };
    declarations.push(declaration);
    byNode.set(entity.keyNode, declaration);
    push(declarationsByKey, keyOf(kind, scope, entity.id), declaration);
    if (primary) {
      byEntity.set(entity, declaration);
      push(primariesByKind, scoped(kind) ? `${kind}\u0000${scope}` : kind, declaration);
    }
  };

  // Declarations first, so that references can resolve to them.
  const all = <T extends Entity>(collection: Collection<T>) =>
    [...collection.byId.values()]
      .map((entity) => ({ entity, primary: true }))
      .concat(collection.duplicates.map((entity) => ({ entity, primary: false })));
  for (const { entity, primary } of all(model.accounts)) declare('account', entity, '', primary);
  for (const { entity: vpc, primary } of all(model.vpcs)) {
    declare('vpc', vpc, '', primary);
    // The nested entities of a duplicate VPC are never used: none of them is primary.
    for (const sw of vpc.vSwitches.values()) declare('vSwitch', sw, vpc.id, primary);
    for (const gw of vpc.natGateways.values()) declare('natGateway', gw, vpc.id, primary);
  }
  // Later definitions of a vSwitch or NAT gateway id within one VPC.
  for (const entity of model.nestedDuplicates) {
    declare('snatEntries' in entity ? 'natGateway' : 'vSwitch', entity, entity.vpc.id, false);
  }
  for (const { entity, primary } of all(model.dataCenters))
    declare('dataCenter', entity, '', primary);
  for (const { entity, primary } of all(model.connections))
    declare('connection', entity, '', primary);
  for (const { entity, primary } of all(model.securityGroups))
    declare('securityGroup', entity, '', primary);
  for (const { entity, primary } of all(model.resourceGroups))
    declare('resourceGroup', entity, '', primary);
  for (const { entity, primary } of all(model.dataSources))
    declare('dataSource', entity, '', primary);
  for (const { entity, primary } of all(model.tasks)) declare('task', entity, '', primary);

  const resolve = (kinds: readonly EntityKind[], scope: string, id: string) => {
    for (const kind of kinds) {
      const found = declarationsByKey.get(keyOf(kind, scope, id))?.find((d) => d.primary);
      if (found) return found;
    }
    return undefined;
  };
  const refer = (reference: ModelReference, owner: Entity | undefined): void => {
    const { kinds } = reference.field;
    const scope = scopeId(reference);
    const target = resolve(kinds, scope, reference.value);
    const entry: Reference = { kinds, scope, value: reference, target, owner };
    references.push(entry);
    byNode.set(reference.node, entry);
    if (target) push(referencesByKey, keyOf(target.kind, scope, reference.value), entry);
    else
      for (const kind of kinds) push(referencesByKey, keyOf(kind, scope, reference.value), entry);
  };
  // Every field of the reference table, duplicates' too (they can be renamed and navigated).
  eachReference(model, refer, { duplicates: true });

  const pairsByTask = new Map<Task, PairEvaluation[]>();
  const pairsByDataSource = new Map<string, PairEvaluation[]>();
  for (const pair of analysis.connectivity?.pairs ?? []) {
    push(pairsByTask, pair.task, pair);
    push(pairsByDataSource, pair.dataSourceRefNode.value, pair);
  }

  return {
    model,
    declarations,
    references,
    byNode,
    declarationsOf: (kind, scope, id) => declarationsByKey.get(keyOf(kind, scope, id)) ?? [],
    referencesOf: (kind, scope, id) => referencesByKey.get(keyOf(kind, scope, id)) ?? [],
    primaries: (kind, scope = '') =>
      primariesByKind.get(scoped(kind) ? `${kind}\u0000${scope}` : kind) ?? [],
    declarationOf: (entity) => byEntity.get(entity),
    pairsByTask,
    pairsByDataSource,
  };
}

/**
 * The string token under an offset (quotes included), or the one that ends right before
 * it, as an editor's cursor after a closing quote still means that token.
 */
export function stringNodeAt(root: Node | undefined, offset: number): Node | undefined {
  const node = leafAt(root, offset);
  if (node?.type === 'string') return node;
  const before = leafAt(root, offset - 1);
  return before?.type === 'string' && before.offset + before.length === offset ? before : undefined;
}

/** The deepest node whose text holds the character at `offset`. Iterative. */
export function leafAt(root: Node | undefined, offset: number): Node | undefined {
  if (!root || !Number.isFinite(offset)) return undefined;
  if (offset < root.offset || offset >= root.offset + root.length) return undefined;
  let current: Node = root;
  for (;;) {
    const children: Node[] = current.children ?? [];
    // Children are in text order: binary search for the last one starting at or before offset.
    let low = 0;
    let high = children.length - 1;
    let found: Node | undefined;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const child = children[middle]!;
      if (child.offset <= offset) {
        found = child;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (!found || offset >= found.offset + found.length) return current;
    current = found;
  }
}

/** True when the node is the key of a property. */
export function isKey(node: Node): boolean {
  return node.parent?.type === 'property' && node.parent.children?.[0] === node;
}

/** The span of a string token's content, without its quotes (an unclosed string runs to its end). */
export function contentSpan(text: string, node: Node): { offset: number; length: number } {
  const start = node.offset + 1;
  const end = node.offset + node.length;
  return { offset: start, length: Math.max(0, (stringClosed(text, node) ? end - 1 : end) - start) };
}

/** True when the string token ends with an unescaped closing quote. */
export function stringClosed(text: string, node: Node): boolean {
  const end = node.offset + node.length;
  if (node.length < 2 || text.charCodeAt(end - 1) !== 34) return false;
  let backslashes = 0;
  for (let i = end - 2; i > node.offset && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** Every entity of a kind a reference position accepts, for completion and "did you mean". */
export function candidatesFor(
  index: LanguageIndex,
  kinds: readonly EntityKind[],
  scope: string,
): Declaration[] {
  return kinds.flatMap((kind) => index.primaries(kind, scope));
}

/** Entities of this kind with this id in any scope (a vSwitch id named in the wrong VPC). */
export function elsewhere(index: LanguageIndex, kind: EntityKind, id: string): Declaration[] {
  if (!scoped(kind)) return [];
  const found: Declaration[] = [];
  for (const vpc of index.primaries('vpc')) {
    found.push(...index.declarationsOf(kind, vpc.id, id).filter((d) => d.primary));
  }
  return found;
}

export { scoped as isScopedKind };
