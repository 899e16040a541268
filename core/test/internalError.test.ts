// A crash inside the analysis is dwnet's bug: `validate` still returns, with one
// `internal-error` finding that says so and asks for a report, never a `json-syntax`
// error the file does not have.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { INTERNAL_ERROR, INTERNAL_NOTICES, RULES, ruleDocsUrl, validate } from '../src/index';

vi.mock('../src/model', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/model')>();
  return {
    ...original,
    buildModel: () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    },
  };
});

describe('internal-error', () => {
  it('is the one finding of a file whose analysis throws', () => {
    const result = validate('{ "version": 1 }', { rules: { 'json-syntax': 'off' } });
    expect(result).toEqual({
      findings: [
        {
          code: 'internal-error',
          severity: 'error',
          message:
            "dwnet could not analyse this file: an internal error (Cannot read properties of undefined (reading 'id')). " +
            'This is a bug in dwnet, not in the file: please report it at https://github.com/dwnet/dwnet/issues with the file, or a part of it that shows the error.',
          pointer: '',
          offset: 0,
          length: 0,
          related: [],
          fixes: [],
        },
      ],
      connectivity: [],
    });
  });

  it('is a notice with a docs page, not a rule of the catalogue', () => {
    expect(INTERNAL_NOTICES.map((n) => [n.code, n.defaultSeverity])).toEqual([
      [INTERNAL_ERROR, 'error'],
    ]);
    expect(RULES.map((r) => r.code)).not.toContain(INTERNAL_ERROR);
    expect(existsSync(join(__dirname, '../../docs/rules/internal-error.md'))).toBe(true);
    expect(ruleDocsUrl(INTERNAL_ERROR)).toMatch(/\/docs\/rules\/internal-error\.md$/);
  });
});
