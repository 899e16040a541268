// The collector: scripts/collect-aliyun.sh and `dwnet import aliyun --print-commands` come from
// one table (core/src/import/aliyun/collect.ts), ask only for read-only actions, and save the
// files the importer reads. The script is run here against a fake `aliyun` that answers from
// a fixture's responses, and its output is imported.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  aliyunCollectionCommands,
  aliyunCollectionPolicy,
  aliyunCollectionScript,
  importAliyun,
} from '../../src/import/aliyun';
import { COLLECTION_STEPS } from '../../src/import/aliyun/collect';
import { KNOWN_OPERATIONS } from '../../src/import/aliyun/responses';
import { writeTopology } from '../../src/import/write';

const REPO = join(__dirname, '../../..');
const SCRIPT = join(REPO, 'scripts/collect-aliyun.sh');
const FIXTURES = join(REPO, 'test/fixtures/import/aliyun');

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

describe('the collector', () => {
  it('is the committed scripts/collect-aliyun.sh, generated from the same table as --print-commands', () => {
    if (process.env['UPDATE_COLLECTOR']) {
      writeFileSync(SCRIPT, aliyunCollectionScript());
      chmodSync(SCRIPT, 0o755);
    }
    expect(readFileSync(SCRIPT, 'utf8')).toBe(aliyunCollectionScript());
    expect(statSync(SCRIPT).mode & 0o111).not.toBe(0);
  });

  it('prints every command the script runs, and the same policy', () => {
    const printed = aliyunCollectionCommands();
    const script = aliyunCollectionScript();
    for (const step of COLLECTION_STEPS) {
      expect(printed).toContain(`aliyun ${step.product} ${step.operation} `);
      expect(script).toMatch(new RegExp(`${step.product} ${step.operation}( |$)`, 'm'));
    }
    expect(printed).toContain(aliyunCollectionPolicy());
    for (const line of aliyunCollectionPolicy().split('\n'))
      expect(script).toContain(`#   ${line}`);
  });

  it('asks only for read-only actions, and only operations the importer reads', () => {
    const policy = JSON.parse(aliyunCollectionPolicy()) as {
      Statement: { Effect: string; Action: string[] }[];
    };
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]?.Effect).toBe('Allow');
    for (const action of policy.Statement[0]?.Action ?? [])
      expect(action).toMatch(/^[a-z-]+:(Describe|List|Get)[A-Za-z]+$/);
    const known: readonly string[] = KNOWN_OPERATIONS;
    for (const step of COLLECTION_STEPS) expect(known).toContain(step.operation);
  });

  it('is valid bash', () => {
    expect(spawnSync('bash', ['-n', SCRIPT]).status).toBe(0);
  });

  describe.skipIf(!has('jq') || !has('bash'))('run against a fake aliyun CLI', () => {
    const work = mkdtempSync(join(tmpdir(), 'dwnet-collect-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    it('saves per region and per resource, pages by TotalCount, and the importer reads the result', () => {
      // The fake answers `aliyun <product> <Operation> … --<Id> <id> … --PageNumber <n>` from the
      // fixture's saved file of that name, and `{}` when the fixture has none (bash: it starts fast).
      const fixture = join(FIXTURES, 'cross-region-cen');
      const bin = join(work, 'bin');
      const log = join(work, 'calls.log');
      execFileSync('mkdir', ['-p', bin]);
      writeFileSync(
        join(bin, 'aliyun'),
        `#!/usr/bin/env bash
echo "$*" >>${JSON.stringify(log)}
op=$2 region=global id= prefix=. page=1
while [ "$#" -gt 0 ]; do
  case "$1" in
    --region) region=$2 ;;
    --PageNumber) page=$2 ;;
    --ProjectId) id=$2 prefix=.project- ;;
    --NatGatewayId|--SecurityGroupId|--DBInstanceId|--DBClusterId|--RouteTableId|--CenId|--ResourceGroupId) id=$2 ;;
  esac
  shift
done
name=$op
[ -n "$id" ] && name=$name$prefix$id
[ "$page" -gt 1 ] && name=$name.$page
file=${JSON.stringify(fixture)}/$region/$name.json
if [ -f "$file" ]; then cat "$file"; elif [ "$page" -gt 1 ]; then echo '{"TotalCount": 0}'; else echo '{}'; fi
`,
      );
      chmodSync(join(bin, 'aliyun'), 0o755);
      const out = join(work, 'out');
      const result = spawnSync('bash', [SCRIPT, out, 'cn-hangzhou', 'cn-shanghai'], {
        env: { ...process.env, PATH: `${bin}:${process.env['PATH'] ?? ''}` },
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);

      const saved = new Map<string, string>();
      const walk = (folder: string): void => {
        for (const entry of readdirSync(folder)) {
          const path = join(folder, entry);
          if (statSync(path).isDirectory()) walk(path);
          else saved.set(relative(out, path), readFileSync(path, 'utf8'));
        }
      };
      walk(out);
      expect([...saved.keys()]).toEqual(
        expect.arrayContaining([
          'global/DescribeCens.json',
          'global/DescribeCenAttachedChildInstances.cen-7qthudw0ll6jmc0001.json',
          'cn-shanghai/DescribeVSwitches.json',
          'cn-shanghai/DescribeVSwitches.2.json',
          'cn-shanghai/DescribeDBClusterEndpoints.pc-uf6orders000000001.json',
          'cn-hangzhou/ListNetworks.Serverless_res_group_524257424564736_6831777003HZ001.json',
          'cn-hangzhou/ListTasks.project-100.json',
        ]),
      );
      const calls = readFileSync(log, 'utf8');
      expect(calls).toContain(
        'vpc DescribeVSwitches --region cn-shanghai --RegionId cn-shanghai --PageSize 50 --PageNumber 2',
      );
      expect(calls).not.toContain(
        'DescribeVSwitches --region cn-shanghai --RegionId cn-shanghai --PageSize 50 --PageNumber 3',
      );
      expect(calls).toContain(
        `dataworks-public ListResourceGroups --region cn-hangzhou --ResourceGroupTypes ["CommonV2","ExclusiveDataIntegration","ExclusiveScheduler","ExclusiveDataService"] --version 2024-05-18 --force`,
      );

      // What was collected imports to what the fixture's own files give.
      const expected = readFileSync(join(fixture, 'expected.dwnet.json'), 'utf8');
      const topology = importAliyun(saved);
      const withoutSources = (text: string): string => text.replace(/ \([^()]*\.json:\d+\)$/gm, '');
      expect(withoutSources(writeTopology(topology))).toBe(withoutSources(expected));
    });
  });
});
