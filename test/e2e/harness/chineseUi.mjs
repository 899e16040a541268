// The Chinese UI pass (issue 18): the workbench opened with the display language set to
// Chinese (harness/displayLanguage.mjs), and Playwright reads what a user of the Chinese VS
// Code sees of dwnet: the Problems panel, a hover, a code lens and the explanation it opens,
// the quick fix menu (Ctrl+.), the topology diagram, the Command Palette and the settings
// editor, each in Chinese, each left as a screenshot in
// test/e2e/artifacts/ (ui-zh-*.png). VS Code's own words stay English with the stand-in
// language pack; the dwnet strings are what is asserted.
import { diagramFrame } from './diagram.mjs';
import { editorShot, goToLine, problemRows, quickOpen, runSteps, token } from './ui.mjs';

const FILE = 'scenario2-cross-region-broken.dwnet.json';
const STEP_TIMEOUT_MS = 30_000;

/** The screenshots worth showing in README.zh-CN.md: [artifact, docs/images/ name]. */
export const CHINESE_UI_IMAGES = [
  ['ui-zh-diagnostics.png', 'zh-CN-diagnostics.png'],
  ['ui-zh-quick-fix.png', 'zh-CN-quick-fix.png'],
];

/** The Chinese texts the pass looks for: what the server and package.nls.zh-cn.json say. */
const TEXT = {
  whitelistMissing: '数据源“rds-orders-sh”的IP地址白名单未放行',
  hoverScenario: '场景2 — 同一阿里云账号、跨地域',
  hoverMissing: '缺少3个步骤',
  lens: '场景2 · 缺少3个步骤',
  showPathLens: '显示路径',
  explainScenario: '同一阿里云账号、跨地域',
  showDiagram: '显示网络拓扑图',
  diagramToolbar: '合并显示连通的数据源',
  dataSourceNode: '数据源rds-orders-sh，不通',
  quickFix: '将“10.0.1.0/24”添加到“rds-orders-sh”的白名单',
  commands: ['dwnet: 检查工作区', 'dwnet: 显示网络拓扑图', 'dwnet: 从Terraform导入…'],
  enableSetting: '在输入时检查',
  rulesSetting: '按规则代码设置规则的严重程度',
};

/** Closes whatever quick input, hover or menu is open. */
async function dismiss(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
}

