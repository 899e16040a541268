// The per-pair results of SPEC §1 (`connectivity` in the CLI's JSON): scenario, binding,
// ok and the missing steps, for the cases where the findings alone do not show them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCidr } from '../src/cidr';
import { applyEdits, explain, fixEdits, validate } from '../src/index';

interface Topology {
  [key: string]: unknown;
}

const base = (): Topology => ({
  version: 1,
  defaults: { account: 'main', region: 'cn-hangzhou' },
  vpcs: {
    'vpc-hz': {
      cidr: '10.0.0.0/16',
      vSwitches: { 'vsw-a': { zone: 'cn-hangzhou-h', cidr: '10.0.1.0/24' } },
    },
    'vpc-sh': {
      region: 'cn-shanghai',
      cidr: '172.16.0.0/16',
      vSwitches: { 'vsw-sh': { zone: 'cn-shanghai-b', cidr: '172.16.5.0/24' } },
    },
  },
  resourceGroups: {
    rg: { type: 'serverless', vpcBindings: [{ vpc: 'vpc-hz', vSwitch: 'vsw-a' }] },
  },
  dataSources: {
    db: {
      engine: 'mysql',
      hosting: 'managed',
      network: { type: 'vpc', vpc: 'vpc-hz', address: '10.0.1.20' },
    },
  },
  tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['db'] } },
});

function check(topology: Topology) {
  const result = validate(JSON.stringify(topology, null, 2));
  return { pairs: result.connectivity, codes: result.findings.map((f) => f.code) };
}

