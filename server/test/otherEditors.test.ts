// What editors other than VS Code rely on (SPEC §5), spoken to as they speak: Neovim, Vim's
// ALE, Emacs's Eglot and Helix echo less of a diagnostic, send no file events, keep the
// examples' `$schema`, and run code lenses through the server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  Hover,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from './lspClient';

const read = (relative: string) => readFileSync(join(ROOT, relative), 'utf8');
const uriOf = (name: string) => `file:///workspace/${name}`;

function applyEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'dwnet', 1, text), edits);
}

function positionOf(text: string, needle: string, delta = 0) {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  return TextDocument.create('x', 'dwnet', 1, text).positionAt(offset + delta);
}

const labels = (list: CompletionList) => list.items.map((item) => item.label.replace(/"/g, ''));

describe('a document with "$schema" gets the bundled schema', () => {
  const client = new LspClient();
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it.each([
    ['the examples’ relative path', '../schemas/dwnet.schema.json'],
    ['a URL', 'https://raw.githubusercontent.com/dwnet/dwnet/main/schemas/dwnet.schema.json'],
    ['the bare name', 'dwnet.schema.json'],
  ])('completes property names and enum values with %s', async (_name, schema) => {
    const uri = uriOf(`schema-${encodeURIComponent(_name)}.dwnet.json`);
    const text = `{\n  "$schema": "${schema}",\n  "version": 1,\n  \n  "dataSources": { "db": { "engine": "" } }\n}`;
    await client.open(uri, text);
    const properties = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 3, character: 2 },
    });
    expect(labels(properties)).toEqual(expect.arrayContaining(['vpcs', 'resourceGroups', 'tasks']));
    const engines = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, '"engine": ""', '"engine": "'.length),
    });
    expect(labels(engines)).toEqual(
      expect.arrayContaining(['mysql', 'postgresql', 'hologres', 'maxcompute', 'other']),
    );
  });

  it('completes secondaryCidrs in a VPC and the protocols of a security group rule', async () => {
    const uri = uriOf('format-growth.dwnet.json');
    const text = `{\n  "$schema": "dwnet.schema.json",\n  "version": 1,\n  "vpcs": { "v": { "cidr": "10.0.0.0/16",  } },\n  "securityGroups": { "g": { "rules": [{ "direction": "ingress", "protocol": "" }] } }\n}`;
    await client.open(uri, text);
    const vpcProperties = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, '"10.0.0.0/16",  ', '"10.0.0.0/16", '.length),
    });
    expect(labels(vpcProperties)).toEqual(expect.arrayContaining(['secondaryCidrs']));
    const protocols = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, '"protocol": ""', '"protocol": "'.length),
    });
    expect(labels(protocols).sort()).toEqual(['all', 'gre', 'icmp', 'tcp', 'udp']);
  });

  it('completes and hovers in an example file as shipped', async () => {
    const uri = uriOf('example.dwnet.json');
    const text = read('examples/scenario2-cross-region-broken.dwnet.json');
    expect(text).toContain('"$schema": "../schemas/dwnet.schema.json"');
    await client.open(uri, text);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf(text, '"engine"', 2),
    });
    expect((hover.contents as { value: string }).value).toMatch(/^The data source type\./);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: positionOf(text, '"hosting": "', '"hosting": "'.length),
    });
    expect(labels(list)).toEqual(expect.arrayContaining(['managed', 'ecs', 'selfManaged']));
  });

  it('loads no other schema', async () => {
    const uri = uriOf('other-schema.dwnet.json');
    await client.open(uri, '{\n  "$schema": "https://example.com/other.json",\n  \n}');
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 2, character: 2 },
    });
    expect(list.items).toEqual([]);
  });
});

describe('quick fixes from the request range, whatever the client echoes', () => {
  const client = new LspClient();
  const uri = uriOf('ale.dwnet.json');
  const before = read('test/fixtures/fixes/whitelist-missing.before.dwnet.json');
  const after = read('test/fixtures/fixes/whitelist-missing.after.dwnet.json');
  let published: Diagnostic;
  beforeAll(async () => {
    await client.initialize();
    await client.open(uri, before);
    published = (await client.pushed(uri, 1)).find((d) => d.code === 'whitelist-missing')!;
  });
  afterAll(() => client.shutdown());

  async function quickFixes(range: Diagnostic['range'], diagnostics: unknown[]) {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only: ['quickfix'] },
    });
  }

  it('Vim ALE: the diagnostic echoed as code, message and range only', async () => {
    const echoed = { code: published.code, message: published.message, range: published.range };
    const actions = await quickFixes(published.range, [echoed]);
    expect(actions[0]?.isPreferred).toBe(true);
    expect(actions[0]?.diagnostics).toEqual([echoed]);
    expect(applyEdit(before, uri, actions[0]?.edit)).toBe(after);
  });

  it('no diagnostics echoed: the cursor inside the underline is enough', async () => {
    const cursor = {
      line: published.range.start.line,
      character: published.range.start.character + 3,
    };
    const actions = await quickFixes({ start: cursor, end: cursor }, []);
    expect(actions.map((a) => [a.diagnostics?.[0]?.code, a.isPreferred])[0]).toEqual([
      'whitelist-missing',
      true,
    ]);
    expect(actions[0]?.diagnostics?.[0]?.source).toBe('dwnet');
    expect(applyEdit(before, uri, actions[0]?.edit)).toBe(after);
  });

  it('a cursor at the end of the underline touches it', async () => {
    const end = published.range.end;
    const actions = await quickFixes({ start: end, end }, []);
    expect(applyEdit(before, uri, actions[0]?.edit)).toBe(after);
  });

  it('a range away from every finding gets no fix', async () => {
    const top = { line: 0, character: 0 };
    expect(await quickFixes({ start: top, end: top }, [])).toEqual([]);
  });

  it("another server's diagnostic with the same code is not dwnet's", async () => {
    const top = { line: 0, character: 0 };
    const foreign = { ...published, source: 'jsonls', range: { start: top, end: top } };
    expect(await quickFixes({ start: top, end: top }, [foreign])).toEqual([]);
  });

  it('one action per fix when the echo and the range name the same finding', async () => {
    const both = await quickFixes(published.range, [published]);
    const echoOnly = await quickFixes(published.range, []);
    expect(both.map((a) => a.title)).toEqual(echoOnly.map((a) => a.title));
  });
});

