// Protocol-level tests: the bundled server over stdio, spoken to as an editor would.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  DocumentSymbol,
  Hover,
  Location,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { keepsSyntax } from '../../core/src/index';
import { LspClient, ROOT } from './lspClient';

const read = (relative: string) => readFileSync(join(ROOT, relative), 'utf8');
const uriOf = (name: string) => `file:///workspace/${name}`;

function applyEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  const edits: TextEdit[] = edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'dwnet', 1, text), edits);
}

function positionOf(text: string, needle: string, delta = 1): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  return TextDocument.create('x', 'dwnet', 1, text).positionAt(offset + delta);
}

describe('push diagnostics (clients without pull support)', () => {
  const client = new LspClient();
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('publishes the findings of a real file with docs links, related information and tags', async () => {
    const uri = uriOf('broken.dwnet.json');
    await client.open(uri, read('examples/scenario2-cross-region-broken.dwnet.json'));
    const diagnostics = await client.pushed(uri, 1);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'rg-sg-egress-missing',
      'route-missing',
      'whitelist-missing',
    ]);
    const route = diagnostics.find((d) => d.code === 'route-missing')!;
    expect(route.source).toBe('dwnet');
    expect(route.codeDescription?.href).toMatch(/docs\/rules\/route-missing\.md$/);
    expect(route.relatedInformation?.length).toBeGreaterThan(0);
    expect((route.data as { pointer: string }).pointer).toBe(
      '/resourceGroups/rg-serverless/vpcBindings/0',
    );
  });

  it('underlines a finding on a whole entity on its first line only', async () => {
    const text = read('examples/scenario2-cross-region-broken.dwnet.json');
    const uri = uriOf('first-line.dwnet.json');
    await client.open(uri, text);
    const group = (await client.pushed(uri, 1)).find((d) => d.code === 'rg-sg-egress-missing')!;
    expect(group.range.start.line).toBe(group.range.end.line);
    const document = TextDocument.create(uri, 'dwnet', 1, text);
    expect(document.getText(group.range)).toBe('"sg-dataworks": {');
  });

  it('marks unused entities as unnecessary', async () => {
    const uri = uriOf('unused.dwnet.json');
    await client.open(uri, read('test/fixtures/rules/unused/invalid.dwnet.json'));
    const unused = (await client.pushed(uri, 1)).filter((d) => d.code === 'unused');
    expect(unused.length).toBeGreaterThan(0);
    expect(unused.every((d) => d.tags?.includes(1))).toBe(true);
  });

  it('debounces edits and never publishes an older version after a newer one', async () => {
    const uri = uriOf('typing.dwnet.json');
    const text = read('examples/scenario1-same-region.dwnet.json');
    await client.open(uri, text, 1);
    for (let version = 2; version <= 6; version++)
      await client.change(uri, text.slice(0, text.length - version), version);
    await client.change(uri, text, 7);
    expect(await client.pushed(uri, 7)).toEqual([]);
    const versions = client.publishedVersions(uri).filter((v): v is number => v !== undefined);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.length).toBeLessThan(7);
  });
});

