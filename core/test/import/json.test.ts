// Terraform JSON read as a user has it: `terraform show -json` of a state and of a plan,
// and a raw terraform.tfstate (test/fixtures/import/terraform-json/, see its README), each
// mapped to the topology it must give (`<file>.expected.dwnet.json`, reviewed by hand).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REASON,
  Unknown,
  importTerraform,
  readTerraformJson,
  writeTopology,
  type TerraformResource,
} from '../../src/index';
import { english, englishNotes, formatProblems, problems } from './helpers';

const DIR = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'import', 'terraform-json');

function read(name: string): string {
  return fs.readFileSync(path.join(DIR, name), 'utf8');
}

function byAddress(resources: TerraformResource[], address: string): TerraformResource {
  const found = resources.find((r) => r.address === address);
  if (!found) throw new Error(`no ${address} in ${resources.map((r) => r.address).join(', ')}`);
  return found;
}

describe('terraform show -json of a state', () => {
  const result = readTerraformJson(read('state.json'), 'state.json');

  it('reads every module level, data sources included, with the line of each resource', () => {
    expect(result.notes).toEqual([]);
    expect(result.resources.map((r) => `${r.mode} ${r.address}`)).toContain(
      'managed module.network.alicloud_vpc.this',
    );
    expect(byAddress(result.resources, 'data.alicloud_zones.default').mode).toBe('data');
    expect(byAddress(result.resources, 'alicloud_vswitch.default')).toMatchObject({
      file: 'state.json',
      line: 18,
      values: { vpc_id: 'vpc-bp1opxu1zkhn00gzv7bna', cidr_block: '172.16.0.0/21' },
    });
  });

  it('never copies an attribute Terraform marks sensitive', () => {
    const db = byAddress(result.resources, 'alicloud_db_instance.orders');
    expect(db.values).not.toHaveProperty('db_instance_password');
    expect(JSON.stringify(result)).not.toContain('Tf-Example-Pa55w0rd!');
  });
});

describe('terraform show -json of a plan', () => {
  const result = readTerraformJson(read('plan.json'), 'plan.json');

  it('turns values known after apply into unknowns named after what the configuration references', () => {
    const vswitch = byAddress(result.resources, 'alicloud_vswitch.default[0]');
    // Through the module's output `vpc_id` to the resource inside the module.
    expect(vswitch.values['vpc_id']).toEqual(
      new Unknown('module.network.alicloud_vpc.this.id', REASON.afterApply),
    );
    const snat = byAddress(result.resources, 'alicloud_snat_entry.default');
    expect(snat.values['snat_table_id']).toEqual(
      new Unknown('alicloud_nat_gateway.default.snat_table_ids', REASON.afterApply),
    );
    expect(snat.values['snat_ip']).toEqual(
      new Unknown('alicloud_eip_address.default.ip_address', REASON.afterApply),
    );
    // An unknown nobody references is named after its own attribute.
    expect(
      byAddress(result.resources, 'alicloud_eip_address.default').values['ip_address'],
    ).toEqual(new Unknown('alicloud_eip_address.default.ip_address', REASON.afterApply));
  });

  it("takes each resource's region from its provider configuration", () => {
    expect(byAddress(result.resources, 'alicloud_vswitch.default[0]').region).toBe('cn-hangzhou');
  });

  it('never copies a sensitive value', () => {
    expect(JSON.stringify(result)).not.toContain('Tf-Example-Pa55w0rd!');
  });
});

describe('a raw terraform.tfstate', () => {
  const result = readTerraformJson(read('terraform.tfstate'), 'terraform.tfstate');

  it('addresses count instances and module resources as Terraform does', () => {
    const addresses = result.resources.map((r) => r.address);
    expect(addresses).toEqual(
      expect.arrayContaining([
        'data.alicloud_zones.default',
        'alicloud_vswitch.default[0]',
        'alicloud_vswitch.default[1]',
        'module.network.alicloud_vpc.this',
      ]),
    );
  });

  it('drops sensitive attributes', () => {
    expect(JSON.stringify(result)).not.toContain('Tf-Example-Pa55w0rd!');
  });
});

describe('input that is not a readable Terraform JSON', () => {
  it('names the file and the line where a half-written plan stops', () => {
    const text = read('half-written.json');
    const result = readTerraformJson(text, 'half-written.json');
    expect(result.resources).toEqual([]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ level: 'error', file: 'half-written.json' });
    expect(english(result.notes[0]?.message ?? '')).toMatch(
      /^not valid JSON \(.+\); is the file complete\?$/,
    );
    expect(result.notes[0]?.line).toBe(text.split('\n').length);
  });

  it('says that a state of another provider holds nothing dwnet maps', () => {
    const result = readTerraformJson(read('foreign.tfstate'), 'foreign.tfstate');
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'warning',
        message:
          'no Alibaba Cloud (alicloud) resources: only aws resources, which dwnet does not map',
        file: 'foreign.tfstate',
      },
    ]);
  });

  it('rejects JSON that is neither a plan nor a state, and an old state format', () => {
    expect(english(readTerraformJson('{"vpcs": {}}', 'x.json').notes[0]?.message ?? '')).toBe(
      'not Terraform JSON: expected `terraform show -json` output (format_version) or a terraform.tfstate (version 4)',
    );
    expect(
      english(
        readTerraformJson('{"version": 3, "modules": []}', 'old.tfstate').notes[0]?.message ?? '',
      ),
    ).toMatch(/^a terraform\.tfstate of version 3/);
    expect(readTerraformJson('[1]', 'list.json').notes[0]).toMatchObject({
      level: 'error',
      line: 1,
    });
  });
});

describe.each(['state.json', 'plan.json', 'terraform.tfstate'])('%s imported', (name) => {
  const topology = importTerraform(new Map([[name, read(name)]]));
  const text = writeTopology(topology, { schema: '../../../schemas/dwnet.schema.json' });

  it('gives the topology reviewed by hand', () => {
    expect(text).toBe(read(`${name}.expected.dwnet.json`));
  });

  it('passes the schema and checks with no error or warning', () => {
    expect(formatProblems(text)).toEqual([]);
    expect(problems(text)).toEqual([]);
  });
});
