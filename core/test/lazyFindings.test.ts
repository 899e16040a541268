// A check (`validate`) describes only the findings it shows: the rules that report many
// findings leave their messages, related locations and fixes to be worked out after the cap
// per file (core/src/rules/run.ts, `Undescribed`). What the user sees must be what an analysis
// that describes every finding at once (`analyse`, which the server, explain and fix read)
// shows after the same severities and cap, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  applySeverities,
  capFindings,
  validate,
  type Finding,
  type ValidateOptions,
} from '../src/index';
import { localizer } from '../src/l10n';
import { connectivityResults } from '../src/validate';
import { parseDocument } from '../src/parse';
import { Undescribed } from '../src/rules/run';
import { generateTopology } from '../../bench/generate';

/** What the server shows of the same text: every finding described, then severities and cap. */
function describedAtOnce(text: string, options: ValidateOptions): Finding[] {
  return capFindings(applySeverities(analyse(text, options.locale).rawFindings, options), options);
}

function expectSameAsDescribedAtOnce(text: string, options: ValidateOptions): Finding[] {
  const shown = validate(text, options).findings;
  const expected = describedAtOnce(text, options);
  // Key order and all: the CLI's JSON report is this, stringified.
  expect(JSON.stringify(shown)).toBe(JSON.stringify(expected));
  return shown;
}

const CAPS: ValidateOptions[] = [
  {},
  { maxFindingsPerFile: 0 },
  { maxFindingsPerFile: 1 },
  { maxFindingsPerFile: 7 },
  { maxFindingsPerFile: 40, locale: 'zh-CN' },
];

/** Overrides that change which findings survive the cap, and which rules' findings are copies. */
const OVERRIDES: ValidateOptions[] = [
  { maxFindingsPerFile: 30, rules: { 'internet-unstable': 'error', unused: 'warning' } },
  { maxFindingsPerFile: 30, rules: { 'whitelist-missing': 'off', 'route-unused': 'hint' } },
  {
    maxFindingsPerFile: 0,
    rules: { 'eip-may-change': 'warning', 'legacy-resource-group': 'error' },
  },
  { maxFindingsPerFile: 25, locale: 'zh-CN', rules: { 'internet-unstable': 'warning' } },
];

/** Two tasks of one group read a data source whose whitelist lacks the group's vSwitch. */
const SHARED_WHITELIST = `{
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "vpcs": {
    "vpc-hz": {
      "cidr": "10.0.0.0/16",
      "vSwitches": {
        "vsw-dw": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" },
        "vsw-db": { "zone": "cn-hangzhou-i", "cidr": "10.0.2.0/24" }
      }
    }
  },
  "securityGroups": { "sg-dw": { "vpc": "vpc-hz", "type": "basic", "rules": [] } },
  "resourceGroups": {
    "rg-serverless": {
      "type": "serverless",
      "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-dw", "securityGroup": "sg-dw" }]
    },
    "rg-idle": { "type": "serverless" }
  },
  "dataSources": {
    "rds-orders": {
      "engine": "mysql",
      "hosting": "managed",
      "network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.2.15", "port": 3306 },
      "whitelist": ["10.0.2.0/24"]
    },
    "rds-spare": {
      "engine": "mysql",
      "hosting": "managed",
      "network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.2.16", "port": 3306 },
      "whitelist": ["10.0.1.0/24"]
    }
  },
  "tasks": {
    "daily-report": { "kind": "schedule", "resourceGroup": "rg-serverless", "dataSources": ["rds-orders"] },
    "hourly-report": { "kind": "schedule", "resourceGroup": "rg-serverless", "dataSources": ["rds-orders"] }
  }
}`;