describe('connectivity results', () => {
  it('a correct scenario 1 pair is ok through binding 0', () => {
    expect(check(base()).pairs).toEqual([
      {
        task: 't',
        resourceGroup: 'rg',
        dataSource: 'db',
        scenario: 1,
        binding: 0,
        ok: true,
        missing: [],
      },
    ]);
  });

  it('a binding to a VPC of another region does not count, even when it is the data source VPC', () => {
    const topology = base();
    (topology.resourceGroups as Topology).rg = {
      type: 'serverless',
      vpcBindings: [{ vpc: 'vpc-sh', vSwitch: 'vsw-sh' }],
    };
    (topology.dataSources as Topology).db = {
      engine: 'mysql',
      network: { type: 'vpc', vpc: 'vpc-sh', address: '172.16.5.20' },
    };
    const { pairs, codes } = check(topology);
    expect(codes).toEqual(['binding-out-of-scope']);
    expect(pairs[0]).toMatchObject({
      scenario: 2,
      binding: 0,
      ok: false,
      missing: ['binding-out-of-scope'],
    });
  });

  it('a serverless binding to a VPC in 21.0.0.0/8 does not count', () => {
    const topology = base();
    (topology.vpcs as Topology)['vpc-hz'] = {
      cidr: '21.5.0.0/16',
      vSwitches: { 'vsw-a': { zone: 'cn-hangzhou-h', cidr: '21.5.1.0/24' } },
    };
    ((topology.dataSources as Topology).db as Topology).network = {
      type: 'vpc',
      vpc: 'vpc-hz',
      address: '21.5.1.20',
    };
    const { pairs, codes } = check(topology);
    expect(codes).toEqual(['binding-vpc-unsupported']);
    expect(pairs[0]).toMatchObject({
      scenario: 1,
      ok: false,
      missing: ['binding-vpc-unsupported'],
    });
  });

  it('the most specific SNAT entry decides which EIP the whitelist needs', () => {
    const topology = base();
    ((topology.vpcs as Topology)['vpc-hz'] as Topology).natGateways = {
      ngw: {
        vSwitch: 'vsw-a',
        eips: ['47.96.1.10', '47.96.1.20'],
        snatEntries: [
          { source: '10.0.0.0/16', eip: '47.96.1.10' },
          { source: 'vsw-a', eip: '47.96.1.20' },
        ],
      },
    };
    (topology.dataSources as Topology).db = {
      engine: 'mysql',
      network: { type: 'internet', address: '203.0.113.10' },
      whitelist: ['47.96.1.10'],
    };
    const result = validate(JSON.stringify(topology));
    const whitelist = result.findings.find((f) => f.code === 'whitelist-missing');
    expect(whitelist?.message).toContain("Add '47.96.1.20'");
    expect(result.connectivity[0]).toMatchObject({
      scenario: 5,
      ok: false,
      missing: ['whitelist-missing'],
    });
  });

  it('a whitelist covers a vSwitch with the union of its entries, and names only the part left', () => {
    const topology = base();
    const db = (topology.dataSources as Topology).db as Topology;
    db.whitelist = ['10.0.1.0/25', '10.0.1.128/26'];
    const result = validate(JSON.stringify(topology));
    const whitelist = result.findings.filter((f) => f.code === 'whitelist-missing');
    expect(whitelist.map((f) => f.message)).toEqual([
      "The IP address whitelist of data source 'db' does not allow all of the CIDR block 10.0.1.0/24 of vSwitch 'vsw-a' (binding 0 of resource group 'rg'): 10.0.1.192/26 is not covered. Add '10.0.1.192/26'.",
    ]);
    expect(whitelist[0]?.fixes[0]?.operations).toEqual([
      { op: 'append', path: ['dataSources', 'db', 'whitelist'], value: '10.0.1.192/26' },
    ]);

    db.whitelist = ['10.0.1.0/25', '10.0.1.128/26', '10.0.1.192/26'];
    expect(check(topology)).toMatchObject({ codes: [], pairs: [{ ok: true, missing: [] }] });
  });

  it('whatever entries a whitelist holds, the fix adds only blocks no entry touches, and then it covers the vSwitch', () => {
    // Blocks of 10.0.0.0/22 around the vSwitch 10.0.1.0/24: inside it, across it, beside it.
    const entry = fc
      .tuple(fc.integer({ min: 0, max: 1023 }), fc.integer({ min: 23, max: 32 }))
      .map(([offset, prefix]) => {
        const size = 2 ** (32 - prefix);
        const start = Math.floor(offset / size) * size;
        return `10.0.${Math.floor(start / 256)}.${start % 256}/${prefix}`;
      });
    const range = (text: string) => {
      const parsed = parseCidr(text, true);
      if (!parsed.ok) throw new Error(text);
      return parsed.range;
    };
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (whitelist) => {
        const topology = base();
        ((topology.dataSources as Topology).db as Topology).whitelist = whitelist;
        const text = JSON.stringify(topology, null, 2);
        const finding = validate(text).findings.find((f) => f.code === 'whitelist-missing');
        if (!finding) {
          // No finding: the entries together hold every address of the vSwitch.
          const vSwitch = range('10.0.1.0/24');
          for (let a = vSwitch.start; a <= vSwitch.end; a++)
            expect(whitelist.some((w) => range(w).start <= a && a <= range(w).end)).toBe(true);
          return;
        }
        const fix = finding.fixes[0];
        expect(fix?.isPreferred).toBe(true);
        if (!fix) return;
        const added = fix.operations.map((op) => String(op.op === 'append' ? op.value : ''));
        for (const block of added)
          for (const existing of whitelist) {
            const a = range(block);
            const b = range(existing);
            expect(a.end < b.start || b.end < a.start).toBe(true);
          }
        const fixed = applyEdits(text, fixEdits(text, fix));
        expect(validate(fixed).findings.map((f) => f.code)).not.toContain('whitelist-missing');
      }),
      { numRuns: 300, seed: 20_261_206 },
    );
  });

  it('a whitelist the fix would take past 1,000 entries gets the fix offered, never preferred', () => {
    // 998 or 999 other entries (a number among them counts: whitelist-too-long counts
    // elements), then the missing vSwitch block: the 1,000th entry is the last that fits.
    const withWhitelist = (others: number) => {
      const topology = base();
      const whitelist: unknown[] = [123];
      for (let i = 1; i < others; i++) whitelist.push(`192.168.${i >> 8}.${i & 255}`);
      ((topology.dataSources as Topology).db as Topology).whitelist = whitelist;
      const text = JSON.stringify(topology, null, 2);
      const finding = validate(text).findings.find((f) => f.code === 'whitelist-missing');
      return { text, fix: finding?.fixes[0] };
    };
    const fits = withWhitelist(999);
    expect(fits.fix).toMatchObject({
      title: "Add '10.0.1.0/24' to the whitelist of 'db'",
      isPreferred: true,
    });
    if (!fits.fix) return;
    const fixed = validate(applyEdits(fits.text, fixEdits(fits.text, fits.fix))).findings;
    // (The number is a schema error of its own, before and after.)
    expect(fixed.map((f) => f.code)).toEqual(['schema']);

    const full = withWhitelist(1000);
    expect(full.fix).toMatchObject({
      title:
        "Add '10.0.1.0/24' to the whitelist of 'db' (it then holds more than 1,000 entries: merge some into wider CIDR blocks)",
      isPreferred: false,
    });
    if (!full.fix) return;
    const over = validate(applyEdits(full.text, fixEdits(full.text, full.fix))).findings;
    expect(over.map((f) => f.code).sort()).toEqual(['schema', 'whitelist-too-long']);
  });

  it('SNAT entries cover a vSwitch as a union, and the whitelist needs the EIP of each part', () => {
    const topology = base();
    ((topology.vpcs as Topology)['vpc-hz'] as Topology).natGateways = {
      ngw: {
        vSwitch: 'vsw-a',
        eips: ['47.96.1.10', '47.96.1.20'],
        snatEntries: [
          { source: '10.0.1.0/25', eip: '47.96.1.10' },
          { source: '10.0.1.128/26', eip: '47.96.1.20' },
        ],
      },
    };
    (topology.dataSources as Topology).db = {
      engine: 'mysql',
      network: { type: 'internet', address: '203.0.113.10' },
      whitelist: ['47.96.1.10'],
    };
    const partly = validate(JSON.stringify(topology)).findings;
    expect(partly.map((f) => f.code)).toEqual(['snat-missing']);
    expect(partly[0]?.message).toContain('(10.0.1.192/26 is not covered)');
    expect(partly[0]?.fixes[0]?.operations).toEqual([
      {
        op: 'append',
        path: ['vpcs', 'vpc-hz', 'natGateways', 'ngw', 'snatEntries'],
        value: { source: '10.0.1.192/26', eip: '47.96.1.10' },
      },
    ]);

    const ngw = ((topology.vpcs as Topology)['vpc-hz'] as Topology).natGateways as Topology;
    ((ngw.ngw as Topology).snatEntries as unknown[]).push({
      source: '10.0.1.192/26',
      eip: '47.96.1.10',
    });
    const covered = validate(JSON.stringify(topology));
    expect(covered.findings.map((f) => f.message)).toEqual([
      "The IP address whitelist of data source 'db' does not allow the EIP 47.96.1.20 that NAT gateway 'ngw' uses for resource group 'rg'. Add '47.96.1.20'.",
    ]);
  });

  it('an invalid EIP of an old-version group keeps the pair from being ok, without eip-may-change', () => {
    const topology = base();
    (topology.resourceGroups as Topology).rg = { type: 'exclusiveScheduling', eip: '47.97.2.256' };
    (topology.dataSources as Topology).db = {
      engine: 'mysql',
      network: { type: 'internet', address: 'db.example.com' },
    };
    const { pairs, codes } = check(topology);
    expect(codes.sort()).toEqual(['ip-invalid', 'legacy-resource-group']);
    expect(pairs[0]).toMatchObject({
      scenario: 5,
      binding: null,
      ok: false,
      missing: ['ip-invalid'],
    });
  });

  it('the classic network has no scenario', () => {
    const topology = base();
    (topology.dataSources as Topology).db = { engine: 'mysql', network: { type: 'classic' } };
    expect(check(topology).pairs[0]).toMatchObject({
      scenario: null,
      binding: null,
      ok: false,
      missing: ['classic-network'],
    });
  });

  it('an unknown data source gives a pair with an unknown reference', () => {
    const topology = base();
    (topology.tasks as Topology).t = {
      kind: 'schedule',
      resourceGroup: 'rg',
      dataSources: ['nope'],
    };
    expect(check(topology).pairs[0]).toMatchObject({
      dataSource: 'nope',
      scenario: null,
      ok: false,
      missing: ['unknown-reference'],
    });
  });
});