describe('dwnet.config.json in an editor that sends no file events', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dwnet-poll-'));
  const client = new LspClient({ workspaceFolder: folder, watchFiles: false });
  const file = join(folder, 'topology.dwnet.json');
  const uri = pathToFileURL(file).toString();
  const config = join(folder, 'dwnet.config.json');
  const severities = async () =>
    (await client.pushed(uri)).map((d) => [d.code, d.severity] as const);
  beforeAll(async () => {
    writeFileSync(file, read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json'));
    writeFileSync(config, '{ "rules": { "whitelist-missing": "warning" } }');
    await client.initialize();
    await client.open(uri, read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json'));
  });
  afterAll(() => client.shutdown());

  it('applies an edit of the file, noticed by its modification time', async () => {
    expect(await severities()).toEqual([['whitelist-missing', 2]]);
    writeFileSync(config, '{ "rules": { "whitelist-missing": "hint" } }');
    await expect
      .poll(severities, { timeout: 10_000, interval: 200 })
      .toEqual([['whitelist-missing', 4]]);
  });

  it('applies its removal', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(config);
    await expect
      .poll(severities, { timeout: 10_000, interval: 200 })
      .toEqual([['whitelist-missing', 1]]);
  });
});

describe('settings pushed by a client that cannot be asked (Neovim 0.7, ALE)', () => {
  it('applies the dwnet section of workspace/didChangeConfiguration', async () => {
    const client = new LspClient({ configuration: false });
    await client.initialize();
    const uri = uriOf('pushed-settings.dwnet.json');
    await client.notify('workspace/didChangeConfiguration', {
      settings: { dwnet: { rules: { 'whitelist-missing': 'hint', 'no-such-rule': 'off' } } },
    });
    await client.open(uri, read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json'));
    expect((await client.pushed(uri, 1)).map((d) => [d.code, d.severity])).toEqual([
      ['whitelist-missing', 4],
    ]);
    await client.shutdown();
  });
});

describe('the code lens command runs on the server', () => {
  const text = read('examples/scenario2-cross-region-broken.dwnet.json');
  const uri = uriOf('lens.dwnet.json');

  it('executes the lens of a task and shows its explanation as a message', async () => {
    const client = new LspClient();
    const result = await client.initialize();
    expect(result.capabilities.executeCommandProvider?.commands).toEqual(['dwnet.explainTask']);
    await client.open(uri, text);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    const lens = lenses.find((l) => /Scenario 2 · 3 steps missing/.test(l.command?.title ?? ''))!;
    expect(lens.command?.arguments).toEqual([uri, 'sync-orders-sh']);
    const explained = await client.request<{ text: string }>('workspace/executeCommand', {
      command: lens.command?.command,
      arguments: lens.command?.arguments,
    });
    expect(explained.text).toContain('## Task `sync-orders-sh`');
    expect(explained.text).toContain('- [ ] Add a route');
    await expect.poll(() => client.messages).toEqual([{ type: 3, message: explained.text }]);
    await client.shutdown();
  });

  it('takes a file path for the document, as typed in Helix or Emacs', async () => {
    const client = new LspClient({
      initializationOptions: { clientCommands: ['dwnet.explainTask'] },
    });
    await client.initialize();
    const path = join(tmpdir(), 'typed path', 'topology.dwnet.json');
    await client.open(pathToFileURL(path).toString(), text);
    const explained = await client.request<{ text: string }>('workspace/executeCommand', {
      command: 'dwnet.explainTask',
      arguments: [path, 'sync-orders-sh'],
    });
    expect(explained.text).toContain('## Task `sync-orders-sh`');
    await client.shutdown();
  });

  it('answers a command without a task with an error that says how to run it', async () => {
    const client = new LspClient();
    await client.initialize();
    await expect(
      client.request('workspace/executeCommand', { command: 'dwnet.explainTask', arguments: [] }),
    ).rejects.toThrow(/takes the topology \(its URI or absolute path\) and a task id/);
    expect(client.exited).toBe(false);
    await client.shutdown();
  });

  it('leaves a command the client registers itself to the client (VS Code)', async () => {
    const client = new LspClient({
      initializationOptions: { clientCommands: ['dwnet.explainTask'] },
    });
    const result = await client.initialize();
    expect(result.capabilities.executeCommandProvider?.commands).toEqual([]);
    await client.open(uri, text);
    const explained = await client.request<{ text: string }>('workspace/executeCommand', {
      command: 'dwnet.explainTask',
      arguments: [uri, 'sync-orders-sh'],
    });
    expect(explained.text).toContain('## Task `sync-orders-sh`');
    // A round trip after the command: a message would have arrived before its answer.
    await client.request('textDocument/codeLens', { textDocument: { uri } });
    expect(client.messages).toEqual([]);
    await client.shutdown();
  });
});

describe('serverInfo', () => {
  it("reports the package's version", async () => {
    const client = new LspClient({ viaCli: true });
    const result = await client.initialize();
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(result.serverInfo).toEqual({ name: 'dwnet', version });
    await client.shutdown();
  });
});
