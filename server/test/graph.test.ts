// The diagram's protocol: dwnet/graph (with follow), the dwnet/graphChanged pushes after
// edits, dwnet/graphUnfollow, dwnet/pointerRange, and the "Show path" lens for clients that
// draw diagrams. Spoken to the bundled server over stdio, as the extension does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { GraphResult, PointerRangeResult } from '../../protocol/index';
import { pushDelay } from '../src/features/graph';
import { LspClient, ROOT } from './lspClient';

const read = (relative: string) => readFileSync(join(ROOT, relative), 'utf8');
const BROKEN = read('examples/scenario1-same-region-broken.dwnet.json');
const WHITELIST = '"10.10.1.0/24"';

/** The broken example with the whitelist fix: rds-orders lists the resource group's vSwitch. */
function fixedText(): string {
  const document = TextDocument.create('x', 'dwnet', 1, BROKEN);
  const start = BROKEN.indexOf('"rds-orders": {');
  const whitelist = BROKEN.indexOf('"whitelist": [', start) + '"whitelist": ['.length;
  expect(start).toBeGreaterThan(0);
  expect(whitelist).toBeGreaterThan(start);
  return TextDocument.applyEdits(document, [
    {
      range: { start: document.positionAt(whitelist), end: document.positionAt(whitelist) },
      newText: `${WHITELIST}, `,
    },
  ]);
}

describe('dwnet/graph', () => {
  const client = new LspClient({ initializationOptions: { showPathLens: true } });
  const pushes: GraphResult[] = [];
  beforeAll(async () => {
    client.connection.onNotification('dwnet/graphChanged', (result: GraphResult) => {
      pushes.push(result);
    });
    await client.initialize();
  });
  afterAll(() => client.shutdown());

  async function pushed(version: number): Promise<GraphResult> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = pushes.find((p) => p.version === version);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no graph pushed for v${version}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('answers the graph of the analysis check reports from, and pushes a new one after an edit', async () => {
    const uri = 'file:///workspace/graph.dwnet.json';
    await client.open(uri, BROKEN, 1);
    const first = await client.connection.sendRequest<GraphResult>('dwnet/graph', {
      uri,
      follow: true,
    });
    expect(first.version).toBe(1);
    const pair = first.graph?.pairs.find((p) => p.dataSource === 'rds-orders');
    expect(pair).toMatchObject({ task: 'sync-orders', ok: false, missing: ['whitelist-missing'] });
    const location = 'location:vsw:vpc-prod/vsw-db->ds:rds-orders';
    expect(first.graph?.edges.find((e) => e.id === location)?.status).toBe('broken');

    await client.change(uri, fixedText(), 2);
    const second = await pushed(2);
    expect(second.uri).toBe(uri);
    expect(second.graph?.pairs.find((p) => p.dataSource === 'rds-orders')?.ok).toBe(true);
    expect(second.graph?.edges.find((e) => e.id === location)?.status).toBe('ok');
    // Node ids are stable between edits: the diagram keeps its layout.
    expect(second.graph?.nodes.map((n) => n.id)).toEqual(first.graph?.nodes.map((n) => n.id));
  });

  it('stops pushing once the diagram unfollows the document', async () => {
    const uri = 'file:///workspace/unfollowed.dwnet.json';
    await client.open(uri, BROKEN, 1);
    await client.connection.sendRequest('dwnet/graph', { uri, follow: true });
    await client.connection.sendNotification('dwnet/graphUnfollow', { uri });
    await client.change(uri, fixedText(), 2);
    // Diagnostics for v2 are pushed after the same pause as a graph would be.
    await client.pushed(uri, 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pushes.filter((p) => p.uri === uri)).toEqual([]);
  });

  it('answers where a node is defined: its key selected, its whole entity revealed', async () => {
    const uri = 'file:///workspace/pointer.dwnet.json';
    await client.open(uri, BROKEN, 1);
    const { graph } = await client.connection.sendRequest<GraphResult>('dwnet/graph', { uri });
    const vSwitch = graph?.nodes.find((n) => n.id === 'vsw:vpc-prod/vsw-db');
    expect(vSwitch?.pointer).toBe('/vpcs/vpc-prod/vSwitches/vsw-db');
    const found = await client.connection.sendRequest<PointerRangeResult | null>(
      'dwnet/pointerRange',
      { uri, pointer: vSwitch?.pointer },
    );
    const document = TextDocument.create(uri, 'dwnet', 1, BROKEN);
    expect(document.getText(found?.selection)).toBe('"vsw-db"');
    expect(document.getText(found?.range)).toMatch(/^"vsw-db": \{[\s\S]*\}$/);
    expect(
      await client.connection.sendRequest('dwnet/pointerRange', { uri, pointer: '/vpcs/nope' }),
    ).toBeNull();
    expect(
      await client.connection.sendRequest('dwnet/pointerRange', { uri, pointer: '' }),
    ).toBeNull();
  });

  it('adds a "Show path" lens per task for a client that draws diagrams', async () => {
    const uri = 'file:///workspace/lens.dwnet.json';
    await client.open(uri, BROKEN, 1);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    const showPath = lenses.filter((lens) => lens.command?.command === 'dwnet.showDiagram');
    expect(showPath.map((lens) => lens.command?.title)).toEqual(showPath.map(() => 'Show path'));
    expect(showPath.map((lens) => lens.command?.arguments)).toEqual([
      [uri, 'sync-orders'],
      [uri, 'sync-events'],
      [uri, 'inventory-api'],
      [uri, 'daily-report'],
    ]);
    // Each sits on the same task key as the task's own lens.
    for (const lens of showPath) {
      const explain = lenses.find(
        (l) =>
          l.command?.command === 'dwnet.explainTask' &&
          l.command.arguments?.[1] === lens.command?.arguments?.[1],
      );
      expect(explain?.range).toEqual(lens.range);
    }
  });
});

describe('dwnet/graph for other editors', () => {
  const client = new LspClient();
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('gives no "Show path" lens to a client that did not ask for it', async () => {
    const uri = 'file:///workspace/plain.dwnet.json';
    await client.open(uri, BROKEN, 1);
    const lenses = await client.connection.sendRequest<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    expect(lenses.length).toBe(4);
    expect(lenses.every((lens) => lens.command?.command === 'dwnet.explainTask')).toBe(true);
  });
});

describe('the pause before a push', () => {
  it('grows with what the last graph of the document cost, so that typing is not held up', () => {
    expect(pushDelay(undefined)).toBe(250);
    expect(pushDelay(40)).toBe(250);
    expect(pushDelay(1_200)).toBe(2_400);
  });
});