// SPEC §2: a connection that connection-type-mismatch flags connects nothing, whatever
// its shape; the pairs that would need it get connection-missing as if it were absent,
// and `unused` marks it, not the valid connection the pair then uses.
describe('a connection its type cannot make', () => {
  const networks = (): Topology => ({
    version: 1,
    defaults: { account: 'main', region: 'cn-hangzhou' },
    vpcs: {
      'vpc-hz': {
        cidr: '10.0.0.0/16',
        vSwitches: { 'vsw-a': { zone: 'cn-hangzhou-h', cidr: '10.0.1.0/24' } },
      },
      'vpc-sh': {
        region: 'cn-shanghai',
        cidr: '172.16.0.0/16',
        vSwitches: { 'vsw-sh': { zone: 'cn-shanghai-b', cidr: '172.16.5.0/24' } },
      },
      'vpc-bj': { region: 'cn-beijing', cidr: '172.20.0.0/16' },
    },
    dataCenters: { 'idc-bj': { cidrs: ['192.168.0.0/16'] } },
  });
  const toDataCenter = {
    network: { type: 'dataCenter', dataCenter: 'idc-bj', address: '192.168.10.5' },
    route: '192.168.0.0/16',
    valid: { type: 'vpnGateway', members: ['vpc-hz', 'idc-bj'] },
  };
  const toVpc = {
    network: { type: 'vpc', vpc: 'vpc-sh', address: '172.16.5.20' },
    route: '172.16.0.0/16',
    valid: { type: 'cen', members: ['vpc-hz', 'vpc-sh'] },
  };
  const shapes = [
    { type: 'expressConnect', members: ['vpc-hz', 'vpc-sh', 'idc-bj'], ...toDataCenter },
    { type: 'expressConnect', members: ['vpc-hz', 'vpc-sh', 'idc-bj'], ...toVpc },
    { type: 'vpnGateway', members: ['vpc-hz', 'vpc-sh', 'idc-bj'], ...toDataCenter },
    { type: 'vpcPeering', members: ['vpc-hz', 'idc-bj'], ...toDataCenter },
    { type: 'vpcPeering', members: ['vpc-hz', 'vpc-sh', 'vpc-bj'], ...toVpc },
  ];

  function topologyWith(shape: (typeof shapes)[number], valid: boolean): string {
    return JSON.stringify({
      ...networks(),
      connections: {
        bad: { type: shape.type, members: shape.members },
        ...(valid ? { good: shape.valid } : {}),
      },
      resourceGroups: {
        rg: {
          type: 'serverless',
          vpcBindings: [{ vpc: 'vpc-hz', vSwitch: 'vsw-a', routes: [shape.route] }],
        },
      },
      dataSources: { db: { engine: 'mysql', hosting: 'managed', network: shape.network } },
      tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['db'] } },
    });
  }
  const located = (findings: { code: string; pointer: string }[]) =>
    findings.map((f) => `${f.code} ${f.pointer}`).sort();

  it.each(shapes)('$type listing $members: no path uses it', (shape) => {
    const alone = validate(topologyWith(shape, false));
    expect(located(alone.findings)).toEqual([
      'connection-missing /dataSources/db/network',
      'connection-type-mismatch /connections/bad',
      'route-unused /resourceGroups/rg/vpcBindings/0/routes/0',
      'unused /connections/bad',
    ]);
    expect(alone.connectivity[0]).toMatchObject({ ok: false, missing: ['connection-missing'] });
    expect(alone.findings.find((f) => f.code === 'unused')?.message).toBe(
      "Connection 'bad' connects nothing: its type cannot join its members (connection-type-mismatch), so no path uses it.",
    );

    const text = topologyWith(shape, true);
    const withValid = validate(text);
    expect(located(withValid.findings)).toEqual([
      'connection-type-mismatch /connections/bad',
      'unused /connections/bad',
    ]);
    expect(withValid.connectivity[0]).toMatchObject({ ok: true, missing: [] });
    const hops = explain(text)[0]?.pairs[0]?.hops ?? [];
    expect(hops.filter((hop) => hop.kind === 'connection').map((hop) => hop.id)).toEqual(['good']);
  });
});

