// `--merge`: an import refreshes what came from the source in the user's file and keeps
// everything the user wrote; importing the same source again changes nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAliyun } from '../../src/import/aliyun';
import {
  mapTerraform,
  mergeTopology,
  writeTopology,
  type TerraformResource,
} from '../../src/index';
import { formatProblems, problems, resource } from './helpers';

function network(whitelist: string[]): TerraformResource[] {
  return [
    resource(
      'alicloud_vpc.main',
      { id: 'vpc-1', vpc_name: 'prod', cidr_block: '10.0.0.0/16' },
      { region: 'cn-hangzhou' },
    ),
    resource('alicloud_vswitch.a', {
      id: 'vsw-1',
      vpc_id: 'vpc-1',
      vswitch_name: 'prod-a',
      cidr_block: '10.0.1.0/24',
    }),
    resource(
      'alicloud_data_works_dw_resource_group.rg',
      { resource_group_name: 'etl', default_vpc_id: 'vpc-1', default_vswitch_id: 'vsw-1' },
      { region: 'cn-hangzhou' },
    ),
    resource('alicloud_db_instance.orders', {
      id: 'rm-1',
      engine: 'MySQL',
      instance_name: 'orders',
      vswitch_id: 'vsw-1',
      security_ips: whitelist,
    }),
  ];
}

const topology = (whitelist: string[]) =>
  mapTerraform({ resources: network(whitelist), notes: [] });

/** The first import with what a user then adds by hand: a task, comments, a suppression, an entity, a property. */
function edited(): string {
  const text = writeTopology(topology(['10.0.1.0/24']));
  return text
    .replace('"orders": {', '// the orders database, owned by the shop team\n    "orders": {')
    .replace('"vSwitch": "prod-a" }', '"vSwitch": "prod-a", "securityGroup": "sg-rg" }')
    .replace(
      /\n}\n$/,
      `,
  "securityGroups": { "sg-rg": { "vpc": "prod" } },
  "tasks": {
    // nightly copy
    "sync-orders": { "kind": "sync", "resourceGroup": "etl", "source": "orders", "destination": "partner" }
  }
}
`,
    )
    .replace(
      '"dataSources": {',
      `"dataSources": {
    // dwnet-ignore whitelist-open -- a partner database, managed by them
    "partner": { "engine": "mysql", "network": { "type": "internet", "address": "203.0.113.7" }, "whitelist": ["0.0.0.0/0"] },`,
    );
}

