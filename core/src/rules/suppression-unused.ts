// A suppression that silences nothing is stale: the problem it hid is gone.
// The suppression logic lives in ../suppression.ts; this file is the rule's catalogue entry.
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'suppression-unused',
    description: 'A dwnet-ignore comment silences nothing.',
    defaultSeverity: 'warning',
    fixable: true,
    category: 'suppression',
  },
  reads: 'everything',
  check() {
    // Reported by applySuppressions, which needs every other rule's findings first.
  },
};
