// The diagram's host: the panel it opens (strict CSP with a fresh nonce, dist/ as the only
// resource root), the graph it asks for and forwards as the server pushes new ones, and
// what it does with the page's messages (reveal a definition, export SVG). The page plays
// its part through the stub panel's `receive`.
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageClient } from './languageClientStub';
import { editor, vscode, type StubWebviewPanel } from './vscodeStub';

vi.mock('vscode', async () => (await import('./vscodeStub.js')).vscode);
vi.mock('vscode-languageclient/node', async () => await import('./languageClientStub.js'));

const DOC = 'file:///ws/scenario1.dwnet.json';
const graph = (status: string) => ({
  version: 1,
  nodes: [
    {
      id: 'vpc:vpc-prod',
      kind: 'vpc',
      pointer: '/vpcs/vpc-prod',
      label: 'vpc-prod',
      details: [],
      status,
    },
  ],
  edges: [],
  pairs: [],
});
let client: LanguageClient;

beforeAll(async () => {
  const { activate } = await import('../src/extension.js');
  await activate({
    subscriptions: [],
    extensionUri: vscode.Uri.parse('file:///ext'),
    asAbsolutePath: (relative: string) => join('/ext', relative),
  } as unknown as Parameters<typeof activate>[0]);
  client = LanguageClient.instances.at(-1)!;
});

beforeEach(() => {
  client.responses.set('dwnet/graph', { uri: DOC, version: 1, graph: graph('broken') });
});

async function open(uri = DOC, task?: string): Promise<StubWebviewPanel> {
  const before = editor.webviews.length;
  await editor.commands.get('dwnet.showDiagram')?.(uri, task);
  expect(editor.webviews.length).toBe(before + 1);
  return editor.webviews.at(-1)!;
}

function nonces(html: string): string[] {
  return [...html.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]!);
}

describe('dwnet.showDiagram', () => {
  it('opens a scripted panel beside the editor that loads only from dist/', async () => {
    const panel = await open();
    expect(panel.viewType).toBe('dwnet.diagram');
    expect(panel.title).toBe('Diagram: scenario1.dwnet.json');
    expect(panel.options['enableScripts']).toBe(true);
    expect(String(panel.options['localResourceRoots'])).toBe('file:///ext/dist');
    const html = panel.webview.html;
    expect(html).toContain('src="https://webview.test/ext/dist/diagram.js"');
    expect(html).toContain('data-worker="https://webview.test/ext/dist/elk-worker.min.js"');
    expect(client.requests.at(-1)).toEqual({
      method: 'dwnet/graph',
      params: { uri: DOC, follow: true },
    });
    expect(panel.webview.posted).toEqual([{ type: 'graph', graph: graph('broken'), version: 1 }]);
    panel.dispose();
  });

  it('sets a strict content security policy whose nonce is on every script and style, new per panel', async () => {
    const first = await open();
    const second = await open('file:///ws/other.dwnet.json');
    const policy = (html: string) =>
      /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const [nonce, ...others] = nonces(first.webview.html);
    expect(others).toEqual([nonce]); // the style's, then the script's
    expect(nonce).toMatch(/^[A-Za-z0-9]{16,}$/);
    expect(policy(first.webview.html).split('; ')).toEqual([
      "default-src 'none'",
      `script-src 'nonce-${nonce}'`,
      `style-src 'nonce-${nonce}'`,
      'img-src https://webview.test data:',
      'font-src https://webview.test',
      'connect-src https://webview.test',
      'worker-src blob:',
    ]);
    expect(first.webview.html).not.toMatch(/unsafe-(inline|eval)|https?:\/\/(?!webview\.test)/);
    expect(nonces(second.webview.html)[0]).not.toBe(nonce);
    first.dispose();
    second.dispose();
  });

  it('brings an open diagram forward and shows the task of a "Show path" lens', async () => {
    const panel = await open(DOC, 'sync-orders');
    await panel.webview.receive({ type: 'ready' });
    expect(panel.webview.posted.slice(-2)).toEqual([
      { type: 'graph', graph: graph('broken'), version: 1 },
      { type: 'focusTask', task: 'sync-orders' },
    ]);
    await editor.commands.get('dwnet.showDiagram')?.(DOC, 'inventory-api');
    expect(editor.webviews.at(-1)).toBe(panel);
    expect(panel.revealed).toBe(1);
    expect(panel.webview.posted.at(-1)).toEqual({ type: 'focusTask', task: 'inventory-api' });
    panel.dispose();
  });

  it('says what to do when no dwnet file is active', async () => {
    vscode.window.activeTextEditor = undefined;
    await editor.commands.get('dwnet.showDiagram')?.();
    expect(editor.messages.at(-1)).toBe(
      'dwnet: open a *.dwnet.json file to see its topology diagram.',
    );
  });
});

