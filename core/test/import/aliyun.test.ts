// `dwnet import aliyun`: saved API responses (test/fixtures/import/aliyun/<scenario>/, assembled
// from SDK field names, see the README there) → the topology, its written text and what
// `dwnet check` then says of it. Each scenario's expected topology is its
// `expected.dwnet.json`; its findings are the ones a person who knows that network expects.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { importAliyun } from '../../src/import/aliyun';
import { writeTopology } from '../../src/import/write';
import { mergeTopology } from '../../src/import/merge';
import type { ImportedTopology } from '../../src/import/topology';
import { english, formatProblems, problems } from './helpers';
import { validate } from '../../src/index';

const ROOT = join(__dirname, '../../../test/fixtures/import/aliyun');

/** The responses of a fixture folder, keyed by path relative to it (as the CLI passes them). */
function responses(name: string): Map<string, string> {
  const dir = join(ROOT, name);
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!entry.startsWith('expected'))
        files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** The topology as plain data: what the file says, without comments. */
function data(topology: ImportedTopology): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (topology.defaults) out['defaults'] = topology.defaults;
  for (const [name, collection] of Object.entries(topology.collections)) {
    out[name] = Object.fromEntries(
      [...(collection ?? [])].map(([id, entity]) => [id, entity.value]),
    );
  }
  return out;
}

