// `dwnet graph`: every format on every example through the bundled CLI, and its errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI,
  ROOT,
  SCENARIO1_BAD,
  dwnet,
  ensureBuilt,
  removeDir,
  tempDir,
  write,
  type CliResult,
} from './helpers';

/**
 * Like `dwnet`, without blocking the test worker: 48 runs of the CLI one after another
 * would keep vitest's worker from reporting for over a minute on a busy machine.
 */
function dwnetAsync(args: readonly string[], cwd: string): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({
        status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
        stdout,
        stderr,
      }),
    );
  });
}

const EXAMPLES = path.join(ROOT, 'examples');
const examples = fs
  .readdirSync(EXAMPLES)
  .filter((file) => file.endsWith('.dwnet.json'))
  .sort();

let dir: string;

beforeAll(async () => {
  await ensureBuilt();
  dir = tempDir();
  write(dir, 'bad.dwnet.json', SCENARIO1_BAD);
  write(dir, 'syntax.dwnet.json', '{ "version": 1, "vpcs": { "vpc-a": { "cidr": "10.0.0.0/16" }');
});

afterAll(() => removeDir(dir));

interface Connectivity {
  task: string;
  dataSource: string;
  ok: boolean;
  missing: string[];
}

let connectivity: Map<string, Connectivity[]>;

beforeAll(async () => {
  const check = JSON.parse(
    (await dwnetAsync(['check', '--format', 'json', 'examples'], ROOT)).stdout,
  ) as {
    files: { file: string; connectivity: Connectivity[] }[];
  };
  connectivity = new Map(check.files.map((each) => [path.basename(each.file), each.connectivity]));
});

describe.each(examples)('dwnet graph examples/%s', (file) => {
  const target = path.join('examples', file);

  it('json: pairs agree with check', async () => {
    const rows = connectivity.get(file)!;
    expect(rows).toBeDefined();
    const run = await dwnetAsync(['graph', target], ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout) as {
      version: number;
      nodes: { id: string; kind: string; pointer: string; label: string; status: string }[];
      pairs: Connectivity[];
    };
    expect(graph.version).toBe(1);
    expect(
      graph.pairs.map(({ task, dataSource, ok, missing }) => ({ task, dataSource, ok, missing })),
    ).toEqual(rows.map(({ task, dataSource, ok, missing }) => ({ task, dataSource, ok, missing })));
    for (const node of graph.nodes) expect(['ok', 'broken', 'unused']).toContain(node.status);
  });

  it.each(['dot', 'mermaid', 'svg'])('%s names every data source', async (format) => {
    const rows = connectivity.get(file)!;
    const run = await dwnetAsync(['graph', target, '--format', format], ROOT);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    for (const { dataSource } of rows) expect(run.stdout).toContain(dataSource);
    if (format === 'dot') expect(run.stdout).toMatch(/^digraph dwnet \{/);
    if (format === 'mermaid') expect(run.stdout).toMatch(/^flowchart LR\n/);
    if (format === 'svg')
      expect(run.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
});

describe('examples/README.md', () => {
  it("shows each example's Mermaid diagram as dwnet graph draws it now", async () => {
    const readme = fs.readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
    for (const file of examples)
      expect(readme).toContain(`### \`${file}\`\n\n\`\`\`mermaid\nflowchart LR\n`);
    const run = await new Promise<CliResult>((resolve) =>
      execFile(
        process.execPath,
        [path.join(ROOT, 'scripts', 'examples-docs.mjs'), '--check'],
        { cwd: ROOT, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ status: error ? 1 : 0, stdout, stderr }),
      ),
    );
    // Out of date: run `npm run docs:examples`.
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('dwnet graph options and errors', () => {
  it('-o writes the file and prints nothing', () => {
    const run = dwnet(['graph', 'bad.dwnet.json', '-f', 'svg', '-o', 'out.svg'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'out.svg'), 'utf8')).toContain('</svg>');
  });

  it('--task keeps one task; an unknown task exits 2 and lists the tasks', () => {
    const one = dwnet(['graph', 'bad.dwnet.json', '--task', 'daily-report'], dir);
    expect(one.status).toBe(0);
    const graph = JSON.parse(one.stdout) as { pairs: { task: string }[] };
    expect(graph.pairs.map((pair) => pair.task)).toEqual(['daily-report']);
    const unknown = dwnet(['graph', 'bad.dwnet.json', '--task', 'nope'], dir);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'dwnet: unknown task "nope" in bad.dwnet.json; its tasks: daily-report\n',
    );
  });

  it('an unknown format is a usage error with a suggestion', () => {
    const run = dwnet(['graph', 'bad.dwnet.json', '--format', 'svgg'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^dwnet: invalid --format 'svgg' \(did you mean "svg"\?\); expected json, dot, mermaid or svg\n/,
    );
  });

  it('a file with syntax errors is not drawn: exit 2 and what to do', () => {
    const run = dwnet(['graph', 'syntax.dwnet.json'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^dwnet: syntax\.dwnet\.json has a syntax error \(.+\); run 'dwnet check syntax\.dwnet\.json' and fix it first\n$/,
    );
  });

  it('a missing file and no file are errors; --help describes the command', () => {
    expect(dwnet(['graph', 'nothing.dwnet.json'], dir).status).toBe(2);
    const none = dwnet(['graph'], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('dwnet: no file to draw');
    const help = dwnet(['graph', '--help'], dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dwnet graph <file> \[--task <id>\] \[--format <format>\]/);
    expect(dwnet(['--help'], dir).stdout).toContain('dwnet graph <file>');
  });
});
