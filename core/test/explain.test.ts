// Explain, hover and code lens say what `check` says (issue 13, SPEC §5): the same state per
// pair, the notices `check` reports as notes, "not checked" for what the file cannot decide,
// the document's last step at the end of every explanation, indirect paths hop by hop, and
// a readable hover for a data source many tasks use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  codeLenses,
  explain,
  hoverAt,
  taskExplanationMarkdown,
  validate,
} from '../src/index';

const ROOT = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The hover on the key of entity `id` (its first `"id": {`). */
function hoverOnKey(text: string, id: string): string {
  const at = text.indexOf(`"${id}": {`);
  if (at < 0) throw new Error(`no key ${id}`);
  const hover = hoverAt(analyse(text), at + 1);
  if (!hover) throw new Error(`no hover on ${id}`);
  return hover.contents;
}

const TEST_STEP = (rg: string, ds: string) =>
  `Test the network connectivity in DataWorks: on the Data Sources page of Data Integration, click Test Network Connectivity for resource group '${rg}' on data source '${ds}'`;

describe('a task its resource group cannot run (task-kind-mismatch)', () => {
  const text = read('test/fixtures/rules/task-kind-mismatch/invalid.dwnet.json');

  it('is not connected in check, explain, hover and code lens alike', () => {
    const checked = validate(text).connectivity;
    expect(checked.map((pair) => [pair.dataSource, pair.ok, pair.missing])).toEqual([
      ['rds-orders', false, ['task-kind-mismatch']],
      ['holo-dw', false, ['task-kind-mismatch']],
    ]);

    const [task] = explain(text);
    expect(task!.pairs.map((pair) => [pair.dataSource, pair.ok, pair.state])).toEqual([
      ['rds-orders', false, '1 step missing'],
      ['holo-dw', false, '1 step missing'],
    ]);
    expect(task!.pairs[0]!.steps[0]).toEqual({
      code: 'task-kind-mismatch',
      description:
        "Run sync task 'sync-orders' on a serverless resource group or an exclusive resource group for Data Integration ('rg-exclusive-sched' runs only schedule tasks)",
      ok: false,
      status: 'missing',
    });

    const hover = hoverOnKey(text, 'sync-orders');
    expect(hover).toContain(
      '**Data source `rds-orders`** (source) · Scenario 1 — Same Alibaba Cloud account and same region · 1 step missing',
    );
    expect(hover).not.toContain('· connected');

    expect(codeLenses(analyse(text)).map((lens) => lens.title)).toEqual([
      'rds-orders: Scenario 1 · 1 step missing | holo-dw: Scenario 1 · 1 step missing',
    ]);
  });

  it('a serverless group runs every kind: no such step', () => {
    const serverless = text.replace('"type": "exclusiveScheduling"', '"type": "serverless"');
    expect(validate(serverless).connectivity.every((pair) => pair.ok)).toBe(true);
    expect(explain(serverless)[0]!.pairs.map((pair) => pair.state)).toEqual([
      'connected',
      'connected',
    ]);
  });
});

describe('notices check reports are notes of the explanation', () => {
  it('eip-may-change: the finding check reports, word for word', () => {
    const text = read('test/fixtures/rules/eip-may-change/invalid.dwnet.json');
    const finding = validate(text).findings.find((f) => f.code === 'eip-may-change')!;
    const pair = explain(text).find((t) => t.task === 'saas-report')!.pairs[0]!;
    expect(pair.notes).toEqual([finding.message]);
    expect(hoverOnKey(text, 'saas-report')).toContain(
      "*Note:* The EIP 47.97.2.2 of old-version resource group 'rg-exclusive-sched' may change when you scale the group out",
    );
  });

  it('a suppressed notice is not a note: explain says what check says', () => {
    const text = read('test/fixtures/rules/eip-may-change/invalid.dwnet.json').replace(
      /(\n\s*)("eip": "47\.97\.2\.2")/,
      '$1// dwnet-ignore eip-may-change -- we re-check after every scale-out$1$2',
    );
    expect(validate(text).findings.map((f) => f.code)).not.toContain('eip-may-change');
    expect(explain(text).find((t) => t.task === 'saas-report')!.pairs[0]!.notes).toEqual([]);
  });
});

