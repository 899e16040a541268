// Entry point of the suite the harness runs in a workspace that VS Code does not trust.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha('untrusted', async () => {
    await import('./untrusted.test.js');
  });
}
