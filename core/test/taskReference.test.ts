// A pair's task reference read from the task columns and the compact tree
// (core/src/rules/taskReference.ts) is the location the task's object gives, in fresh analyses
// and after chains of incremental edits (rows moved, tasks read again into the columns).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateTopology } from '../../bench/generate';
import type { PairEvaluation } from '../src/analysis/connectivity';
import { reanalyse } from '../src/incremental';
import { localizer } from '../src/l10n';
import { taskReferenceLocation } from '../src/rules/taskReference';
import type { RelatedLocation } from '../src/types';
import { analyse, type Analysis } from '../src/validate';
import { random, randomEdit } from './edits';

/** The location as `usesLocation` (rules/rule.ts) makes it from the task's object. */
function fromTaskObject(pair: PairEvaluation, locale: 'en' | 'zh-CN'): RelatedLocation {
  const ref = pair.dataSourceRefNode;
  const task = pair.task;
  const index = ref.itemIndex;
  const pointer =
    ref.role !== 'dataSources'
      ? `${task.pointer}/${ref.role}`
      : index === undefined
        ? ref.pointer
        : `${task.pointer}/dataSources/${index}`;
  return {
    message: localizer(locale).t('related.taskUses', { task: task.id, ds: ref.value }),
    pointer,
    offset: ref.node.offset,
    length: ref.node.length,
  };
}

/** Checks every pair of an analysis; how many the columns answered. */
function checkPairs(analysis: Analysis, locale: 'en' | 'zh-CN' = 'en'): number {
  const { model, connectivity } = analysis;
  if (!model || !connectivity) return 0;
  let read = 0;
  for (const pair of connectivity.pairs) {
    const location = taskReferenceLocation(model, pair, localizer(locale));
    if (location === undefined) continue;
    read++;
    expect(location, `${pair.task.id} → ${pair.dataSourceRefNode.value}`).toEqual(
      fromTaskObject(pair, locale),
    );
  }
  return read;
}

const TASK_LISTS = JSON.stringify({
  version: 1,
  resourceGroups: { rg: { type: 'serverless', region: 'cn-hangzhou' } },
  dataSources: {
    'ds-a': { type: 'mysql', network: { type: 'internet' }, address: '1.2.3.4', port: 3306 },
    'ds/b~': { type: 'mysql', network: { type: 'internet' }, address: '1.2.3.5', port: 3306 },
  },
  tasks: {
    listed: { kind: 'sync', resourceGroup: 'rg', dataSources: [1, 'ds-a', null, 'ds/b~', 'ds-a'] },
    both: { kind: 'sync', resourceGroup: 'rg', source: 'ds-a', destination: 'ds/b~' },
    'odd/name': { kind: 'sync', resourceGroup: 'rg', source: 'ds/b~', dataSources: ['ds-a'] },
  },
});

describe("a pair's task reference read from the columns", () => {
  it('is the location the task object gives, in every review topology and language', () => {
    const folder = join(__dirname, '../../test/fixtures/review');
    let read = 0;
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.dwnet.json'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      read += checkPairs(analyse(text, 'en'), 'en');
      read += checkPairs(analyse(text, 'zh-CN'), 'zh-CN');
    }
    expect(read).toBeGreaterThan(50);
  });

  it('counts elements that are not strings in a task`s dataSources, and escapes ids', () => {
    expect(checkPairs(analyse(TASK_LISTS))).toBeGreaterThanOrEqual(5);
    expect(checkPairs(analyse(JSON.stringify(JSON.parse(TASK_LISTS), null, 2)))).toBeGreaterThan(4);
  });

  it('follows incremental edits', () => {
    const next = random(17);
    let text = generateTopology(60, 4);
    let analysis = analyse(text);
    let read = checkPairs(analysis);
    for (let edit = 0; edit < 30; edit++) {
      text = randomEdit(text, analysis, next);
      analysis = reanalyse(analysis, text);
      read += checkPairs(analysis);
    }
    expect(read).toBeGreaterThan(100);
  });
});
