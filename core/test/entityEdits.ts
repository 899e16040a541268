// Edits of whole data sources and tasks and of their unusual shapes, found in the text by
// jsonc-parser alone, so that making an edit reads nothing of the analysis under test (an
// object made by the edit maker would hide a bug in objects first made late): typing in a
// value, an entity pasted again (same id or a new one), deleted, moved, renamed (to a new id,
// an existing one, a Chinese one, one a pointer escapes, the same id escaped), given the
// wrong type, a network removed or odd, a task's references odd, escaped names, comments.
import type { Node as JsoncNode } from 'jsonc-parser';
import { entitiesOf } from './surface';

type Next = () => number;

const pickOf =
  (next: Next) =>
  <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)] as T;

function replace(text: string, from: number, to: number, what: string): string {
  return text.slice(0, from) + what + text.slice(to);
}

function propertyOf(entity: JsoncNode, name: string): JsoncNode | undefined {
  return entity.children?.find((p) => p.children?.[0]?.value === name);
}

/** The strings (keys included), numbers and booleans under a node. */
function leaves(node: JsoncNode, into: JsoncNode[] = []): JsoncNode[] {
  if (node.type === 'string' || node.type === 'number' || node.type === 'boolean') into.push(node);
  for (const child of node.children ?? []) leaves(child, into);
  return into;
}

/** `id` as a JSON string, every UTF-16 unit after the first (or every one) escaped as \uXXXX. */
export function escapedId(id: string): string {
  const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  const first = id.slice(0, 1);
  const plain = first !== '"' && first !== '\\' && first >= ' ';
  return `"${plain ? first : escape(first)}${id.slice(1).split('').map(escape).join('')}"`;
}

/** New ids: Chinese ones, and ids a JSON pointer or a JSON string must escape. */
const NEW_IDS = ['数据源-甲', '任务-乙', '库-丙', 'a/b~c', 'q"uote\\', ' '];

/** One edit of a data source or a task; `undefined` when the document has none. */
export function workloadEdit(text: string, next: Next): string | undefined {
  const pick = pickOf(next);
  const section = next() < 0.5 ? 'dataSources' : 'tasks';
  const entities = entitiesOf(text, section);
  if (entities.length === 0) return undefined;
  const entity = pick(entities);
  const property = entity.parent as JsoncNode;
  const key = property.children?.[0] as JsoncNode;
  const ids = [
    ...entitiesOf(text, 'dataSources'),
    ...entitiesOf(text, 'tasks'),
    ...entitiesOf(text, 'resourceGroups'),
    ...entitiesOf(text, 'vpcs'),
    ...entitiesOf(text, 'securityGroups'),
  ].map((e) => String(e.parent?.children?.[0]?.value));
  const choice = Math.floor(next() * 16);
  const propertyText = text.slice(property.offset, property.offset + property.length);
  switch (choice) {
    case 0: {
      // Pasted again after itself: the same id (a duplicate) or a new one.
      const copy =
        next() < 0.5
          ? propertyText
          : JSON.stringify(pick(NEW_IDS)) + propertyText.slice(key.length);
      const end = property.offset + property.length;
      return `${text.slice(0, end)},\n    ${copy}${text.slice(end)}`;
    }
    case 1: {
      // Deleted, with its comma.
      const siblings = property.parent?.children ?? [];
      const index = siblings.indexOf(property);
      const following = siblings[index + 1];
      const previous = siblings[index - 1];
      if (following) return replace(text, property.offset, following.offset, '');
      if (previous)
        return replace(
          text,
          previous.offset + previous.length,
          property.offset + property.length,
          '',
        );
      return replace(text, property.offset, property.offset + property.length, '');
    }
    case 2: {
      // Moved after its next sibling.
      const siblings = property.parent?.children ?? [];
      const following = siblings[siblings.indexOf(property) + 1];
      if (!following) return undefined;
      const followingText = text.slice(following.offset, following.offset + following.length);
      const between = text.slice(property.offset + property.length, following.offset);
      return replace(
        text,
        property.offset,
        following.offset + following.length,
        followingText + between + propertyText,
      );
    }
    case 3: {
      // Renamed: a new id, an id of another entity or kind, a Chinese id, the same id escaped.
      const renamed = [
        `"${String(key.value)}x"`,
        JSON.stringify(pick(ids)),
        JSON.stringify(pick(NEW_IDS)),
        escapedId(String(key.value)),
      ];
      return replace(text, key.offset, key.offset + key.length, pick(renamed));
    }
    case 4:
      // The wrong type, or emptied.
      return replace(
        text,
        entity.offset,
        entity.offset + entity.length,
        pick(['5', '[]', '"x"', 'null', '{}', '{ "id": 1 }']),
      );
    case 5: {
      // An escaped property name or string value (a reference's, an address): the same to a
      // JSON reader.
      const strings = leaves(entity).filter((leaf) => leaf.type === 'string');
      const names = (entity.children ?? []).flatMap((p) =>
        p.children?.[0] ? [p.children[0]] : [],
      );
      const chosen = next() < 0.5 ? names : strings;
      if (chosen.length === 0) return undefined;
      const name = pick(chosen);
      return replace(text, name.offset, name.offset + name.length, escapedId(String(name.value)));
    }
    case 6: {
      // A comment inside the entity, or a trailing comma (both tolerated by the parser).
      const at = entity.offset + 1;
      return next() < 0.5
        ? replace(text, at, at, '\n      // 注释 a note\n')
        : replace(text, at, at, '\n      /* block */');
    }
    default:
      return section === 'dataSources'
        ? dataSourceEdit(text, entity, next, ids)
        : taskEdit(text, entity, next, ids);
  }
}

