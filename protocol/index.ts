// Custom requests between the dwnet extension and its language server, declared once
// and imported by both sides (`client/` and `server/`): no vscode, core or server code
// here, only protocol types and plain strings.
import {
  NotificationType,
  RequestType,
  RequestType0,
  type Range,
} from 'vscode-languageserver-protocol';
// Types only: the graph's JSON shape is the contract, the code that builds it stays in core.
import type { TopologyGraph } from '../core/src/graph/types';

export type * from '../core/src/graph/types';

/** `dwnet/explainTask`: a task's paths and checklists as Markdown. */
export const EXPLAIN_TASK_REQUEST = 'dwnet/explainTask';

export interface ExplainTaskParams {
  /** The document that declares the task (an LSP document URI). */
  uri: string;
  /** The task's id (its key under `tasks`). */
  task: string;
}

export interface ExplainTaskResult {
  /** Markdown: each path hop by hop and the scenario checklist. Empty for an unknown task. */
  text: string;
}

/** `dwnet/checkWorkspace`: checks every `*.dwnet.json` of the workspace folders. */
export const CHECK_WORKSPACE_REQUEST = 'dwnet/checkWorkspace';

export interface CheckWorkspaceResult {
  /** How many `*.dwnet.json` files were checked. */
  files: number;
  /** How many diagnostics they produced, at every severity. */
  problems: number;
}

export const ExplainTaskRequest = {
  method: EXPLAIN_TASK_REQUEST,
  type: new RequestType<ExplainTaskParams, ExplainTaskResult, void>(EXPLAIN_TASK_REQUEST),
} as const;

export const CheckWorkspaceRequest = {
  method: CHECK_WORKSPACE_REQUEST,
  type: new RequestType0<CheckWorkspaceResult, void>(CHECK_WORKSPACE_REQUEST),
} as const;

/**
 * The command a task's code lens runs, with arguments `[uri: string, task: string]`. The
 * server executes it (`workspace/executeCommand`, answered with an `ExplainTaskResult`), so
 * that a lens works in every LSP editor: to a client that does not show the answer itself,
 * the server also sends the explanation as a message (`window/showMessage`). The VS Code
 * extension registers a command of the same id (it also runs from the palette) that asks
 * the server through `workspace/executeCommand` and shows the answer in a view.
 */
export const EXPLAIN_TASK_COMMAND = 'dwnet.explainTask';

/** What a client may pass as `initializationOptions`. */
export interface DwnetInitializationOptions {
  /**
   * Server commands the client registers itself and whose answer it shows itself. The
   * server leaves them out of `executeCommandProvider` (VS Code's language client would
   * register them a second time and fail) and sends no message when it executes them.
   */
  clientCommands?: string[];
  /** The client draws the topology diagram: the server adds a "Show path" lens per task. */
  showPathLens?: boolean;
}

/** The code action kind of "fix all dwnet problems" (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.dwnet';

/**
 * `dwnet/import`: a topology from what the user already has (`dwnet import`, SPEC §8). The
 * extension reads the files the user picked and sends their contents; the server imports
 * them with the core and answers the topology's text (the client never imports core).
 */
export const IMPORT_REQUEST = 'dwnet/import';

export interface ImportParams {
  /** `terraform`: .tf/.tfvars files, a plan or a state; `aliyun`: saved API responses. */
  source: 'terraform' | 'aliyun';
  /** Path relative to the picked folder (with `/`) → the file's text. */
  files: Record<string, string>;
  /**
   * The picked folder among those paths when the files also hold the folders its local
   * modules live in (`source = "../.."`); absent: the picked folder is the root.
   */
  root?: string;
  /** What the user picked, as shown in the summary. */
  label: string;
}

export interface ImportResult {
  /** The topology (`*.dwnet.json` text); empty when `errors` is not. */
  text: string;
  /** The summary: what was imported, skipped, not known. */
  summary: string[];
  /** Input that could not be read (each names its file and line). */
  errors: string[];
}

export const ImportRequest = {
  method: IMPORT_REQUEST,
  type: new RequestType<ImportParams, ImportResult, void>(IMPORT_REQUEST),
} as const;

/**
 * `dwnet/graph`: a document's topology graph (SPEC §9), from the analysis its diagnostics
 * come from. With `follow: true` the server also pushes `dwnet/graphChanged` after each
 * analysis of that document, until `dwnet/graphUnfollow`.
 */
export const GRAPH_REQUEST = 'dwnet/graph';
/** Pushed by the server with the new graph of a followed document after each analysis. */
export const GRAPH_CHANGED_NOTIFICATION = 'dwnet/graphChanged';
/** Sent by the client when no diagram shows the document any more. */
export const GRAPH_UNFOLLOW_NOTIFICATION = 'dwnet/graphUnfollow';
/** `dwnet/pointerRange`: where an entity (by its JSON pointer) is defined. */
export const POINTER_RANGE_REQUEST = 'dwnet/pointerRange';

export interface GraphParams {
  uri: string;
  /** Keep pushing `dwnet/graphChanged` for this document after each analysis. */
  follow?: boolean;
}

export interface GraphResult {
  uri: string;
  /** The document version the graph was built from. */
  version: number;
  /** Null when the document is not open in the server or too large to analyse. */
  graph: TopologyGraph | null;
}

export interface UnfollowParams {
  uri: string;
}

export interface PointerRangeParams {
  uri: string;
  /** An entity's JSON pointer, as in a graph node's `pointer` (`/vpcs/vpc-hz`). */
  pointer: string;
}

export interface PointerRangeResult {
  /** The entity's key (what the editor selects). */
  selection: Range;
  /** The whole entity, key and value (what the editor reveals). */
  range: Range;
}

export const GraphRequest = {
  method: GRAPH_REQUEST,
  type: new RequestType<GraphParams, GraphResult, void>(GRAPH_REQUEST),
} as const;

export const GraphChangedNotification = {
  method: GRAPH_CHANGED_NOTIFICATION,
  type: new NotificationType<GraphResult>(GRAPH_CHANGED_NOTIFICATION),
} as const;

export const GraphUnfollowNotification = {
  method: GRAPH_UNFOLLOW_NOTIFICATION,
  type: new NotificationType<UnfollowParams>(GRAPH_UNFOLLOW_NOTIFICATION),
} as const;

export const PointerRangeRequest = {
  method: POINTER_RANGE_REQUEST,
  type: new RequestType<PointerRangeParams, PointerRangeResult | null, void>(POINTER_RANGE_REQUEST),
} as const;

/**
 * The client command that opens the topology diagram, with optional arguments
 * `[uri: string, task?: string]` (the "Show path" code lens passes both).
 */
export const SHOW_DIAGRAM_COMMAND = 'dwnet.showDiagram';
