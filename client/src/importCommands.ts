// *dwnet: Import from Terraform…* and *dwnet: Import from Alibaba Cloud API responses…*:
// the user picks a folder (or a plan / state file), the extension reads the files
// `dwnet import` would read, and the language server imports their contents (the
// `dwnet/import` request: the extension never loads the core). The topology opens in a
// new editor, to be saved as `*.dwnet.json`; the summary goes to the dwnet output.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ImportRequest, type ImportParams, type ImportResult } from '../../protocol/index';

export type ImportSource = ImportParams['source'];

/** The files `dwnet import` reads (the same as the CLI: cli/src/commands/import.ts). */
const WANTED: Record<ImportSource, RegExp> = {
  terraform: /\.(tf|tf\.json|tfvars|tfvars\.json)$|(^|\/)\.terraform\/modules\/modules\.json$/,
  aliyun: /\.json$/i,
};

/** Beyond this, a folder is not a project but a mistake (a home directory). */
const MAX_FILES = 5_000;
const MAX_BYTES = 50 * 1024 * 1024;

const TITLES: Record<ImportSource, string> = {
  terraform: 'Import from Terraform',
  aliyun: 'Import from Alibaba Cloud API responses',
};

class ImportInputError extends Error {}

interface PickedFiles {
  files: Record<string, string>;
  root?: string;
}

/** How many folders above `folder` its local modules reach (`source = "../.."` → 2). */
async function levelsUp(folder: vscode.Uri): Promise<number> {
  let up = 0;
  for (const [name, type] of await vscode.workspace.fs.readDirectory(folder)) {
    if (type !== vscode.FileType.File || !name.endsWith('.tf')) continue;
    const text = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)),
    );
    for (const match of text.matchAll(/\bsource\s*=\s*"((?:\.\.\/?)+)[^"]*"/g)) {
      up = Math.max(up, (match[1] ?? '').split('/').filter((s) => s === '..').length);
    }
  }
  return Math.min(up, 4);
}

/** Whether the walk goes into a folder: no dot-folders but `.terraform/modules`, no node_modules. */
function entersFolder(relative: string, name: string): boolean {
  if (name === 'node_modules' || name === '.git') return false;
  if (name === '.terraform') return true;
  if (/(^|\/)\.terraform$/.test(relative.slice(0, -name.length - 1))) return name === 'modules';
  if (/(^|\/)\.terraform\/modules(\/|$)/.test(relative)) return true;
  return !name.startsWith('.');
}

async function readFolder(
  base: vscode.Uri,
  wanted: RegExp,
  token: vscode.CancellationToken,
): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let count = 0;
  let bytes = 0;
  const decoder = new TextDecoder();
  const visit = async (relative: string) => {
    const folder = relative === '' ? base : vscode.Uri.joinPath(base, relative);
    const entries = await vscode.workspace.fs.readDirectory(folder);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [name, type] of entries) {
      if (token.isCancellationRequested) return;
      const child = relative === '' ? name : `${relative}/${name}`;
      if (type & vscode.FileType.Directory) {
        if (entersFolder(child, name)) await visit(child);
      } else if (wanted.test(child)) {
        const content = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(base, child));
        bytes += content.byteLength;
        if (++count > MAX_FILES || bytes > MAX_BYTES) {
          throw new ImportInputError('too many or too large files: pick the project folder');
        }
        files[child] = decoder.decode(content).replace(/^\uFEFF/, '');
      }
    }
  };
  await visit('');
  return files;
}

/** The contents of what the user picked, as `dwnet import` would read them. */
async function readPicked(
  picked: vscode.Uri,
  source: ImportSource,
  token: vscode.CancellationToken,
): Promise<PickedFiles> {
  const stat = await vscode.workspace.fs.stat(picked);
  if (!(stat.type & vscode.FileType.Directory)) {
    const name = picked.path.split('/').pop() ?? 'input';
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(picked));
    return { files: { [name]: text.replace(/^\uFEFF/, '') } };
  }
  let base = picked;
  const segments: string[] = [];
  if (source === 'terraform') {
    for (let up = await levelsUp(picked); up > 0 && base.path !== '/'; up--) {
      segments.unshift(base.path.split('/').pop() ?? '');
      base = vscode.Uri.joinPath(base, '..');
    }
  }
  const files = await readFolder(base, WANTED[source], token);
  const root = segments.join('/');
  if (!Object.keys(files).some((name) => root === '' || name.startsWith(`${root}/`))) {
    throw new ImportInputError(
      source === 'terraform'
        ? 'no Terraform files (*.tf, *.tf.json, *.tfvars) in it'
        : 'no saved API responses (*.json) in it',
    );
  }
  return root === '' ? { files } : { files, root };
}

export async function importFrom(
  source: ImportSource,
  client: LanguageClient,
  output: vscode.LogOutputChannel,
  reportError: (what: string, error: unknown) => void,
): Promise<void> {
  const picked = await vscode.window.showOpenDialog({
    title: `dwnet: ${TITLES[source]}`,
    openLabel: 'Import',
    canSelectFolders: true,
    canSelectFiles: source === 'terraform',
    canSelectMany: false,
    ...(source === 'terraform'
      ? {
          filters: {
            'Terraform folder, plan or state (terraform show -json)': ['json', 'tfstate'],
          },
        }
      : {}),
    ...(vscode.workspace.workspaceFolders?.[0]
      ? { defaultUri: vscode.workspace.workspaceFolders[0].uri }
      : {}),
  });
  const uri = picked?.[0];
  if (!uri) return;
  const label = vscode.workspace.asRelativePath(uri);
  let result: ImportResult | undefined;
  try {
    result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `dwnet: importing ${label}`,
        cancellable: true,
      },
      async (progress, token) => {
        progress.report({ message: 'reading the files…' });
        const { files, root } = await readPicked(uri, source, token);
        if (token.isCancellationRequested) return undefined;
        const count = Object.keys(files).length;
        progress.report({ message: `importing ${count} file${count === 1 ? '' : 's'}…` });
        const params: ImportParams = { source, files, label, ...(root ? { root } : {}) };
        return client.sendRequest(ImportRequest.type, params, token);
      },
    );
  } catch (error) {
    if (error instanceof ImportInputError) {
      void vscode.window.showErrorMessage(`dwnet: cannot import ${label}: ${error.message}`);
      return;
    }
    reportError(`${TITLES[source]} failed`, error);
    return;
  }
  if (!result) return;
  for (const line of result.summary) output.info(line);
  if (result.errors.length > 0) {
    for (const line of result.errors) output.error(line);
    void vscode.window
      .showErrorMessage(`dwnet: cannot import ${label}: ${result.errors[0]}`, 'Show Output')
      .then((choice) => {
        if (choice === 'Show Output') output.show(true);
      });
    return;
  }
  const document = await vscode.workspace.openTextDocument({
    language: 'dwnet',
    content: result.text,
  });
  await vscode.window.showTextDocument(document);
  void vscode.window.showInformationMessage(`dwnet: ${result.summary[0] ?? 'imported'}`);
}