const ADDRESSES = [
  '10.0.1.5',
  '010.000.001.005',
  '47.100.1.1',
  '192.168.1.300',
  '::1',
  'db.example.com',
  '${var.address}',
  '１０.0.0.1',
  '',
  '0.0.0.0',
  '100.64.0.1',
];
const WHITELISTS = [
  '[]',
  '["0.0.0.0/0"]',
  '["10.0.0.0/8", "10.0.0.0/8", 5]',
  '"10.0.0.0/8"',
  '["10.0.0.1/24", "172.16.0.0/12", "::/0"]',
  '[null, {}]',
];

function dataSourceEdit(text: string, entity: JsoncNode, next: Next, ids: string[]): string {
  const pick = pickOf(next);
  const network = propertyOf(entity, 'network');
  const networkValue = network?.children?.[1];
  const choice = Math.floor(next() * 9);
  if (networkValue?.type === 'object' && choice < 4) {
    const field = pick(['address', 'type', 'vpc', 'dataCenter', 'port']);
    const existing = propertyOf(networkValue, field)?.children?.[1];
    const value =
      field === 'address'
        ? JSON.stringify(pick(ADDRESSES))
        : field === 'type'
          ? JSON.stringify(pick(['vpc', 'dataCenter', 'internet', 'classic', 'satellite', 'VPC']))
          : field === 'port'
            ? pick(['0', '70000', '"3306"', '5432'])
            : pick([JSON.stringify(pick(ids)), '3', 'null', '"nowhere"']);
    if (existing) return replace(text, existing.offset, existing.offset + existing.length, value);
    const at = networkValue.offset + 1;
    return replace(text, at, at, ` "${field}": ${value},`);
  }
  if (choice < 5 && network) {
    // Without network, or a network that is not an object.
    return next() < 0.5
      ? replace(text, network.offset, network.offset + network.length, '"netwerk": {}')
      : replace(
          text,
          networkValue?.offset ?? 0,
          (networkValue?.offset ?? 0) + (networkValue?.length ?? 0),
          pick(['"vpc"', '[]', '7']),
        );
  }
  if (choice < 7) {
    const whitelist = propertyOf(entity, 'whitelist')?.children?.[1];
    if (whitelist)
      return replace(text, whitelist.offset, whitelist.offset + whitelist.length, pick(WHITELISTS));
    const at = entity.offset + 1;
    return replace(text, at, at, ` "whitelist": ${pick(WHITELISTS)},`);
  }
  const field = pick(['engine', 'hosting', 'securityGroup', 'port']);
  const existing = propertyOf(entity, field)?.children?.[1];
  const value =
    field === 'engine'
      ? JSON.stringify(pick(['mysql', 'postgresql', 'oracle', 'mongodb', 'unknown-db', '']))
      : field === 'hosting'
        ? JSON.stringify(pick(['rds', 'ecs', 'selfManaged', 'cloud']))
        : field === 'port'
          ? pick(['3306', '-1', '"x"', '65536'])
          : JSON.stringify(pick(ids));
  if (existing) return replace(text, existing.offset, existing.offset + existing.length, value);
  const at = entity.offset + 1;
  return replace(text, at, at, ` "${field}": ${value},`);
}

