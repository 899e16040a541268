// Entry point of the suite the harness runs in a trusted workspace: every feature test.
// The extension host calls run() and turns a rejection into a failed run.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha('main', async () => {
    // Imported only now: their describe() calls need mocha's globals (see mochaRunner.ts).
    await import('./extension.test.js');
    await import('./diagnostics.test.js');
    await import('./languageFeatures.test.js');
    await import('./quickFixes.test.js');
    await import('./settings.test.js');
    await import('./diagram.test.js');
  });
}
