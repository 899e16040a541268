// What every importer produces and the writer (write.ts) turns into a `*.dwnet.json` text:
// the topology's entities as plain JSON values of the dwnet format (SPEC §2), each with the
// comments the output carries (where it came from, what could not be known). Terraform
// (terraform/map.ts) and the Alibaba Cloud API (aliyun/) both build this; neither writes text.
import type { ImportNote } from './terraform/resources';
import type { ImportWords } from './text';

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export type CollectionName =
  | 'accounts'
  | 'vpcs'
  | 'dataCenters'
  | 'connections'
  | 'securityGroups'
  | 'resourceGroups'
  | 'dataSources'
  | 'tasks';

/**
 * A comment the writer puts on the line above the value at `path` inside the entity:
 * `from`: `// from <source> (<file>:<line>)`; `unresolved`: `// unresolved: <text>`;
 * `note`: `// note: <text>` (something the source says that the format cannot, such as an
 * intranet NAT gateway left out); `suppress`: the comment line as given (a
 * `dwnet-ignore … -- reason` for a check that cannot be made until apply).
 */
export type ImportComment =
  | {
      /** Path inside the entity's value (`[]` for the entity itself, `['vSwitches', 'vsw-a']`, …). */
      path: (string | number)[];
      /** A source address or a line dwnet reads: the same in every language. */
      kind: 'from' | 'suppress';
      text: string;
    }
  | {
      path: (string | number)[];
      /** Prose, written in the user's language. */
      kind: 'unresolved' | 'note';
      text: ImportWords;
    };

export interface ImportedEntity {
  /** The entity as the dwnet format writes it (a VPC holds its `vSwitches` and `natGateways`). */
  value: { [key: string]: JsonValue };
  comments: ImportComment[];
}

export interface ImportSummary {
  /** Entities written, by collection (vSwitches and NAT gateways counted under their own names). */
  imported: Record<string, number>;
  /**
   * Source resource types (or API operations) read but with no dwnet meaning, with counts;
   * sorted by these names. A record whose reason the summary must say (aliyun) has its words
   * in `skippedWords`, under the same name.
   */
  skipped: Record<string, number>;
  skippedWords?: Record<string, ImportWords>;
  /** Values that could not be known statically. */
  unresolved: number;
  /** Values known only after apply, written as symbolic values (`${origin}`). */
  afterApply?: number;
}

export interface ImportedTopology {
  /** `defaults.region` when every entity shares one region, so that entities need not repeat it. */
  defaults?: { account?: string; region?: string };
  collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>>;
  notes: ImportNote[];
  summary: ImportSummary;
}