describe('a check describes only the findings it shows', () => {
  it('shows what an analysis that describes every finding shows, under every cap', () => {
    for (const seed of [1, 2]) {
      const text = generateTopology(300, seed);
      for (const options of CAPS) expectSameAsDescribedAtOnce(text, options);
    }
  });

  it('shows the same when severity overrides change what survives the cap', () => {
    const text = generateTopology(300, 3);
    for (const options of OVERRIDES) {
      const shown = expectSameAsDescribedAtOnce(text, options);
      for (const finding of shown) expect(finding.message).not.toBe('');
    }
  });

  it('merges alike findings as before, their messages compared once described', () => {
    for (const options of [{}, { maxFindingsPerFile: 1 }, { locale: 'zh-CN' as const }]) {
      const shown = expectSameAsDescribedAtOnce(SHARED_WHITELIST, options);
      if (options.maxFindingsPerFile === 1) continue;
      const merged = shown.filter((finding) => finding.code === 'whitelist-missing');
      expect(merged).toHaveLength(1);
      // Both tasks' references, one data source, one binding.
      expect(merged[0]?.related.map((related) => related.pointer)).toEqual([
        '/tasks/daily-report/dataSources/0',
        '/dataSources/rds-orders',
        '/resourceGroups/rg-serverless/vpcBindings/0',
        '/tasks/hourly-report/dataSources/0',
      ]);
      expect(merged[0]?.fixes).toHaveLength(1);
      expect(shown.filter((finding) => finding.code === 'unused')).toHaveLength(2);
    }
  });

  it('leaves suppressed findings out, and counts only what it shows', () => {
    const suppressed = SHARED_WHITELIST.replace(
      '"rds-orders": {',
      '// dwnet-ignore whitelist-missing -- the DBA adds it\n    "rds-orders": {',
    ).replace(
      '"rg-idle": { "type": "serverless" }',
      '// dwnet-ignore unused internet-unstable -- kept for the migration\n    "rg-idle": { "type": "serverless" }',
    );
    for (const options of [{}, { maxFindingsPerFile: 2 }])
      expectSameAsDescribedAtOnce(suppressed, options);
    const shown = validate(suppressed, {}).findings.map((finding) => finding.code);
    expect(shown).not.toContain('whitelist-missing');
    expect(shown).toContain('suppression-unused');
  });

  it('shows every stored topology as an analysis that describes every finding does', () => {
    const roots = ['test/fixtures/rules', 'test/fixtures/review', 'examples'];
    for (const root of roots) {
      for (const file of filesUnder(root)) {
        const text = readFileSync(file, 'utf8');
        for (const options of [{}, { maxFindingsPerFile: 1 }])
          expectSameAsDescribedAtOnce(text, options);
      }
    }
  });
});

describe('a finding described after the cap', () => {
  const undescribedFinding = (code: string, pointer: string): Finding => ({
    code,
    severity: 'error',
    message: '',
    pointer,
    offset: 0,
    length: 0,
    related: [],
    fixes: [],
  });

  it('is described once, in place; one whose describe throws is left out and recorded', () => {
    const internalErrors: string[] = [];
    const undescribed = new Undescribed(parseDocument('{}'), localizer('en'), internalErrors, 0);
    const fine = undescribedFinding('unused', '/dataSources/a');
    const broken = undescribedFinding('whitelist-missing', '/dataSources/b');
    let described = 0;
    undescribed.add(fine, () => {
      described++;
      return {
        message: 'Data source "a" is not used by any task.',
        fixes: [{ title: 'Append', isPreferred: true, operations: [] }],
      };
    });
    undescribed.add(broken, () => {
      throw new Error('a bug in a rule');
    });
    const notice = undescribedFinding('too-many-findings', '');
    expect(undescribed.describe(broken)).toBe(false);
    expect(undescribed.describeAll([notice, broken, fine])).toEqual([
      notice,
      {
        ...undescribedFinding('unused', '/dataSources/a'),
        message: 'Data source "a" is not used by any task.',
        fixes: [{ title: 'Append', isPreferred: true, operations: [] }],
      },
    ]);
    expect(undescribed.describe(fine)).toBe(true);
    expect(described).toBe(1);
    expect(internalErrors).toHaveLength(1);
    expect(internalErrors[0]).toMatch(/^whitelist-missing: Error: a bug in a rule/);
  });

  it('is described at once when it is one of the first errors, which the cap keeps', () => {
    const undescribed = new Undescribed(parseDocument('{}'), localizer('en'), [], 2);
    expect(undescribed.atOnce('warning')).toBe(false);
    expect(undescribed.atOnce('error')).toBe(true);
    expect(undescribed.atOnce('hint')).toBe(false);
    expect(undescribed.atOnce('error')).toBe(true);
    expect(undescribed.atOnce('error')).toBe(false);
  });
});

function filesUnder(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.name.endsWith('.dwnet.json')) files.push(path);
  }
  return files;
}

// The list of every pair is made when first read (core/src/validate.ts, `checkedText`): the
// JSON report and the API see what an analysis of the same text lists, in the same place.
describe("a check's list of pairs, made when read", () => {
  const text = generateTopology(60, 3);

  it('is the analysis list, and stays the same list', () => {
    const result = validate(text);
    const expected = connectivityResults(analyse(text));
    expect(expected.length).toBeGreaterThan(50);
    expect(JSON.stringify(result.connectivity)).toBe(JSON.stringify(expected));
    expect(result.connectivity).toBe(result.connectivity);
  });

  it('is a field like the others: keys, spread and JSON', () => {
    const result = validate(text);
    expect(Object.keys(result)).toEqual(['findings', 'connectivity']);
    expect({ ...result }.connectivity).toEqual(result.connectivity);
    const parsed = JSON.parse(JSON.stringify(result)) as { connectivity: unknown[] };
    expect(parsed.connectivity).toHaveLength(result.connectivity.length);
  });

  it('can be replaced, as a plain field can', () => {
    const result = validate(text);
    result.connectivity = [];
    expect(result.connectivity).toEqual([]);
  });
});
