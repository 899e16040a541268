// The UI pass: Playwright drives the workbench as a user would, with the keyboard and the
// mouse, on the installed extension (no test payload). It checks what the extension-host
// suite cannot see — that diagnostics are drawn as squiggles and listed in the Problems
// panel, that the hover widget renders the checklist, that Ctrl+. offers and applies the
// fix — and leaves screenshots in test/e2e/artifacts/.
//
// Selectors are VS Code's own class names (1.139); each wait has a deadline, after which the
// step fails with a screenshot of the moment.

const FILE = 'scenario2-cross-region-broken.dwnet.json';
const STEP_TIMEOUT_MS = 30_000;

/** The screenshots worth showing in the README: [artifact, docs/images/ name]. */
export const UI_IMAGES = [
  ['ui-diagnostics.png', 'diagnostics.png'],
  ['ui-hover.png', 'hover.png'],
  ['ui-quick-fix.png', 'quick-fix.png'],
];

/** Ctrl+G: puts the cursor on `line` and scrolls it into the middle of the editor. */
export async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Opens `file` with Quick Open (Ctrl+P) and waits for a line of it that shows `text`. */
export async function quickOpen(page, file, text) {
  // Focus the workbench, not the browser chrome, before typing shortcuts.
  await page.locator('.monaco-workbench .part.editor').click();
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(file);
  await page
    .locator('.quick-input-widget .monaco-list-row')
    .filter({ hasText: file })
    .first()
    .waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines').filter({ hasText: text }).waitFor();
}

/**
 * The rendered token `text` on the editor line that contains `lineText`. Quotes are optional
 * (the grammar gives some strings' quotes tokens of their own), and the line is found by its
 * text because the editor reuses line elements in any order.
 */
export function token(page, lineText, text) {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page
    .locator('.monaco-editor .view-line')
    .filter({ hasText: lineText })
    .locator('span span')
    .filter({ hasText: new RegExp(`^"?${escaped}"?$`) })
    .first();
}

/** A screenshot of the editor area only: legible at the width of a README. */
export async function editorShot(page, path) {
  const box = await page.locator('.part.editor').boundingBox();
  await page.screenshot({ path, clip: box ?? undefined });
}

/** The Problems panel's rows that mention `text`. */
export function problemRows(page, text) {
  return page.locator('.markers-panel .monaco-list-row').filter({ hasText: text });
}

/**
 * Runs the steps in order on `page` (a fresh tab of the workbench at `url`). A step that fails
 * ends the pass: the later ones need it. Resolves with whether every step passed.
 */
export async function runUiPass(page, report, { url }) {
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const steps = [
    [
      'UI: the workbench loads the folder',
      async () => {
        await page.goto(url);
        await page.locator('.monaco-workbench').waitFor();
        await page.locator('.explorer-folders-view').waitFor();
      },
    ],
    [
      `UI: Quick Open opens ${FILE} as a dwnet file`,
      async () => {
        await quickOpen(page, FILE, 'Scenario 2');
        // The language status bar names the language mode of the active editor.
        await page
          .locator('.statusbar-item')
          .filter({ hasText: /^dwnet$|DataWorks/ })
          .first()
          .waitFor();
      },
    ],
    [
      'UI: errors are drawn as squiggles',
      async () => {
        // The route and whitelist mistakes (lines 53 and 64) in view.
        await goToLine(page, 60);
        await page.locator('.monaco-editor .squiggly-error').first().waitFor();
      },
    ],
    [
      'UI: the Problems panel lists whitelist-missing',
      async () => {
        await page.keyboard.press('Control+Shift+M');
        await problemRows(page, 'whitelist-missing').first().waitFor();
        await problemRows(page, 'route-missing').first().waitFor();
        await problemRows(page, 'rg-sg-egress-missing').first().waitFor();
        await page.screenshot({ path: report.artifact('ui-diagnostics.png') });
        // Closed again (Ctrl+J toggles the panel): the editor gets the room for the hover
        // and the quick fix menu.
        await page.keyboard.press('Control+J');
        await page.locator('.markers-panel').waitFor({ state: 'hidden' });
      },
    ],
    [
      'UI: hovering a data source shows its checklist',
      async () => {
        const key = token(page, '"rds-orders-sh": {', 'rds-orders-sh');
        await key.hover();
        const hover = page.locator('.monaco-hover').filter({ hasText: 'Scenario 2' });
        await hover.waitFor({ state: 'visible' });
        await hover.filter({ hasText: 'steps missing' }).waitFor();
        await editorShot(page, report.artifact('ui-hover.png'));
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 5);
      },
    ],
    [
      'UI: Ctrl+. offers the whitelist fix first',
      async () => {
        await token(page, '"whitelist": ["127.0.0.1"]', '127.0.0.1').click();
        // The lightbulb shows once the editor has the code actions for the cursor.
        await page.locator('.monaco-editor .lightBulbWidget').first().waitFor();
        const fix = page.locator('.action-widget .monaco-list-row').filter({
          hasText: "Add '10.0.1.0/24' to the whitelist of 'rds-orders-sh'",
        });
        await page.keyboard.press('Control+.');
        // A key press can still land while the editor settles after the click; one more
        // is what a user would do too.
        if (!(await fix.isVisible())) {
          await fix.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => {});
          if (!(await fix.isVisible())) await page.keyboard.press('Control+.');
        }
        await fix.waitFor({ state: 'visible' });
        // The preferred fix leads the list (its header row aside).
        const first = page.locator('.action-widget .monaco-list-row.action').first();
        if (!(await first.textContent())?.includes("Add '10.0.1.0/24'")) {
          throw new Error(`the first quick fix is "${await first.textContent()}"`);
        }
        await editorShot(page, report.artifact('ui-quick-fix.png'));
        await fix.click();
      },
    ],
    [
      'UI: the fix is applied and its problem goes away',
      async () => {
        await page
          .locator('.monaco-editor .view-line')
          .filter({ hasText: '"whitelist": ["127.0.0.1", "10.0.1.0/24"]' })
          .waitFor();
        await page.keyboard.press('Control+Shift+M');
        await problemRows(page, 'route-missing').first().waitFor();
        await problemRows(page, 'whitelist-missing').first().waitFor({ state: 'detached' });
        await page.screenshot({ path: report.artifact('ui-fixed.png') });
      },
    ],
  ];

  return runSteps(page, report, steps, 'ui');
}

/**
 * Runs `[title, run]` steps in order; a step that fails ends the pass (the later ones need
 * it) with a screenshot `<name>-failure-<n>.png`. Resolves with whether every step passed.
 */
export async function runSteps(page, report, steps, name) {
  for (const [index, [title, run]] of steps.entries()) {
    try {
      await run();
      report.pass(title);
    } catch (error) {
      const shot = report.artifact(`${name}-failure-${index + 1}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      report.fail(
        title,
        `${error instanceof Error ? error.message : error}\n(screenshot: ${shot})`,
      );
      for (const [skipped] of steps.slice(index + 1))
        report.fail(skipped, 'not run: an earlier UI step failed');
      return false;
    }
  }
  return true;
}
