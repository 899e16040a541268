// Shared by the CLI tests: they run the bundled CLI (`node dist/cli.js …`) as a user
// would; vitest's global setup (test/global-setup.ts) bundles it first.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/**
 * test/global-setup.ts bundles dist/ once before any test file runs; this only turns a
 * missing bundle into a readable failure instead of a confusing spawn error.
 */
export async function ensureBuilt(): Promise<void> {
  if (!fs.existsSync(CLI))
    throw new Error(`${CLI} is missing: run \`npm run build\` (vitest's global setup builds it)`);
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` in `cwd` with stdout piped (so: no colour, no TTY). */
export function dwnet(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): CliResult {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete childEnv['NO_COLOR'];
  delete childEnv['FORCE_COLOR'];
  // English unless a test asks for another language: the machine's own locale must not leak in.
  delete childEnv['LC_ALL'];
  delete childEnv['LC_MESSAGES'];
  delete childEnv['LANG'];
  Object.assign(childEnv, env);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    env: childEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary folder; the caller removes it (see `removeDir`). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'dwnet-cli-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function write(dir: string, relative: string, text: string | Buffer): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** 0-based line and character of the first occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/**
 * SPEC §2, scenario 1: the resource group is bound to the data source's own VPC, and
 * the RDS whitelist lacks the bound vSwitch's CIDR (10.0.1.0/24): one error,
 * `whitelist-missing` at /dataSources/rds-orders/whitelist.
 */
export const SCENARIO1_BAD = `{
  // Scenario 1: same account, same region.
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "vpcs": {
    "vpc-hz": {
      "cidr": "10.0.0.0/16",
      "vSwitches": {
        "vsw-hz-a": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" },
        "vsw-hz-b": { "zone": "cn-hangzhou-i", "cidr": "10.0.2.0/24" }
      }
    }
  },
  "resourceGroups": {
    "rg-a": {
      "type": "serverless",
      "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-hz-a" }]
    }
  },
  "dataSources": {
    "rds-orders": {
      "engine": "mysql",
      "hosting": "managed",
      "network": { "type": "vpc", "vpc": "vpc-hz", "address": "10.0.2.20" },
      // Only the database's own vSwitch so far.
      "whitelist": ["10.0.2.0/24"]
    }
  },
  "tasks": {
    "daily-report": { "kind": "schedule", "resourceGroup": "rg-a", "dataSources": ["rds-orders"] }
  }
}
`;

/** The same topology with the whitelist fixed: no diagnostic at all. */
export const SCENARIO1_OK = SCENARIO1_BAD.replace(
  '"whitelist": ["10.0.2.0/24"]',
  '"whitelist": ["10.0.2.0/24", "10.0.1.0/24"]',
);

/** A whitelist open to everyone: connected, but one `whitelist-open` warning. */
export const WARNING_ONLY = SCENARIO1_BAD.replace(
  '"whitelist": ["10.0.2.0/24"]',
  '"whitelist": ["10.0.2.0/24", "0.0.0.0/0"]',
);

/** A diagnostic of `dwnet check --format json` (SPEC §1). */
export interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  pointer: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  scenario?: number;
}
