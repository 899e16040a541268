// Ids of the right kind inside a string at a reference position: a field of the reference
// table (core/src/references.ts). The JSON path comes from jsonc-parser's scanner
// (`getLocation`), so half-typed text works too.
import { findNodeAtLocation, getLocation, type Location } from 'jsonc-parser';
import { propertyValue, stringValue, type Node } from '../parse';
import { REFERENCE_FIELDS, referenceFieldAt, type ReferenceField } from '../references';
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

/** The VPC whose vSwitches a field at `path` names (core/src/references.ts `scope`). */
function scopeAt(
  root: Node,
  index: LanguageIndex | undefined,
  field: ReferenceField,
  path: Segment[],
): string | undefined {
  if (field.scope === 'ownVpc') return String(path[1]);
  if (field.scope !== 'bindingVpc') return undefined;
  const vpcId = stringValue(propertyValue(findNodeAtLocation(root, path.slice(0, -1)), 'vpc'));
  // A VPC that does not exist scopes nothing: every vSwitch is offered.
  return vpcId !== undefined && index?.model.vpcs.byId.has(vpcId) ? vpcId : undefined;
}

type Preference = (
  root: Node,
  index: LanguageIndex | undefined,
  path: Segment[],
) => (declaration: Declaration) => boolean;

/** Security groups of the VPC that the `vpc` of the object at `holder(path)` names come first. */
const sameVpc =
  (holder: (path: Segment[]) => Segment[]): Preference =>
  (root, index, path) => {
    const vpcId = stringValue(propertyValue(findNodeAtLocation(root, holder(path)), 'vpc'));
    return (d) => index?.model.securityGroups.byId.get(d.id)?.vpc?.value === vpcId;
  };

/** The candidates listed first, for the fields where some fit better than others. */
const PREFERENCES = new Map<ReferenceField, Preference>([
  [
    REFERENCE_FIELDS.bindingVpc,
    // VPCs of the group's account and region first: those are the ones it can bind.
    (_root, index, path) => {
      const rg = index?.model.resourceGroups.byId.get(String(path[1]));
      return (d) => {
        const vpc = index?.model.vpcs.byId.get(d.id);
        return rg !== undefined && vpc?.regionId === rg.regionId && vpc?.accountId === rg.accountId;
      };
    },
  ],
  [REFERENCE_FIELDS.bindingSecurityGroup, sameVpc((path) => path.slice(0, -1))],
  [REFERENCE_FIELDS.dataSourceSecurityGroup, sameVpc((path) => [...path.slice(0, 2), 'network'])],
  [
    REFERENCE_FIELDS.taskResourceGroup,
    // Groups that can run the task's kind first: serverless, or the matching exclusive one.
    (root, index, path) => {
      const kind = stringValue(findNodeAtLocation(root, [...path.slice(0, 2), 'kind']));
      const exclusive = kind === undefined ? undefined : EXCLUSIVE_FOR.get(kind);
      return (d) => {
        const type = index?.model.resourceGroups.byId.get(d.id)?.type;
        return type === 'serverless' || (exclusive !== undefined && type === exclusive);
      };
    },
  ],
]);

/** What a string at `path` refers to (its field of the reference table); undefined when it is no reference. */
function slotAt(root: Node, index: LanguageIndex | undefined, path: Segment[]): Slot | undefined {
  const field = referenceFieldAt(path);
  if (!field) return undefined;
  const inArray = field.path[field.path.length - 1] === '#';
  return {
    kinds: [...field.kinds],
    scope: scopeAt(root, index, field, path),
    prefer: PREFERENCES.get(field)?.(root, index, path),
    exclude: field.distinct && inArray ? siblings(root, path) : undefined,
  };
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
