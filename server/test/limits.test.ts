// dwnet.maxFileSize and dwnet.maxFindingsPerFile in the language server, read from the
// editor's settings (workspace/configuration) and from dwnet.config.json, as an editor
// sees them over stdio.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  CodeLens,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  Hover,
} from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from './lspClient';

const read = (relative: string) => readFileSync(join(ROOT, relative), 'utf8');
const uriOf = (name: string) => `file:///workspace/${name}`;

/** 1,293 bytes: one whitelist-missing error. */
const TOPOLOGY = read('test/fixtures/rules/whitelist-missing/invalid.dwnet.json');
/** The same topology padded to 3,000 bytes. */
const BIG = TOPOLOGY.padEnd(3000, ' ');

/** Five VPCs with host bits set in their CIDR blocks: five cidr-host-bits warnings. */
const FIVE_WARNINGS = `{
  "version": 1,
  "vpcs": {
    "vpc-0": { "cidr": "10.0.0.1/16" },
    "vpc-1": { "cidr": "10.1.0.1/16" },
    "vpc-2": { "cidr": "10.2.0.1/16" },
    "vpc-3": { "cidr": "10.3.0.1/16" },
    "vpc-4": { "cidr": "10.4.0.1/16" }
  }
}
`;

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function notice(code: string, message: string): Diagnostic {
  return {
    range: START,
    severity: 3,
    code,
    codeDescription: { href: `https://github.com/dwnet/dwnet/blob/main/docs/rules/${code}.md` },
    source: 'dwnet',
    message,
    data: { pointer: '' },
  };
}

async function settingsChanged(client: LspClient, settings: Record<string, unknown>) {
  client.settings = settings;
  const refreshes = client.refreshRequests;
  await client.notify('workspace/didChangeConfiguration', { settings: {} });
  await expect.poll(() => client.refreshRequests).toBeGreaterThan(refreshes);
}

/** Every feature the server offers on `uri`, as an editor would ask for them. */
async function features(client: LspClient, uri: string) {
  const textDocument = { uri };
  // On the task's reference to "rg-serverless".
  const position = { line: 34, character: 62 };
  return {
    hover: await client.request<Hover | null>('textDocument/hover', { textDocument, position }),
    completion: await client.request<CompletionList>('textDocument/completion', {
      textDocument,
      position,
    }),
    definition: await client.request<unknown[]>('textDocument/definition', {
      textDocument,
      position,
    }),
    references: await client.request<unknown[]>('textDocument/references', {
      textDocument,
      position,
      context: { includeDeclaration: true },
    }),
    symbols: await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument,
    }),
    lenses: await client.request<CodeLens[]>('textDocument/codeLens', { textDocument }),
    actions: await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument,
      range: START,
      context: { diagnostics: [], only: ['source.fixAll.dwnet'] },
    }),
    folding: await client.request<unknown[]>('textDocument/foldingRange', { textDocument }),
    formatting: await client.request<unknown[]>('textDocument/formatting', {
      textDocument,
      options: { tabSize: 4, insertSpaces: true },
    }),
    selection: await client.request<unknown[]>('textDocument/selectionRange', {
      textDocument,
      positions: [position],
    }),
    explain: await client.request<{ text: string }>('dwnet/explainTask', {
      uri,
      task: 'daily-report',
    }),
  };
}

describe('dwnet.maxFileSize', () => {
  const client = new LspClient({ pull: true, settings: { maxFileSize: 0.002 } });
  const small = uriOf('small.dwnet.json');
  const big = uriOf('big.dwnet.json');
  beforeAll(async () => {
    await client.initialize();
    await client.open(small, TOPOLOGY);
    await client.open(big, BIG);
  });
  afterAll(() => client.shutdown());

  it('checks a file below the limit as usual', async () => {
    expect((await client.pulled(small)).map((d) => d.code)).toEqual(['whitelist-missing']);
  });

  it('gives a file above the limit exactly one information diagnostic at its start', async () => {
    expect(await client.pulled(big)).toEqual([
      notice(
        'file-too-large',
        "This file is 0.003 MB, above dwnet's limit of 0.002 MB (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.",
      ),
    ]);
  });

  it('answers every other request on it with nothing', async () => {
    expect(await features(client, big)).toEqual({
      hover: null,
      completion: { isIncomplete: false, items: [] },
      definition: [],
      references: [],
      symbols: [],
      lenses: [],
      actions: [],
      folding: [],
      formatting: [],
      selection: [],
      explain: { text: '' },
    });
    expect(client.exited).toBe(false);
  });

  it('follows the setting live: 0 removes the limit', async () => {
    await settingsChanged(client, { maxFileSize: 0 });
    expect((await client.pulled(big)).map((d) => d.code)).toEqual(['whitelist-missing']);
    const answered = await features(client, big);
    expect(answered.hover).not.toBeNull();
    expect(answered.completion.items.length).toBeGreaterThan(0);
    expect(answered.symbols.length).toBeGreaterThan(0);
    expect(answered.lenses.length).toBeGreaterThan(0);
    expect(answered.folding.length).toBeGreaterThan(0);
    expect(answered.explain.text).toContain('daily-report');
  });

  it('a change that brings the file under the limit analyses it again', async () => {
    await settingsChanged(client, { maxFileSize: 0.002 });
    expect((await client.pulled(big)).map((d) => d.code)).toEqual(['file-too-large']);
    await client.change(big, TOPOLOGY, 2);
    expect((await client.pulled(big)).map((d) => d.code)).toEqual(['whitelist-missing']);
  });

  it('ignores a setting that is not a number ≥ 0 and uses the default, 20 MB', async () => {
    await client.change(big, BIG, 3);
    for (const value of ['20', -1, null]) {
      await settingsChanged(client, { maxFileSize: value });
      expect(
        (await client.pulled(big)).map((d) => d.code),
        String(value),
      ).toEqual(['whitelist-missing']);
    }
  });
});

