// A pair that connects makes its steps when they are first read (connectivity.ts
// `evaluatePair`): they must be the steps an evaluation that makes every pair's steps gives,
// and so must the other fields of every pair.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import { pairsOfTask, type PairEvaluation } from '../src/analysis/connectivity';
import { PairContext } from '../src/analysis/pairContext';
import { analyse } from '../src/index';
import { topologyText } from './fuzz';

const examples = join(__dirname, '../../examples');

/** The documents: every example, and generated topologies of a few seeds. */
const documents: [string, string][] = [
  ...readdirSync(examples)
    .filter((name) => name.endsWith('.dwnet.json'))
    .map((name): [string, string] => [name, readFileSync(join(examples, name), 'utf8')]),
  ...[1, 2, 3].map((seed): [string, string] => [
    `generated, seed ${seed}`,
    generateTopology(300, seed),
  ]),
];

/**
 * A pair's fields as text, each model object by its pointer (the model is the same for both
 * evaluations; steps are compared by value). Steps last: the others are read before them.
 */
function fields(pair: PairEvaluation): string {
  const others = {
    task: pair.task,
    roles: pair.roles,
    rg: pair.rg,
    ds: pair.ds,
    dataSourceRefNode: pair.dataSourceRefNode,
    scenario: pair.scenario,
    binding: pair.binding,
    ok: pair.ok,
    unresolved: pair.unresolved,
    via: pair.via,
    transitive: pair.transitive,
    overInternet: pair.overInternet,
    publicIp: pair.publicIp,
    natGateway: pair.natGateway,
    linkedConnections: pair.linkedConnections,
  };
  const steps = pair.steps;
  const byPointer = (key: string, value: unknown): unknown =>
    key !== '' && typeof value === 'object' && value !== null && 'pointer' in value
      ? `@${String(value.pointer)}`
      : value;
  return `${JSON.stringify(others, byPointer, 1)}\n${JSON.stringify(steps, byPointer, 1)}`;
}

/**
 * Expects every pair of `text` as the analysis gives it to be the pair an evaluation that
 * makes every step gives; answers the analysis's pairs (none without a model).
 */
function expectPairsAsMadeAtOnce(text: string): readonly PairEvaluation[] {
  const analysis = analyse(text);
  const { topology, connectivity } = analysis;
  if (!topology || !connectivity) return [];
  const context = new PairContext(topology);
  const eager: PairEvaluation[] = [];
  for (let slot = 0; slot < topology.model.tasks.count; slot++)
    eager.push(...pairsOfTask(context, slot));
  expect(connectivity.pairs.length).toBe(eager.length);
  connectivity.pairs.forEach((pair, index) => {
    expect(fields(pair)).toEqual(fields(eager[index] as PairEvaluation));
  });
  return connectivity.pairs;
}

describe('steps made when read', () => {
  it.each(documents)('are the steps made at once: %s', (_name, text) => {
    expect(expectPairsAsMadeAtOnce(text).some((pair) => pair.ok)).toBe(true);
  });

  // Generated topologies with flaws: pairs decided at once (scenarios.ts connectsAtOnce), or
  // counted, are the pairs the evaluation that makes every step gives.
  it('are the steps made at once: fuzzed topologies', () => {
    fc.assert(
      fc.property(topologyText, (text) => {
        expectPairsAsMadeAtOnce(text);
      }),
      { numRuns: 150, seed: 20_261_207 },
    );
  });
});
