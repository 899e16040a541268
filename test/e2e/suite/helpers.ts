// What every test of the suite needs: the workspace's files, opening them as a user does, and
// waiting for the language server's answers. Nothing here sleeps: every wait is on an event
// (`languages.onDidChangeDiagnostics`), or asks again at once where VS Code has no event to
// wait for (quick fixes), with a deadline that fails the test with what was seen, so a slow
// machine only makes the suite slower and a broken server fails readably.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'dwnet.dwnet';

/** Long enough for a cold language server on a 2-core CI machine, short enough to fail fast. */
export const DIAGNOSTICS_TIMEOUT_MS = 20_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e run opens a workspace folder');
  return folder.uri;
}

/** A file of the workspace the harness assembled (test/e2e/workspace/README.md). */
export function workspaceFile(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), path);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * Opens a file in an editor, as a user would: the language client pulls diagnostics for the
 * documents shown in editors.
 */
export async function open(path: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(path));
  assert.equal(document.languageId, 'dwnet', `${path} opens as a dwnet document`);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** dwnet's diagnostics of a document (other extensions could add their own). */
export function dwnetDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'dwnet');
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return String(code);
}

export function codesOf(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics.map(codeOf).sort();
}

function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics
    .map(
      (d) =>
        `${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} at ${d.range.start.line + 1}:${d.range.start.character + 1}`,
    )
    .join(', ');
}

/**
 * Resolves with the document's dwnet diagnostics once `accept` holds for them, checking now
 * and on every change of the document's diagnostics. After `timeoutMs` it fails with `what`
 * and the diagnostics it last saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = dwnetDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `${vscode.workspace.asRelativePath(uri)}: waited ${timeoutMs / 1000} s for ${what}; ` +
            `dwnet diagnostics: ${describeDiagnostics(dwnetDiagnostics(uri))}. ` +
            'Is the language server running? (its log: the dwnet output channel)',
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Waits for the first dwnet diagnostics of a document that should have some. */
export function waitForAnyDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, 'dwnet diagnostics', (diagnostics) => diagnostics.length > 0);
}

/** Long enough for VS Code's providers to settle on a loaded machine. */
export const CODE_ACTIONS_TIMEOUT_MS = 10_000;

/** VS Code's own cancellation, as it crosses from the workbench into the extension host. */
function isCancellation(error: unknown): boolean {
  return error instanceof vscode.CancellationError || (error as Error | null)?.name === 'Canceled';
}

/**
 * The quick fixes VS Code offers at a range, as the lightbulb would list them, once
 * `accept` holds for them. VS Code drops a code action request whenever any extension
 * registers or removes a code action provider while it runs — for any language (its
 * registry compares all the providers of the document with those of the requested kind, and
 * the snippets' "Surround With" provider is never a quick fix provider): the request then
 * answers nothing, or fails as cancelled, and the lightbulb asks again. A window's first
 * seconds are full of such registrations (extensions activating, chat setup), so this asks
 * again too, until `accept` holds or `timeoutMs` has passed, and then fails with `what` and
 * the last answer.
 */
export async function waitForQuickFixes(
  uri: vscode.Uri,
  range: vscode.Range,
  what: string,
  accept: (actions: vscode.CodeAction[]) => boolean,
  timeoutMs = CODE_ACTIONS_TIMEOUT_MS,
): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (let attempt = 1; ; attempt++) {
    try {
      const answer = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const actions = answer.filter(
        (action): action is vscode.CodeAction =>
          'kind' in action &&
          action.kind !== undefined &&
          vscode.CodeActionKind.QuickFix.contains(action.kind),
      );
      if (accept(actions)) return actions;
      last = actions.length
        ? actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).join(' | ')
        : 'none';
    } catch (error) {
      if (!isCancellation(error)) throw error;
      last = 'cancelled';
    }
    if (Date.now() >= deadline) {
      assert.fail(
        `${vscode.workspace.asRelativePath(uri)}: asked ${attempt} times in ${timeoutMs / 1000} s ` +
          `for ${what}; the last quick fixes: ${last}`,
      );
    }
  }
}

/** The position of the `occurrence`-th (0-based) `needle` in the document, plus `offset`. */
export function positionOf(
  document: vscode.TextDocument,
  needle: string,
  offset = 0,
  occurrence = 0,
): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `${needle} occurs ${occurrence + 1} times in ${document.uri.path}`);
  }
  return document.positionAt(index + offset);
}

/** Hover contents as plain text (markdown source included). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Closes every editor, dropping unsaved changes, so that each test starts from the disk. */
export async function closeAllEditors(): Promise<void> {
  for (const tab of vscode.window.tabGroups.all.flatMap((group) => group.tabs)) {
    if (tab.isDirty && tab.input instanceof vscode.TabInputText) {
      // Closing a dirty editor would ask whether to save; reverting first never asks.
      await vscode.window.showTextDocument(tab.input.uri, { preview: false });
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  }
  await vscode.window.tabGroups.close(vscode.window.tabGroups.all.flatMap((group) => group.tabs));
}

let ready: Promise<void> | undefined;

/**
 * Resolves once the language server has checked a file; every feature suite waits for it in
 * a `before` hook. It is asked once: when the server cannot start, each suite fails at once
 * with the same message instead of every test waiting for its own timeout.
 */
export function serverReady(): Promise<void> {
  ready ??= (async () => {
    const editor = await open('examples/scenario2-cross-region-broken.dwnet.json');
    await waitForDiagnostics(
      editor.document.uri,
      'the first diagnostics of the language server',
      (found) => found.length > 0,
      30_000,
    );
  })();
  return ready;
}
