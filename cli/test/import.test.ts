// `dwnet import`: run as a user would, on Terraform JSON (a plan, a state, a tfstate), with
// -o, stdout and --merge; bad input and usage mistakes get one clear line and exit 2.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, dwnet, ensureBuilt, removeDir, tempDir } from './helpers';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import', 'terraform-json');
let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir();
  for (const name of fs.readdirSync(FIXTURES))
    fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
});

afterAll(() => removeDir(dir));

describe('dwnet import terraform', () => {
  it('writes the topology of a state to -o, with a summary on stderr, and the result checks', () => {
    const run = dwnet(
      ['import', 'terraform', 'terraform.tfstate', '-o', 'network.dwnet.json'],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'dwnet: imported 1 VPC, 2 vSwitches, 1 NAT gateway, 1 security group, 1 data source from terraform.tfstate\n' +
        'dwnet: wrote network.dwnet.json\n',
    );
    const text = fs.readFileSync(path.join(dir, 'network.dwnet.json'), 'utf8');
    expect(text).toMatch(
      /^\/\/ Imported by `dwnet import terraform terraform\.tfstate` \(dwnet [^)]+\)\.\n/,
    );
    expect(text).toContain('// from alicloud_vswitch.default[1] (terraform.tfstate:49)');
    const check = dwnet(['check', 'network.dwnet.json'], dir);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('never writes over an existing topology without --merge', () => {
    const before = fs.readFileSync(path.join(dir, 'network.dwnet.json'), 'utf8');
    const run = dwnet(['import', 'terraform', 'state.json', '-o', 'network.dwnet.json'], dir);
    expect(run).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'dwnet: network.dwnet.json exists: refresh it with --merge network.dwnet.json (what you wrote in it is kept), or remove it first\n',
    });
    expect(fs.readFileSync(path.join(dir, 'network.dwnet.json'), 'utf8')).toBe(before);
    // In Chinese too, and pointing to --merge; the file is still untouched.
    const chinese = dwnet(
      ['import', 'terraform', 'state.json', '-o', 'network.dwnet.json', '--locale', 'zh-CN'],
      dir,
    );
    expect(chinese).toMatchObject({
      status: 2,
      stdout: '',
      stderr:
        'dwnet: network.dwnet.json已存在：使用--merge network.dwnet.json刷新它（保留您在其中编写的内容），或先删除它\n',
    });
    expect(fs.readFileSync(path.join(dir, 'network.dwnet.json'), 'utf8')).toBe(before);
    // What it points to works: --merge with -o the same file refreshes it in place.
    const merged = dwnet(
      [
        'import',
        'terraform',
        'state.json',
        '--merge',
        'network.dwnet.json',
        '-o',
        'network.dwnet.json',
      ],
      dir,
    );
    expect(merged.status).toBe(0);
  });

  it('names the bundled schema relative to the output, so that editors find it', () => {
    const text = fs.readFileSync(path.join(dir, 'network.dwnet.json'), 'utf8');
    const schema = /"\$schema": "([^"]+)"/.exec(text)?.[1] ?? '';
    expect(schema).toMatch(/dwnet\.schema\.json$/);
    expect(fs.existsSync(path.resolve(dir, schema))).toBe(true);
  });

  it('prints to stdout without -o; a plan reports the values known only after apply', () => {
    const run = dwnet(['import', 'terraform', 'plan.json'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '{ "source": "terraform-example-0", "eip": "${alicloud_eip_address.default.ip_address}" }',
    );
    expect(run.stderr).toBe(
      'dwnet: imported 1 VPC, 1 vSwitch, 1 NAT gateway, 1 resource group, 1 data source from plan.json\n' +
        '  2 values known only after apply, written as ${origin} (dwnet check says which steps wait for apply)\n',
    );
  });

  it('a plan gives the EIP known after apply by its origin; check says what waits for apply, no false error', () => {
    const run = dwnet(['import', 'terraform', 'plan.json', '-o', 'planned.dwnet.json'], dir);
    expect(run.status).toBe(0);
    const file = path.join(dir, 'planned.dwnet.json');
    // A partner database on the Internet whose whitelist someone wrote by hand.
    const text = fs.readFileSync(file, 'utf8').replace(
      /\n {2}"dataSources": \{\n/,
      `
  "dataSources": {
    "partner": {
      "engine": "mysql", "hosting": "selfManaged",
      "network": { "type": "internet", "address": "203.0.113.10" },
      "whitelist": ["47.96.1.10"]
    },
`,
    );
    fs.writeFileSync(
      file,
      text.replace(
        /\n}\n$/,
        `,
  "tasks": { "report": { "kind": "schedule", "resourceGroup": "etl_serverless", "dataSources": ["partner", "orders"] } }
}
`,
      ),
    );
    const check = dwnet(['check', '--format', 'json', 'planned.dwnet.json'], dir);
    expect(check.status).toBe(0);
    const [report] = (
      JSON.parse(check.stdout) as {
        files: { diagnostics: { code: string; severity: string; pointer: string }[] }[];
      }
    ).files;
    expect(report?.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}`)).toEqual([
      'information value-after-apply /dataSources/partner/whitelist',
    ]);
  });

  it('never prints a password from the state', () => {
    for (const source of ['state.json', 'plan.json', 'terraform.tfstate']) {
      const run = dwnet(['import', 'terraform', source], dir);
      expect(run.stdout + run.stderr).not.toContain('Tf-Example-Pa55w0rd!');
    }
  });

  it('--merge refreshes the file in place and keeps what the user added; again, it changes nothing', () => {
    const file = path.join(dir, 'merged.dwnet.json');
    expect(
      dwnet(['import', 'terraform', 'state.json', '-o', 'merged.dwnet.json'], dir).status,
    ).toBe(0);
    const withTask = fs
      .readFileSync(file, 'utf8')
      .replace(
        /\n}\n$/,
        ',\n  // our nightly job\n  "tasks": { "sync": { "kind": "sync", "resourceGroup": "etl_serverless", "source": "orders", "destination": "orders" } }\n}\n',
      );
    fs.writeFileSync(file, withTask);
    const run = dwnet(
      ['import', 'terraform', 'terraform.tfstate', '--merge', 'merged.dwnet.json'],
      dir,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const merged = fs.readFileSync(file, 'utf8');
    expect(merged).toContain('// our nightly job');
    expect(merged).toContain(
      '"terraform-example-1": { "zone": "cn-hangzhou-i", "cidr": "172.16.8.0/21" }',
    );
    const again = dwnet(
      ['import', 'terraform', 'terraform.tfstate', '--merge', 'merged.dwnet.json'],
      dir,
    );
    expect(again.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(merged);
  });
});

describe('dwnet import terraform <folder>', () => {
  it('reads the .tf files of a folder, and points at the local state that knows more', () => {
    const project = path.join(dir, 'infra');
    fs.mkdirSync(project);
    const snat = path.join(ROOT, 'test', 'fixtures', 'import', 'terraform', 'snat-entry');
    for (const name of ['main.tf', 'provider.tf'])
      fs.copyFileSync(path.join(snat, name), path.join(project, name));
    fs.copyFileSync(path.join(dir, 'terraform.tfstate'), path.join(project, 'terraform.tfstate'));
    const run = dwnet(['import', 'terraform', 'infra'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('// from alicloud_snat_entry.default (main.tf:38)');
    expect(run.stderr).toBe(
      'dwnet: imported 1 VPC, 1 vSwitch, 1 NAT gateway from infra\n' +
        '  1 value not known statically (see the "// unresolved:" comments and the notes below)\n' +
        '  2 values known only after apply, written as ${origin} (dwnet check says which steps wait for apply)\n' +
        '  hint: infra/terraform.tfstate knows the values assigned at apply: dwnet import terraform infra/terraform.tfstate\n',
    );
  });

  it('names the file and line of invalid HCL, with no output', () => {
    const bad = path.join(dir, 'bad-hcl');
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, 'main.tf'), 'resource "alicloud_vpc" "x" {\n  cidr_block = \n');
    const run = dwnet(['import', 'terraform', 'bad-hcl'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dwnet: main\.tf:\d+: invalid HCL: .+\n$/);
  });
});

describe('dwnet import aliyun', () => {
  it('writes the topology of a folder of saved API responses', () => {
    const fixture = path.join(ROOT, 'test', 'fixtures', 'import', 'aliyun', 'same-vpc-rds');
    const run = dwnet(['import', 'aliyun', fixture], dir);
    expect(run.status).toBe(0);
    const expected = fs.readFileSync(path.join(fixture, 'expected.dwnet.json'), 'utf8');
    const withoutSchema = (text: string) => text.replace(/^\s*"\$schema": .*\n/m, '');
    expect(withoutSchema(run.stdout.replace(/^\/\/ .*\n/gm, ''))).toBe(withoutSchema(expected));
    expect(run.stderr).toMatch(
      /^dwnet: imported 1 VPC, 2 vSwitches, 1 security group, 1 resource group, 1 data source, 2 tasks from /,
    );
  });

  it('--print-commands prints the read-only commands and the RAM policy', () => {
    const run = dwnet(['import', 'aliyun', '--print-commands'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('aliyun vpc DescribeVpcs');
    expect(run.stdout).toContain('"Effect": "Allow"');
  });
});

describe('bad input and usage mistakes', () => {
  it('names the file and line of a half-written plan, with no stack trace and no output', () => {
    const text = fs.readFileSync(path.join(dir, 'half-written.json'), 'utf8');
    const run = dwnet(['import', 'terraform', 'half-written.json', '-o', 'never.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(
        `^dwnet: half-written\\.json:${text.split('\n').length}: not valid JSON \\([^)]+\\); is the file complete\\?\\n$`,
      ),
    );
    expect(fs.existsSync(path.join(dir, 'never.dwnet.json'))).toBe(false);
  });

  it('says when a state holds no Alibaba Cloud resources', () => {
    const run = dwnet(['import', 'terraform', 'foreign.tfstate'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      '  warning: foreign.tfstate: no Alibaba Cloud (alicloud) resources: only aws resources, which dwnet does not map',
    );
    expect(run.stderr).toContain('skipped 1 resource of types with no dwnet meaning: aws_vpc (1)');
  });

  it('reports a path that does not exist', () => {
    const run = dwnet(['import', 'terraform', 'nope'], dir);
    expect(run).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'dwnet: cannot read nope: no such file or directory\n',
    });
  });

  it('reports a missing or unknown source with the usage', () => {
    expect(dwnet(['import'], dir)).toMatchObject({ status: 2 });
    expect(dwnet(['import'], dir).stderr).toMatch(
      /^dwnet: missing source: terraform or aliyun\nUsage: dwnet import /,
    );
    expect(dwnet(['import', 'pulumi', '.'], dir).stderr).toMatch(
      /^dwnet: unknown source 'pulumi'; expected terraform or aliyun\n/,
    );
    expect(dwnet(['import', 'terraform', 'x', '--var', 'novalue'], dir).stderr).toMatch(
      /^dwnet: invalid --var 'novalue'; expected name=value\n/,
    );
  });

  it('documents the command in dwnet --help and dwnet import --help', () => {
    expect(dwnet(['--help'], dir).stdout).toContain('dwnet import terraform <dir|plan|state>');
    const help = dwnet(['import', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--merge <file>');
    expect(help.stdout).toContain(
      'dwnet import terraform infra/ -o network.dwnet.json && dwnet check network.dwnet.json',
    );
  });
});
