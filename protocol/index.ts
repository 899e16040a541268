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
 * The client command a task's code lens runs, with arguments `[uri: string, task: string]`.
 * The extension registers it; the server only names it.
 */
export const EXPLAIN_TASK_COMMAND = 'dwnet.explainTask';

/** The code action kind of "fix all dwnet problems" (`editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = 'source.fixAll.dwnet';
