// The stage runner `npm run bench` times a check with: it sees every stage once, in the
// order they run, and changes nothing the check reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';
import { validateInStages, type Stage } from '../src/validate';

const EXAMPLES = join(__dirname, '../../examples');

function stagesOf(text: string): { stages: Stage[]; result: ReturnType<typeof validate> } {
  const stages: Stage[] = [];
  const result = validateInStages(text, {}, (stage, run) => {
    stages.push(stage);
    return run();
  });
  return { stages, result };
}

describe('stage runner', () => {
  it('runs every stage of a well-formed topology in order, with the same findings', () => {
    const text = readFileSync(join(EXAMPLES, 'scenario2-cross-region-broken.dwnet.json'), 'utf8');
    const { stages, result } = stagesOf(text);
    expect(stages).toEqual([
      'parse',
      'schema',
      'model',
      'topology',
      'connectivity', // every pair, built before the rules ask
      'addresses', // likewise
      'rules',
      'finish',
      'results',
    ]);
    expect(result).toEqual(validate(text));
    expect(result.findings.map((f) => f.code)).toContain('route-missing');
  });

  it('checks a document with a syntax error without the up-front schema stage', () => {
    // jsonc-parser recovers a tree: the rules still run, and the schema's problems are
    // found from the tree when the schema rule asks, inside the rules stage.
    const { stages, result } = stagesOf('{ "version": 1, ');
    expect(stages).not.toContain('schema');
    expect(stages).toContain('rules');
    expect(result.findings.map((f) => f.code)).toContain('json-syntax');
  });

  it('stops after parsing an empty document', () => {
    const { stages, result } = stagesOf('');
    expect(stages).toEqual(['parse', 'results']);
    expect(result.findings.map((f) => f.code)).toEqual(['json-syntax']);
  });
});
