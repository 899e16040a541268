// Ids of the right kind inside a string at a reference position. The JSON path comes
// from jsonc-parser's scanner (`getLocation`), so half-typed text works too.
import { findNodeAtLocation, getLocation, type Location } from 'jsonc-parser';
import { propertyValue, stringValue, type Node } from '../parse';
import type { Analysis } from '../validate';
import { completionDetail } from './describe';
import {
  contentSpan,
  languageIndex,
  stringClosed,
  type Declaration,
  type LanguageIndex,
} from './entities';
import type { EntityKind, IdCompletion } from './types';

type Segment = string | number;

const EXCLUSIVE_FOR = new Map([
  ['sync', 'exclusiveDataIntegration'],
  ['schedule', 'exclusiveScheduling'],
  ['dataService', 'exclusiveDataService'],
]);

interface Slot {
  kinds: EntityKind[];
  /** The VPC whose vSwitches are meant. */
  scope?: string;
  /** Entities listed first (the same VPC, say). */
  prefer?: (declaration: Declaration) => boolean;
  /** Ids already named by sibling elements. */
  exclude?: Set<string>;
}

/** Strings of the sibling elements of an array element, the element itself left out. */
function siblings(root: Node, path: Segment[]): Set<string> {
  const array = findNodeAtLocation(root, path.slice(0, -1));
  const own = path[path.length - 1];
  const ids = new Set<string>();
  (array?.type === 'array' ? (array.children ?? []) : []).forEach((item, i) => {
    const value = stringValue(item);
    if (i !== own && value !== undefined) ids.add(value);
  });
  return ids;
}

/** What a string at `path` refers to; undefined when it is no reference. */
function slotAt(root: Node, index: LanguageIndex | undefined, path: Segment[]): Slot | undefined {
  const [top, , third, , fifth] = path;
  const is = (...pattern: (Segment | '*' | '#')[]) =>
    pattern.length === path.length &&
    pattern.every((p, i) =>
      p === '*'
        ? typeof path[i] === 'string'
        : p === '#'
          ? typeof path[i] === 'number'
          : p === path[i],
    );
  const at = (segments: Segment[]) => findNodeAtLocation(root, segments);

  if (
    is('defaults', 'account') ||
    is('vpcs', '*', 'account') ||
    is('resourceGroups', '*', 'account')
  )
    return { kinds: ['account'] };
  if (top === 'vpcs' && typeof path[1] === 'string') {
    const vpcId = path[1];
    if (
      is('vpcs', '*', 'natGateways', '*', 'vSwitch') ||
      is('vpcs', '*', 'natGateways', '*', 'snatEntries', '#', 'source')
    )
      return { kinds: ['vSwitch'], scope: vpcId };
  }
  if (is('connections', '*', 'members', '#'))
    return { kinds: ['vpc', 'dataCenter'], exclude: siblings(root, path) };
  if (is('securityGroups', '*', 'vpc')) return { kinds: ['vpc'] };
  if (
    top === 'resourceGroups' &&
    third === 'vpcBindings' &&
    typeof path[3] === 'number' &&
    path.length === 5
  ) {
    const binding = at(path.slice(0, 4));
    const vpcId = stringValue(propertyValue(binding, 'vpc'));
    if (fifth === 'vpc') {
      const rg = index?.model.resourceGroups.byId.get(String(path[1]));
      // VPCs of the group's account and region first: those are the ones it can bind.
      return {
        kinds: ['vpc'],
        prefer: (d) => {
          const vpc = index?.model.vpcs.byId.get(d.id);
          return (
            rg !== undefined && vpc?.regionId === rg.regionId && vpc?.accountId === rg.accountId
          );
        },
      };
    }
    if (fifth === 'vSwitch') {
      return vpcId !== undefined && index?.model.vpcs.byId.has(vpcId)
        ? { kinds: ['vSwitch'], scope: vpcId }
        : { kinds: ['vSwitch'] };
    }
    if (fifth === 'securityGroup') {
      return {
        kinds: ['securityGroup'],
        prefer: (d) => index?.model.securityGroups.byId.get(d.id)?.vpc?.value === vpcId,
      };
    }
  }
  if (is('dataSources', '*', 'network', 'vpc')) return { kinds: ['vpc'] };
  if (is('dataSources', '*', 'network', 'dataCenter')) return { kinds: ['dataCenter'] };
  if (is('dataSources', '*', 'securityGroup')) {
    const network = at([...path.slice(0, 2), 'network']);
    const vpcId = stringValue(propertyValue(network, 'vpc'));
    return {
      kinds: ['securityGroup'],
      prefer: (d) => index?.model.securityGroups.byId.get(d.id)?.vpc?.value === vpcId,
    };
  }
  if (is('tasks', '*', 'resourceGroup')) {
    // Groups that can run the task's kind first: serverless, or the matching exclusive one.
    const kind = stringValue(at([...path.slice(0, 2), 'kind']));
    const exclusive = kind === undefined ? undefined : EXCLUSIVE_FOR.get(kind);
    return {
      kinds: ['resourceGroup'],
      prefer: (d) => {
        const type = index?.model.resourceGroups.byId.get(d.id)?.type;
        return type === 'serverless' || (exclusive !== undefined && type === exclusive);
      },
    };
  }
  if (is('tasks', '*', 'source') || is('tasks', '*', 'destination'))
    return { kinds: ['dataSource'] };
  if (is('tasks', '*', 'dataSources', '#'))
    return { kinds: ['dataSource'], exclude: siblings(root, path) };
  return undefined;
}

