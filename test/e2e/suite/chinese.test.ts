// VS Code in Chinese (issue 18): VS Code tells the extension its language
// (`vscode.env.language`), the extension's manifest is read from package.nls.zh-cn.json, the
// client passes the language to the server (`initialize.locale`), and so diagnostics,
// hovers, code lenses and quick fixes come back in Chinese, with the same codes as in
// English and rule pages in Chinese.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  codeOf,
  codesOf,
  EXTENSION_ID,
  hoverText,
  open,
  positionOf,
  serverReady,
  waitForAnyDiagnostics,
  waitForQuickFixes,
} from './helpers';

const EXAMPLE = 'examples/scenario2-cross-region-broken.dwnet.json';
const CHINESE = /[\u4e00-\u9fff]/;

/** A localized manifest string: VS Code keeps the English beside the translation. */
type Localized = string | { value: string; original: string };

interface Manifest {
  contributes: {
    commands: { command: string; title: Localized; category: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string }> };
  };
}

describe('VS Code in Chinese', () => {
  before(serverReady);
  afterEach(closeAllEditors);

  it('tells the extension that its language is zh-cn', () => {
    assert.equal(vscode.env.language, 'zh-cn');
  });

  it('reads the commands and settings from package.nls.zh-cn.json', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const chinese = JSON.parse(
      readFileSync(join(extension.extensionPath, 'package.nls.zh-cn.json'), 'utf8'),
    ) as Record<string, string>;
    const { contributes } = extension.packageJSON as Manifest;
    const titles = Object.fromEntries(contributes.commands.map((c) => [c.command, c.title]));
    assert.deepEqual(titles['dwnet.checkWorkspace'], {
      value: chinese['command.checkWorkspace.title'],
      original: 'Check Workspace',
    });
    assert.deepEqual(titles['dwnet.showDiagram'], {
      value: chinese['command.showDiagram.title'],
      original: 'Show Topology Diagram',
    });
    for (const [command, title] of Object.entries(titles)) {
      const shown = typeof title === 'string' ? title : title.value;
      assert.match(shown, CHINESE, `${command}: ${shown}`);
    }
    const enable = contributes.configuration.properties['dwnet.enable']?.markdownDescription;
    assert.equal(enable, chinese['config.enable.markdownDescription']);
  });

  describe('on a topology with a broken whitelist', () => {
    let document: vscode.TextDocument;
    let diagnostics: vscode.Diagnostic[];

    beforeEach(async () => {
      document = (await open(EXAMPLE)).document;
      diagnostics = await waitForAnyDiagnostics(document.uri);
    });

    it('publishes Chinese diagnostics with the same codes and Chinese rule pages', () => {
      assert.deepEqual(codesOf(diagnostics), [
        'rg-sg-egress-missing',
        'route-missing',
        'whitelist-missing',
      ]);
      const whitelist = diagnostics.find((d) => codeOf(d) === 'whitelist-missing');
      assert.equal(
        whitelist?.message,
        '数据源“rds-orders-sh”的IP地址白名单未放行资源组“rg-serverless”的绑定0的交换机“vsw-dataworks”的网段10.0.1.0/24。请添加“10.0.1.0/24”。',
      );
      const code = whitelist?.code;
      assert.ok(typeof code === 'object', 'the code links its rule page');
      assert.match(code.target.toString(), /\/docs\/rules\/zh-CN\/whitelist-missing\.md$/);
      for (const d of diagnostics) assert.match(d.message, CHINESE, `${codeOf(d)}: ${d.message}`);
    });

    it('hovers in Chinese', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        positionOf(document, '"rds-orders-sh": {', 3),
      );
      const text = hoverText(hovers);
      assert.match(text, /场景2 — 同一阿里云账号、跨地域/);
      assert.match(text, /缺少3个步骤/);
      assert.match(text, /路径：/);
    });

    it('titles its code lenses in Chinese', async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        document.uri,
        100,
      );
      const titles = lenses.map((lens) => lens.command?.title ?? '');
      assert.ok(
        titles.some((title) => /场景2 · 缺少3个步骤/.test(title)),
        `lens titles: ${titles.join(' | ')}`,
      );
      // The diagram's lens, which the server adds for this client.
      assert.ok(titles.includes('显示路径'), `lens titles: ${titles.join(' | ')}`);
    });

    it('titles its quick fixes in Chinese', async () => {
      const whitelist = diagnostics.find((d) => codeOf(d) === 'whitelist-missing');
      assert.ok(whitelist);
      const actions = await waitForQuickFixes(
        document.uri,
        whitelist.range,
        'a preferred fix of whitelist-missing',
        (found) => found.some((action) => action.isPreferred),
      );
      const preferred = actions.find((action) => action.isPreferred);
      assert.equal(preferred?.title, '将“10.0.1.0/24”添加到“rds-orders-sh”的白名单');
    });
  });
});
