// Custom requests: explain one task (the code lens command) and check the whole workspace.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TextDocument as TextDocuments } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import {
  analyse,
  applySeverities,
  capFindings,
  explainAnalysis,
  fileSizeNotice,
  taskExplanationMarkdown,
} from '../../../core/src/index';
import type {
  CheckWorkspaceResult,
  ExplainTaskParams,
  ExplainTaskResult,
} from '../../../protocol/index';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';

export function explainTask(context: ServerContext, params: ExplainTaskParams): ExplainTaskResult {
  const document = context.documents.get(params.uri);
  if (!document) return { text: '' };
  const task = explainAnalysis(context.cache.analysis(document)).find(
    (t) => t.task === params.task,
  );
  return { text: task ? taskExplanationMarkdown(task, context.cache.locale) : '' };
}

/** Validates every topology of the workspace; closed files get pushed diagnostics. */
export async function checkWorkspace(context: ServerContext): Promise<CheckWorkspaceResult> {
  let files = 0;
  let problems = 0;
  for (const folder of context.settings.workspaceFolders) {
    if (folder.scheme !== 'file') continue;
    for (const path of await context.runtime.findTopologies(folder.fsPath)) {
      const uri = URI.file(path).toString();
      const open = context.documents.get(uri);
      let document: TextDocument | undefined = open;
      if (!document) {
        const text = await context.runtime.readFile(path);
        if (text === undefined) continue;
        document = TextDocuments.create(uri, 'dwnet', 0, text);
      }
      files++;
      if (!(await context.settings.enabled(uri))) continue;
      const options = await context.settings.optionsFor(uri);
      // A file above dwnet.maxFileSize is not parsed: its one notice is no problem.
      const tooLarge = fileSizeNotice(document.getText(), options);
      const all = tooLarge
        ? [tooLarge]
        : applySeverities(
            (open
              ? context.cache.analysis(open)
              : analyse(document.getText(), context.cache.locale)
            ).rawFindings,
            options,
          );
      problems += all.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
      const findings = capFindings(all, options);
      if (!open) {
        const closed = document;
        await context.connection.sendDiagnostics({
          uri,
          diagnostics: findings.map((f) => toDiagnostic(closed, f, context.cache.locale)),
        });
      }
    }
  }
  return { files, problems };
}
