// The "new user" flow on real public Terraform nobody here wrote
// (test/fixtures/import/terraform/<name>/, each with SOURCE.md and its licence): the import
// gives the topology reviewed by hand (`expected.dwnet.json`), which passes the schema and
// checks with no finding the import caused; no secret of any fixture reaches the output.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importTerraform,
  mergeTopology,
  terraformFilesWanted,
  writeTopology,
  type ImportedTopology,
} from '../../src/index';
import { formatProblems, problems } from './helpers';
import { FIXTURES, filesOf, loadParser } from './localizeHelpers';

const SCHEMA = '../../../../schemas/dwnet.schema.json';

beforeAll(loadParser);

interface Fixture {
  name: string;
  /** The folder imported, when it is not the fixture's root (an example calling `../..`). */
  root?: string;
  /** What `dwnet check` reports on the imported topology (no hint), reviewed by hand. */
  findings: string[];
}

const FIXTURES_TERRAFORM: Fixture[] = [
  { name: 'snat-entry', findings: [] },
  { name: 'data-works-network', findings: [] },
  { name: 'polardb-cluster', findings: [] },
  { name: 'rds-readonly-instance', findings: [] },
  { name: 'high-availability-architecture', root: 'examples/complete', findings: [] },
  // Every module of it comes from the registry: without `terraform init`, nothing to import.
  { name: 'network-with-nat', root: 'examples/complete', findings: [] },
  // The same after `terraform init` downloaded the VPC module (the others failed).
  { name: 'network-with-nat-initialized', root: 'examples/complete', findings: [] },
  // Peering across regions; the example's two VPCs do have the same CIDR block (a real conflict).
  {
    name: 'vpc-peer-connection',
    findings: ['cidr-conflict@/connections/peer-terraform-example/members/1'],
  },
  // Peering to a VPC made through a provider with assume_role: another account.
  { name: 'vpc-peer-connection-accepter', findings: [] },
  // AnalyticDB for PostgreSQL with its whitelist in a resource of its own.
  { name: 'gpdb-db-instance-ip-array', findings: [] },
  // AnalyticDB for MySQL with security_ips.
  { name: 'adb-resource-group', findings: [] },
  // The provider's own example: a PolarDB cluster with no whitelist (the service's default).
  { name: 'provider-example-polardb', findings: [] },
];

function imported(fixture: Fixture): ImportedTopology {
  const dir = path.join(FIXTURES, 'terraform', fixture.name);
  return importTerraform(
    filesOf(dir, terraformFilesWanted),
    fixture.root !== undefined ? { root: fixture.root } : {},
  );
}

describe.each(FIXTURES_TERRAFORM)('$name (real Terraform)', (fixture) => {
  it('gives the topology reviewed by hand, which passes the schema', () => {
    const topology = imported(fixture);
    expect(topology.notes.filter((note) => note.level === 'error')).toEqual([]);
    const text = writeTopology(topology, { schema: SCHEMA });
    expect(formatProblems(text)).toEqual([]);
    const expectedFile = path.join(FIXTURES, 'terraform', fixture.name, 'expected.dwnet.json');
    expect(text).toBe(fs.readFileSync(expectedFile, 'utf8'));
  });

  it('checks with no error or warning the import caused', () => {
    const text = writeTopology(imported(fixture), { schema: SCHEMA });
    expect(problems(text)).toEqual(fixture.findings);
  });
});

/** Values of secret-looking attributes and JSON keys in a text (passwords, keys, tokens). */
function secretsIn(text: string): string[] {
  const secrets = new Set<string>();
  const patterns = [
    /\b\w*(?:password|secret|access_key|secret_key|token)\w*\s*=\s*"([^"$]{4,})"/gi,
    /"\w*(?:password|secret|accessKey|access_key|token)\w*"\s*:\s*"([^"]{4,})"/gi,
    /\\"\w*password\w*\\"\s*:\s*\\"([^"\\]{4,})\\"/gi,
  ];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) secrets.add(match[1] ?? '');
  return [...secrets].filter((s) => s !== '');
}

describe('secrets', () => {
  it('no password, key or token of any fixture reaches the output or the notes', () => {
    const checked: string[] = [];
    const outputs: [string, string][] = [];
    for (const fixture of FIXTURES_TERRAFORM) {
      const topology = imported(fixture);
      outputs.push([fixture.name, writeTopology(topology) + JSON.stringify(topology.notes)]);
      for (const text of filesOf(
        path.join(FIXTURES, 'terraform', fixture.name),
        () => true,
      ).values()) {
        checked.push(...secretsIn(text));
      }
    }
    const jsonDir = path.join(FIXTURES, 'terraform-json');
    for (const name of ['state.json', 'plan.json', 'terraform.tfstate']) {
      const text = fs.readFileSync(path.join(jsonDir, name), 'utf8');
      checked.push(...secretsIn(text));
      const topology = importTerraform(new Map([[name, text]]));
      outputs.push([name, writeTopology(topology) + JSON.stringify(topology.notes)]);
    }
    // The test has something to find: the fixtures do hold secrets.
    expect(checked).toEqual(expect.arrayContaining(['Example1234', 'Tf-Example-Pa55w0rd!']));
    for (const [name, output] of outputs) {
      for (const secret of checked)
        expect(output.includes(secret), `${secret} in the output of ${name}`).toBe(false);
    }
  });
});

describe('a new user checks the network they have', () => {
  it('imports the RDS of a real project, binds a resource group and adds a task: check names the real missing whitelist entry', () => {
    const fixture = FIXTURES_TERRAFORM.find(
      (f) => f.name === 'high-availability-architecture',
    ) as Fixture;
    const text = writeTopology(imported(fixture), { schema: SCHEMA });
    // What the user adds by hand: a serverless resource group bound to the ECS vSwitch, and a task.
    const withTask = text.replace(
      /\n}\n$/,
      `,
  "resourceGroups": {
    "rg-etl": { "type": "serverless", "vpcBindings": [{ "vpc": "vpc-complete-default", "vSwitch": "ecs-vsw-0" }] }
  },
  "tasks": {
    "nightly": { "kind": "sync", "resourceGroup": "rg-etl", "source": "rds-complete-default", "destination": "rds-complete-default" }
  }
}
`,
    );
    expect(formatProblems(withTask)).toEqual([]);
    expect(problems(withTask)).toEqual([
      'whitelist-missing@/dataSources/rds-complete-default/whitelist',
    ]);
    // Re-importing into the user's file keeps the task and the resource group, and changes nothing.
    expect(mergeTopology(withTask, imported(fixture)).text).toBe(withTask);
  });
});
