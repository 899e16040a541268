// SPEC §4 "Fix safety": what `dwnet fix` and fix-all may apply unattended. The guard
// (core/src/fixSafety.ts) on hand-written fixes, then a property over generated security
// groups, whitelists and routes: applying any preferred fix, or all of them, never removes
// a drop rule, a whitelist entry or a route, and opens nothing beyond the needed source and
// port. Access is judged by a security group evaluator of the test's own, so the analysis
// is not checked against itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseCidr, type Ipv4Range } from '../src/cidr';
import { unattendedRisk } from '../src/fixSafety';
import { applyEdits, fixAll, fixEdits, validate } from '../src/index';
import { parseDocument } from '../src/parse';
import { topologyText } from './fuzz';
import type { Finding, FixDescriptor } from '../src/types';

const GROUP = `{
  "securityGroups": {
    "sg-db": {
      "vpc": "vpc-hz",
      "rules": [
        { "direction": "ingress", "cidr": "0.0.0.0/0", "ports": "3306", "policy": "drop", "priority": 10 },
        { "direction": "ingress", "cidr": "10.0.1.5/24", "ports": "3306" }
      ]
    }
  },
  "dataSources": { "db": { "whitelist": ["10.0.1.0/24"] } }
  // a comment
}`;

const riskOf = (...operations: FixDescriptor['operations']) =>
  unattendedRisk({ title: 'test', isPreferred: true, operations }, parseDocument(GROUP));
const rule = (i: number) => ['securityGroups', 'sg-db', 'rules', i];

