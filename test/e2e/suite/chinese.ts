// Entry point of the suite the harness runs with VS Code's display language set to Chinese
// (harness/displayLanguage.mjs): what a user of the Chinese VS Code reads.
import { runMocha } from './mochaRunner';

export function run(): Promise<void> {
  return runMocha('zh-cn', async () => {
    await import('./chinese.test.js');
  });
}
