// npm run test:e2e — dwnet tested in a real VS Code, as users get it: the .vsix that
// `npm run package` builds is installed into a fresh code-server (VS Code's workbench and
// extension host, served to Debian's chromium), then
//   1. the mocha suite (test/e2e/suite/) runs inside the extension host, in a trusted folder;
//   2. a short suite runs in a folder VS Code does not trust (Restricted Mode);
//   3. Playwright drives the workbench like a user: squiggles, Problems panel, hover,
//      lightbulb quick fix; screenshots go to test/e2e/artifacts/;
//   4. the topology diagram: opened from the editor title on a broken example, a node
//      clicked to reveal its definition, the whitelist fixed and its edge no longer red;
//   5. and VS Code in Chinese: a short suite and a UI pass with the display language set to
//      zh-cn read diagnostics, hovers, code lenses, quick fixes, commands and settings in
//      Chinese (screenshots test/e2e/artifacts/ui-zh-*.png).
// The closing line is `e2e: N passed, N failed`; the exit status is 1 on any failure.
//
// Options (after `npm run test:e2e --`):
//   --no-ui           skip the Playwright passes
//   --diagram-only    only the diagram pass (while working on the diagram)
//   --chinese-only    only the Chinese passes (while working on the translations)
//   --update-images   copy the UI pass's screenshots to docs/images/ (for the README)
//   --break-server    self-test of the harness: remove dist/server.js from the installed
//                     extension and succeed only if the run fails, readably, with a screenshot
//   --vsix=<file>     test this .vsix (a release artifact, say) instead of running
//                     `npm run package`
//   --keep            keep the scratch folder (code-server's state, the workspaces)
//   --timeout=<s>     overall deadline after the tools are installed (default 600)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSuite, ROOT } from './build.mjs';
import { launchBrowser } from './harness/browser.mjs';
import { codeServerLayout, installExtension, startCodeServer } from './harness/codeServer.mjs';
import { runExtensionTests, testUrl } from './harness/extensionTests.mjs';
import { Report } from './harness/report.mjs';
import { writeUserSettings } from './harness/settings.mjs';
import { ensureE2eTools } from './harness/tools.mjs';
import { CHINESE_UI_IMAGES, runChineseUiPass } from './harness/chineseUi.mjs';
import { DIAGRAM_IMAGES, runDiagramPass } from './harness/diagram.mjs';
import { setDisplayLanguage } from './harness/displayLanguage.mjs';
import { runUiPass, UI_IMAGES } from './harness/ui.mjs';
import { assembleWorkspace } from './harness/workspace.mjs';

const { values: options } = parseArgs({
  options: {
    'no-ui': { type: 'boolean', default: false },
    'diagram-only': { type: 'boolean', default: false },
    'chinese-only': { type: 'boolean', default: false },
    'update-images': { type: 'boolean', default: false },
    'break-server': { type: 'boolean', default: false },
    vsix: { type: 'string' },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '600' },
  },
});

/** Each suite's own deadline inside the overall one: a hung extension host ends its phase. */
const SUITE_TIMEOUT_MS = 240_000;

const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (message) => console.log(`e2e [${seconds()}]: ${message}`);

/** What the watchdog and the cleanup need to reach. */
const state = {
  server: undefined,
  context: undefined,
  page: undefined,
  scratch: undefined,
  layout: undefined,
  report: undefined,
};

function packageExtension() {
  step('npm run package');
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = join(ROOT, `dwnet-${version}.vsix`);
  if (!existsSync(vsix)) throw new Error(`npm run package wrote no ${vsix}`);
  return vsix;
}

/** Screenshot of whatever page is open, for a failure; never throws. */
async function screenshot(report, name) {
  if (!state.page || !report) return undefined;
  const path = report.artifact(name);
  try {
    await state.page.screenshot({ path, timeout: 10_000 });
    return path;
  } catch {
    return undefined;
  }
}

async function cleanup() {
  await state.context?.close().catch(() => {});
  await state.server?.stop();
  // The server side's logs (extension host, the dwnet output channel, code-server itself)
  // are in the scratch folder: keep them with the screenshots.
  if (state.layout && state.report) {
    for (const [from, to] of [
      [join(state.layout.dirs.userData, 'logs'), 'vscode-server-logs'],
      [state.layout.dirs.logs, 'code-server-logs'],
    ]) {
      if (existsSync(from)) cpSync(from, state.report.artifact(to), { recursive: true });
    }
  }
  if (state.scratch && !options.keep) rmSync(state.scratch, { recursive: true, force: true });
  else if (state.scratch) console.log(`e2e: scratch folder kept: ${state.scratch}`);
}