function expectedData(name: string): Record<string, unknown> {
  const value = parse(readFileSync(join(ROOT, name, 'expected.dwnet.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete value['$schema'];
  delete value['version'];
  return value;
}

function comments(topology: ImportedTopology): string[] {
  return Object.entries(topology.collections).flatMap(([name, collection]) =>
    [...(collection ?? [])].flatMap(([id, entity]) =>
      entity.comments.map(
        (c) => `${name}/${id} ${JSON.stringify(c.path)} ${c.kind}: ${english(c.text)}`,
      ),
    ),
  );
}

const SCENARIOS: { name: string; findings: string[] }[] = [
  // Scenario 1: the RDS whitelist holds the binding's vSwitch; nothing is missing.
  { name: 'same-vpc-rds', findings: [] },
  // Scenario 2: CEN, a route to the PolarDB VPC and its whitelist: nothing is missing.
  { name: 'cross-region-cen', findings: [] },
  // Scenario 4: the route to the IDC exists; the one to the office behind the VPN does not.
  {
    name: 'idc-express-connect',
    findings: ['route-missing@/resourceGroups/dw-bj-serverless/vpcBindings/0'],
  },
  // Scenario 5: NAT, SNAT and EIP are in place; a sync over the Internet gets the notice; the
  // exclusive group no task uses is old-version.
  {
    name: 'internet-nat',
    findings: [
      'internet-unstable@/tasks/pull_partner_orders',
      'legacy-resource-group@/resourceGroups/old-di-group/type',
    ],
  },
  // The MySQL on ECS accepts 3306 over UDP only (not imported) and SSH: TCP 3306 is missing.
  { name: 'ecs-security-group', findings: ['ds-sg-ingress-missing@/securityGroups/mysql-ecs'] },
];

describe('dwnet import aliyun: scenarios', () => {
  for (const scenario of SCENARIOS) {
    describe(scenario.name, () => {
      const topology = importAliyun(responses(scenario.name));
      const text = writeTopology(topology);

      it('gives the expected topology', () => {
        if (process.env['UPDATE_ALIYUN_FIXTURES'])
          writeFileSync(join(ROOT, scenario.name, 'expected.dwnet.json'), text);
        expect(data(topology)).toEqual(expectedData(scenario.name));
      });

      it('writes a file the schema accepts, and dwnet check finds what is really missing', () => {
        expect(formatProblems(text)).toEqual([]);
        expect(problems(text)).toEqual([...scenario.findings].sort());
      });

      it('is deterministic whatever order the files come in', () => {
        const reversed = new Map([...responses(scenario.name)].reverse());
        expect(writeTopology(importAliyun(reversed))).toBe(text);
      });
    });
  }
});

describe('dwnet import aliyun: what each response says', () => {
  it('names the operation, cloud id, file and line each entity came from', () => {
    const all = comments(importAliyun(responses('cross-region-cen')));
    expect(all).toContain(
      'vpcs/db-sh ["vSwitches","db-sh-b"] from: DescribeVSwitches:vsw-uf6dbsh000000000002 (cn-shanghai/DescribeVSwitches.2.json:9)',
    );
    expect(all).toContain(
      'resourceGroups/dw-hz-serverless ["vpcBindings",0] from: ListNetworks:2000 (cn-hangzhou/ListNetworks.Serverless_res_group_524257424564736_6831777003HZ001.json:10)',
    );
    expect(all.filter((line) => line.startsWith('vpcs/db-sh ["cidr"]'))).toEqual([]);
  });

  it('keeps the secondary CIDR blocks of DescribeVpcs, so a vSwitch in one needs no silencing', () => {
    const topology = importAliyun(responses('cross-region-cen'));
    expect(topology.collections.vpcs?.get('db-sh')?.value['secondaryCidrs']).toEqual([
      '172.18.0.0/16',
    ]);
    expect(comments(topology).filter((line) => line.includes('dwnet-ignore'))).toEqual([]);
    const text = writeTopology(topology);
    expect(validate(text).findings.filter((f) => f.code === 'vswitch-outside-vpc')).toEqual([]);
  });

  it('takes the cluster endpoint of a PolarDB cluster and its whitelist without hidden groups', () => {
    const topology = importAliyun(responses('cross-region-cen'));
    expect(topology.collections.dataSources?.get('polar_orders')?.value).toEqual({
      engine: 'polardb',
      hosting: 'managed',
      network: { type: 'vpc', vpc: 'db-sh', address: '172.16.5.20', port: 3306 },
      whitelist: ['10.10.1.0/24'],
    });
  });

  it('reads the quirky spellings: DefaultVswicthId, VswitchId, SourceCIDR, VPCId, string priorities, Accept/Drop', () => {
    const files = new Map([
      [
        'DescribeVpcs.json',
        JSON.stringify({
          Vpcs: {
            Vpc: [
              { VpcId: 'vpc-1', VpcName: 'v', CidrBlock: '10.0.0.0/16', RegionId: 'cn-hangzhou' },
            ],
          },
        }),
      ],
      [
        'DescribeVSwitches.json',
        JSON.stringify({
          VSwitches: {
            VSwitch: [
              {
                VSwitchId: 'vsw-1',
                VSwitchName: 's',
                VpcId: 'vpc-1',
                CidrBlock: '10.0.1.0/24',
                ZoneId: 'cn-hangzhou-h',
              },
            ],
          },
        }),
      ],
      [
        'ListResourceGroups.json',
        JSON.stringify({
          PagingInfo: {
            ResourceGroupList: [
              {
                Id: 'Serverless_res_group_1',
                Name: 'rg',
                ResourceGroupType: 'CommonV2',
                Status: 'Normal',
                DefaultVpcId: 'vpc-1',
                DefaultVswicthId: 'vsw-1',
              },
            ],
          },
        }),
      ],
      [
        'DescribeSecurityGroups.json',
        JSON.stringify({
          SecurityGroups: {
            SecurityGroup: [
              {
                SecurityGroupId: 'sg-1',
                SecurityGroupName: 'g',
                SecurityGroupType: 'enterprise',
                VpcId: 'vpc-1',
              },
            ],
          },
        }),
      ],
      [
        'DescribeSecurityGroupAttribute.sg-1.json',
        JSON.stringify({
          SecurityGroupId: 'sg-1',
          Permissions: {
            Permission: [
              {
                Direction: 'egress',
                Policy: 'Drop',
                Priority: '5',
                IpProtocol: 'TCP',
                PortRange: '1/65535',
                DestCidrIp: '0.0.0.0/0',
              },
              {
                Direction: 'egress',
                Policy: 'Accept',
                Priority: '4',
                IpProtocol: 'ALL',
                PortRange: '-1/-1',
                DestCidrIp: '10.0.0.0/8',
              },
              {
                Direction: 'ingress',
                Policy: 'accept',
                Priority: '1',
                IpProtocol: 'tcp',
                PortRange: '3306/3310',
                SourceCidrIp: '10.0.1.0/24',
              },
            ],
          },
        }),
      ],
    ]);
    const topology = importAliyun(files);
    expect(topology.collections.resourceGroups?.get('rg')?.value).toEqual({
      type: 'serverless',
      vpcBindings: [{ vpc: 'v', vSwitch: 's' }],
    });
    expect(topology.collections.securityGroups?.get('g')?.value).toEqual({
      vpc: 'v',
      type: 'advanced',
      rules: [
        {
          direction: 'egress',
          protocol: 'tcp',
          cidr: '0.0.0.0/0',
          ports: '1-65535',
          policy: 'drop',
          priority: 5,
        },
        { direction: 'egress', cidr: '10.0.0.0/8', priority: 4 },
        { direction: 'ingress', protocol: 'tcp', cidr: '10.0.1.0/24', ports: '3306-3310' },
      ],
    });
  });

  it('says where an exclusive resource group needs its bindings filled in, and skips intranet NAT gateways', () => {
    const topology = importAliyun(responses('internet-nat'));
    const all = comments(topology);
    expect(all).toContain(
      'resourceGroups/old-di-group [] unresolved: vpcBindings and eip: no API exposes the network settings of an exclusive resource group; add them from the DataWorks console (Resource Groups → Network Settings)',
    );
    expect(all).toContain(
      'vpcs/dw-egress [] note: VPC NAT gateway ngw-bp1intranet000000001 (intranet) not imported: it is not a way to the Internet',
    );
    expect(topology.summary.skipped).toEqual({
      'DescribeEipAddresses: EIP not on a NAT gateway': 1,
      'DescribeNatGateways: VPC NAT gateway, not a way to the Internet': 1,
      'ListDataSources: odps, no network set-up': 1,
      'ListTasks: no data source to reach': 1,
    });
    expect(topology.summary.imported).toEqual({
      vpcs: 1,
      vSwitches: 2,
      natGateways: 1,
      dataSources: 1,
      resourceGroups: 2,
      tasks: 1,
    });
  });

  it('imports UDP and ICMP rules with their protocol (ICMP without ports), which open no TCP port', () => {
    const topology = importAliyun(responses('ecs-security-group'));
    const rules = topology.collections.securityGroups?.get('mysql-ecs')?.value['rules'];
    expect(rules).toContainEqual({
      direction: 'ingress',
      protocol: 'udp',
      cidr: '172.20.1.0/24',
      ports: '3306',
    });
    expect(rules).toContainEqual({
      direction: 'ingress',
      protocol: 'icmp',
      cidr: '0.0.0.0/0',
      priority: 100,
    });
    expect(comments(topology).filter((line) => line.includes('protocol'))).toEqual([]);
  });

  it('leaves out an ICMPv6 rule, saying why', () => {
    const rule = {
      SecurityGroupRuleId: 'sgr-v6',
      Direction: 'ingress',
      Policy: 'Accept',
      Priority: '1',
      IpProtocol: 'ICMPV6',
      PortRange: '-1/-1',
      Ipv6SourceCidrIp: '::/0',
    };
    const topology = importAliyun(
      new Map([
        [
          'DescribeVpcs.json',
          JSON.stringify({
            Vpcs: { Vpc: [{ VpcId: 'vpc-1', VpcName: 'v', CidrBlock: '10.0.0.0/16' }] },
          }),
        ],
        [
          'DescribeSecurityGroupAttribute.sg-1.json',
          JSON.stringify({
            SecurityGroupId: 'sg-1',
            SecurityGroupName: 'g',
            VpcId: 'vpc-1',
            Permissions: { Permission: [rule] },
          }),
        ],
      ]),
    );
    expect(comments(topology)).toContain(
      'securityGroups/g ["rules"] unresolved: rule sgr-v6 of sg-1 (ingress ICMPV6 -1/-1) not imported: the format\'s protocols are TCP, UDP, ICMP, GRE and ALL',
    );
  });

  it('reads the 2020 DataWorks API: Content as a JSON string, EnvType as a number', () => {
    const files = new Map([
      [
        'ListDataSources.json',
        JSON.stringify({
          Success: true,
          Data: {
            DataSources: [
              {
                Id: 1,
                Name: 'legacy_pg',
                DataSourceType: 'postgresql',
                EnvType: 1,
                Content: JSON.stringify({
                  jdbcUrl: 'jdbc:postgresql://admin:Legacy-Pw-1@203.0.113.7:5433/db',
                  username: 'admin',
                  password: 'Legacy-Pw-2',
                }),
              },
            ],
          },
        }),
      ],
    ]);
    const topology = importAliyun(files);
    expect(topology.collections.dataSources?.get('legacy_pg')?.value).toEqual({
      engine: 'postgresql',
      network: { type: 'internet', address: '203.0.113.7', port: 5433 },
    });
    expect(JSON.stringify(data(topology)) + comments(topology).join('\n')).not.toMatch(
      /Legacy-Pw|admin/,
    );
  });
});

describe('dwnet import aliyun: bad input', () => {
  it('names the file of a non-JSON response, an error response and an unknown operation, and goes on', () => {
    const files = new Map([
      ['cn-hangzhou/DescribeVpcs.json', '{"Vpcs": {"Vpc": [\n  {"VpcId": "vpc-1",\n  oops\n'],
      [
        'cn-hangzhou/DescribeVSwitches.json',
        JSON.stringify({
          RequestId: 'x',
          Code: 'Forbidden.RAM',
          Message: 'User not authorized to operate on the specified resource.',
        }),
      ],
      ['cn-hangzhou/DescribeForwardTableEntries.json', '{}'],
      ['cn-hangzhou/ListTasks.json', '[1, 2]'],
      ['README.md', 'not a response'],
    ]);
    const topology = importAliyun(files);
    expect(topology.notes.map((n) => `${n.level} ${n.file}${n.line ? `:${n.line}` : ''}`)).toEqual([
      'warning cn-hangzhou/DescribeForwardTableEntries.json',
      'warning cn-hangzhou/DescribeVSwitches.json',
      'error cn-hangzhou/DescribeVpcs.json:3',
      'error cn-hangzhou/ListTasks.json',
    ]);
    expect(english(topology.notes[1]?.message ?? '')).toContain(
      'Forbidden.RAM: User not authorized',
    );
    expect(english(topology.notes[2]?.message ?? '')).toBe(
      'not a JSON response (unexpected character at line 3, column 3); save it again, or delete it to import without it',
    );
    expect(topology.summary.skipped).toEqual({ DescribeForwardTableEntries: 1 });
    expect(topology.collections).toEqual({});
    expect(formatProblems(writeTopology(topology))).toEqual([]);
  });

  it('never quotes a broken file in its message (it may hold a password), and reads one with comments', () => {
    const topology = importAliyun(
      new Map([
        [
          'ListDataSources.json',
          '{"PagingInfo": {"DataSources": [{"Name": "x", "password": "Leak-Me-123" Leak',
        ],
        ['ListTasks.json', 'Leak-Me-456'],
        [
          'DescribeVpcs.json',
          '// saved on Monday\n{"Vpcs": {"Vpc": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16",},]}}',
        ],
      ]),
    );
    expect(topology.notes.map((n) => `${n.file}:${n.line}: ${english(n.message)}`)).toEqual([
      'ListDataSources.json:1: not a JSON response (unexpected character at line 1, column 73); save it again, or delete it to import without it',
      'ListTasks.json:1: not a JSON response (unexpected character at line 1, column 1); save it again, or delete it to import without it',
    ]);
    expect(JSON.stringify(topology)).not.toContain('Leak');
    expect(topology.summary.imported).toEqual({ vpcs: 1 });
  });

  it('unwraps { body } wrappers and still maps', () => {
    const body = {
      Vpcs: { Vpc: [{ VpcId: 'vpc-1', CidrBlock: '10.0.0.0/16', RegionId: 'cn-beijing' }] },
    };
    const topology = importAliyun(
      new Map([['DescribeVpcs.json', JSON.stringify({ headers: {}, statusCode: 200, body })]]),
    );
    expect(data(topology)).toEqual({
      defaults: { region: 'cn-beijing' },
      vpcs: { 'vpc-1': { cidr: '10.0.0.0/16' } },
    });
  });
});

describe('dwnet import aliyun: secrets', () => {
  /** Every value under a key that holds a credential, in every fixture response. */
  function secrets(value: unknown, out: Set<string> = new Set()): Set<string> {
    if (Array.isArray(value)) for (const v of value) secrets(v, out);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (
          /password|secret|accesskey|accessid|psk|username|token/i.test(key) &&
          typeof v === 'string' &&
          v.length >= 4
        )
          out.add(v);
        else secrets(v, out);
      }
    }
    return out;
  }

  for (const name of readdirSync(ROOT).filter((n) => statSync(join(ROOT, n)).isDirectory())) {
    it(`copies no credential of ${name} into the topology, its comments, notes or text`, () => {
      const files = responses(name);
      const found = new Set<string>();
      for (const text of files.values()) secrets(JSON.parse(text), found);
      expect(found.size).toBeGreaterThan(0);
      const topology = importAliyun(files);
      const output = [
        writeTopology(topology),
        JSON.stringify(topology.notes),
        ...comments(topology),
      ].join('\n');
      for (const secret of found) expect(output).not.toContain(secret);
    });
  }
});

describe('dwnet import aliyun: the written text checks like a hand-written file', () => {
  it('keeps the comments of the writer in a valid JSONC document', () => {
    const text = writeTopology(importAliyun(responses('internet-nat')));
    expect(text).toContain(
      '// from DescribeNatGateways:ngw-bp1egress00000000001 (cn-hangzhou/DescribeNatGateways.json:9)',
    );
    expect(validate(text).findings.filter((f) => f.code === 'json-syntax')).toEqual([]);
  });
});

describe('dwnet import aliyun --merge', () => {
  it('re-importing into the file it wrote changes nothing', () => {
    for (const scenario of SCENARIOS) {
      const topology = importAliyun(responses(scenario.name));
      const text = writeTopology(topology);
      expect(mergeTopology(text, topology).text).toBe(text);
    }
  });

  it('keeps what the user wrote and the ids they chose, and refreshes what the cloud says', () => {
    const topology = importAliyun(responses('same-vpc-rds'));
    const edited = writeTopology(topology)
      // The user renamed the VPC (and its references), and wrote a task and a comment of their own.
      .replaceAll('"dw-prod"', '"prod"')
      .replace(
        '"tasks": {',
        '"tasks": {\n    // hand-written: the nightly export\n    "export": { "kind": "schedule", "resourceGroup": "dw-serverless", "dataSources": ["mysql_orders"] },',
      )
      // …and the whitelist changed in the cloud since: the file's copy is stale.
      .replace('"whitelist": ["10.0.1.0/24", "127.0.0.1"]', '"whitelist": ["127.0.0.1"]');
    const merged = mergeTopology(edited, topology);
    expect(merged.text).toContain('// hand-written: the nightly export');
    expect(merged.text).toContain('"export": {');
    expect(merged.text).toContain('"prod": {');
    expect(merged.text).not.toContain('"dw-prod"');
    const mergedValue = parse(merged.text) as {
      dataSources: Record<string, { whitelist: string[] }>;
    };
    expect(mergedValue.dataSources['mysql_orders']?.whitelist).toEqual([
      '10.0.1.0/24',
      '127.0.0.1',
    ]);
    expect(merged.untouched).toEqual(['tasks/export']);
    expect(problems(merged.text)).toEqual([]);
    expect(mergeTopology(merged.text, topology).text).toBe(merged.text);
  });
});
