// The run's outcome: checks that passed or failed (mocha tests from the extension host, and the
// UI pass's steps), artifacts written to test/e2e/artifacts/, and the closing line CI reads.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../build.mjs';

export const ARTIFACTS = join(ROOT, 'test/e2e/artifacts');

export class Report {
  passed = 0;
  failed = 0;
  /** `{ title, error }` of every failure, repeated at the end of the run. */
  failures = [];

  constructor() {
    // Only this run's screenshots and logs: the folder is git-ignored and rewritten each time.
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
  }

  artifact(name) {
    return join(ARTIFACTS, name);
  }

  pass(title) {
    this.passed++;
    console.log(`  ✓ ${title}`);
  }

  fail(title, error) {
    this.failed++;
    const text = error instanceof Error ? error.message : String(error);
    this.failures.push({ title, error: text });
    console.log(`  ✗ ${title}\n    ${text.split('\n').join('\n    ')}`);
  }

  /** Adds a suite's counts from the extension host (already printed as it ran). */
  addSuite(result) {
    this.passed += result.passed;
    this.failed += result.failed;
    this.failures.push(...result.failures);
  }

  /** Prints the failures again and the closing `N passed, N failed` line. */
  summarize() {
    if (this.failures.length > 0) {
      console.log('\nFailures:');
      for (const { title, error } of this.failures) {
        console.log(`- ${title}\n  ${error.split('\n').slice(0, 8).join('\n  ')}`);
      }
      console.log(`\nScreenshots and logs: ${ARTIFACTS}`);
    }
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed`);
  }
}
