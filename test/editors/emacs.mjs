// `npm run test:emacs`: dwnet's language server in Emacs with Eglot (Debian: emacs-nox,
// elpa-eglot), in batch, driven by eglot.el: diagnostics through Flymake, a code action
// at point, hover and schema completion. Build first. Not in CI.
import { deepStrictEqual, ok } from 'node:assert/strict';
import { join } from 'node:path';
import { commonChecks, report, ROOT, runEditor, VERSION } from './harness.mjs';

const run = runEditor('test:emacs', 'emacs', [
  '--batch',
  '-l',
  join(ROOT, 'test/editors/eglot.el'),
]);
report('test:emacs', `Emacs ${run.seen.emacs} with Eglot ${run.seen.eglot}`, run, [
  ...commonChecks(run.seen),
  ['serverInfo', () => deepStrictEqual(run.seen.server, { name: 'dwnet', version: VERSION })],
  [
    'editor settings set a rule level',
    () => deepStrictEqual(run.seen.egressSeverity, 'eglot-warning'),
  ],
  [
    "the README's dwnet-explain-task shows a task's explanation",
    () =>
      ok(
        ['sync-orders-sh', 'rds-orders-sh', 'Scenario 2'].every((part) =>
          run.seen.explanation?.includes(part),
        ),
        run.seen.explanation,
      ),
  ],
]);
