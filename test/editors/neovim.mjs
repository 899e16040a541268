// `npm run test:neovim`: dwnet's language server in a real editor that is not VS Code.
// Runs a headless Neovim (Debian's, 0.7 in bookworm; `vim.lsp.start` where it exists)
// with neovim.lua on a copy of an example, against `node dist/cli.js lsp --stdio`, and
// checks exactly what the editor saw: diagnostics, a quick fix's text, a hover, schema
// and id completion, a code lens run on the server, a dwnet.config.json edit and fix all.
// Build first (`npm run build`). CI runs it (.ci/run).
import { deepStrictEqual, ok } from 'node:assert/strict';
import { join } from 'node:path';
import { commonChecks, report, ROOT, runEditor, VERSION } from './harness.mjs';

const run = runEditor('test:neovim', 'nvim', [
  '--headless',
  '--clean',
  '-n',
  '-i',
  'NONE',
  '-c',
  `luafile ${join(ROOT, 'test/editors/neovim.lua')}`,
]);
const { seen } = run;

report('test:neovim', `Neovim ${seen.neovim}`, run, [
  ...commonChecks(seen),
  ['serverInfo', () => deepStrictEqual(seen.server, { name: 'dwnet', version: VERSION })],
  ['editor settings set a rule level', () => deepStrictEqual(seen.egressSeverity, 'WARN')],
  [
    'id completion of "resourceGroup"',
    () => deepStrictEqual(seen.resourceGroupCompletion, ['rg-serverless']),
  ],
  [
    'code lens titles',
    // After the quick fix: the route and the egress rule are still missing.
    () =>
      ok(
        seen.lenses?.some((title) => title.includes('rds-orders-sh: Scenario 2 · 2 steps missing')),
        JSON.stringify(seen.lenses),
      ),
  ],
  [
    'the code lens runs on the server and its explanation is shown',
    () => {
      deepStrictEqual(seen.messages?.length, 1, JSON.stringify(seen.messages));
      for (const part of ['sync-orders-sh', 'rds-orders-sh', 'Scenario 2'])
        ok(seen.messages[0].includes(part), `${part} in ${seen.messages[0]}`);
    },
  ],
  [
    'a dwnet.config.json written meanwhile applies without file events',
    () => deepStrictEqual(seen.diagnosticsAfterConfig, ['rg-sg-egress-missing']),
  ],
  [
    'source.fixAll.dwnet leaves nothing to report',
    () => deepStrictEqual(seen.diagnosticsAfterFixAll, []),
  ],
]);
