// The plain data the core hands to every surface (CLI, language server).
// Offsets are UTF-16 code-unit offsets into the validated text; surfaces convert
// them to line/character positions at their edge.

import type { Locale } from './l10n';
import type { LineStarts } from './lineIndex';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleLevel = Severity | 'off';

/** Severities from most to least severe, for `--fail-on` and sorting. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A JSON pointer (RFC 6901) split into its segments. */
export type JsonPath = (string | number)[];

export interface RelatedLocation {
  message: string;
  pointer: string;
  offset: number;
  length: number;
}

/** One text replacement; `offset`/`length` refer to the text the fix was computed on. */
export interface TextEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * A quick fix described by intent, not by edits: computing edits with jsonc-parser
 * re-reads the document, so surfaces ask for them only when a user wants them.
 */
export type FixOperation =
  /** Append `value` to the array at `path` (creating the array when absent). */
  | { op: 'append'; path: JsonPath; value: unknown }
  /** Set the property or element at `path` to `value`. */
  | { op: 'set'; path: JsonPath; value: unknown }
  /** Remove the property or array element at `path`. */
  | { op: 'remove'; path: JsonPath }
  /** Replace a span of the validated text (for comments, which have no JSON path). */
  | { op: 'replaceText'; offset: number; length: number; content: string };

export interface FixDescriptor {
  title: string;
  isPreferred: boolean;
  operations: FixOperation[];
}

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  /** JSON pointer of the anchor element (SPEC §4). */
  pointer: string;
  offset: number;
  length: number;
  /** Scenario 1–5 of the reference document, when one applies. */
  scenario?: number;
  related: RelatedLocation[];
  fixes: FixDescriptor[];
  /** Marks findings about things nobody uses (rendered faded in editors). */
  unnecessary?: boolean;
}

export interface ConnectivityResult {
  task: string;
  resourceGroup: string;
  dataSource: string;
  /** 1–5, or null for the classic network (or when a reference does not resolve). */
  scenario: number | null;
  /** Index of the binding that satisfies the pair or that was reported on. */
  binding: number | null;
  ok: boolean;
  /** Codes of the steps that are missing, in checklist order. */
  missing: string[];
}

export interface ValidateOptions {
  /** The language of messages (SPEC §10); English by default. Codes and pointers never change. */
  locale?: Locale;
  /** Per-rule severity overrides (config file, settings, `--rule`). */
  rules?: Record<string, RuleLevel>;
  /**
   * Files above this size in MB (1 MB = 1,048,576 bytes of UTF-8) get one `file-too-large`
   * notice instead of analysis (`dwnet.maxFileSize`, `--max-file-size`). Default 20; 0: no limit.
   */
  maxFileSize?: number;
  /**
   * At most this many findings per file, the most severe first, then one `too-many-findings`
   * notice (`dwnet.maxFindingsPerFile`, `--max-findings`). Default 1000; 0: no limit.
   */
  maxFindingsPerFile?: number;
}

export interface ValidationResult {
  findings: Finding[];
  connectivity: ConnectivityResult[];
}

/**
 * `validateWithLineStarts`'s result: `validate`'s, and every line start of the text when the
 * fast parser read all of it (a document without syntax errors), for `LineIndex.withLineStarts`.
 */
export interface CheckedText extends ValidationResult {
  lineStarts?: LineStarts;
}

/**
 * Whether a step holds (`done`), is reported missing by `check` (`missing`), or cannot be
 * decided from the file (`notChecked`: no `whitelist` given for a managed database, no
 * `securityGroup` for an ECS-hosted one, and the connectivity test in DataWorks).
 */
export type StepStatus = 'done' | 'missing' | 'notChecked';

/** One step of a scenario checklist, as `dwnet explain` and hovers show it. */
export interface ChecklistStep {
  /** The rule that reports this step when it is missing (none for the connectivity test). */
  code?: string;
  /** The step in the reference document's words, with the concrete values. */
  description: string;
  /** The step holds (status `done`). */
  ok: boolean;
  status: StepStatus;
  /** Why a `notChecked` step cannot be decided. */
  reason?: string;
}

/** One hop of a path: resource group → binding → connection → data source. */
export interface PathHop {
  kind:
    | 'resourceGroup'
    | 'binding'
    | 'vpc'
    | 'connection'
    | 'natGateway'
    | 'internet'
    | 'dataCenter'
    | 'dataSource';
  id: string;
  detail: string;
  /** The hop the path needs but the topology lacks (a direct connection, an SNAT entry). */
  missing?: boolean;
  /** A connection of an indirect path: routes are not propagated across it by default. */
  indirect?: boolean;
}

export interface PairExplanation {
  dataSource: string;
  /** How the task names the data source. */
  roles: ('source' | 'destination' | 'dataSources')[];
  scenario: number | null;
  /** The reference document's title of the scenario. */
  scenarioTitle: string;
  binding: number | null;
  ok: boolean;
  /** The pair's state in words: "connected", "3 steps missing", … (the same on every surface). */
  state: string;
  hops: PathHop[];
  steps: ChecklistStep[];
  /** Findings of this pair that are not checklist steps (notices, warnings). */
  notes: string[];
}

export interface TaskExplanation {
  task: string;
  kind: string | undefined;
  resourceGroup: string | undefined;
  pairs: PairExplanation[];
}

/** The catalogue entry of a rule (SPEC §4). */
export interface RuleMeta {
  code: string;
  description: string;
  defaultSeverity: Severity;
  /** The scenario the rule belongs to, when it belongs to exactly one. */
  scenario?: number;
  fixable: boolean;
  /** `limits`: the notices of core/src/limits.ts, which are not rules of the catalogue. */
  category:
    'connectivity' | 'addresses-and-structure' | 'suppression' | 'limits' | 'input' | 'internal';
}