describe('pull diagnostics, quick fixes and editor features', () => {
  const client = new LspClient({ pull: true });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('declares pull diagnostics and every feature', () => {
    const capabilities = client.initializeResult!.capabilities;
    expect(capabilities.diagnosticProvider).toBeDefined();
    for (const feature of [
      'hoverProvider',
      'completionProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'documentSymbolProvider',
      'codeLensProvider',
      'codeActionProvider',
      'documentFormattingProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
    ]) {
      expect(capabilities, feature).toHaveProperty(feature);
    }
  });

  const fixtures = readdirSync(join(ROOT, 'test/fixtures/fixes'))
    .filter((f) => f.endsWith('.before.dwnet.json'))
    .map((f) => f.slice(0, -'.before.dwnet.json'.length));

  it.each(fixtures)('quick fix %s: the first action removes its diagnostic', async (name) => {
    const code = name.split('.')[0]!;
    const uri = uriOf(`fix-${name}.dwnet.json`);
    const before = read(`test/fixtures/fixes/${name}.before.dwnet.json`);
    await client.open(uri, before);
    const diagnostics = await client.pulled(uri);
    const diagnostic = diagnostics.find((d) => d.code === code)!;
    expect(diagnostic).toBeDefined();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
    // Fixes that remove or narrow, or change a drop rule, are offered but never preferred
    // (SPEC §4 "Fix safety"; test/fixtures/README.md).
    const offered =
      ['route-own-vpc', 'route-unused', 'whitelist-open'].includes(code) ||
      name.split('.').includes('offered');
    expect(actions[0]!.isPreferred).toBe(!offered);
    expect(actions[0]!.diagnostics?.[0]?.code).toBe(code);
    const after = applyEdit(before, uri, actions[0]!.edit);
    expect(after).toBe(read(`test/fixtures/fixes/${name}.after.dwnet.json`));
    await client.change(uri, after, 2);
    const remaining = await client.pulled(uri);
    expect(remaining.some((d) => d.code === 'json-syntax')).toBe(false);
    const same = (d: Diagnostic) =>
      d.code === code &&
      (d.data as { pointer: string }).pointer ===
        (diagnostic.data as { pointer: string }).pointer &&
      d.message === diagnostic.message;
    expect(remaining.some(same)).toBe(false);
  });

  it('offers a fix in a document that does not parse only when it keeps the syntax', async () => {
    const uri = uriOf('fix-broken.dwnet.json');
    // A missing comma far from the finding: the rest of the file is still checked.
    const before = read('test/fixtures/fixes/whitelist-missing.before.dwnet.json').replace(
      '"version": 1,',
      '"version": 1',
    );
    await client.open(uri, before);
    const diagnostics = await client.pulled(uri);
    expect(diagnostics.map((d) => d.code)).toContain('json-syntax');
    const diagnostic = diagnostics.find((d) => d.code === 'whitelist-missing')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
    const after = applyEdit(before, uri, actions[0]!.edit);
    const errorsBefore = diagnostics.filter((d) => d.code === 'json-syntax').length;
    expect(
      keepsSyntax(before, [{ offset: 0, length: before.length, content: after }], errorsBefore),
    ).toBe(true);
    await client.change(uri, after, 2);
    const remaining = await client.pulled(uri);
    expect(remaining.filter((d) => d.code === 'json-syntax')).toHaveLength(
      diagnostics.filter((d) => d.code === 'json-syntax').length,
    );
    expect(remaining.some((d) => d.code === 'whitelist-missing')).toBe(false);
  });

  it('source.fixAll.dwnet leaves no preferred fix behind', async () => {
    const uri = uriOf('fix-all.dwnet.json');
    const before = read('examples/scenario2-cross-region-broken.dwnet.json');
    await client.open(uri, before);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.dwnet'] },
    });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.dwnet']);
    const after = applyEdit(before, uri, actions[0]!.edit);
    await client.change(uri, after, 2);
    const remaining = await client.pulled(uri);
    for (const diagnostic of remaining) {
      const fixes = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only: ['quickfix'] },
      });
      expect(fixes.filter((f) => f.isPreferred).map((f) => f.title)).toEqual([]);
    }
  });

  describe('on a real topology', () => {
    const uri = uriOf('features.dwnet.json');
    const text = read('examples/scenario2-cross-region-broken.dwnet.json');
    beforeAll(() => client.open(uri, text));

    it('hover on a data source shows its scenario checklist', async () => {
      const hover = await client.request<Hover>('textDocument/hover', {
        textDocument: { uri },
        position: positionOf(text, '"rds-orders-sh": {'),
      });
      const value = (hover.contents as { value: string }).value;
      expect(value).toContain('Scenario 2');
      expect(value).toMatch(/- \[ \] /);
      expect(value).toMatch(/- \[x\] /);
    });

    it('completion offers resource group ids in a task', async () => {
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: positionOf(text, '"resourceGroup": "', '"resourceGroup": "'.length),
      });
      expect(list.items.map((i) => i.label)).toContain('rg-serverless');
    });

    it('completion offers property names from the schema', async () => {
      const half = '{\n  "version": 1,\n  \n}';
      const halfUri = uriOf('half.dwnet.json');
      await client.open(halfUri, half);
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri: halfUri },
        position: { line: 2, character: 2 },
      });
      expect(list.items.map((i) => i.label.replace(/"/g, ''))).toEqual(
        expect.arrayContaining(['vpcs', 'dataSources', 'tasks']),
      );
    });

    it('go to definition jumps from a reference to the id', async () => {
      const locations = await client.request<Location[]>('textDocument/definition', {
        textDocument: { uri },
        position: positionOf(
          text,
          '"resourceGroup": "rg-serverless"',
          '"resourceGroup": "'.length + 2,
        ),
      });
      expect(locations).toHaveLength(1);
      const document = TextDocument.create(uri, 'dwnet', 1, text);
      const target = document.getText(locations[0]!.range);
      expect(target.replace(/"/g, '')).toBe('rg-serverless');
    });

    it('references and rename cover every use of an id', async () => {
      const position = positionOf(text, '"rg-serverless": {');
      const locations = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri },
        position,
        context: { includeDeclaration: true },
      });
      const uses = text.split('"rg-serverless"').length - 1;
      expect(locations).toHaveLength(uses);
      const prepared = await client.request<{ placeholder: string }>('textDocument/prepareRename', {
        textDocument: { uri },
        position,
      });
      expect(prepared.placeholder).toBe('rg-serverless');
      const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri },
        position,
        newName: 'rg-main',
      });
      const renamed = applyEdit(text, uri, edit);
      expect(renamed.split('"rg-main"').length - 1).toBe(uses);
      expect(renamed).not.toContain('"rg-serverless"');
    });

    it('rename to an id already in use is refused with a message', async () => {
      const position = positionOf(text, '"rds-orders-sh": {');
      await expect(
        client.request('textDocument/rename', {
          textDocument: { uri },
          position,
          newName: 'holo-dw',
        }),
      ).rejects.toThrow();
    });

    it('document symbols outline the collections', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri },
      });
      const names = symbols.map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining(['vpcs', 'resourceGroups', 'dataSources', 'tasks']),
      );
      const tasks = symbols.find((s) => s.name === 'tasks')!;
      expect(tasks.children?.map((c) => c.name)).toContain('sync-orders-sh');
    });

    it('code lens shows each task scenario and missing steps', async () => {
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
        textDocument: { uri },
      });
      const titles = lenses.map((l) => l.command?.title ?? '');
      expect(titles.some((t) => /Scenario 2 · 3 steps missing/.test(t))).toBe(true);
      expect(lenses[0]!.command?.command).toBe('dwnet.explainTask');
    });

    it('explains a task on request', async () => {
      const result = await client.request<{ text: string }>('dwnet/explainTask', {
        uri,
        task: 'sync-orders-sh',
      });
      expect(result.text).toContain('Scenario 2');
      expect(result.text).toContain('- [ ] Add a route');
    });

    it('formats, folds and selects like any JSON file', async () => {
      const folding = await client.request<unknown[]>('textDocument/foldingRange', {
        textDocument: { uri },
      });
      expect(folding.length).toBeGreaterThan(5);
      const selection = await client.request<unknown[]>('textDocument/selectionRange', {
        textDocument: { uri },
        positions: [positionOf(text, '"rg-serverless": {')],
      });
      expect(selection).toHaveLength(1);
      const messy = '{"version":1,\n// keep me\n"vpcs":{}}';
      const messyUri = uriOf('messy.dwnet.json');
      await client.open(messyUri, messy);
      const edits = await client.request<TextEdit[]>('textDocument/formatting', {
        textDocument: { uri: messyUri },
        options: { tabSize: 2, insertSpaces: true },
      });
      const formatted = TextDocument.applyEdits(
        TextDocument.create(messyUri, 'dwnet', 1, messy),
        edits,
      );
      expect(formatted).toContain('// keep me');
      expect(formatted).toContain('  "vpcs": {}');
    });
  });

  it('survives garbage and 5 000-deep nesting, and keeps answering', async () => {
    for (const [name, text] of [
      ['garbage', '\u0000{{{"]]]:::'.repeat(1000)],
      ['deep', '['.repeat(5000)],
      ['deep-balanced', `{"version": 1, "x": ${'['.repeat(5000)}${']'.repeat(5000)}}`],
    ] as const) {
      const uri = uriOf(`${name}.dwnet.json`);
      await client.open(uri, text);
      const diagnostics = await client.pulled(uri);
      expect(diagnostics.length).toBeGreaterThan(0);
      await client.request('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 3 },
      });
      await client.request('textDocument/completion', {
        textDocument: { uri },
        position: { line: 0, character: 3 },
      });
      await client.request('textDocument/documentSymbol', { textDocument: { uri } });
      // Every answer is an answer, not an error (requests that fail reject).
      for (const [method, extra] of [
        ['textDocument/selectionRange', { positions: [{ line: 0, character: 3 }] }],
        ['textDocument/foldingRange', {}],
        ['textDocument/codeLens', {}],
        ['textDocument/formatting', { options: { tabSize: 2, insertSpaces: true } }],
      ] as const) {
        await client.request(method, { textDocument: { uri }, ...extra });
      }
    }
    expect(client.exited).toBe(false);
    const uri = uriOf('after-garbage.dwnet.json');
    await client.open(uri, read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json'));
    expect((await client.pulled(uri)).map((d) => d.code)).toEqual(['whitelist-missing']);
  });
});