/** Runs one mocha suite in the extension host and adds its counts to the report. */
async function runSuite(report, { name, testsPath, extensionPath, folder, layout }) {
  step(`${name} suite in ${folder}`);
  const page = await state.context.newPage();
  state.page = page;
  const outcome = await runExtensionTests(
    page,
    testUrl(state.server, { folder, extensionPath, testsPath }),
    {
      timeoutMs: SUITE_TIMEOUT_MS,
      logFile: report.artifact(`${name}-extension-host.log`),
      logsDir: report.artifact(`${name}-vscode-logs`),
    },
  );
  const resultFile = join(layout.env.DWNET_E2E_RESULTS, `${name}.json`);
  const result = existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : undefined;
  if (outcome.timedOut) {
    report.fail(
      `${name} suite`,
      `did not finish within ${SUITE_TIMEOUT_MS / 1000} s` +
        (result ? '' : ' (no test reported: did the workbench load the suite?)'),
    );
  } else if (!result) {
    report.fail(
      `${name} suite`,
      `the extension host exited with ${outcome.code} before any test ran ` +
        `(see ${report.artifact(`${name}-extension-host.log`)})`,
    );
  } else {
    report.addSuite(result);
    if (outcome.code !== 0 && result.failed === 0) {
      report.fail(`${name} suite`, `the extension host exited with ${outcome.code}`);
    }
  }
  if (outcome.timedOut || !result || result.failed > 0 || outcome.code !== 0) {
    const shot = await screenshot(report, `${name}-failure.png`);
    if (shot) console.log(`  screenshot: ${shot}`);
  }
  await page.close();
  state.page = undefined;
}