describe('an indirect path', () => {
  const text = read('test/fixtures/rules/transitive-path/invalid.dwnet.json');

  it('is listed hop by hop, each connection marked indirect', () => {
    const pair = explain(text)[0]!.pairs[0]!;
    expect(pair.hops).toEqual([
      { kind: 'resourceGroup', id: 'rg-serverless', detail: 'serverless' },
      { kind: 'binding', id: '0', detail: 'vpc-hz / vsw-dw' },
      { kind: 'connection', id: 'cen-hz-sh', detail: 'cen', indirect: true },
      { kind: 'vpc', id: 'vpc-sh', detail: 'VPC' },
      { kind: 'connection', id: 'peer-sh-bj', detail: 'vpcPeering', indirect: true },
      { kind: 'vpc', id: 'vpc-bj', detail: 'VPC' },
      { kind: 'dataSource', id: 'rds-bj', detail: 'mysql at 172.18.5.20:3306' },
    ]);
    expect(hoverOnKey(text, 'rds-bj')).toContain(
      'Path: `rg-serverless` → binding 0 (`vpc-hz / vsw-dw`) → `cen-hz-sh` (cen, indirect) → VPC `vpc-sh` → `peer-sh-bj` (vpcPeering, indirect) → VPC `vpc-bj` → `rds-bj` (mysql at 172.18.5.20:3306)',
    );
    const finding = validate(text).findings.find((f) => f.code === 'transitive-path')!;
    expect(pair.notes).toEqual([finding.message]);
  });
});

describe('steps the file cannot decide', () => {
  const base = read('test/fixtures/rules/task-kind-mismatch/invalid.dwnet.json').replace(
    '"type": "exclusiveScheduling"',
    '"type": "serverless"',
  );

  it('a managed database with no whitelist: not checked, never done', () => {
    const text = base.replace(
      /("address": "10\.0\.2\.15", "port": 3306 }),\n\s*"whitelist": \["10\.0\.1\.0\/24"\]/,
      '$1',
    );
    const pair = explain(text)[0]!.pairs[0]!;
    expect(pair.state).toBe('connected, 1 step not checked');
    expect(pair.steps.filter((step) => step.status === 'notChecked')).toEqual([
      {
        code: 'whitelist-missing',
        description:
          "Add the CIDR block 10.0.1.0/24 of vSwitch 'vsw-dw' to the IP address whitelist of data source 'rds-orders'",
        reason: "the file gives no 'whitelist' for it",
        ok: false,
        status: 'notChecked',
      },
      {
        description: TEST_STEP('rg-exclusive-sched', 'rds-orders'),
        reason: 'only DataWorks can test the network itself',
        ok: false,
        status: 'notChecked',
      },
    ]);
    const hover = hoverOnKey(text, 'rds-orders');
    expect(hover).toContain(
      "- [?] Add the CIDR block 10.0.1.0/24 of vSwitch 'vsw-dw' to the IP address whitelist of data source 'rds-orders' — *not checked: the file gives no 'whitelist' for it*",
    );
    expect(hover).not.toMatch(/- \[x\] .*whitelist/);
    expect(codeLenses(analyse(text))[0]!.title).toBe(
      'rds-orders: Scenario 1 · connected, 1 step not checked | holo-dw: Scenario 1 · connected',
    );
  });

  it('an ECS-hosted source without a security group: not checked', () => {
    const text = base.replace(
      /"hosting": "managed",(\n\s*"network": \{ "type": "vpc", "vpc": "vpc-hz", "address": "10\.0\.2\.15")/,
      '"hosting": "ecs",$1',
    );
    const pair = explain(text)[0]!.pairs[0]!;
    expect(pair.state).toBe('connected, 1 step not checked');
    expect(pair.steps.find((step) => step.code === 'ds-sg-ingress-missing')).toEqual({
      code: 'ds-sg-ingress-missing',
      description:
        "Allow inbound traffic from 10.0.1.0/24 on port 3306 in the security group of the ECS instance that hosts data source 'rds-orders'",
      reason: "the file gives no 'securityGroup' for it",
      ok: false,
      status: 'notChecked',
    });
  });

  it('Explain Task ends with the connectivity test too', () => {
    const text = read('examples/scenario2-cross-region-broken.dwnet.json');
    const markdown = taskExplanationMarkdown(explain(text)[0]!);
    expect(
      markdown.startsWith('## Task `sync-orders-sh`\n\n`sync` on resource group `rg-serverless`'),
    ).toBe(true);
    expect(markdown.trimEnd().split('\n').at(-1)).toBe(
      `- [?] ${TEST_STEP('rg-serverless', 'holo-dw')} — *not checked: only DataWorks can test the network itself*`,
    );
  });

  it('every explanation ends with the connectivity test in DataWorks', () => {
    const files = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.dwnet.json'));
    let pairs = 0;
    for (const file of files) {
      for (const task of explain(read(`examples/${file}`))) {
        for (const pair of task.pairs) {
          pairs++;
          expect(pair.steps.at(-1)!.description, `${file} ${task.task}`).toMatch(
            /^Test the network connectivity in DataWorks: /,
          );
          expect(pair.steps.at(-1)!.status).toBe('notChecked');
        }
      }
    }
    expect(pairs).toBeGreaterThan(10);
  });
});

