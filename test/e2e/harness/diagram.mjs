// The diagram pass (issue 15): Playwright opens the topology diagram on a broken example in
// the real workbench, screenshots it, clicks a node and sees the editor reveal its
// definition, applies the whitelist quick fix and sees that edge turn from red to normal.
// The diagram is a webview: its page is an iframe inside an iframe, found by what it draws.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build.mjs';

const FILE = 'scenario1-same-region-broken.dwnet.json';
const STEP_TIMEOUT_MS = 30_000;
/** Where rds-orders lives, and the hop its whitelist breaks. */
const WHITELIST_EDGE = 'location:vsw:vpc-prod/vsw-db->ds:rds-orders';
const DATA_SOURCE_NODE = 'ds:rds-orders';

/** The screenshots worth showing in the README: [artifact, docs/images/ name]. */
export const DIAGRAM_IMAGES = [['ui-diagram.png', 'diagram.png']];

/** The 1-based line of the first line of the example that contains `text`. */
function lineOf(text) {
  const lines = readFileSync(join(ROOT, 'examples', FILE), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${FILE} has no line with ${text}`);
  return index + 1;
}

/** The frame of the diagram's page: the one that draws `svg.dwnet-graph`. */
export async function diagramFrame(page, timeoutMs = STEP_TIMEOUT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const drawn = await frame
        .locator('svg.dwnet-graph')
        .count()
        .catch(() => 0);
      if (drawn > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('no webview drew the diagram (svg.dwnet-graph)');
}

/** The `class` attribute of the edge `id` in the diagram, once it is drawn. */
function edge(frame, id) {
  return frame.locator(`g.edge[data-id="${id}"]`);
}

async function waitForEdgeClass(frame, id, wanted, unwanted) {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let classes = '';
  while (Date.now() < deadline) {
    classes =
      (await edge(frame, id)
        .getAttribute('class', { timeout: 2_000 })
        .catch(() => '')) ?? '';
    const list = classes.split(/\s+/);
    if (list.includes(wanted) && !list.includes(unwanted)) return;
    await frame.page().waitForTimeout(250);
  }
  throw new Error(`edge ${id} has class "${classes}", expected "${wanted}", not "${unwanted}"`);
}

export async function runDiagramPass(page, report, { url }) {
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  let frame;
  const steps = [
    [
      `diagram: Quick Open opens ${FILE}`,
      async () => {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor();
        await page.locator('.explorer-folders-view').waitFor();
        await page.locator('.monaco-workbench .part.editor').click();
        await page.keyboard.press('Control+P');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(FILE);
        await page
          .locator('.quick-input-widget .monaco-list-row')
          .filter({ hasText: FILE })
          .first()
          .waitFor();
        await page.keyboard.press('Enter');
        await page
          .locator('.monaco-editor .view-lines')
          .filter({ hasText: 'Scenario 1' })
          .waitFor();
        // The problems are in: the server has analysed the file.
        await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      },
    ],
    [
      'diagram: the editor title button opens the diagram beside the editor',
      async () => {
        // The side bar closed (Ctrl+B): room for the editor and the diagram side by side.
        await page.keyboard.press('Control+B');
        await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
        await page.locator('.editor-actions [aria-label*="Show Topology Diagram"]').first().click();
        frame = await diagramFrame(page);
        await waitForEdgeClass(frame, WHITELIST_EDGE, 'broken', 'ok');
        await frame.locator(`g.node[data-id="${DATA_SOURCE_NODE}"]`).waitFor();
        const label = await frame
          .locator(`g.node[data-id="${DATA_SOURCE_NODE}"]`)
          .getAttribute('aria-label');
        if (label !== 'Data source rds-orders, broken')
          throw new Error(`the data source's aria-label is "${label}"`);
        await page.screenshot({ path: report.artifact('ui-diagram.png') });
      },
    ],
    [
      'diagram: hovering a node shows its pairs and missing steps',
      async () => {
        await frame.locator(`g.node[data-id="${DATA_SOURCE_NODE}"]`).hover();
        const tooltip = frame.locator('#tooltip');
        await tooltip.filter({ hasText: 'sync-orders → rds-orders: 1 step missing' }).waitFor();
        await tooltip.filter({ hasText: '✗ Add the CIDR block 10.10.1.0/24' }).waitFor();
      },
    ],
    [
      'diagram: Enter on a focused node reveals it (keyboard)',
      async () => {
        await frame.locator('g.node[data-id="vpc:vpc-prod"]').focus();
        await frame.page().keyboard.press('Enter');
        const line = lineOf('"vpc-prod": {');
        await page
          .locator('.statusbar-item')
          .filter({ hasText: new RegExp(`^Ln ${line}, Col `) })
          .first()
          .waitFor();
      },
    ],
    [
      'diagram: clicking a node reveals its definition in the editor',
      async () => {
        await frame.locator(`g.node[data-id="${DATA_SOURCE_NODE}"]`).click();
        const line = lineOf('"rds-orders": {');
        await page
          .locator('.statusbar-item')
          .filter({ hasText: new RegExp(`^Ln ${line}, Col `) })
          .first()
          .waitFor();
        // The key is selected in the editor.
        await page.locator('.monaco-editor .selected-text').first().waitFor();
      },
    ],
    [
      'diagram: the whitelist fix turns its edge from red to normal, nothing moves',
      async () => {
        const positions = () =>
          frame
            .locator('g.node')
            .evaluateAll((nodes) =>
              nodes.map((node) => `${node.dataset.id} ${node.getAttribute('transform')}`),
            );
        const before = await positions();
        const line = lineOf('"whitelist": ["10.10.2.0/24"]');
        await page.keyboard.press('Control+G');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        await input.fill(`:${line}:22`);
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
        await page.locator('.monaco-editor .lightBulbWidget').first().waitFor();
        const fix = page
          .locator('.action-widget .monaco-list-row')
          .filter({ hasText: "Add '10.10.1.0/24' to the whitelist of 'rds-orders'" });
        await page.keyboard.press('Control+.');
        if (!(await fix.isVisible())) {
          await fix.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
          if (!(await fix.isVisible())) await page.keyboard.press('Control+.');
        }
        await fix.click();
        await waitForEdgeClass(frame, WHITELIST_EDGE, 'ok', 'broken');
        // No flicker: the fix changed statuses only, so every node is where it was.
        const after = await positions();
        if (JSON.stringify(after) !== JSON.stringify(before))
          throw new Error(`nodes moved:\n${before.join('\n')}\n→\n${after.join('\n')}`);
        await page.screenshot({ path: report.artifact('ui-diagram-fixed.png') });
      },
    ],
  ];

  for (const [index, [title, run]] of steps.entries()) {
    try {
      await run();
      report.pass(title);
    } catch (error) {
      const shot = report.artifact(`diagram-failure-${index + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      report.fail(
        title,
        `${error instanceof Error ? error.message : error}\n(screenshot: ${shot})`,
      );
      for (const [skipped] of steps.slice(index + 1))
        report.fail(skipped, 'not run: an earlier diagram step failed');
      return false;
    }
  }
  return true;
}