async function main() {
  const report = new Report();
  state.report = report;
  step('tools');
  const tools = ensureE2eTools();
  const timeoutSeconds = Number(options.timeout);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout=${options.timeout}: a number of seconds`);
  // From here on, a deadline: whatever hangs, the run ends with a message and a screenshot.
  const watchdog = setTimeout(async () => {
    report.fail('e2e run', `timed out after ${timeoutSeconds} s (--timeout)`);
    const shot = await screenshot(report, 'timeout.png');
    if (shot) console.log(`  screenshot: ${shot}`);
    report.summarize();
    await cleanup();
    process.exit(1);
  }, timeoutSeconds * 1000);

  const vsix = options.vsix ? resolve(options.vsix) : packageExtension();
  step('bundling the suite');
  const suite = await buildSuite();

  state.scratch = mkdtempSync(join(tmpdir(), 'dwnet-e2e-'));
  const layout = codeServerLayout(state.scratch);
  state.layout = layout;
  layout.env.DWNET_E2E_RESULTS = join(state.scratch, 'results');
  step(`installing ${vsix} into ${layout.dirs.extensions}`);
  const extensionPath = installExtension(tools, layout, vsix);
  if (options['break-server']) {
    // What a .vscodeignore mistake would do: the extension installs, its server is missing.
    renameSync(join(extensionPath, 'dist/server.js'), join(extensionPath, 'dist/server.js.gone'));
    step('--break-server: removed dist/server.js from the installed extension');
  }

  step('starting code-server');
  writeUserSettings(layout, { trusted: true });
  state.server = await startCodeServer(tools, layout);
  state.context = await launchBrowser(tools, state.scratch);
  step(`code-server at ${state.server.url}`);

  const diagramOnly = options['diagram-only'];
  const chineseOnly = options['chinese-only'];
  const english = !chineseOnly;
  const ui = !options['no-ui'] && !options['break-server'];
  if (english && !diagramOnly)
    await runSuite(report, {
      name: 'main',
      testsPath: suite.main,
      extensionPath,
      folder: assembleWorkspace(join(state.scratch, 'workspace')),
      layout,
    });
  if (english && !options['break-server'] && !diagramOnly) {
    writeUserSettings(layout, { trusted: false });
    await runSuite(report, {
      name: 'untrusted',
      testsPath: suite.untrusted,
      extensionPath,
      folder: assembleWorkspace(join(state.scratch, 'workspace-untrusted')),
      layout,
    });
    writeUserSettings(layout, { trusted: true });
  }
  /** The screenshots of the passes where every step worked: [artifact, docs/images/ name]. */
  const images = [];
  if (english && ui) {
    if (!diagramOnly) {
      step('UI pass');
      state.page = await state.context.newPage();
      const uiPassed = await runUiPass(state.page, report, {
        url: `${state.server.url}/?${new URLSearchParams({ folder: assembleWorkspace(join(state.scratch, 'topologies')) })}`,
      });
      await state.page.close();
      if (uiPassed) images.push(...UI_IMAGES);
    }
    step('diagram pass');
    state.page = await state.context.newPage();
    const diagramPassed = await runDiagramPass(state.page, report, {
      url: `${state.server.url}/?${new URLSearchParams({ folder: join(assembleWorkspace(join(state.scratch, 'diagram')), 'examples') })}`,
    });
    await state.page.close();
    if (diagramPassed) images.push(...DIAGRAM_IMAGES);
  }
  if (!diagramOnly && !options['break-server']) {
    // The same code-server, its windows now opened in Chinese.
    setDisplayLanguage(layout, 'zh-cn');
    await runSuite(report, {
      name: 'zh-cn',
      testsPath: suite.chinese,
      extensionPath,
      folder: assembleWorkspace(join(state.scratch, 'workspace-zh-cn')),
      layout,
    });
    if (ui) {
      step('Chinese UI pass');
      state.page = await state.context.newPage();
      const chinesePassed = await runChineseUiPass(state.page, report, {
        url: `${state.server.url}/?${new URLSearchParams({ folder: assembleWorkspace(join(state.scratch, 'topologies-zh-cn')) })}`,
      });
      await state.page.close();
      if (chinesePassed) images.push(...CHINESE_UI_IMAGES);
    }
    setDisplayLanguage(layout, 'en');
  }
  state.page = undefined;
  if (options['update-images']) {
    for (const [artifact, image] of images) {
      if (existsSync(report.artifact(artifact))) {
        mkdirSync(join(ROOT, 'docs/images'), { recursive: true });
        copyFileSync(report.artifact(artifact), join(ROOT, 'docs/images', image));
        step(`docs/images/${image} updated`);
      }
    }
  }

  clearTimeout(watchdog);
  step('stopping code-server');
  await cleanup();
  return report;
}

/**
 * --break-server: the run must have failed for the right reasons, said so, and left a
 * screenshot: the package check names the missing file, and the feature suites say the
 * language server never answered (rather than timing out one test at a time).
 */
function judgeSelfTest(report) {
  const said = (text) => report.failures.some(({ error }) => error.includes(text));
  const checks = [
    ['a failure names dist/server.js', said('dist/server.js')],
    ['a failure says the language server did not answer', said('language server')],
    ['a screenshot of the failure', existsSync(report.artifact('main-failure.png'))],
  ];
  console.log(`\nself-test: the broken extension failed ${report.failed} checks:`);
  for (const [what, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${what}`);
  const detected = checks.every(([, ok]) => ok);
  console.log(detected ? 'self-test: 1 passed, 0 failed' : 'self-test: 0 passed, 1 failed');
  return detected ? 0 : 1;
}

// Ctrl+C, or a CI job's deadline: code-server's process group and the browser go too.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`e2e: ${signal}: stopping code-server and the browser`);
    await cleanup();
    process.exit(1);
  });
}

main().then(
  (report) => {
    if (options['break-server']) {
      for (const { title, error } of report.failures) {
        console.log(`- ${title}\n  ${error.split('\n')[0]}`);
      }
      process.exit(judgeSelfTest(report));
    }
    console.log(`e2e: finished in ${seconds()}`);
    report.summarize();
    process.exit(report.failed > 0 ? 1 : 0);
  },
  async (error) => {
    // A failure of the harness itself (packaging, installing, starting): the checks so far
    // still count, and this one fails.
    console.error(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : error}`);
    const shot = await screenshot(state.report, 'error.png');
    if (shot) console.log(`  screenshot: ${shot}`);
    await cleanup();
    const report = state.report ?? new Report();
    report.fail('e2e run', error);
    report.summarize();
    process.exit(1);
  },
);