describe('an internet data source at a private address', () => {
  const topology = (address: string, type: string, eip?: string) =>
    JSON.stringify({
      version: 1,
      vpcs: {
        v: {
          cidr: '10.4.0.0/16',
          vSwitches: { s: { zone: 'cn-hangzhou-h', cidr: '10.4.1.0/24' } },
          natGateways: {
            n: {
              vSwitch: 's',
              eips: ['47.1.1.1'],
              snatEntries: [{ source: 's', eip: '47.1.1.1' }],
            },
          },
        },
      },
      resourceGroups: {
        rg: { type, vpcBindings: [{ vpc: 'v', vSwitch: 's' }], ...(eip ? { eip } : {}) },
      },
      dataSources: {
        db: { engine: 'mysql', hosting: 'selfManaged', network: { type: 'internet', address } },
      },
      tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['db'] } },
    });

  it.each([
    ['serverless', undefined],
    ['exclusiveScheduling', '120.55.1.1'],
  ])('is not connected through a %s group, whatever else holds', (type, eip) => {
    const broken = validate(topology('172.18.0.5', type, eip));
    expect(broken.connectivity[0]).toMatchObject({ ok: false, missing: ['address-not-public'] });
    const steps = explain(topology('172.18.0.5', type, eip))[0]?.pairs[0]?.steps ?? [];
    expect(steps[0]).toMatchObject({ code: 'address-not-public', status: 'missing' });
    expect(validate(topology('116.62.10.10', type, eip)).connectivity[0]).toMatchObject({
      ok: true,
      missing: [],
    });
  });
});