describe('following the document', () => {
  it('forwards each graph the server pushes for the document, never an older one', async () => {
    const panel = await open();
    const push = client.notificationHandlers.get('dwnet/graphChanged')!;
    push({ uri: DOC, version: 3, graph: graph('ok') });
    push({ uri: DOC, version: 2, graph: graph('broken') }); // late: dropped
    push({ uri: 'file:///ws/elsewhere.dwnet.json', version: 9, graph: graph('broken') });
    expect(panel.webview.posted.slice(1)).toEqual([
      { type: 'graph', graph: graph('ok'), version: 3 },
    ]);
    panel.dispose();
  });

  it('tells the server to stop pushing when the panel is closed', async () => {
    const panel = await open();
    panel.dispose();
    expect(client.notifications.at(-1)).toEqual({
      method: 'dwnet/graphUnfollow',
      params: { uri: DOC },
    });
    // A push after closing goes nowhere.
    client.notificationHandlers.get('dwnet/graphChanged')!({ uri: DOC, version: 5, graph: null });
    expect(panel.webview.posted).toHaveLength(1);
  });
});

describe('messages from the page', () => {
  it('reveals a clicked node: its key selected, its entity in view, in the editor beside', async () => {
    const panel = await open();
    const selection = { start: { line: 30, character: 6 }, end: { line: 30, character: 14 } };
    const range = { start: { line: 30, character: 6 }, end: { line: 41, character: 7 } };
    client.responses.set('dwnet/pointerRange', { selection, range });
    await panel.webview.receive({ type: 'reveal', pointer: '/vpcs/vpc-prod' });
    expect(client.requests.at(-1)).toEqual({
      method: 'dwnet/pointerRange',
      params: { uri: DOC, pointer: '/vpcs/vpc-prod' },
    });
    expect(editor.opened.at(-1)).toEqual({
      uri: DOC,
      options: { viewColumn: 1, selection, preserveFocus: false },
      revealedRange: range,
    });
    panel.dispose();
  });

  it('ignores what the page does not send', async () => {
    const panel = await open();
    const requests = client.requests.length;
    for (const message of [
      null,
      'reveal',
      { type: 'reveal' },
      { type: 'reveal', pointer: 3 },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'exportSvg' },
    ])
      await panel.webview.receive(message);
    expect(client.requests.length).toBe(requests);
    expect(editor.written).toEqual([]);
    panel.dispose();
  });

  it('saves the exported SVG where the user picks, beside the topology by default', async () => {
    const panel = await open();
    const target = vscode.Uri.parse('file:///ws/picture.svg');
    vscode.window.showSaveDialog.mockResolvedValueOnce(target);
    await panel.webview.receive({ type: 'exportSvg', svg: '<svg/>' });
    const [options] = vscode.window.showSaveDialog.mock.calls.at(-1) as unknown as [
      { defaultUri: { toString(): string } },
    ];
    expect(options.defaultUri.toString()).toBe('file:///ws/scenario1.svg');
    expect(editor.written).toEqual([{ uri: 'file:///ws/picture.svg', text: '<svg/>' }]);
    panel.dispose();
  });

  it('logs what the page drew, and its layout time', async () => {
    const panel = await open();
    await panel.webview.receive({
      type: 'rendered',
      version: 1,
      nodes: 11,
      edges: 10,
      brokenEdges: ['location:vsw:vpc-prod/vsw-db->ds:rds-orders'],
      collapsed: 'everything shown',
      layoutMs: 42,
    });
    expect(editor.outputLines.at(-1)).toBe(
      'Diagram of scenario1.dwnet.json: 11 nodes, 10 edges (everything shown), laid out in 42 ms',
    );
    panel.dispose();
  });
});