/** The string token the offset is in (after its opening quote, up to its closing quote). */
function stringAt(text: string, location: Location, offset: number): Node | undefined {
  const node = location.previousNode;
  if (!node || node.type !== 'string' || location.isAtPropertyKey) return undefined;
  const end = stringClosed(text, node) ? node.offset + node.length - 1 : node.offset + node.length;
  return offset > node.offset && offset <= end ? node : undefined;
}

/**
 * The ids that fit the reference under the offset, with a detail line each, or undefined
 * when the offset is not inside a string at a reference position.
 */
export function idCompletions(analysis: Analysis, offset: number): IdCompletion[] | undefined {
  try {
    const text = analysis.document.text;
    // Without a tree the text is empty or nests too deeply for the scanner's recursion.
    const root = analysis.document.root;
    if (!root || !Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
    const location = getLocation(text, offset);
    const node = stringAt(text, location, offset);
    if (!node) return undefined;
    const index = languageIndex(analysis);
    const slot = slotAt(root, index, location.path);
    if (!slot) return undefined;
    if (!index) return [];
    const replace = contentSpan(text, node);
    if (slot.kinds[0] === 'account' && !index.model.accounts.present)
      return freeFormAccounts(index, node, replace);
    const candidates: Declaration[] = [];
    for (const kind of slot.kinds) {
      if (kind === 'vSwitch' && slot.scope === undefined) {
        // The binding's VPC is unknown: every vSwitch, each with its VPC in the detail.
        for (const vpc of index.primaries('vpc'))
          candidates.push(...index.primaries('vSwitch', vpc.id));
      } else {
        candidates.push(...index.primaries(kind, slot.scope ?? ''));
      }
    }
    const seen = new Set<string>();
    const fitting = candidates.filter((d) => {
      if (slot.exclude?.has(d.id) || seen.has(d.id)) return false;
      seen.add(d.id);
      return true;
    });
    const preferred = slot.prefer ? fitting.filter(slot.prefer) : fitting;
    const rest = slot.prefer ? fitting.filter((d) => !slot.prefer!(d)) : [];
    return [...preferred, ...rest].map((d) => ({
      label: d.id,
      kind: d.kind,
      detail: completionDetail(d),
      replace,
    }));
  } catch {
    return undefined;
  }
}

/** Without an `accounts` map, account ids are labels: offer those the file already uses. */
function freeFormAccounts(
  index: LanguageIndex,
  node: Node,
  replace: IdCompletion['replace'],
): IdCompletion[] {
  const uses = new Map<string, number>();
  for (const reference of index.references) {
    if (reference.kinds[0] !== 'account' || reference.value.node.offset === node.offset) continue;
    uses.set(reference.value.value, (uses.get(reference.value.value) ?? 0) + 1);
  }
  return [...uses].map(([label, count]) => ({
    label,
    kind: 'account',
    detail: `Account · named ${count === 1 ? 'once' : `${count} times`}`,
    replace,
  }));
}