describe('merging an import into an existing topology', () => {
  it('refreshes what the source changed and keeps every hand-written line', () => {
    const before = edited();
    expect(formatProblems(before)).toEqual([]);
    const { text, refreshed, added, untouched } = mergeTopology(
      before,
      topology(['10.0.1.0/24', '10.0.2.0/24']),
    );
    expect(refreshed).toEqual(['dataSources/orders']);
    expect(added).toEqual([]);
    expect(untouched.sort()).toEqual([
      'dataSources/partner',
      'securityGroups/sg-rg',
      'tasks/sync-orders',
    ]);
    // Only the whitelist line changed.
    const changed = text.split('\n').filter((line) => !before.split('\n').includes(line));
    expect(changed).toEqual(['      "whitelist": ["10.0.1.0/24", "10.0.2.0/24"]']);
    expect(formatProblems(text)).toEqual([]);
  });

  it('is idempotent: merging the same import again changes nothing', () => {
    const once = mergeTopology(edited(), topology(['10.0.2.0/24'])).text;
    expect(mergeTopology(once, topology(['10.0.2.0/24'])).text).toBe(once);
    const fresh = writeTopology(topology(['10.0.1.0/24']));
    expect(mergeTopology(fresh, topology(['10.0.1.0/24'])).text).toBe(fresh);
  });

  it('refreshes a VPC that gained a secondary CIDR block, and is idempotent then', () => {
    const before = edited();
    const grown = (blocks: string[]) =>
      mapTerraform({
        resources: [
          ...network(['10.0.1.0/24']),
          ...blocks.map((block, i) =>
            resource(`alicloud_vpc_ipv4_cidr_block.b${i}`, {
              vpc_id: 'vpc-1',
              secondary_cidr_block: block,
            }),
          ),
        ],
        notes: [],
      });
    const once = mergeTopology(before, grown(['172.20.0.0/16'])).text;
    expect(once).toContain(
      '"secondaryCidrs": [\n        // from alicloud_vpc_ipv4_cidr_block.b0 (main.tf:1)\n        "172.20.0.0/16"\n      ]',
    );
    expect(mergeTopology(once, grown(['172.20.0.0/16'])).text).toBe(once);
    const twice = mergeTopology(once, grown(['172.20.0.0/16', '172.21.0.0/16'])).text;
    expect(twice).toContain('"172.21.0.0/16"');
    expect(formatProblems(twice)).toEqual([]);
  });

  it('adds a vSwitch the source gained inside the VPC it belongs to, with its comment', () => {
    const before = edited();
    const grown = mapTerraform({
      resources: [
        ...network(['10.0.1.0/24']),
        resource('alicloud_vswitch.b', {
          id: 'vsw-2',
          vpc_id: 'vpc-1',
          vswitch_name: 'prod-b',
          cidr_block: '10.0.2.0/24',
        }),
      ],
      notes: [],
    });
    const { text } = mergeTopology(before, grown);
    expect(text).toContain(
      [
        '        "prod-a": { "cidr": "10.0.1.0/24" },',
        '        // from alicloud_vswitch.b (main.tf:1)',
        '        "prod-b": { "cidr": "10.0.2.0/24" }',
      ].join('\n'),
    );
    expect(mergeTopology(text, grown).text).toBe(text);
  });

  it('adds new entities with their comments, into a file that had none of them', () => {
    const { text, added } = mergeTopology('{\n  "version": 1\n}\n', topology(['10.0.1.0/24']));
    expect(added).toEqual(['vpcs/prod', 'resourceGroups/etl', 'dataSources/orders']);
    expect(text).toContain('// from alicloud_vpc.main (main.tf:1)');
    expect(text).toContain('// from alicloud_vswitch.a (main.tf:1)');
    expect(formatProblems(text)).toEqual([]);
    expect(problems(text)).toEqual([]);
    expect(mergeTopology(text, topology(['10.0.1.0/24'])).text).toBe(text);
  });

  it('follows an entity the user renamed, through its `// from` comment', () => {
    const renamed = writeTopology(topology(['10.0.1.0/24']))
      .replace('"prod": {', '"vpc-production": {')
      .replace(/"vpc": "prod"/g, '"vpc": "vpc-production"');
    expect(formatProblems(renamed)).toEqual([]);
    const { text } = mergeTopology(renamed, topology(['10.0.1.0/24']));
    expect(text).toBe(renamed);
  });

  it('keeps the regions right when the file has other defaults', () => {
    const other =
      '{\n  "version": 1,\n  "defaults": { "region": "cn-shanghai" },\n  "vpcs": { "sh": { "cidr": "192.168.0.0/16" } }\n}\n';
    const { text } = mergeTopology(other, topology(['10.0.1.0/24']));
    const plain = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as {
      vpcs: Record<string, { region?: string }>;
    };
    expect(plain.vpcs['prod']?.region).toBe('cn-hangzhou');
    expect(plain.vpcs['sh']?.region).toBeUndefined();
  });

  it('refuses a file that is not JSON with comments', () => {
    expect(() => mergeTopology('{ "version": 1, ', topology([]))).toThrow(
      'the file to merge into is not valid JSON with comments',
    );
  });
});

describe('merging follows renamed entities in every reference field', () => {
  /** A real fixture of saved API responses, as the CLI reads the folder. */
  function savedResponses(folder: string): Map<string, string> {
    const files = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.json') && entry.name !== 'expected.dwnet.json')
          files.set(relative(folder, full).split(sep).join('/'), readFileSync(full, 'utf8'));
      }
    };
    walk(folder);
    return files;
  }

  it("a task's resource group and data sources follow the ids the user gave them", () => {
    const imported = importAliyun(
      savedResponses(join(__dirname, '../../../test/fixtures/import/aliyun/ecs-security-group')),
    );
    const first = writeTopology(imported);
    expect(first).toContain(
      '"app_metrics": { "kind": "schedule", "resourceGroup": "dw-app", "dataSources": ["app_mysql"] }',
    );
    // The user renames the resource group and the data source, and every reference to them.
    const renamed = first.replace(/"dw-app"/g, '"rg-etl"').replace(/"app_mysql"/g, '"metrics-db"');
    // Renaming breaks no reference: the file's findings are the import's (its real one).
    expect(problems(renamed)).toEqual(problems(first));
    const { text } = mergeTopology(renamed, imported);
    expect(text).toBe(renamed);
  });
});
