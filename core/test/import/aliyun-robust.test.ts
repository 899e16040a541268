// Responses are other programs' output, saved by hand or by a script that may have been
// interrupted: whatever type turns up wherever, the importer neither throws nor writes a
// file the schema rejects.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAliyun } from '../../src/import/aliyun';
import { writeTopology } from '../../src/import/write';
import { formatProblems } from './helpers';

const ROOT = join(__dirname, '../../../test/fixtures/import/aliyun');

function responses(name: string): Map<string, string> {
  const dir = join(ROOT, name);
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!entry.startsWith('expected'))
        files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
function paths(
  value: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function replaced(value: Json, path: (string | number)[], by: Json): Json {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((item, i) => (i === head ? replaced(item, rest, by) : item));
  if (value && typeof value === 'object' && typeof head === 'string')
    return { ...value, [head]: replaced(value[head] ?? null, rest, by) };
  return value;
}

const STRANGE: Json[] = [null, [], {}, 0, '', 'x/y', '999.1.1.1/40', [1, 'a', null]];

describe('dwnet import aliyun: any value of any type, anywhere', () => {
  for (const name of [
    'internet-nat',
    'cross-region-cen',
    'ecs-security-group',
    'idc-express-connect',
    'same-vpc-rds',
  ]) {
    it(`${name}: every value replaced in turn by a strange one`, () => {
      const base = responses(name);
      let runs = 0;
      for (const [file, text] of base) {
        const body = JSON.parse(text) as Json;
        for (const path of paths(body)) {
          // Each path gets one strange value, chosen by position, so every kind turns up.
          const strange = STRANGE[runs % STRANGE.length] ?? null;
          const files = new Map(base);
          files.set(file, JSON.stringify(replaced(body, path, strange)));
          const topology = importAliyun(files);
          // Checking the schema of every output is slow; every 7th is enough to cover the kinds.
          if (runs % 7 === 0)
            expect(
              formatProblems(writeTopology(topology)),
              `${file} ${JSON.stringify(path)}`,
            ).toEqual([]);
          runs++;
        }
      }
      expect(runs).toBeGreaterThan(100);
    });
  }
});