describe('settings and configuration', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dwnet-lsp-'));
  const client = new LspClient({ pull: true, workspaceFolder: folder });
  const file = join(folder, 'topology.dwnet.json');
  const uri = pathToFileURL(file).toString();
  const text = read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json');
  beforeAll(async () => {
    writeFileSync(file, text);
    writeFileSync(
      join(folder, 'dwnet.config.json'),
      '{ "rules": { "whitelist-missing": "warning" } }',
    );
    await client.initialize();
    await client.open(uri, text);
  });
  afterAll(() => client.shutdown());

  it('applies dwnet.config.json from the workspace folder', async () => {
    expect((await client.pulled(uri)).map((d) => [d.code, d.severity])).toEqual([
      ['whitelist-missing', 2],
    ]);
  });

  it('editor settings override the config file, live', async () => {
    client.settings = { rules: { 'whitelist-missing': 'information' } };
    const refreshes = client.refreshRequests;
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await expect.poll(() => client.refreshRequests).toBeGreaterThan(refreshes);
    expect((await client.pulled(uri)).map((d) => [d.code, d.severity])).toEqual([
      ['whitelist-missing', 3],
    ]);
  });

  it('a changed config file takes effect when the client reports it', async () => {
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    writeFileSync(join(folder, 'dwnet.config.json'), '{ "rules": { "whitelist-missing": "off" } }');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(folder, 'dwnet.config.json')).toString(), type: 2 }],
    });
    await expect.poll(async () => (await client.pulled(uri)).length).toBe(0);
  });

  it('dwnet.enable: false silences the file', async () => {
    writeFileSync(join(folder, 'dwnet.config.json'), '{}');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: pathToFileURL(join(folder, 'dwnet.config.json')).toString(), type: 2 }],
    });
    client.settings = { enable: false };
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    await expect.poll(async () => (await client.pulled(uri)).length).toBe(0);
  });

  it('checks the whole workspace on demand', async () => {
    client.settings = {};
    await client.notify('workspace/didChangeConfiguration', { settings: {} });
    const result = await client.request<{ files: number; problems: number }>(
      'dwnet/checkWorkspace',
      null,
    );
    expect(result).toEqual({ files: 1, problems: 1 });
  });
});

describe('dwnet lsp --stdio', () => {
  it('starts the same server through the CLI', async () => {
    const client = new LspClient({ viaCli: true });
    const result = await client.initialize();
    expect(result.serverInfo?.name).toBe('dwnet');
    const uri = uriOf('cli.dwnet.json');
    await client.open(uri, read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json'));
    expect((await client.pushed(uri, 1)).map((d) => d.code)).toEqual(['whitelist-missing']);
    await client.shutdown();
  });
});
