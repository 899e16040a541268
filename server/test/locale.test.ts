// The server in the editor's language: with `initialize.locale: 'zh-cn'` (VS Code's
// display language), diagnostics, related information, quick fix titles, hovers and code
// lenses are Chinese, with the same codes and ranges as in English, and each diagnostic
// links to the Chinese page of its rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CodeLens, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient, ROOT } from './lspClient';

const text = readFileSync(join(ROOT, 'examples/scenario2-cross-region-broken.dwnet.json'), 'utf8');
const CJK = /[\u4e00-\u9fff]/;

function positionOf(needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset + 1).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('a server started with locale zh-cn', () => {
  const chinese = new LspClient({ locale: 'zh-cn' });
  const english = new LspClient();
  const uri = 'file:///workspace/broken.dwnet.json';
  let zh: Diagnostic[];
  let en: Diagnostic[];

  beforeAll(async () => {
    await Promise.all([chinese.initialize(), english.initialize()]);
    await Promise.all([chinese.open(uri, text), english.open(uri, text)]);
    [zh, en] = await Promise.all([chinese.pushed(uri, 1), english.pushed(uri, 1)]);
  });
  afterAll(async () => {
    await Promise.all([chinese.shutdown(), english.shutdown()]);
  });

  it('publishes Chinese diagnostics with the same codes and ranges, linked to the Chinese rule pages', () => {
    expect(zh.map((d) => [d.code, d.range])).toEqual(en.map((d) => [d.code, d.range]));
    for (const diagnostic of zh) {
      expect(diagnostic.message).toMatch(CJK);
      for (const related of diagnostic.relatedInformation ?? [])
        expect(related.message).toMatch(CJK);
      expect(diagnostic.codeDescription?.href).toMatch(
        new RegExp(`docs/rules/zh-CN/${String(diagnostic.code)}\\.md$`),
      );
    }
    const route = zh.find((d) => d.code === 'route-missing')!;
    expect(route.message).toContain('资源组“rg-serverless”的绑定0');
  });

  it('titles quick fixes in Chinese', async () => {
    const whitelist = zh.find((d) => d.code === 'whitelist-missing')!;
    const actions = await chinese.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: whitelist.range,
      context: { diagnostics: [whitelist], only: ['quickfix'] },
    });
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.title).toMatch(CJK);
  });

  it('hovers and code lenses speak Chinese', async () => {
    const hover = await chinese.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: positionOf('"sync-orders-sh"'),
    });
    const markdown = (hover.contents as { value: string }).value;
    expect(markdown).toContain('**任务**');
    expect(markdown).toContain('场景2');
    expect(markdown).toContain('在DataWorks中进行连通性测试');
    const lenses = await chinese.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    const titles = await Promise.all(
      lenses.map(async (lens) =>
        lens.command
          ? lens.command.title
          : (await chinese.request<CodeLens>('codeLens/resolve', lens)).command?.title,
      ),
    );
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(CJK);
  });
});

describe('a Chinese client that draws diagrams', () => {
  const client = new LspClient({ locale: 'zh-cn', initializationOptions: { showPathLens: true } });
  beforeAll(() => client.initialize());
  afterAll(() => client.shutdown());

  it('titles the "Show path" lens in Chinese', async () => {
    const uri = 'file:///workspace/diagram.dwnet.json';
    await client.open(uri, text);
    await client.pushed(uri, 1);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', {
      textDocument: { uri },
    });
    const showPath = lenses.filter((lens) => lens.command?.command === 'dwnet.showDiagram');
    expect(showPath.map((lens) => lens.command?.title)).toEqual(['显示路径']);
  });
});
