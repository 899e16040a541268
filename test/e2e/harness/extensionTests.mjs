// Runs a mocha suite inside the real extension host of code-server, the way @vscode/test-web
// does: the workbench URL carries a `payload` naming the extension under development and the
// tests' entry file, and VS Code's smoke-test driver calls back into the page when the suite
// ends (`codeAutomationExit`) and for every log line (`codeAutomationLog`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The workbench URL that opens `folder` and runs the suite at `testsPath` against the
 * extension in `extensionPath`. VS Code refuses to load a test runner without an extension
 * under development ("Cannot load test runner."), so the installed extension's own folder is
 * passed: what runs is exactly what the .vsix installed.
 */
export function testUrl(server, { folder, extensionPath, testsPath }) {
  const remote = (path) => `vscode-remote://${server.authority}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    // No welcome page or release notes over the editor in screenshots.
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${server.url}/?${query}`;
}

/** What the suite prints for the terminal starts with this (test/e2e/suite/mochaRunner.ts). */
const SUITE_PREFIX = 'dwnet-e2e: ';

/**
 * Opens the suite in `page` and waits for it to end. Resolves with `{ code, timedOut }`.
 * Every log line goes to `logFile`, the suite's own lines also to the terminal, and VS Code's
 * logs (handed over at exit) to `logsDir`.
 */
export async function runExtensionTests(page, url, { timeoutMs, logFile, logsDir }) {
  const lines = [];
  const opened = Date.now();
  const stamp = () => `+${((Date.now() - opened) / 1000).toFixed(1)}s`;
  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  // Both must exist before the workbench loads: it looks them up once.
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    // The extension host's console.log arrives here as the list of its arguments.
    const text = Array.isArray(message) ? message.map(String).join(' ') : String(message);
    lines.push(`${stamp()} [${level}] ${text}`);
    if (text.startsWith(SUITE_PREFIX)) {
      console.log(`  ${text.slice(SUITE_PREFIX.length).split('\n').join('\n    ')}`);
    }
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    for (const file of Array.isArray(logs) ? logs : []) {
      const target = join(logsDir, file.relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.contents);
    }
    finish({ code, timedOut: false });
  });
  // The same lines again, and the workbench's own messages: for the log file only.
  page.on('console', (message) =>
    lines.push(`${stamp()} [console.${message.type()}] ${message.text()}`),
  );
  page.on('pageerror', (error) => lines.push(`${stamp()} [pageerror] ${error.message}`));

  await page.goto(url);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ code: 1, timedOut: true }), timeoutMs);
  });
  const result = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  mkdirSync(dirname(logFile), { recursive: true });
  writeFileSync(logFile, `${lines.join('\n')}\n`);
  return result;
}
