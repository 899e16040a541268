// Custom requests between the dwnet extension and its language server, declared once
// and imported by both sides (`client/` and `server/`): no vscode, core or server code
// here, only protocol types and plain strings.
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

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