function taskEdit(text: string, entity: JsoncNode, next: Next, ids: string[]): string {
  const pick = pickOf(next);
  const field = pick(['source', 'destination', 'dataSources', 'resourceGroup', 'kind']);
  const refs = () =>
    JSON.stringify(Array.from({ length: Math.floor(next() * 4) }, () => pick(ids)));
  const value =
    field === 'dataSources'
      ? pick([refs(), refs(), '[3, null]', '"ds-1"', '[]'])
      : field === 'kind'
        ? JSON.stringify(pick(['sync', 'schedule', 'realtime', 'Sync', '']))
        : pick([JSON.stringify(pick(ids)), JSON.stringify(pick(ids)), '5', 'null', '"不存在"']);
  const existing = propertyOf(entity, field);
  if (existing && next() < 0.15)
    // Removed.
    return replace(text, existing.offset, existing.offset + existing.length, `"_${field}": 0`);
  const existingValue = existing?.children?.[1];
  if (existingValue) {
    if (existingValue.type === 'array' && next() < 0.5) {
      // One more reference, first: a repeated or new one.
      const at = existingValue.offset + 1;
      return replace(
        text,
        at,
        at,
        `${JSON.stringify(pick(ids))}${existingValue.children?.length ? ', ' : ''}`,
      );
    }
    return replace(text, existingValue.offset, existingValue.offset + existingValue.length, value);
  }
  const at = entity.offset + 1;
  return replace(text, at, at, ` "${field}": ${value},`);
}

/** A character typed or deleted inside a value of a data source or a task. */
export function keystroke(text: string, next: Next): string | undefined {
  const pick = pickOf(next);
  const entities = [...entitiesOf(text, 'dataSources'), ...entitiesOf(text, 'tasks')];
  if (entities.length === 0) return undefined;
  const inside = leaves(pick(entities)).filter((l) => l.type === 'string' && l.length > 2);
  if (inside.length === 0) return undefined;
  const leaf = pick(inside);
  const at = leaf.offset + 1 + Math.floor(next() * (leaf.length - 2));
  return next() < 0.6
    ? replace(text, at, at, pick(['1', '0', '.', 'x', '-', '/', '数']))
    : replace(text, at, at + 1, '');
}

const NETWORK_SECTIONS = ['vpcs', 'securityGroups', 'resourceGroups', 'connections', 'dataCenters'];

/**
 * An edit inside a network entity that moves the rows after it (an array element repeated or
 * removed, a property added) or changes a value, found by jsonc-parser alone: the rows of the
 * data sources and tasks after it move before any of their objects is made.
 */
export function networkEdit(text: string, next: Next): string | undefined {
  const pick = pickOf(next);
  const entities = NETWORK_SECTIONS.flatMap((section) => entitiesOf(text, section));
  if (entities.length === 0) return undefined;
  const entity = pick(entities);
  const arrays: JsoncNode[] = [];
  const walk = (node: JsoncNode) => {
    if (node.type === 'array' && (node.children?.length ?? 0) > 0) arrays.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(entity);
  const choice = next();
  if (arrays.length > 0 && choice < 0.5) {
    const array = pick(arrays);
    const items = array.children ?? [];
    const item = pick(items);
    const first = items[0] as JsoncNode;
    if (next() < 0.6 || items.length === 1) {
      const copy = text.slice(item.offset, item.offset + item.length);
      return replace(text, first.offset, first.offset, `${copy}, `);
    }
    const following = items[items.indexOf(item) + 1];
    const previous = items[items.indexOf(item) - 1] as JsoncNode;
    return following
      ? replace(text, item.offset, following.offset, '')
      : replace(text, previous.offset + previous.length, item.offset + item.length, '');
  }
  if (choice < 0.7) {
    const at = entity.offset + 1;
    return replace(text, at, at, ' "description": "备注 x",');
  }
  const strings = leaves(entity).filter((l) => l.type === 'string' && l.length > 2);
  if (strings.length === 0) return undefined;
  const leaf = pick(strings);
  const at = leaf.offset + 1 + Math.floor(next() * (leaf.length - 2));
  return replace(text, at, at, pick(['1', '0', '/', '.']));
}
