// `// dwnet-ignore <codes> -- <reason>`: a suppression must name known codes and say why.
// The suppression logic lives in ../suppression.ts; this file is the rule's catalogue entry.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'suppression-invalid',
    description: 'A dwnet-ignore comment names unknown codes or has no `-- reason`.',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'suppression',
  },
  reads: 'everything',
  check() {
    // Reported by applySuppressions, which needs every other rule's findings first.
  },
};
