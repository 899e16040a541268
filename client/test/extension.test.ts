// Activates the extension against stand-ins for `vscode` and the language client, and
// checks what it registers and what its commands send to the server.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LanguageClient, State, TransportKind } from './languageClientStub';
import { editor, LogLevel, vscode } from './vscodeStub';

vi.mock('vscode', async () => (await import('./vscodeStub.js')).vscode);
vi.mock('vscode-languageclient/node', async () => await import('./languageClientStub.js'));

interface Manifest {
  contributes: { commands: { command: string }[] };
}

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const subscriptions: { dispose(): unknown }[] = [];
let client: LanguageClient;

beforeAll(async () => {
  const { activate } = await import('../src/extension.js');
  await activate({
    subscriptions,
    asAbsolutePath: (relative: string) => join('/ext', relative),
  } as unknown as Parameters<typeof activate>[0]);
  expect(LanguageClient.instances).toHaveLength(1);
  client = LanguageClient.instances[0]!;
});

describe('activation', () => {
  it('registers every contributed command, and no other', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    expect([...editor.commands.keys()].sort()).toEqual(contributed);
  });

  it('starts dist/server.js over stdio for dwnet files and untitled documents', () => {
    expect(client.id).toBe('dwnet'); // the client reads `dwnet.trace.server` from its id
    expect(client.start).toHaveBeenCalledOnce();
    const { run, debug } = client.serverOptions as Record<string, Record<string, unknown>>;
    expect(run).toEqual({ module: '/ext/dist/server.js', transport: TransportKind.stdio });
    expect(debug?.['module']).toBe('/ext/dist/server.js');
    expect(client.clientOptions['documentSelector']).toEqual([
      { scheme: 'file', language: 'dwnet' },
      { scheme: 'untitled', language: 'dwnet' },
    ]);
    expect(editor.watchers).toEqual(['**/dwnet.config.json']);
  });

  it('shows the server state in a language status item', () => {
    const [item] = editor.statusItems;
    expect(item).toMatchObject({ name: 'dwnet', text: 'dwnet', detail: 'server running' });
    expect(item?.['selector']).toEqual({ language: 'dwnet' });
    client.stateChanged.fire({ oldState: State.Running, newState: State.Starting });
    expect(item).toMatchObject({ busy: true, detail: 'server starting' });
    client.stateChanged.fire({ oldState: State.Starting, newState: State.Running });
    expect(item).toMatchObject({ busy: false, detail: 'server running' });
  });

  it('traces the protocol only when dwnet.trace.server asks for it', () => {
    const trace = client.clientOptions['traceOutputChannel'] as {
      logLevel: number;
      trace(message: string): void;
    };
    expect(trace.logLevel).toBe(LogLevel.Info);
    editor.setSetting('dwnet.trace.server', 'verbose');
    expect(trace.logLevel).toBe(LogLevel.Trace);
    trace.trace("Sending request 'initialize - (0)'.");
    expect(editor.outputLines.at(-1)).toMatch(
      /^\[Trace - .+\] Sending request 'initialize - \(0\)'\.$/,
    );
    editor.setSetting('dwnet.trace.server', 'off');
    expect(trace.logLevel).toBe(LogLevel.Info);
    const written = editor.outputLines.length;
    trace.trace('not written');
    expect(editor.outputLines).toHaveLength(written);
  });
});