describe('the fix safety guard', () => {
  it('refuses removals, drop rules, narrowing and openings', () => {
    expect(riskOf({ op: 'remove', path: rule(0) })).toBe('removes a value someone wrote');
    expect(riskOf({ op: 'set', path: [...rule(0), 'priority'], value: 11 })).toBe(
      'changes a drop rule',
    );
    expect(riskOf({ op: 'set', path: [...rule(0), 'cidr'], value: '10.0.0.0/8' })).toBe(
      'changes a drop rule',
    );
    expect(riskOf({ op: 'set', path: [...rule(1), 'cidr'], value: '10.0.1.0/25' })).toBe(
      'narrows or widens an address',
    );
    expect(
      riskOf({ op: 'set', path: ['dataSources', 'db', 'whitelist', 0], value: '10.0.0.0/16' }),
    ).toBe('narrows or widens an address');
    expect(riskOf({ op: 'set', path: rule(1), value: {} })).toBe(
      'replaces a value that is not a name or an address',
    );
    expect(
      riskOf({ op: 'append', path: ['dataSources', 'db', 'whitelist'], value: '0.0.0.0/0' }),
    ).toBe('adds an entry open to 0.0.0.0/0');
    expect(
      riskOf({
        op: 'append',
        path: ['securityGroups', 'sg-db', 'rules'],
        value: { direction: 'ingress', cidr: '10.0.1.0/24', ports: '22', policy: 'drop' },
      }),
    ).toBe('adds a drop rule');
    const json = GROUP.indexOf('"dataSources"');
    expect(riskOf({ op: 'replaceText', offset: json, length: 13, content: '' })).toBe(
      'replaces text that is not a comment',
    );
  });

  it('lets additions, same-meaning rewrites and comment removals through', () => {
    expect(riskOf({ op: 'set', path: [...rule(1), 'cidr'], value: '10.0.1.0/24' })).toBeUndefined();
    expect(
      riskOf({ op: 'append', path: ['dataSources', 'db', 'whitelist'], value: '10.0.3.0/24' }),
    ).toBeUndefined();
    expect(
      riskOf({
        op: 'append',
        path: ['securityGroups', 'sg-db', 'rules'],
        value: {
          direction: 'ingress',
          cidr: '10.0.3.0/24',
          ports: '3306',
          policy: 'accept',
          priority: 9,
        },
      }),
    ).toBeUndefined();
    expect(
      riskOf({ op: 'set', path: ['vpcs', 'vpc-sh'], value: { cidr: '10.1.0.0/16' } }),
    ).toBeUndefined();
    const comment = GROUP.indexOf('// a comment');
    expect(riskOf({ op: 'replaceText', offset: comment, length: 12, content: '' })).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------
// The property

const CIDRS = [
  '0.0.0.0/0',
  '10.0.0.0/8',
  '10.0.0.0/16',
  '10.0.1.0/24',
  '10.0.1.0/25',
  '10.0.1.128/25',
  '10.0.1.7/32',
  '10.0.2.0/24',
  '10.0.2.15/32',
  '10.1.0.0/16',
  '10.1.1.20/32',
  '192.168.0.0/16',
];
const PORTS = ['3306', 'all', '1-65535', '22', '3000-4000', '80'];

interface RulePlan {
  direction: 'ingress' | 'egress';
  cidr: string;
  ports: string;
  policy: 'accept' | 'drop';
  priority: number;
}

const rulePlan: fc.Arbitrary<RulePlan> = fc.record({
  direction: fc.constantFrom('ingress', 'egress'),
  cidr: fc.constantFrom(...CIDRS),
  ports: fc.constantFrom(...PORTS),
  policy: fc.constantFrom('accept', 'drop'),
  priority: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 100 })),
});

const groupPlan = fc.record({
  type: fc.constantFrom('basic', 'advanced'),
  rules: fc.array(rulePlan, { maxLength: 5 }),
});

const topologyPlan = fc.record({
  rgGroup: groupPlan,
  dsGroup: groupPlan,
  /** The binding uses the data source's group (members of one group). */
  shared: fc.boolean(),
  /** The data source in the bound VPC, or in another region's VPC joined by a CEN. */
  remote: fc.boolean(),
  routes: fc.subarray(CIDRS),
  whitelist: fc.option(fc.subarray(CIDRS), { nil: undefined }),
});

type TopologyPlan = typeof topologyPlan extends fc.Arbitrary<infer T> ? T : never;

const SOURCE = '10.0.1.0/24';

function topology(plan: TopologyPlan): string {
  const address = plan.remote ? '10.1.1.20' : '10.0.2.15';
  return JSON.stringify(
    {
      version: 1,
      defaults: { account: 'main', region: 'cn-hangzhou' },
      vpcs: {
        'vpc-hz': {
          cidr: '10.0.0.0/16',
          vSwitches: {
            'vsw-dw': { zone: 'cn-hangzhou-h', cidr: SOURCE },
            'vsw-app': { zone: 'cn-hangzhou-i', cidr: '10.0.2.0/24' },
          },
        },
        'vpc-sh': {
          region: 'cn-shanghai',
          cidr: '10.1.0.0/16',
          vSwitches: { 'vsw-sh': { zone: 'cn-shanghai-b', cidr: '10.1.1.0/24' } },
        },
      },
      connections: { 'cen-main': { type: 'cen', members: ['vpc-hz', 'vpc-sh'] } },
      securityGroups: {
        'sg-dw': { vpc: 'vpc-hz', ...plan.rgGroup },
        'sg-db': { vpc: plan.remote ? 'vpc-sh' : 'vpc-hz', ...plan.dsGroup },
      },
      resourceGroups: {
        'rg-serverless': {
          type: 'serverless',
          vpcBindings: [
            {
              vpc: 'vpc-hz',
              vSwitch: 'vsw-dw',
              securityGroup: plan.shared && !plan.remote ? 'sg-db' : 'sg-dw',
              routes: plan.routes,
            },
          ],
        },
      },
      dataSources: {
        db: {
          engine: 'mysql',
          hosting: 'ecs',
          network: { type: 'vpc', vpc: plan.remote ? 'vpc-sh' : 'vpc-hz', address, port: 3306 },
          whitelist: plan.whitelist,
          securityGroup: 'sg-db',
        },
      },
      tasks: { report: { kind: 'schedule', resourceGroup: 'rg-serverless', dataSources: ['db'] } },
    },
    null,
    2,
  );
}

interface PlainRule {
  direction?: string;
  cidr?: string;
  ports?: string;
  policy?: string;
  priority?: number;
}
interface PlainTopology {
  securityGroups: Record<string, { type?: string; rules?: PlainRule[] }>;
  resourceGroups: Record<string, { vpcBindings: { routes?: string[] }[] }>;
  dataSources: Record<string, { whitelist?: string[]; network: { address: string } }>;
}

const range = (cidr: string): Ipv4Range => {
  const parsed = parseCidr(cidr, true);
  if (!parsed.ok) throw new Error(`not a CIDR block: ${cidr}`);
  return parsed.range;
};

function portRange(ports = 'all'): [number, number] {
  if (ports === 'all') return [1, 65535];
  const [from, to = from] = ports.split('-').map(Number);
  return [from!, to!];
}

/** Alibaba Cloud's decision, written again for the test: highest priority, drop on ties. */
function accepted(
  group: { type?: string; rules?: PlainRule[] },
  direction: string,
  address: number,
  port: number,
): boolean {
  let best: PlainRule | undefined;
  for (const r of group.rules ?? []) {
    const cidr = range(r.cidr!);
    const [from, to] = portRange(r.ports);
    if (r.direction !== direction || address < cidr.start || address > cidr.end) continue;
    if (port < from || port > to) continue;
    const priority = r.priority ?? 1;
    const bestPriority = best?.priority ?? 1;
    if (!best || priority < bestPriority || (priority === bestPriority && r.policy === 'drop'))
      best = r;
  }
  if (best) return (best.policy ?? 'accept') === 'accept';
  return direction === 'egress' && group.type !== 'advanced';
}

const PROBE_ADDRESSES = [
  ...new Set(
    CIDRS.flatMap((c) => {
      const r = range(c);
      return [r.start, r.end, Math.max(r.start - 1, 0), Math.min(r.end + 1, 2 ** 32 - 1)];
    }),
  ),
  range('8.8.8.8').start,
];
const PROBE_PORTS = [1, 22, 80, 3000, 3305, 3306, 3307, 4000, 4001, 65535];

/** Traffic a fix may open: a security group, a direction, the source block and its ports. */
interface Need {
  group: string;
  direction: 'ingress' | 'egress';
  range: Ipv4Range;
  ports: [number, number];
}

/** What a security group finding needs, from its code and the topology (SPEC §3). */
function needOf(finding: Finding, plain: PlainTopology): Need | undefined {
  const group = decodeURIComponent(finding.pointer.split('/')[2] ?? '');
  const address = plain.dataSources.db!.network.address;
  switch (finding.code) {
    case 'ds-sg-ingress-missing':
      return { group, direction: 'ingress', range: range(SOURCE), ports: [3306, 3306] };
    case 'rg-sg-ingress-missing':
      return { group, direction: 'ingress', range: range(SOURCE), ports: [1, 65535] };
    case 'rg-sg-egress-missing':
      return { group, direction: 'egress', range: range(address), ports: [3306, 3306] };
    default:
      return undefined;
  }
}

const within = (needs: Need[], group: string, direction: string, address: number, port: number) =>
  needs.some(
    (n) =>
      n.group === group &&
      n.direction === direction &&
      n.range.start <= address &&
      address <= n.range.end &&
      n.ports[0] <= port &&
      port <= n.ports[1],
  );

const dropRules = (plain: PlainTopology) =>
  Object.entries(plain.securityGroups).map(([id, g]) => [
    id,
    (g.rules ?? []).filter((r) => r.policy === 'drop'),
  ]);

const entries = (plain: PlainTopology) => ({
  whitelist: plain.dataSources.db!.whitelist ?? [],
  routes: plain.resourceGroups['rg-serverless']!.vpcBindings[0]!.routes ?? [],
});

/** Every element of `before` is still in `after`, as often. */
function kept(before: string[], after: string[]): boolean {
  const left = [...after];
  return before.every((value) => {
    const i = left.indexOf(value);
    if (i < 0) return false;
    left.splice(i, 1);
    return true;
  });
}

/** The fix took nothing away and opened nothing beyond `needs`. */
function expectSafe(beforeText: string, afterText: string, needs: Need[], label: string): void {
  const before = parse(beforeText) as PlainTopology;
  const after = parse(afterText) as PlainTopology;
  const context = `${label}\n--- before\n${beforeText}\n--- after\n${afterText}`;
  expect(dropRules(after), context).toEqual(dropRules(before));
  const [was, is] = [entries(before), entries(after)];
  expect(kept(was.whitelist, is.whitelist), context).toBe(true);
  expect(kept(was.routes, is.routes), context).toBe(true);
  for (const added of is.whitelist.filter((w) => !was.whitelist.includes(w))) {
    const r = range(added);
    const source = range(SOURCE);
    expect(source.start <= r.start && r.end <= source.end, `${added}: ${context}`).toBe(true);
  }
  for (const added of is.routes.filter((r) => !was.routes.includes(r)))
    expect(range(added).prefix, context).toBeGreaterThan(0);
  for (const [id, group] of Object.entries(after.securityGroups)) {
    const old = before.securityGroups[id]!;
    for (const direction of ['ingress', 'egress'])
      for (const address of PROBE_ADDRESSES)
        for (const port of PROBE_PORTS) {
          if (!accepted(group, direction, address, port) || accepted(old, direction, address, port))
            continue;
          expect(
            within(needs, id, direction, address, port),
            `${id} ${direction} now accepts ${address}:${port}: ${context}`,
          ).toBe(true);
        }
  }
}

const RUNS = Number(process.env.DWNET_PROPERTY_RUNS ?? 150);
const SEED = Number(process.env.DWNET_PROPERTY_SEED ?? 20_261_206);

describe('fix safety over generated security groups, whitelists and routes', () => {
  it('generates findings with drop rules deciding, and preferred fixes to apply', () => {
    const texts = fc.sample(topologyPlan.map(topology), { numRuns: 100, seed: SEED });
    const findings = texts.flatMap((t) => validate(t).findings);
    const decided = findings.filter((f) => /Rules? \d+ \(drop/.test(f.message));
    expect(decided.length).toBeGreaterThan(10);
    expect(decided.some((f) => f.fixes.some((x) => x.isPreferred))).toBe(true);
    expect(decided.some((f) => f.fixes.length > 0 && !f.fixes.some((x) => x.isPreferred))).toBe(
      true,
    );
  });

  it('each preferred fix, and fix-all, removes no drop rule or entry and opens only the need', () => {
    fc.assert(
      fc.property(topologyPlan, (plan) => {
        const text = topology(plan);
        const plain = parse(text) as PlainTopology;
        const findings = validate(text).findings;
        const needs: Need[] = [];
        for (const finding of findings) {
          const need = needOf(finding, plain);
          if (need) needs.push(need);
          const fix = finding.fixes.find((f) => f.isPreferred);
          if (!fix) continue;
          const after = applyEdits(text, fixEdits(text, fix));
          expectSafe(text, after, need ? [need] : [], `${finding.code}: ${fix.title}`);
        }
        // Fix-all goes on while fixes reveal further steps: every security group need counts.
        const all: Need[] = [
          { group: 'sg-db', direction: 'ingress', range: range(SOURCE), ports: [3306, 3306] },
          ...['sg-dw', 'sg-db'].flatMap((group): Need[] => [
            { group, direction: 'ingress', range: range(SOURCE), ports: [1, 65535] },
            {
              group,
              direction: 'egress',
              range: range(plain.dataSources.db!.network.address),
              ports: [3306, 3306],
            },
          ]),
        ];
        expectSafe(text, fixAll(text).text, all, 'fix-all');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

/** An address by its range (cidr-host-bits may rewrite how it is written), anything else as is. */
function meaning(value: unknown): string {
  if (typeof value !== 'string') return JSON.stringify(value);
  const parsed = parseCidr(value, true);
  return parsed.ok ? `${parsed.range.start}-${parsed.range.end}` : value;
}

const objects = (value: unknown): Record<string, unknown>[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.values(value as Record<string, unknown>).filter(
        (v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v),
      )
    : [];
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Drop rules, whitelist entries and routes of any document, however malformed. */
function protectedValues(text: string): { drops: string[]; entries: string[] } {
  const root = parse(text) as Record<string, unknown> | undefined;
  if (!root || typeof root !== 'object') return { drops: [], entries: [] };
  const drops = objects(root.securityGroups).flatMap((group) =>
    items(group.rules)
      .filter((r): r is Record<string, unknown> => !!r && typeof r === 'object')
      .filter((r) => r.policy === 'drop')
      .map((r) =>
        JSON.stringify(Object.entries(r).map(([k, v]) => [k, k === 'cidr' ? meaning(v) : v])),
      ),
  );
  const entries = [
    ...objects(root.dataSources).flatMap((ds) => items(ds.whitelist).map(meaning)),
    ...objects(root.resourceGroups).flatMap((rg) =>
      items(rg.vpcBindings).flatMap((b) =>
        b && typeof b === 'object' ? items((b as Record<string, unknown>).routes).map(meaning) : [],
      ),
    ),
  ];
  return { drops, entries };
}

describe("fix safety over the fuzzer's topologies", () => {
  it('fix-all keeps every drop rule, whitelist entry and route', () => {
    fc.assert(
      fc.property(topologyText, (text) => {
        const before = protectedValues(text);
        const fixed = fixAll(text).text;
        const after = protectedValues(fixed);
        const context = `--- before\n${text}\n--- after\n${fixed}`;
        expect(kept(before.drops, after.drops), context).toBe(true);
        expect(kept(before.entries, after.entries), context).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Messages: what decides, why it wins, and what to do

const FIXTURES = join(__dirname, '../../test/fixtures');

function only(file: string, code: string): Finding {
  const findings = validate(readFileSync(join(FIXTURES, file), 'utf8')).findings.filter(
    (f) => f.code === code,
  );
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

const fixesOf = (finding: Finding) => finding.fixes.map((f) => [f.title, f.isPreferred]);

describe('security group findings name what decides', () => {
  it("the review's priority-1 deny: named with the accept rules it beats; only a non-preferred fix", () => {
    const finding = only(
      'fixes/ds-sg-ingress-missing.review.offered.before.dwnet.json',
      'ds-sg-ingress-missing',
    );
    expect(finding.message).toBe(
      "Security group 'sg-mysql' of the ECS instance hosting data source 'ecs-mysql' does not allow inbound traffic from 10.60.100.0/24 (resource group 'rg-serverless') on port 3306. " +
        'Rule 0 (drop 0.0.0.0/0, port 3306, priority 1) decides: the matching rule with the highest priority wins (1 is the highest), and drop wins over accept at equal priority. ' +
        'Rule 1 (accept 10.60.100.0/24, port 3306, priority 50) and rule 2 (accept 0.0.0.0/0, all ports, priority 100) match too, but lose to it. ' +
        'No accept rule can rank above a drop rule at priority 1, so no fix is applied unattended: lower the priority of rule 0 if the resource group must get through.',
    );
    expect(fixesOf(finding)).toEqual([
      [
        "Lower the priority of drop rule 0 of 'sg-mysql' from 1 to 2, and add an ingress rule accepting 10.60.100.0/24 on port 3306 at priority 1",
        false,
      ],
    ]);
  });

  it('a blanket deny below priority 1: the preferred fix accepts the need one priority above it', () => {
    const finding = only(
      'fixes/ds-sg-ingress-missing.7.before.dwnet.json',
      'ds-sg-ingress-missing',
    );
    expect(finding.message).toContain(
      'Rule 0 (drop 0.0.0.0/0, port 3306, priority 10) decides: the matching rule with the highest priority wins',
    );
    expect(finding.message).toMatch(
      /Add an ingress rule accepting 10\.60\.100\.0\/24 on port 3306 at priority 9, one above rule 0\.$/,
    );
    expect(fixesOf(finding)).toEqual([
      [
        "Add an ingress rule accepting inbound traffic from 10.60.100.0/24 on port 3306 to 'sg-mysql' at priority 9, above rule 0",
        true,
      ],
    ]);
  });

  it('a drop rule aimed at the source: a decision, with an override offered, not preferred', () => {
    const finding = only(
      'fixes/ds-sg-ingress-missing.8.offered.before.dwnet.json',
      'ds-sg-ingress-missing',
    );
    expect(finding.message).toMatch(
      /That rule is aimed at 10\.60\.100\.0\/24 itself: a decision about this traffic, not a gap, so no fix is applied unattended\. Change it if the resource group must get through\.$/,
    );
    expect(fixesOf(finding)).toEqual([
      [
        "Override drop rule 0 of 'sg-mysql': add an ingress rule accepting 10.60.100.0/24 on port 3306 at priority 9",
        false,
      ],
    ]);
  });

  it("an advanced group's default: no rule accepts, and the group denies what no rule accepts", () => {
    const finding = only('rules/rg-sg-ingress-missing/invalid.dwnet.json', 'rg-sg-ingress-missing');
    expect(finding.message).toMatch(
      /No rule accepts it, and an advanced security group denies inbound traffic that no rule accepts\. Add an ingress rule accepting 10\.0\.1\.0\/24 on all ports\.$/,
    );
    expect(fixesOf(finding)).toEqual([
      [
        "Add an ingress rule accepting inbound traffic from 10.0.1.0/24 on all ports to 'sg-dw'",
        true,
      ],
    ]);
  });

  it('a host name: the egress rule it needs is open to 0.0.0.0/0, so it is offered only', () => {
    const finding = only('rules/rg-sg-egress-missing/invalid-7.dwnet.json', 'rg-sg-egress-missing');
    expect(fixesOf(finding)).toEqual([
      ["Add an egress rule accepting outbound traffic to 0.0.0.0/0 on port 3306 to 'sg-dw'", false],
    ]);
  });

  it('a basic group shared by the binding and the ECS instance accepts its members; an advanced one does not', () => {
    const codes = (file: string) =>
      validate(readFileSync(join(FIXTURES, file), 'utf8')).findings.map((f) => f.code);
    expect(codes('rules/ds-sg-ingress-missing/valid-5.dwnet.json')).toEqual([]);
    expect(codes('rules/ds-sg-ingress-missing/invalid-7.dwnet.json')).toContain(
      'ds-sg-ingress-missing',
    );
  });
});
