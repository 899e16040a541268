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
  ruleDocsUrl,
  type TaskExplanation,
} from '../../../core/src/index';
import type {
  CheckWorkspaceResult,
  ExplainTaskParams,
  ExplainTaskResult,
} from '../../../protocol/index';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';

function taskMarkdown(task: TaskExplanation): string {
  const lines = [
    `## Task \`${task.task}\``,
    '',
    `${task.kind ?? 'task'} on resource group \`${task.resourceGroup ?? '?'}\``,
    '',
  ];
  for (const pair of task.pairs) {
    lines.push(
      `### \`${pair.dataSource}\` (${pair.roles.join(', ')}) — ${pair.ok ? 'connected' : 'not connected'}`,
    );
    lines.push(
      '',
      `**${pair.scenario ? `Scenario ${pair.scenario}` : 'No scenario'}** — ${pair.scenarioTitle}`,
      '',
    );
    lines.push(
      `Path: ${pair.hops.map((hop) => (hop.missing ? `*(${hop.detail})*` : `\`${hop.id}\``)).join(' → ')}`,
      '',
    );
    for (const step of pair.steps) {
      lines.push(
        `- [${step.ok ? 'x' : ' '}] ${step.description}${step.ok ? '' : ` ([${step.code}](${ruleDocsUrl(step.code)}))`}`,
      );
    }
    for (const note of pair.notes) lines.push('', `> ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function explainTask(context: ServerContext, params: ExplainTaskParams): ExplainTaskResult {
  const document = context.documents.get(params.uri);
  if (!document) return { text: '' };
  const task = explainAnalysis(context.cache.analysis(document)).find(
    (t) => t.task === params.task,
  );
  return { text: task ? taskMarkdown(task) : '' };
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
            (open ? context.cache.analysis(open) : analyse(document.getText())).rawFindings,
            options,
          );
      problems += all.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
      const findings = capFindings(all, options);
      if (!open) {
        const closed = document;
        await context.connection.sendDiagnostics({
          uri,
          diagnostics: findings.map((f) => toDiagnostic(closed, f)),
        });
      }
    }
  }
  return { files, problems };
}