describe('dwnet.maxFindingsPerFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dwnet-lsp-limits-'));
  const file = join(folder, 'warnings.dwnet.json');
  const uri = pathToFileURL(file).toString();
  const config = join(folder, 'dwnet.config.json');
  // VS Code reports the default of a setting nobody changed.
  const client = new LspClient({
    pull: true,
    workspaceFolder: folder,
    settings: { maxFileSize: 20, maxFindingsPerFile: 1000 },
  });
  beforeAll(async () => {
    writeFileSync(file, FIVE_WARNINGS);
    writeFileSync(config, '{ "maxFindingsPerFile": 1 }');
    await client.initialize();
    await client.open(uri, FIVE_WARNINGS);
  });
  afterAll(() => client.shutdown());

  const summary = (diagnostics: Diagnostic[]) =>
    diagnostics.map((d) => [d.code, d.severity, (d.data as { pointer: string }).pointer]);

  it('applies dwnet.config.json when the setting is left at its default', async () => {
    const diagnostics = await client.pulled(uri);
    expect(diagnostics[0]).toEqual(
      notice(
        'too-many-findings',
        '4 more findings are not shown (4 warnings): dwnet shows at most 1 per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
      ),
    );
    expect(summary(diagnostics)).toEqual([
      ['too-many-findings', 3, ''],
      ['cidr-host-bits', 2, '/vpcs/vpc-0/cidr'],
    ]);
  });

  it('the editor setting wins over the config file', async () => {
    await settingsChanged(client, { maxFindingsPerFile: 3 });
    expect(summary(await client.pulled(uri))).toEqual([
      ['too-many-findings', 3, ''],
      ['cidr-host-bits', 2, '/vpcs/vpc-0/cidr'],
      ['cidr-host-bits', 2, '/vpcs/vpc-1/cidr'],
      ['cidr-host-bits', 2, '/vpcs/vpc-2/cidr'],
    ]);
    await settingsChanged(client, { maxFindingsPerFile: 0 });
    expect(await client.pulled(uri)).toHaveLength(5);
  });

  it('quick fixes still apply to the diagnostics shown, and fix-all to every finding', async () => {
    await settingsChanged(client, { maxFindingsPerFile: 2 });
    const diagnostics = await client.pulled(uri);
    expect(diagnostics.map((d) => d.code)).toEqual([
      'too-many-findings',
      'cidr-host-bits',
      'cidr-host-bits',
    ]);
    const quickFixes = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[1]!.range,
      context: { diagnostics: [diagnostics[1]], only: ['quickfix'] },
    });
    expect(quickFixes.filter((a) => a.isPreferred)).toHaveLength(1);
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: START,
      context: { diagnostics: [], only: ['source.fixAll.dwnet'] },
    });
    expect(fixAll.map((a) => a.title)).toEqual(['Fix all dwnet problems (5)']);
  });

  it('checking the workspace counts every problem and publishes the capped diagnostics', async () => {
    await client.notify('textDocument/didClose', { textDocument: { uri } });
    const result = await client.request<{ files: number; problems: number }>(
      'dwnet/checkWorkspace',
      null,
    );
    expect(result).toEqual({ files: 1, problems: 5 });
    expect((await client.pushed(uri)).map((d) => d.code)).toEqual([
      'too-many-findings',
      'cidr-host-bits',
      'cidr-host-bits',
    ]);
  });
});
