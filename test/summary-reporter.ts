// Prints the closing "N passed, N failed" line that .ci/run and the README promise.
import type { Reporter, File, Task } from 'vitest';

function collect(tasks: Task[], counts: { passed: number; failed: number; skipped: number }): void {
  for (const task of tasks) {
    if (task.type === 'suite') {
      collect(task.tasks, counts);
    } else if (task.result?.state === 'pass') {
      counts.passed++;
    } else if (task.result?.state === 'fail') {
      counts.failed++;
    } else {
      counts.skipped++;
    }
  }
}

export default class SummaryReporter implements Reporter {
  onFinished(files: File[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    collect(files, counts);
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
