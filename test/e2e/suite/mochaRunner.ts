// Runs mocha inside the extension host. The suite is one esbuild bundle (test/e2e/build.mjs),
// so test files cannot be handed to mocha by path: the entry points declare `describe`/`it`
// through mocha's `pre-require` event and then import the test modules, which register their
// tests as they load.
//
// Progress goes to the console, one line per test with a `dwnet-e2e:` prefix that the harness
// picks out of VS Code's log forwarding; the counts and failures also go to a JSON file in
// $DWNET_E2E_RESULTS (when set), which the harness reads for its summary line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface Failure {
  title: string;
  error: string;
}

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  failures: Failure[];
}

const PREFIX = 'dwnet-e2e:';

function log(line: string): void {
  console.log(`${PREFIX} ${line}`);
}

/**
 * The error's message and its first stack frame. The frames point into the bundle (the
 * extension host ignores source maps) and mostly into mocha: the message and the test's
 * title say more.
 */
function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frame = (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line));
  return `${error.name}: ${error.message}${frame ? `\n${frame.trim()}` : ''}`;
}

/** Mocha calls this with the runner; it prints as tests end and keeps the result. */
function reporterFor(suite: string, result: SuiteResult) {
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } =
    Mocha.Runner.constants;
  return class Reporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const started = Date.now();
      runner.on(EVENT_TEST_PASS, (test: Mocha.Test) => {
        result.passed++;
        log(`✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`);
      });
      runner.on(EVENT_TEST_FAIL, (test: Mocha.Test, error: unknown) => {
        result.failed++;
        const failure = { title: test.fullTitle(), error: errorText(error) };
        result.failures.push(failure);
        log(`✗ ${failure.title}\n${failure.error}`);
      });
      runner.on(EVENT_TEST_PENDING, (test: Mocha.Test) => {
        result.pending++;
        log(`- ${test.fullTitle()} (skipped)`);
      });
      runner.on(EVENT_RUN_END, () => {
        result.durationMs = Date.now() - started;
        log(`${suite}: ${result.passed} passed, ${result.failed} failed`);
      });
    }
  };
}

function writeResult(result: SuiteResult): void {
  const dir = process.env.DWNET_E2E_RESULTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${result.suite}.json`), `${JSON.stringify(result, null, 2)}\n`);
}

/**
 * Runs the tests that `load` registers. Resolves when all pass; rejects otherwise, which the
 * extension host turns into a non-zero exit code.
 */
export async function runMocha(suite: string, load: () => Promise<unknown>): Promise<void> {
  const result: SuiteResult = {
    suite,
    passed: 0,
    failed: 0,
    pending: 0,
    durationMs: 0,
    failures: [],
  };
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Per test; every wait inside a test has its own, shorter deadline and a better message.
    timeout: 60_000,
    reporter: reporterFor(suite, result),
  });
  mocha.suite.emit(Mocha.Suite.constants.EVENT_FILE_PRE_REQUIRE, globalThis, suite, mocha);
  try {
    await load();
  } catch (error) {
    // A test module that throws while loading is a failure, not a silent empty run.
    result.failed++;
    result.failures.push({ title: `loading ${suite}`, error: errorText(error) });
    log(`✗ loading ${suite}\n${errorText(error)}`);
    writeResult(result);
    throw error;
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  writeResult(result);
  if (failures > 0) throw new Error(`${failures} of the ${suite} tests failed`);
  if (result.passed === 0) throw new Error(`the ${suite} suite ran no test`);
}
