// The file must be JSON with comments: everything else is reported where the parser stopped.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'json-syntax',
    description: 'The file is not valid JSON with comments (JSONC).',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'everything',
  check(context) {
    for (const problem of context.document.syntaxProblems) {
      context.report({
        offset: problem.offset,
        length: problem.length,
        pointer: '',
        message: context.l10n.t(problem.messageKey, problem.params),
      });
    }
  },
};
