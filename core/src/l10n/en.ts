// English messages: the default language, and the reference every other catalogue must
// match key for key, parameter for parameter (core/test/l10n.test.ts).
// `{name}` inserts a parameter; `{n, plural, one {…} other {…}}` and `{x, select, a {…} other {…}}`
// choose a branch.
// One file per area under en/, so that a catalogue stays readable; keys are unique across them.
import { enDiagnostics } from './en/diagnostics';
import { enRules } from './en/rules';
import { enExplain } from './en/explain';
import { enCli } from './en/cli';
import { enImportGraph } from './en/importGraph';
import { enImportErrors } from './en/importErrors';

export const en = {
  ...enDiagnostics,
  ...enRules,
  ...enExplain,
  ...enCli,
  ...enImportGraph,
  ...enImportErrors,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