describe('a data source whose address lies in the bound VPC itself', () => {
  it('route-missing says no route can reach it, and offers none', () => {
    const text = readFileSync(
      join(__dirname, '../../test/fixtures/review/cen-cidr-conflict.dwnet.json'),
      'utf8',
    );
    const routeMissing = validate(text).findings.filter((f) => f.code === 'route-missing');
    expect(routeMissing.map((f) => [f.message, f.fixes.length])).toEqual([
      [
        "Binding 0 of resource group 'rg-hz' (VPC 'vpc-hz') has no route to data source 'rds-bj' at 192.168.2.9. No route can reach it: the address lies inside 192.168.0.0/16, the CIDR block of VPC 'vpc-hz' itself; change the CIDR block of one of the two networks first.",
        0,
      ],
    ]);
  });
});

describe('an SNAT entry with an EIP its gateway does not have', () => {
  const text = JSON.stringify({
    version: 1,
    vpcs: {
      v: {
        cidr: '10.81.0.0/16',
        vSwitches: { s: { zone: 'eu-central-1b', cidr: '10.81.1.0/24' } },
        natGateways: {
          n: {
            vSwitch: 's',
            eips: ['8.209.2.2'],
            snatEntries: [{ source: 's', eip: '8.209.9.9' }],
          },
        },
      },
    },
    resourceGroups: { rg: { type: 'serverless', vpcBindings: [{ vpc: 'v', vSwitch: 's' }] } },
    dataSources: {
      db: {
        engine: 'mysql',
        hosting: 'selfManaged',
        network: { type: 'internet', address: '198.51.100.33' },
        whitelist: ['203.0.113.1'],
      },
    },
    tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['db'] } },
  });

  it('leaves the pair unconnected, and no whitelist is asked to accept the foreign address', () => {
    const result = validate(text);
    expect(result.connectivity[0]).toMatchObject({ ok: false, missing: ['snat-eip-unknown'] });
    expect(result.findings.map((f) => f.code)).toEqual(['snat-eip-unknown']);
    const fix = result.findings[0]?.fixes[0];
    expect(fix?.isPreferred).toBe(true);
    if (!fix) return;
    const fixed = applyEdits(text, fixEdits(text, fix));
    const after = validate(fixed);
    // With the gateway's own EIP in the entry, the whitelist asks for that one.
    expect(after.findings.map((f) => [f.code, f.message.includes("'8.209.2.2'")])).toEqual([
      ['whitelist-missing', true],
    ]);
  });
});

