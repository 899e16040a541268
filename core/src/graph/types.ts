// The topology as a picture (SPEC §9): plain data, shared by `dwnet graph`, its renderers
// and the VS Code diagram. Built from the same analysis as the diagnostics, so the picture
// cannot disagree with `check`.

/** What an entity is on the picture. */
export type GraphNodeKind =
  | 'resourceGroup'
  | 'vpc'
  | 'vSwitch'
  | 'dataCenter'
  | 'connection'
  | 'natGateway'
  | 'internet'
  | 'dataSource'
  /** Several nodes drawn as one by `collapseGraph` (a region, or the ok data sources of a place). */
  | 'group';

/**
 * `broken`: on a broken pair's path, up to and including the last hop that fails (every
 * failing hop is labelled with its missing steps); `ok`: on some pair's path and not
 * broken; `unused`: no pair goes through it.
 */
export type GraphStatus = 'ok' | 'broken' | 'unused';

/**
 * - `binding`: a resource group's VPC binding, to the bound vSwitch (or the VPC when the
 *   binding names no known vSwitch);
 * - `contains`: a VPC to one of its vSwitches (drawn as nesting, not as a line);
 * - `member`: a connection to a network it lists;
 * - `snat`: a vSwitch (or the VPC, for a CIDR source) to the NAT gateway with an SNAT entry
 *   for it; `nat`: a NAT gateway to the Internet (its EIPs in the label);
 * - `eip`: an exclusive resource group to the Internet through its own EIP;
 * - `location`: where a data source lives (the vSwitch or VPC holding its address, its data
 *   center, the Internet);
 * - `missing`: a hop a pair needs that does not exist (no connection, no binding, no NAT
 *   gateway); always `broken`, labelled with the missing step.
 */
export type GraphEdgeKind =
  'binding' | 'contains' | 'member' | 'snat' | 'nat' | 'eip' | 'location' | 'missing';

export interface GraphNode {
  /**
   * Stable between edits: kind and entity id (`rg:rg-a`, `vpc:vpc-hz`, `vsw:vpc-hz/vsw-a`,
   * `nat:vpc-hz/ngw-a`, `dc:idc-bj`, `conn:cen-main`, `ds:rds-orders`, `internet`). Ids are
   * escaped like JSON pointer segments (`~` → `~0`, `/` → `~1`).
   */
  id: string;
  kind: GraphNodeKind;
  /** The entity's JSON pointer (`/vpcs/vpc-hz/vSwitches/vsw-a`); `""` for the Internet. */
  pointer: string;
  /** The entity's id (or "Internet"). */
  label: string;
  /** Further lines for the picture: type, CIDR blocks, region, EIPs, engine and address. */
  details: string[];
  status: GraphStatus;
  /** The node this one is drawn inside (a vSwitch's or NAT gateway's VPC). */
  parent?: string;
  /** Effective region, for VPCs, resource groups and what they hold (used to collapse by region). */
  region?: string;
  /** For a `group` node made by `collapseGraph`: the ids of the nodes it stands for. */
  members?: string[];
}

export interface GraphEdge {
  /** `<kind>:<from>-><to>`, stable between edits. */
  id: string;
  from: string;
  to: string;
  kind: GraphEdgeKind;
  status: GraphStatus;
  /** What to write on the edge: EIPs of a NAT hop, the missing steps of a failing hop. */
  label?: string;
}

/** A step of the scenario that is missing, and the hop of the pair's path it breaks. */
export interface GraphFailure {
  /** The rule code `check` reports (`whitelist-missing`, …). */
  code: string;
  /** The step in the reference document's words, with concrete values. */
  text: string;
  /** Index into the pair's `edges` of the hop this step breaks. */
  hop: number;
}

/** One (task, data source) pair: exactly a row of `check --format json`'s `connectivity`. */
export interface GraphPair {
  task: string;
  resourceGroup: string;
  dataSource: string;
  /** 1–5, or null for the classic network (or when a reference does not resolve). */
  scenario: number | null;
  binding: number | null;
  ok: boolean;
  missing: string[];
  /** Node ids from the resource group to the data source (empty ends left out when unknown). */
  path: string[];
  /** Edge ids between consecutive nodes of `path` (`path.length - 1` of them). */
  edges: string[];
  /** For a broken pair: the first hop that fails (index into `edges`), when there is one. */
  failingHop?: number;
  /** Every missing step with the hop it breaks, in checklist order. */
  failures: GraphFailure[];
  /** The pair's state in the words every surface uses ("connected", "2 steps missing", …). */
  state: string;
}

export interface TopologyGraph {
  version: 1;
  nodes: GraphNode[];
  edges: GraphEdge[];
  pairs: GraphPair[];
}

export interface BuildGraphOptions {
  /** Only this task's pairs, and only the nodes and edges on their paths (with the VPCs holding them). */
  task?: string;
  /**
   * The language of the missing steps that label failing hops (default en); ids never change.
   * Spelled out rather than imported: the VS Code client compiles this file on its own.
   */
  locale?: 'en' | 'zh-CN';
}

export interface CollapseOptions {
  /** Draw each VPC with its vSwitches and NAT gateways as one node, or each region as one. */
  by?: 'vpc' | 'region';
  /** Draw the data sources whose pairs are all ok, per place they live, as one node. */
  aggregateOk?: boolean;
  /** The language of the groups' labels. */
  locale?: 'en' | 'zh-CN';
}
