// `npm run test:vim`: dwnet's language server in Vim with ALE (Debian: vim, vim-ale),
// headless, driven by vim-ale.vim: diagnostics, :ALECodeAction (ALE echoes a diagnostic
// without source or data), :ALEHover and schema completion. Build first. Not in CI.
import { deepStrictEqual } from 'node:assert/strict';
import { join } from 'node:path';
import { commonChecks, report, ROOT, runEditor } from './harness.mjs';

const run = runEditor('test:vim', 'vim', [
  '-Nu',
  join(ROOT, 'test/editors/vim-ale.vim'),
  '-es',
  '-n',
  '-i',
  'NONE',
]);
report('test:vim', `Vim ${run.seen.vim} with ALE`, run, [
  ...commonChecks(run.seen),
  // ALE sends 'lsp_config' with workspace/didChangeConfiguration.
  ['editor settings set a rule level', () => deepStrictEqual(run.seen.egressType, 'W')],
]);
