// The npm package works as published: `npm pack`, installed into an empty folder with no
// network (it has no runtime dependencies: everything is bundled into dist/, with the HCL
// parser's WebAssembly beside it), then `npx dwnet check` on an example, `npx dwnet
// import terraform` on a module and `npx dwnet graph --format svg` there. vitest's
// global setup has bundled dist/.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ensureBuilt, removeDir, tempDir } from './helpers';

/** npm without the variables an outer `npm test` leaks into its children. */
function npm(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  );
  return spawnSync('npm', [...args], { cwd, env, encoding: 'utf8', timeout: 120_000 });
}

function npx(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm_|NO_COLOR|FORCE_COLOR)/i.test(name)),
  );
  return spawnSync('npx', ['--offline', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

function succeeded(result: SpawnSyncReturns<string>, what: string): string {
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${what} exited with ${result.status}\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

describe('the npm package', () => {
  let work: string;
  let tarball: string;
  let packed: string[];

  beforeAll(async () => {
    await ensureBuilt();
    work = tempDir();
    // --ignore-scripts: `prepare` would build again; the global setup has just built.
    const output = succeeded(
      npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT),
      'npm pack',
    );
    const [result] = JSON.parse(output) as { filename: string; files: { path: string }[] }[];
    if (!result) throw new Error(`npm pack printed no result: ${output}`);
    tarball = path.join(work, result.filename);
    packed = result.files.map((file) => file.path).sort();
  }, 180_000);

  afterAll(() => {
    if (work) removeDir(work);
  });

  it('holds the bundles, the schemas and the documents, and no sources or tests', () => {
    expect(packed).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'README.zh-CN.md',
      'dist/cli.bundle.js',
      'dist/cli.js',
      'dist/extension.js',
      'dist/graph.js',
      'dist/import.js',
      'dist/lsp.js',
      'dist/server.js',
      'dist/tree-sitter-hcl.wasm',
      'dist/web-tree-sitter.wasm',
      'package.json',
      'schemas/dwnet.config.schema.json',
      'schemas/dwnet.schema.json',
    ]);
  });

  it('declares no runtime dependency: the bundles need none', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    expect(manifest.dependencies ?? {}).toEqual({});
  });

  let project: string;

  it('installs offline into an empty folder, where `npx dwnet check` reports an example', () => {
    project = path.join(work, 'project');
    fs.mkdirSync(project);
    succeeded(
      npm(['install', '--offline', '--no-audit', '--no-fund', tarball], project),
      'npm install',
    );
    fs.copyFileSync(
      path.join(ROOT, 'examples', 'scenario1-same-region-broken.dwnet.json'),
      path.join(project, 'broken.dwnet.json'),
    );

    const check = npx(['dwnet', 'check', '--format', 'json', 'broken.dwnet.json'], project);

    expect(check.stderr).toBe('');
    expect(check.status).toBe(1);
    const report = JSON.parse(check.stdout) as {
      files: { file: string; diagnostics: { code: string; pointer: string }[] }[];
    };
    expect(report.files.map((f) => f.file)).toEqual(['broken.dwnet.json']);
    expect(report.files[0]?.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['ds-sg-ingress-missing', '/securityGroups/sg-ecs-inventory'],
      ['vpc-not-associated', '/resourceGroups/rg-serverless/vpcBindings'],
      ['whitelist-missing', '/dataSources/rds-orders/whitelist'],
    ]);
  }, 180_000);

  it('imports Terraform HCL there: the parser loads from the installed package', () => {
    fs.mkdirSync(path.join(project, 'infra'));
    fs.writeFileSync(
      path.join(project, 'infra', 'main.tf'),
      'resource "alicloud_vpc" "main" {\n  vpc_name   = "main"\n  cidr_block = "10.0.0.0/16"\n}\n',
    );

    const run = npx(['dwnet', 'import', 'terraform', 'infra'], project);

    expect(run.stderr).toBe('dwnet: imported 1 VPC from infra\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('"main": { "cidr": "10.0.0.0/16" }');
  });

  it('draws the topology there as SVG: the layout engine is bundled', () => {
    const run = npx(['dwnet', 'graph', '--format', 'svg', 'broken.dwnet.json'], project);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="dwnet-graph"/,
    );
  });
});
