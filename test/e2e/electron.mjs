// npm run test:electron — the same mocha suite as `npm run test:e2e`, in desktop VS Code
// downloaded by @vscode/test-electron, with the extension loaded from this folder (after
// `npm run build`) rather than from the .vsix. For machines that can reach VS Code's
// download site: the CI machines cannot (see README, Development), and run test:e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { toolsDir } from '../../scripts/package.mjs';
import { buildSuite, ROOT } from './build.mjs';
import { writeUserSettings } from './harness/settings.mjs';
import { assembleWorkspace } from './harness/workspace.mjs';

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const suite = await buildSuite();

const scratch = mkdtempSync(join(tmpdir(), 'dwnet-electron-'));
const results = join(scratch, 'results');
const totals = { passed: 0, failed: 0 };

/** One VS Code session; a fresh user data folder each, so that settings never carry over. */
async function session(name, trusted) {
  const userData = join(scratch, `user-data-${name}`);
  writeUserSettings({ dirs: { userData } }, { trusted });
  try {
    await runTests({
      version: process.env.DWNET_VSCODE_VERSION ?? 'stable',
      // Downloads go to the tools cache, like code-server's, not into the clone.
      cachePath: join(toolsDir(), 'vscode-test'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suite[name],
      extensionTestsEnv: { DWNET_E2E_RESULTS: results },
      launchArgs: [
        assembleWorkspace(join(scratch, `workspace-${name}`)),
        '--user-data-dir',
        userData,
        '--extensions-dir',
        join(scratch, 'extensions'),
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-telemetry',
      ],
    });
  } catch (error) {
    // runTests rejects when the suite fails (its output is already printed) or when VS Code
    // could not be downloaded or started: say which.
    const file = join(results, `${name}.json`);
    if (!existsSync(file)) {
      console.error(`test:electron: the ${name} suite did not run: ${error?.message ?? error}`);
      totals.failed++;
      return;
    }
  }
  const result = JSON.parse(readFileSync(join(results, `${name}.json`), 'utf8'));
  totals.passed += result.passed;
  totals.failed += result.failed;
}

await session('main', true);
await session('untrusted', false);
rmSync(scratch, { recursive: true, force: true });
console.log(`electron: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