describe('commands', () => {
  it('declares that it shows the explanations of its code lens command itself, and draws diagrams', () => {
    expect(client.clientOptions['initializationOptions']).toEqual({
      clientCommands: ['dwnet.explainTask'],
      showPathLens: true,
    });
  });

  it('dwnet.explainTask has the server execute the code lens command and shows the answer read-only', async () => {
    client.responses.set('workspace/executeCommand', { text: '# task sync-orders' });
    await editor.commands.get('dwnet.explainTask')?.('file:///ws/a.dwnet.json', 'sync-orders');
    expect(client.requests.at(-1)).toEqual({
      method: 'workspace/executeCommand',
      params: {
        command: 'dwnet.explainTask',
        arguments: ['file:///ws/a.dwnet.json', 'sync-orders'],
      },
    });
    expect(editor.shown.at(-1)).toEqual({
      uri: 'dwnet-explain:/sync-orders.md?file:///ws/a.dwnet.json',
      text: '# task sync-orders',
    });
  });

  it('dwnet.explainTask offers the tasks of the code lenses when called without arguments', async () => {
    vscode.window.activeTextEditor = {
      document: { uri: vscode.Uri.parse('file:///ws/b.dwnet.json'), languageId: 'dwnet' },
    } as never;
    const lens = (task: string, title: string) => ({
      command: {
        command: 'dwnet.explainTask',
        title,
        arguments: ['file:///ws/b.dwnet.json', task],
      },
    });
    vscode.commands.executeCommand.mockResolvedValueOnce([
      lens('t1', 'Scenario 1 · connected'),
      lens('t2', 'Scenario 2 · 1 step missing'),
    ] as never);
    vscode.window.showQuickPick.mockImplementationOnce(
      (async (items: { label: string }[]) => items[1]) as never,
    );
    client.responses.set('workspace/executeCommand', { text: 'explained' });
    await editor.commands.get('dwnet.explainTask')?.();
    const [items] = vscode.window.showQuickPick.mock.calls.at(-1) as unknown as [unknown[]];
    expect(items).toEqual([
      { label: 't1', description: 'Scenario 1 · connected' },
      { label: 't2', description: 'Scenario 2 · 1 step missing' },
    ]);
    expect(client.requests.at(-1)).toEqual({
      method: 'workspace/executeCommand',
      params: { command: 'dwnet.explainTask', arguments: ['file:///ws/b.dwnet.json', 't2'] },
    });
  });

  it('dwnet.checkWorkspace reports the counts the server returns', async () => {
    client.responses.set('dwnet/checkWorkspace', { files: 3, problems: 1 });
    await editor.commands.get('dwnet.checkWorkspace')?.();
    expect(client.requests.at(-1)).toEqual({ method: 'dwnet/checkWorkspace', params: undefined });
    expect(editor.messages.at(-1)).toBe('dwnet checked 3 files: 1 problem.');
  });

  it('dwnet.importTerraform sends the files of the picked folder and opens the topology', async () => {
    editor.files.set('file:///ws/infra/main.tf', 'resource "alicloud_vpc" "main" {}');
    editor.files.set('file:///ws/infra/prod.tfvars', 'name = "prod"');
    editor.files.set('file:///ws/infra/README.md', '# not read');
    editor.files.set('file:///ws/infra/.terraform/providers/x.tf', 'not read');
    editor.files.set('file:///ws/infra/.terraform/modules/modules.json', '{"Modules": []}');
    vscode.window.showOpenDialog.mockResolvedValueOnce([vscode.Uri.parse('file:///ws/infra')]);
    client.responses.set('dwnet/import', {
      text: '{ "version": 1 }\n',
      summary: ['imported 1 VPC from file:///ws/infra'],
      errors: [],
    });
    await editor.commands.get('dwnet.importTerraform')?.();
    expect(client.requests.at(-1)).toEqual({
      method: 'dwnet/import',
      params: {
        source: 'terraform',
        label: 'file:///ws/infra',
        files: {
          '.terraform/modules/modules.json': '{"Modules": []}',
          'main.tf': 'resource "alicloud_vpc" "main" {}',
          'prod.tfvars': 'name = "prod"',
        },
      },
    });
    expect(editor.shown.at(-1)).toEqual({
      uri: expect.stringMatching(/^untitled:/),
      text: '{ "version": 1 }\n',
    });
    expect(editor.messages.at(-1)).toBe('dwnet: imported 1 VPC from file:///ws/infra');
  });

  it('dwnet.importTerraform reads an example with the modules it calls from ../..', async () => {
    editor.files.clear();
    editor.files.set('file:///ws/mod/main.tf', 'resource "alicloud_vpc" "this" {}');
    editor.files.set(
      'file:///ws/mod/examples/complete/main.tf',
      'module "m" {\n  source = "../.."\n}',
    );
    vscode.window.showOpenDialog.mockResolvedValueOnce([
      vscode.Uri.parse('file:///ws/mod/examples/complete'),
    ]);
    client.responses.set('dwnet/import', { text: '{}', summary: ['imported'], errors: [] });
    await editor.commands.get('dwnet.importTerraform')?.();
    expect(client.requests.at(-1)?.params).toMatchObject({
      root: 'examples/complete',
      files: {
        'main.tf': 'resource "alicloud_vpc" "this" {}',
        'examples/complete/main.tf': expect.any(String),
      },
    });
  });

  it('dwnet.importAliyun shows the error the server names, and opens nothing', async () => {
    editor.files.clear();
    editor.files.set('file:///ws/api/DescribeVpcs.json', '{');
    vscode.window.showOpenDialog.mockResolvedValueOnce([vscode.Uri.parse('file:///ws/api')]);
    client.responses.set('dwnet/import', {
      text: '',
      summary: [],
      errors: ['DescribeVpcs.json:1: not valid JSON'],
    });
    const shown = editor.shown.length;
    await editor.commands.get('dwnet.importAliyun')?.();
    expect(client.requests.at(-1)?.params).toMatchObject({
      source: 'aliyun',
      files: { 'DescribeVpcs.json': '{' },
    });
    expect(editor.shown).toHaveLength(shown);
    expect(editor.messages.at(-1)).toBe(
      'dwnet: cannot import file:///ws/api: DescribeVpcs.json:1: not valid JSON',
    );
  });

  it('dwnet.restartServer restarts the client', async () => {
    await editor.commands.get('dwnet.restartServer')?.();
    expect(client.restart).toHaveBeenCalledOnce();
  });

  it('deactivate stops the client', async () => {
    const { deactivate } = await import('../src/extension.js');
    await deactivate();
    expect(client.stop).toHaveBeenCalled();
  });
});