/** Runs the pass on `page` (a fresh tab of the workbench at `url`); resolves with whether every step passed. */
export async function runChineseUiPass(page, report, { url }) {
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const steps = [
    [
      `UI zh-CN: the workbench opens ${FILE}`,
      async () => {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor();
        await page.locator('.explorer-folders-view').waitFor();
        await quickOpen(page, FILE, 'Scenario 2');
        await goToLine(page, 60);
        await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      },
    ],
    [
      'UI zh-CN: the Problems panel shows the whitelist diagnostic in Chinese',
      async () => {
        await page.keyboard.press('Control+Shift+M');
        await problemRows(page, TEXT.whitelistMissing).first().waitFor();
        await page.screenshot({ path: report.artifact('ui-zh-diagnostics.png') });
        await page.keyboard.press('Control+J');
        await page.locator('.markers-panel').waitFor({ state: 'hidden' });
      },
    ],
    [
      'UI zh-CN: the hover on a data source is Chinese',
      async () => {
        await token(page, '"rds-orders-sh": {', 'rds-orders-sh').hover();
        const hover = page.locator('.monaco-hover').filter({ hasText: TEXT.hoverScenario });
        await hover.filter({ hasText: TEXT.hoverMissing }).waitFor({ state: 'visible' });
        await editorShot(page, report.artifact('ui-zh-hover.png'));
        await dismiss(page);
      },
    ],
    [
      'UI zh-CN: Ctrl+. offers the whitelist fix with a Chinese title',
      async () => {
        await token(page, '"whitelist": ["127.0.0.1"]', '127.0.0.1').click();
        await page.locator('.monaco-editor .lightBulbWidget').first().waitFor();
        const fix = page.locator('.action-widget .monaco-list-row').filter({
          hasText: TEXT.quickFix,
        });
        await page.keyboard.press('Control+.');
        // As in the English pass: a key press can land while the editor settles.
        if (!(await fix.isVisible())) {
          await fix.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
          if (!(await fix.isVisible())) await page.keyboard.press('Control+.');
        }
        await fix.waitFor({ state: 'visible' });
        await editorShot(page, report.artifact('ui-zh-quick-fix.png'));
        await dismiss(page);
        await fix.waitFor({ state: 'hidden' });
      },
    ],
    [
      'UI zh-CN: the task code lens is Chinese',
      async () => {
        await goToLine(page, 72);
        await page
          .locator('.monaco-editor .codelens-decoration')
          .filter({ hasText: TEXT.lens })
          .filter({ hasText: TEXT.showPathLens })
          .first()
          .waitFor();
        await editorShot(page, report.artifact('ui-zh-code-lens.png'));
      },
    ],
    [
      'UI zh-CN: the code lens opens the task explanation in Chinese',
      async () => {
        await page
          .locator('.monaco-editor .codelens-decoration a')
          .filter({ hasText: TEXT.lens })
          .first()
          .click();
        // The explanation opens beside the topology, as a read-only markdown document.
        await page
          .locator('.monaco-editor .view-lines')
          .filter({ hasText: TEXT.explainScenario })
          .first()
          .waitFor();
        await page.screenshot({ path: report.artifact('ui-zh-explain.png') });
        // Back to the topology (Ctrl+1, the first editor group): the palette lists the
        // commands of the editor that has the focus.
        await page.keyboard.press('Control+1');
        await page
          .locator('.monaco-editor.focused .view-lines')
          .filter({ hasText: 'rds-orders-sh' })
          .waitFor();
      },
    ],
    [
      'UI zh-CN: the topology diagram is Chinese',
      async () => {
        await page.locator(`.editor-actions [aria-label*="${TEXT.showDiagram}"]`).first().click();
        const frame = await diagramFrame(page);
        await frame.locator('#toolbar').filter({ hasText: TEXT.diagramToolbar }).waitFor();
        const label = await frame
          .locator('g.node[data-id="ds:rds-orders-sh"]')
          .getAttribute('aria-label');
        if (label !== TEXT.dataSourceNode)
          throw new Error(`the data source's aria-label is "${label}"`);
        await page.screenshot({ path: report.artifact('ui-zh-diagram.png') });
        await page.keyboard.press('Control+1');
        await page
          .locator('.monaco-editor.focused .view-lines')
          .filter({ hasText: 'rds-orders-sh' })
          .waitFor();
      },
    ],
    [
      'UI zh-CN: the Command Palette lists the dwnet commands in Chinese',
      async () => {
        await page.keyboard.press('Control+Shift+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill('>dwnet');
        for (const title of TEXT.commands)
          await page
            .locator('.quick-input-widget .monaco-list-row')
            .filter({ hasText: title })
            .first()
            .waitFor();
        await page.screenshot({ path: report.artifact('ui-zh-commands.png') });
        await dismiss(page);
        await input.waitFor({ state: 'hidden' });
      },
    ],
    [
      'UI zh-CN: the settings editor describes the dwnet settings in Chinese',
      async () => {
        await page.keyboard.press('Control+,');
        const editor = page.locator('.settings-editor');
        await editor.waitFor();
        // The search box has the focus when the settings editor opens; @ext: lists dwnet's
        // settings only.
        await page.keyboard.type('@ext:dwnet.dwnet');
        await editor
          .locator('.setting-item-contents')
          .filter({ hasText: TEXT.enableSetting })
          .first()
          .waitFor();
        await editor
          .locator('.setting-item-contents')
          .filter({ hasText: TEXT.rulesSetting })
          .first()
          .waitFor();
        await page.screenshot({ path: report.artifact('ui-zh-settings.png') });
      },
    ],
  ];
  return runSteps(page, report, steps, 'ui-zh');
}