describe('a data source used by many tasks', () => {
  /** One data source and `count` tasks; every tenth runs on a group without a binding. */
  function manyTasks(count: number): string {
    const tasks = Array.from({ length: count }, (_, i) => {
      const rg = i % 10 === 3 ? 'rg-unbound' : 'rg-serverless';
      return `    "task-${String(i).padStart(3, '0')}": { "kind": "schedule", "resourceGroup": "${rg}", "dataSources": ["rds-orders"] }`;
    });
    return `{
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "vpcs": {
    "vpc-hz": {
      "cidr": "10.0.0.0/16",
      "vSwitches": { "vsw-dw": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" } }
    }
  },
  "resourceGroups": {
    "rg-serverless": { "type": "serverless", "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-dw" }] },
    "rg-unbound": { "type": "serverless" }
  },
  "dataSources": {
    "rds-orders": {
      "engine": "mysql",
      "hosting": "managed",
      "network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.1.20" },
      "whitelist": ["10.0.1.0/24"]
    }
  },
  "tasks": {
${tasks.join(',\n')}
  }
}
`;
  }

  it('60 tasks: one line per task, broken pairs first, at most 25 lines, ending at Explain Task', () => {
    const hover = hoverOnKey(manyTasks(60), 'rds-orders');
    const lines = hover.split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(lines.at(-1)).toBe(
      '*Explain Task (the code lens above each task, or `dwnet explain <file> --task <id>`) shows every step and path.*',
    );
    expect(hover).toContain('**Used by 60 tasks** · 54 connected, 6 not');
    // The broken pairs come first, with their checklist.
    expect(lines).toContain('- Task `task-003` (dataSources) · Scenario 1 · 1 step missing');
    expect(
      lines[lines.indexOf('- Task `task-003` (dataSources) · Scenario 1 · 1 step missing') + 1],
    ).toBe(
      `  - [ ] Associate resource group 'rg-unbound' with VPC 'vpc-hz' ([vpc-not-associated](https://github.com/dwnet/dwnet/blob/main/docs/rules/vpc-not-associated.md))`,
    );
    // The same steps again are named, not repeated.
    expect(lines).toContain(
      '- Task `task-013` (dataSources) · Scenario 1 · 1 step missing (same steps as task `task-003`)',
    );
    expect(lines).toContain('- Task `task-000` (dataSources) · Scenario 1 · connected');
    const shown = lines.filter((line) => line.startsWith('- Task ')).length;
    expect(lines).toContain(`- *… and ${60 - shown} more*`);
  });

  it('a task that names many data sources: the same compact hover', () => {
    const sources = Array.from({ length: 12 }, (_, i) => `"ds-${i}"`);
    const dataSources = Array.from(
      { length: 12 },
      (_, i) =>
        `"ds-${i}": { "engine": "mysql", "hosting": "managed", "network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.1.${20 + i}" }, "whitelist": ["10.0.${i % 2}.0/24"] }`,
    );
    const text = manyTasks(1)
      .replace(/"rds-orders": \{[^}]*\}[^}]*\}/, dataSources.join(',\n'))
      .replace('"dataSources": ["rds-orders"]', `"dataSources": [${sources.join(', ')}]`);
    const lines = hoverOnKey(text, 'task-000').split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(lines).toContain('**Uses 12 data sources** · 6 connected, 6 not');
    expect(lines).toContain('- Data source `ds-0` (dataSources) · Scenario 1 · 1 step missing');
    expect(lines.at(-1)).toMatch(/^\*Explain Task /);
  });

  it('131 tasks: still at most 25 lines', () => {
    const lines = hoverOnKey(manyTasks(131), 'rds-orders').split('\n');
    expect(lines.length).toBeLessThanOrEqual(25);
    expect(lines.at(-1)).toMatch(/^\*Explain Task /);
  });

  it('one task: its whole checklist, as before', () => {
    const hover = hoverOnKey(manyTasks(1), 'rds-orders');
    expect(hover).toContain(
      '**Task `task-000`** (dataSources) · Scenario 1 — Same Alibaba Cloud account and same region · connected',
    );
    expect(hover.split('\n').at(-1)).toBe(
      `- [?] ${TEST_STEP('rg-serverless', 'rds-orders')} — *not checked: only DataWorks can test the network itself*`,
    );
  });
});