describe("a binding whose vSwitch is not its VPC's", () => {
  const topology = (vSwitch: string) =>
    JSON.stringify({
      version: 1,
      vpcs: {
        a: { cidr: '10.130.0.0/16', vSwitches: { 'vsw-a': { zone: 'z', cidr: '10.130.1.0/24' } } },
        b: { cidr: '10.131.0.0/16', vSwitches: { 'vsw-b': { zone: 'z', cidr: '10.131.1.0/24' } } },
      },
      resourceGroups: { rg: { type: 'serverless', vpcBindings: [{ vpc: 'a', vSwitch }] } },
      dataSources: {
        db: {
          engine: 'mysql',
          hosting: 'managed',
          network: { type: 'vpc', vpc: 'a', address: '10.130.1.50' },
          whitelist: ['10.131.1.0/24'],
        },
      },
      tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['db'] } },
    });

  it.each([
    ['vsw-b', 'binding-vswitch-mismatch'],
    ['vsw-x', 'unknown-reference'],
  ])('(%s) carries no traffic: the pair misses %s', (vSwitch, code) => {
    const result = validate(topology(vSwitch));
    expect(result.connectivity[0]).toMatchObject({ ok: false, missing: [code] });
    expect(result.findings.map((f) => f.code)).toEqual([code]);
    const steps = explain(topology(vSwitch))[0]?.pairs[0]?.steps ?? [];
    expect(steps[0]).toMatchObject({ code, status: 'missing' });
    // Once the binding names the VPC's own vSwitch, the whitelist is checked against it.
    expect(validate(topology('vsw-a')).connectivity[0]).toMatchObject({
      ok: false,
      missing: ['whitelist-missing'],
    });
  });
});

describe('a security group of another VPC', () => {
  const topology = (bindingGroup: string, hostGroup: string) =>
    JSON.stringify({
      version: 1,
      vpcs: {
        gz: { cidr: '10.66.0.0/16', vSwitches: { s: { zone: 'z', cidr: '10.66.1.0/24' } } },
        other: { cidr: '10.67.0.0/16', vSwitches: { o: { zone: 'z', cidr: '10.67.1.0/24' } } },
      },
      securityGroups: {
        'sg-gz': {
          vpc: 'gz',
          type: 'basic',
          rules: [{ direction: 'ingress', cidr: '10.66.1.0/24', ports: '6379' }],
        },
        'sg-other': {
          vpc: 'other',
          type: 'basic',
          rules: [{ direction: 'ingress', cidr: '10.66.1.0/24', ports: '6379' }],
        },
      },
      resourceGroups: {
        rg: {
          type: 'serverless',
          vpcBindings: [{ vpc: 'gz', vSwitch: 's', securityGroup: bindingGroup }],
        },
      },
      dataSources: {
        redis: {
          engine: 'redis',
          hosting: 'ecs',
          network: { type: 'vpc', vpc: 'gz', address: '10.66.1.9' },
          securityGroup: hostGroup,
        },
      },
      tasks: { t: { kind: 'schedule', resourceGroup: 'rg', dataSources: ['redis'] } },
    });

  it.each([
    ['the binding', 'sg-other', 'sg-gz'],
    ['the ECS instance', 'sg-gz', 'sg-other'],
  ])('named by %s: the pair is not connected, whatever its rules accept', (_, binding, host) => {
    const result = validate(topology(binding, host));
    expect(result.findings.map((f) => f.code)).toEqual(['sg-vpc-mismatch']);
    expect(result.connectivity[0]).toMatchObject({ ok: false, missing: ['sg-vpc-mismatch'] });
    const steps = explain(topology(binding, host))[0]?.pairs[0]?.steps ?? [];
    expect(steps.filter((s) => s.status === 'missing').map((s) => s.code)).toEqual([
      'sg-vpc-mismatch',
    ]);
  });
});
