// The extension that runs is the installed .vsix, and everything its manifest points at made
// it into the package: a file missing from .vscodeignore's list fails here, by name, before
// the feature tests fail with less telling timeouts.
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, open } from './helpers';

interface Manifest {
  main: string;
  contributes: {
    grammars: { path: string }[];
    jsonValidation: { url: string }[];
    languages: { configuration: string }[];
  };
}

describe('the packaged extension', () => {
  afterEach(closeAllEditors);

  it('is installed, with every file its manifest names, and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const manifest = extension.packageJSON as Manifest;
    const files = [
      manifest.main,
      // Not named by the manifest: the extension starts it (client/src/extension.ts).
      'dist/server.js',
      ...manifest.contributes.grammars.map((g) => g.path),
      ...manifest.contributes.jsonValidation.map((v) => v.url),
      ...manifest.contributes.languages.map((l) => l.configuration),
    ];
    const missing = files.filter((file) => !existsSync(join(extension.extensionPath, file)));
    assert.deepEqual(missing, [], `files missing from ${extension.extensionPath}`);
    await extension.activate();
    assert.ok(extension.isActive, 'the extension activated');
  });

  it('activates on a dwnet file and registers its commands', async () => {
    // As a user activates it (onLanguage:dwnet), independently of the test above.
    await open('examples/scenario1-same-region.dwnet.json');
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const commands = await vscode.commands.getCommands(true);
    for (const command of [
      'dwnet.checkWorkspace',
      'dwnet.explainTask',
      'dwnet.restartServer',
      'dwnet.showOutput',
      'dwnet.importTerraform',
      'dwnet.importAliyun',
    ]) {
      assert.ok(commands.includes(command), `${command} is registered`);
    }
  });
});
