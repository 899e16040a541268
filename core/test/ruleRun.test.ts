// A rule's reports become findings once its `check` has returned (rules/run.ts `RuleRun`):
// what a run keeps when a rule or a `describe` throws must be what it kept when findings were
// made as they were reported.
import { describe, expect, it } from 'vitest';
import { localizer } from '../src/l10n';
import { parseDocument } from '../src/parse';
import type { Describer, FindingInput, Rule, RuleContext } from '../src/rules/rule';
import type { Finding } from '../src/types';
import { runRules, Undescribed, type RuleInputs } from '../src/rules/run';

const document = parseDocument('{"a": 1, "b": 2, "c": 3}');

/** Inputs for rules that read nothing but the document (no model, no pairs). */
function inputs(internalErrors: string[], errorsAtOnce: number | undefined): RuleInputs {
  const l10n = localizer('en');
  const unused = (): never => {
    throw new Error('not read by these rules');
  };
  return {
    document,
    l10n,
    model: undefined as unknown as RuleContext['model'],
    topology: undefined as unknown as RuleContext['topology'],
    connectivity: unused,
    addresses: unused,
    schemaProblems: unused,
    inScope: () => true,
    undescribed:
      errorsAtOnce === undefined
        ? undefined
        : new Undescribed(document, l10n, internalErrors, errorsAtOnce),
  };
}

function ruleOf(code: string, reads: Rule['reads'], check: Rule['check']): Rule {
  return {
    meta: {
      code,
      description: code,
      defaultSeverity: 'error',
      fixable: false,
      category: 'addresses-and-structure',
    },
    reads,
    check,
  };
}

/** A report at offset `offset`, described by `describe`. */
function at(offset: number, describe: () => { message: string }): FindingInput {
  return { offset, length: 1, pointer: `/${offset}`, describe };
}

const says = (message: string) => () => ({ message });

describe('a rule run', () => {
  it('makes a finding of every report, in order, each described at once while errors are', () => {
    const errors: string[] = [];
    const rule = ruleOf('test-rule', 'ownEntity', (context) => {
      context.report(at(1, says('one')));
      context.report(at(2, says('two')));
      context.report({ offset: 3, length: 1, pointer: '/3', message: 'three' });
    });
    const [result] = runRules([rule], inputs(errors, 1), errors);
    expect(result?.findings.map((f) => [f.offset, f.message])).toEqual([
      [1, 'one'],
      [2, ''],
      [3, 'three'],
    ]);
    expect(errors).toEqual([]);
  });

  it('stops where a describe made at once throws, keeping the findings before it', () => {
    for (const errorsAtOnce of [undefined, 5]) {
      const errors: string[] = [];
      let after = false;
      const rule = ruleOf('test-rule', 'ownEntity', (context) => {
        context.report(at(1, says('one')));
        context.report(
          at(2, () => {
            throw new Error('a bug in a describe');
          }),
        );
        context.report(at(3, says('three')));
        after = true;
        throw new Error('a later bug in the rule');
      });
      const next = ruleOf('next-rule', 'ownEntity', (context) =>
        context.report(at(1, says('next'))),
      );
      const [result, nextResult] = runRules([rule, next], inputs(errors, errorsAtOnce), errors);
      expect(result?.findings.map((f) => f.message)).toEqual(['one']);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^test-rule: Error: a bug in a describe/);
      expect(nextResult?.findings.map((f) => f.message)).toEqual(['next']);
      // The rule itself ran on: reports are made into findings once it has returned.
      expect(after).toBe(true);
    }
  });

  it('keeps what a rule that throws reported before it threw', () => {
    const errors: string[] = [];
    const rule = ruleOf('test-rule', 'ownEntity', (context) => {
      context.report(at(1, says('one')));
      context.report(at(2, says('two')));
      throw new Error('a bug in the rule');
    });
    const [result] = runRules([rule], inputs(errors, undefined), errors);
    expect(result?.findings.map((f) => f.message)).toEqual(['one', 'two']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^test-rule: Error: a bug in the rule/);
  });

  it('stops a rule that reads pairs at a report that does not say whose', () => {
    const errors: string[] = [];
    const rule = ruleOf('test-rule', 'pairs', (context) => {
      context.report({ ...at(1, says('one')), pairsOf: undefined });
      context.report(at(2, says('two')));
    });
    const [result] = runRules([rule], inputs(errors, undefined), errors);
    expect(result?.findings).toEqual([]);
    expect(errors[0]).toMatch(/a rule that reads pairs reported a finding without saying whose/);
  });

  it('describes a report by its Describer in the run language, at once or when asked', () => {
    const errors: string[] = [];
    const describer: Describer = {
      describe: (l10n) => ({ message: `${l10n.locale}: ${l10n.t('quoted', { value: 'v' })}` }),
    };
    const rule = ruleOf('test-rule', 'ownEntity', (context) => {
      context.report({ offset: 1, length: 1, pointer: '/1', describe: describer });
      context.report({ offset: 2, length: 1, pointer: '/2', describe: describer });
    });
    const undescribed = inputs(errors, 1);
    const [result] = runRules([rule], undescribed, errors);
    expect(result?.findings.map((f) => f.message)).toEqual(["en: 'v'", '']);
    const later = result?.findings[1] as Finding;
    expect(undescribed.undescribed?.describe(later)).toBe(true);
    expect(later.message).toBe("en: 'v'");
    expect(errors).toEqual([]);
  });
});
