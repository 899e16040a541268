// The notice of a file dwnet failed on: `validate` never throws, so a crash inside the
// analysis (a bug in dwnet, not in the file) becomes one finding that says so and asks for
// a report. Like the limit and input notices (limits.ts, inputNotices.ts) it is not a rule
// of the catalogue (SPEC §4): it cannot be configured or suppressed.
import { t, type Locale } from './l10n/index';
import type { Finding, RuleMeta } from './types';

export const INTERNAL_ERROR = 'internal-error';

const ISSUES = 'https://github.com/dwnet/dwnet/issues';

/** Listed next to the catalogue where a tool needs every code it reports (SARIF's driver rules). */
export const INTERNAL_NOTICES: readonly RuleMeta[] = [
  {
    code: INTERNAL_ERROR,
    description:
      'dwnet failed while analysing the file (a bug in dwnet, not in the file), so the file was not analysed.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'internal',
  },
];

/** The `internal-error` notice for what the analysis threw, at the start of the file. */
export function internalErrorNotice(error: unknown, locale: Locale = 'en'): Finding {
  const what = error instanceof Error ? error.message : String(error);
  return {
    code: INTERNAL_ERROR,
    severity: 'error',
    message: t(locale, 'validate.internalError', { error: what, issues: ISSUES }),
    pointer: '',
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  };
}
