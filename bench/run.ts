// `npm run bench`: dwnet against the parsing floor and its peer, measured in one run on
// the same generated files. Prints medians and ratios and writes docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTree } from 'jsonc-parser';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  analyse,
  applySeverities,
  buildGraph,
  collapseGraph,
  fixEdits,
  hoverAt,
  RULES,
  validate,
} from '../core/src/index';
import { layoutGraph } from '../core/src/graph/svg';
import { releaseKept } from '../core/src/keepAlive';
import { validateInStages, type Stage } from '../core/src/validate';
import { schema } from '../core/src/schemaValidation';
import { AnalysisCache } from '../server/src/analysisCache';
import { generateTopology } from './generate';

const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : [1_000, 10_000, 100_000];
// The 100 000 file's median feeds the scaling target: a median of three moved by a tenth
// between runs of the bench, so it takes five.
const RUNS: Record<number, number> = { 1_000: 9, 10_000: 5, 100_000: 5 };
const ROOT = join(__dirname, '..');
/** The peer as a command (bench/peerCli.ts), bundled by scripts/bench.mjs. */
const PEER_CLI = args.find((a) => a.startsWith('--peer='))?.slice('--peer='.length);
/** The everyday file of the start-up row: a 3 KB example. */
const SMALL_EXAMPLE = join(ROOT, 'examples/scenario2-cross-region.dwnet.json');
/** The hand-written part of the report: why the figures are what they are. */
const ANALYSIS = join(ROOT, 'bench/analysis.md');

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The median of `runs` timed runs of `task`; each run's time is also pushed to `times`. */
async function median(runs: number, task: () => unknown, times: number[] = []): Promise<number> {
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function medianOf(values: number[]): Promise<number> {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function peerService() {
  const service = getLanguageService({
    schemaRequestService: () => Promise.reject(new Error('offline')),
  });
  service.configure({
    allowComments: true,
    validate: true,
    schemas: [{ uri: 'dwnet://schema', fileMatch: ['*'], schema: schema as object }],
  });
  return service;
}

/** Holds what is being measured, so that no optimisation can drop it before the count. */
const retained: unknown[] = [];

/**
 * Retained heap of what `build` returns, in MB (needs --expose-gc): the median of 5. Each
 * sample starts and ends on a fresh turn of the event loop: a value the stack of the
 * previous turn still referred to would otherwise be freed in the middle of a sample.
 * `release` lets go of what the tool keeps from its previous run before a sample starts,
 * so that the sample counts what the tool keeps of this run too (core/src/keepAlive.ts:
 * otherwise the last run's analysis, freed while this one's is made, hid this one's size).
 */
async function retainedHeap(build: () => unknown, release = () => {}): Promise<number> {
  const sizes: number[] = [];
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  for (let i = 0; i < 5; i++) {
    await nextTurn();
    release();
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    retained.push(build());
    await nextTurn();
    gc();
    gc();
    sizes.push((process.memoryUsage().heapUsed - before) / 1e6);
    retained.length = 0;
  }
  return sizes.sort((a, b) => a - b)[2]!;
}

/**
 * `count` versions of the text, made one at a time (the 100 000 file is 45 MB): a
 * character typed at `at`, deleted, typed again, …
 */
function* keystrokesAt(text: string, at: number, count: number): Generator<TextDocument> {
  let current = TextDocument.create('file:///edit.dwnet.json', 'dwnet', 0, text);
  for (let i = 0; i < count; i++) {
    const position = current.positionAt(at);
    const end = i % 2 === 0 ? position : current.positionAt(at + 1);
    current = TextDocument.update(
      current,
      [{ range: { start: position, end }, text: i % 2 === 0 ? '1' : '' }],
      current.version + 1,
    );
    yield current;
  }
}

/**
 * The server's path after each version, in milliseconds, from an analysis of `text`; and
 * the last version.
 */
function timeEdits(
  cache: AnalysisCache,
  text: string,
  versions: Iterable<TextDocument>,
): { times: number[]; last: TextDocument } {
  let last = TextDocument.create('file:///edit.dwnet.json', 'dwnet', 0, text);
  cache.analysis(last);
  gc();
  const times: number[] = [];
  for (const version of versions) {
    const start = performance.now();
    cache.diagnostics(version, applySeverities(cache.analysis(version).rawFindings, {}));
    times.push(performance.now() - start);
    last = version;
  }
  return { times, last };
}

interface Row {
  size: number;
  megabytes: number;
  jsonParse: number;
  parseTree: number;
  peer: number;
  check: number;
  /** The fastest of the cold checks: one whose code V8 had finished compiling. */
  checkFastest: number;
  recheck: number;
  recheckPeer: number;
  /** Re-check after a keystroke in a VPC's CIDR block, a security group's rule, a connection. */
  recheckNetwork: number;
  recheckSecurityGroup: number;
  recheckConnection: number;
  hover?: number;
  codeAction?: number;
  /** Where the cold check's time goes (10 000 file only): each stage's median. */
  stages?: Record<Stage, number>;
  dwnetHeap: number;
  peerHeap: number;
  rss: number;
  /** Issue 15's diagram: building the graph, collapsing it, laying it out. */
  graph?: GraphRow;
}

interface GraphRow {
  nodes: number;
  build: number;
  collapsedNodes: number;
  collapse: number;
  /** elkjs on the collapsed graph (per VPC, connected data sources aggregated). */
  layoutCollapsed: number;
  /** elkjs on the whole graph; only up to 1 000 data sources (minutes beyond). */
  layoutFull?: number;
}

/** The diagram's costs on the analysis the check made; layouts are few runs, being slow. */
async function measureGraph(size: number, text: string, runs: number): Promise<GraphRow> {
  const analysis = analyse(text);
  const graph = buildGraph(analysis);
  const build = await median(runs, () => buildGraph(analysis));
  const collapsed = collapseGraph(graph, { by: 'vpc', aggregateOk: true });
  const collapse = await median(runs, () => collapseGraph(graph, { by: 'vpc', aggregateOk: true }));
  const layoutRuns = size <= 1_000 ? 3 : 1;
  return {
    nodes: graph.nodes.length,
    build,
    collapsedNodes: collapsed.nodes.length,
    collapse,
    layoutCollapsed: await median(layoutRuns, () => layoutGraph(collapsed)),
    layoutFull: size <= 1_000 ? await median(layoutRuns, () => layoutGraph(graph)) : undefined,
  };
}

async function measure(size: number): Promise<Row> {
  const text = generateTopology(size);
  const runs = RUNS[size] ?? 3;
  const service = peerService();
  const document = TextDocument.create('file:///bench.dwnet.json', 'json', 1, text);

  const jsonParse = await median(runs, () => JSON.parse(text));
  const tree = await median(runs, () => parseTree(text));
  const peer = await median(runs, async () => {
    const parsed = service.parseJSONDocument(document);
    await service.doValidation(document, parsed, { comments: 'ignore', trailingCommas: 'ignore' });
  });
  const checked = await timedChecks(runs, text);
  const check = checked.total;

  // Keystrokes: one character typed, then deleted, inside a data source's address, each
  // followed by the server's own path (cache lookup, analysis, severities, LSP diagnostics).
  // The edits follow one another as typing does, with no collection forced in between: a
  // forced full collection leaves the concurrent sweeper busy on this 2-core machine and
  // charges it to whatever runs next. Each run pays for the collections it causes.
  const editAt = text.indexOf('"address"', text.length >> 1) + '"address": "'.length;
  const cache = new AnalysisCache(service);
  const typed = timeEdits(cache, text, keystrokesAt(text, editAt, runs * 4 + 1));
  // The peer has nothing to reuse: it parses and validates each version.
  const peerTimes: number[] = [];
  for (const version of keystrokesAt(text, editAt, runs)) {
    const start = performance.now();
    const parsed = service.parseJSONDocument(version);
    await service.doValidation(version, parsed, { comments: 'ignore', trailingCommas: 'ignore' });
    peerTimes.push(performance.now() - start);
  }
  // Edits outside data sources and tasks (issue 17): a VPC's CIDR block, a security group
  // rule's CIDR block, a connection's member; each evaluates again the pairs that read it.
  const after = (from: string, key: string) => text.indexOf(key, text.indexOf(from)) + key.length;
  // As many keystrokes as in a data source: a median of five is mostly noise.
  const typing = (at: number) =>
    timeEdits(new AnalysisCache(service), text, keystrokesAt(text, at, runs * 4 + 1));
  const network = typing(after('"vpcs"', '"cidr": "'));
  const group = typing(after('"securityGroups"', '"cidr": "'));
  const connection = typing(text.indexOf('"', after('"connections"', '"members": [')) + 1);
  const current = typed.last;

  let hover: number | undefined;
  let codeAction: number | undefined;
  let stages: Row['stages'];
  if (size === 10_000) {
    stages = checked.stages;
    const analysis = cache.analysis(current);
    const key = current.getText().indexOf('"ds-4242"');
    hover = await median(21, () => hoverAt(analysis, key + 2));
    const finding = analysis.rawFindings.find((f) => f.fixes.length > 0);
    const fix = finding?.fixes[0];
    if (fix)
      codeAction = await median(21, () => fixEdits(current.getText(), fix, analysis.document.root));
  }

  const graph = size <= 10_000 ? await measureGraph(size, text, runs) : undefined;
  const dwnetHeap = await retainedHeap(() => analyse(text), releaseKept);
  const peerHeap = await retainedHeap(() => service.parseJSONDocument(document));
  return {
    size,
    megabytes: text.length / 1e6,
    jsonParse,
    parseTree: tree,
    peer,
    check,
    checkFastest: checked.fastest,
    recheck: await medianOf(typed.times),
    recheckPeer: await medianOf(peerTimes),
    recheckNetwork: await medianOf(network.times),
    recheckSecurityGroup: await medianOf(group.times),
    recheckConnection: await medianOf(connection.times),
    hover,
    codeAction,
    stages,
    dwnetHeap,
    peerHeap,
    rss: process.memoryUsage().rss / 1e6,
    graph,
  };
}

/** Fresh processes, each command's median in milliseconds, measured in turns. */
interface ProcessRow {
  /** `node -e 0`: what any Node command pays before its first line runs. */
  node: number;
  /** `dwnet check` on the 3 KB example. */
  small: number;
  /** `dwnet check --format json` on the 10 000 file. */
  dwnet: number;
  /** The peer (bench/peerCli.ts) on the same file. */
  peer: number;
}

/** Wall time of one fresh process, in milliseconds. */
function processTime(command: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, command, { stdio: 'ignore' });
  const time = performance.now() - start;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`node ${command.join(' ')} exited with ${String(result.status)}`);
  return time;
}

/**
 * The commands as a user starts them, each a fresh process, taking turns so that the
 * machine's load falls on all of them alike: the CLI (dist/cli.js, built by
 * scripts/bench.mjs) and the peer on the 10 000 file, `dwnet check` on a 3 KB example,
 * and `node -e 0`.
 */
async function measureProcesses(peerCli: string): Promise<ProcessRow> {
  const folder = mkdtempSync(join(tmpdir(), 'dwnet-bench-process-'));
  try {
    const large = join(folder, 'ten-thousand.dwnet.json');
    writeFileSync(large, generateTopology(10_000));
    const cli = join(ROOT, 'dist/cli.js');
    const commands: Record<keyof ProcessRow, string[]> = {
      node: ['-e', '0'],
      small: [cli, 'check', SMALL_EXAMPLE],
      dwnet: [cli, 'check', '--format', 'json', large],
      peer: [peerCli, large],
    };
    const times: Record<keyof ProcessRow, number[]> = { node: [], small: [], dwnet: [], peer: [] };
    for (let turn = 0; turn < 11; turn++) {
      // Every command as many turns: the large file's processes take about 0.3 s each now,
      // and a median of seven moved the cold-process ratio by 5 % between runs.
      for (const name of ['node', 'small', 'dwnet', 'peer'] as const)
        times[name].push(processTime(commands[name]));
    }
    return {
      node: await medianOf(times.node),
      small: await medianOf(times.small),
      dwnet: await medianOf(times.dwnet),
      peer: await medianOf(times.peer),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The cold-process ratios: dwnet's and the peer's own time, each less `node -e 0`. */
function processVerdicts(row: ProcessRow): { target: string; measured: string; verdict: string }[] {
  const own = (time: number) => Math.max(time - row.node, 0);
  const cold = own(row.dwnet) / own(row.peer);
  const startUp = row.small / row.node;
  const verdict = (value: number, limit: number) =>
    value <= limit ? 'met' : `missed: ${(value / limit).toFixed(1)}× the limit`;
  return [
    {
      target: 'cold process, 10 000 file: dwnet ≤ 1.0 × peer (both less `node -e 0`)',
      measured: `${ms(own(row.dwnet))} / ${ms(own(row.peer))} ms = ${ratio(own(row.dwnet), own(row.peer))}`,
      verdict: verdict(cold, 1),
    },
    {
      target: '`dwnet check` on a 3 KB example ≤ 1.6 × `node -e 0`',
      measured: `${ms(row.small)} / ${ms(row.node)} ms = ${ratio(row.small, row.node)}`,
      verdict: verdict(startUp, 1.6),
    },
  ];
}

function processTable(row: ProcessRow): string[] {
  return [
    '| fresh process | ms (median) | ÷ `node -e 0` |',
    '|---|---:|---:|',
    `| \`node -e 0\` | ${ms(row.node)} | 1.00× |`,
    `| \`dwnet check\` on a 3 KB example | ${ms(row.small)} | ${ratio(row.small, row.node)} |`,
    `| \`dwnet check --format json\`, 10 000 file | ${ms(row.dwnet)} | ${ratio(row.dwnet, row.node)} |`,
    `| peer (parse + schema, JSON out), 10 000 file | ${ms(row.peer)} | ${ratio(row.peer, row.node)} |`,
  ];
}

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

/** Each target of issues 5 and 17 against this run's figures: met, or missed by how much. */
function targetVerdicts(rows: Row[]): { target: string; measured: string; verdict: string }[] {
  const at10k = rows.find((r) => r.size === 10_000);
  const verdicts: { target: string; measured: string; verdict: string }[] = [];
  const judge = (target: string, measured: string, value: number, limit: number) =>
    verdicts.push({
      target,
      measured,
      verdict: value <= limit ? 'met' : `missed: ${(value / limit).toFixed(1)}× the limit`,
    });
  if (at10k) {
    const checkRatio = at10k.check / at10k.peer;
    judge('cold check ≤ 0.5 × peer', `${ratio(at10k.check, at10k.peer)}`, checkRatio, 0.5);
    // Issue 17's target, beside issue 5's older and stricter one, which stays as it was.
    judge(
      'cold check ≤ 0.6 × peer (issue 17)',
      `${ratio(at10k.check, at10k.peer)}`,
      checkRatio,
      0.6,
    );
    judge('re-check ≤ 50 ms', `${ms(at10k.recheck)} ms`, at10k.recheck, 50);
    judge(
      "re-check after a keystroke in a VPC's CIDR block ≤ 50 ms",
      `${ms(at10k.recheckNetwork)} ms`,
      at10k.recheckNetwork,
      50,
    );
    judge(
      're-check after a keystroke in a security group rule ≤ 50 ms',
      `${ms(at10k.recheckSecurityGroup)} ms`,
      at10k.recheckSecurityGroup,
      50,
    );
    judge(
      're-check after a keystroke in a connection ≤ 50 ms',
      `${ms(at10k.recheckConnection)} ms`,
      at10k.recheckConnection,
      50,
    );
    judge(
      're-check ≤ 0.15 × peer',
      ratio(at10k.recheck, at10k.recheckPeer),
      at10k.recheck / at10k.recheckPeer,
      0.15,
    );
    if (at10k.hover !== undefined) judge('hover ≤ 10 ms', `${ms(at10k.hover)} ms`, at10k.hover, 10);
    if (at10k.codeAction !== undefined)
      judge('code action ≤ 10 ms', `${ms(at10k.codeAction)} ms`, at10k.codeAction, 10);
    judge(
      'memory ≤ peer',
      `${at10k.dwnetHeap.toFixed(0)} MB / ${at10k.peerHeap.toFixed(0)} MB`,
      at10k.dwnetHeap / at10k.peerHeap,
      1,
    );
  }
  rows.slice(1).forEach((r, i) => {
    const previous = rows[i]!;
    const growth = r.check / previous.check;
    const tenfolds = Math.log10(r.size / previous.size);
    judge(
      `scaling ${previous.size.toLocaleString('en')} → ${r.size.toLocaleString('en')} ≤ 12× per tenfold`,
      `${growth.toFixed(1)}×`,
      growth,
      12 ** tenfolds,
    );
  });
  return verdicts;
}

/**
 * What parsing with positions and schema validation alone cost against the peer: the part
 * of the cold check that no rule, model or connectivity work can remove.
 */
function floorSentence(row: Row): string {
  const { parse, schema, ...rest } = row.stages!;
  // Issue 17's target (issue 5's 0.5× stays among the verdicts).
  const budget = 0.6 * row.peer - parse - schema;
  const restTotal = Object.values(rest).reduce((a, b) => a + b, 0);
  return [
    `Parsing and schema validation alone take ${ratio(parse + schema, row.peer)} the peer's time in this run.`,
    `Within issue 17's target of 0.6× they leave ${budget > 0 ? `${ms(budget)} ms` : 'nothing'} for the model, the`,
    `connectivity of every pair and ${RULES.length} rules, which take ${ms(restTotal)} ms.`,
  ].join('\n');
}

const STAGE_NAMES: Record<Stage, string> = {
  parse:
    'parse: the compact tree, the schema checked in the same pass (and, for a document that may not follow the schema, its plain value)',
  schema: "schema validation after the parse (ajv, only where the parser's check is not sure)",
  model: 'model: the typed entities',
  topology: 'topology: networks by id, the connection graph',
  connectivity: 'the connectivity of every pair',
  addresses: 'the list of address fields',
  rules: `the ${RULES.length} rules`,
  finish: 'merging, suppressions',
  results: 'severities, limits, and the list of every pair for the CLI',
};

/**
 * The cold check, `runs` times, each after a full collection: the median of the whole
 * check, and of each of its stages, timed inside the same runs (`validateInStages`'s
 * stage runner), so that the stages add up to a check as it runs, each paying for the
 * collections it causes.
 */
async function timedChecks(
  runs: number,
  text: string,
): Promise<{ total: number; fastest: number; stages: Record<Stage, number> }> {
  const perStage = new Map<Stage, number[]>();
  const totals: number[] = [];
  const total = await median(
    runs,
    () => {
      const thisRun = new Map<Stage, number>();
      // The 100 000 file (45 MB) is above the default file size limit: the benchmark
      // measures the analysis a user gets after raising it.
      validateInStages(text, { maxFileSize: 0 }, (stage, run) => {
        const stageStart = performance.now();
        try {
          return run();
        } finally {
          thisRun.set(stage, (thisRun.get(stage) ?? 0) + performance.now() - stageStart);
        }
      });
      for (const [stage, time] of thisRun) {
        const times = perStage.get(stage) ?? [];
        times.push(time);
        perStage.set(stage, times);
      }
    },
    totals,
  );
  const stages = {} as Record<Stage, number>;
  for (const stage of Object.keys(STAGE_NAMES) as Stage[])
    stages[stage] = await medianOf(perStage.get(stage) ?? [0]);
  return { total, fastest: Math.min(...totals), stages };
}

function stageRows(row: Row): string[] {
  const stages = row.stages!;
  const total = Object.values(stages).reduce((a, b) => a + b, 0);
  const share = (value: number) => `${((100 * value) / total).toFixed(0)} %`;
  return (Object.keys(STAGE_NAMES) as Stage[]).map(
    (stage) =>
      `| ${STAGE_NAMES[stage]} | ${ms(stages[stage])} | ${share(stages[stage])} | ${ratio(stages[stage], row.peer)} |`,
  );
}

/**
 * Runs everything measured a few times on a small file first, so that the first size's
 * medians measure compiled code (and a compiled schema), as an editor session does after
 * its first file, not the JIT warming up.
 */
async function warmUp(): Promise<void> {
  const text = generateTopology(500, 7);
  const service = peerService();
  const document = TextDocument.create('file:///warm-up.dwnet.json', 'json', 1, text);
  for (let i = 0; i < 5; i++) {
    JSON.parse(text);
    parseTree(text);
    await service.doValidation(document, service.parseJSONDocument(document), {
      comments: 'ignore',
      trailingCommas: 'ignore',
    });
    validate(text, { maxFileSize: 0 });
  }
}

async function main(): Promise<void> {
  // Fresh processes first, while this process holds no large heap that could slow them.
  if (PEER_CLI === undefined) throw new Error('run the bench with `npm run bench`');
  process.stderr.write('measuring fresh processes…\n');
  const processes = await measureProcesses(PEER_CLI);
  const processLines = processTable(processes);
  if (args.includes('--processes-only')) {
    const verdicts = processVerdicts(processes).map(
      (v) => `${v.target}: ${v.measured}, ${v.verdict}`,
    );
    process.stdout.write(`${[...processLines, '', ...verdicts].join('\n')}\n`);
    return;
  }
  const rows: Row[] = [];
  process.stderr.write('warming up…\n');
  await warmUp();
  for (const size of SIZES) {
    process.stderr.write(`measuring ${size} data sources…\n`);
    rows.push(await measure(size));
  }
  const table = [
    '| data sources | MB | JSON.parse | parseTree | peer: parse + schema | dwnet check (cold) | check ÷ peer | re-check after a keystroke | re-check ÷ peer | hover | code action | heap: dwnet / peer (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${r.megabytes.toFixed(1)} | ${ms(r.jsonParse)} | ${ms(r.parseTree)} | ${ms(r.peer)} | ${ms(r.check)} | ${ratio(r.check, r.peer)} | ${ms(r.recheck)} | ${ratio(r.recheck, r.recheckPeer)} | ${ms(r.hover)} | ${ms(r.codeAction)} | ${r.dwnetHeap.toFixed(0)} / ${r.peerHeap.toFixed(0)} |`,
    ),
  ];
  const scaling = rows
    .slice(1)
    .map(
      (r, i) =>
        `${rows[i]!.size.toLocaleString('en')} → ${r.size.toLocaleString('en')}: ${ratio(r.check, rows[i]!.check)} time for ${ratio(r.size, rows[i]!.size)} data sources (fastest check against fastest check: ${ms(rows[i]!.checkFastest)} → ${ms(r.checkFastest)} ms, ${ratio(r.checkFastest, rows[i]!.checkFastest)})`,
    );
  const graphTable = [
    '| data sources | nodes | graph build | build ÷ check | collapse (per VPC, ok aggregated) | nodes collapsed | layout collapsed | layout ÷ check | layout, whole graph |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap((r) =>
      r.graph
        ? [
            `| ${r.size.toLocaleString('en')} | ${r.graph.nodes.toLocaleString('en')} | ${ms(r.graph.build)} | ${ratio(r.graph.build, r.check)} | ${ms(r.graph.collapse)} | ${r.graph.collapsedNodes.toLocaleString('en')} | ${ms(r.graph.layoutCollapsed)} | ${ratio(r.graph.layoutCollapsed, r.check)} | ${ms(r.graph.layoutFull)} |`,
          ]
        : [],
    ),
  ];
  const verdicts = [...targetVerdicts(rows), ...processVerdicts(processes)];
  const at10k = rows.find((r) => r.size === 10_000);
  const breakdown = rows.find((r) => r.stages);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const report = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine}.`,
    'Times are medians in milliseconds of several runs, after a warm-up, on the same generated file (`bench/generate.ts`:',
    'every scenario, several regions and accounts, about one pair in ten broken). "Peer" is',
    "vscode-json-languageservice parsing and validating the same file with dwnet's schema.",
    '',
    ...table,
    '',
    'Scaling of the cold check:',
    '',
    ...scaling.map((s) => `- ${s}`),
    '',
    "The scaling target reads the medians. A larger file's first checks still wait for V8 to",
    'compile what only that file makes hot, and the median of five can be one of them; the',
    'fastest checks compare settled code with settled code (bench/analysis.md, eleventh round).',
    '',
    '## Start-up and cold processes',
    '',
    'Each command started as a fresh process, as CI, a pre-commit hook or an editor starts it,',
    'taking turns with the others in the same run (medians of 11). The peer as a process',
    '(`bench/peerCli.ts`) reads the file, parses and validates it with vscode-json-languageservice',
    "and dwnet's schema, and prints its diagnostics as JSON.",
    '',
    ...processLines,
    '',
    '## Targets (issues 5 and 17, 10 000 data sources)',
    '',
    '| target | measured | verdict |',
    '|---|---|---|',
    ...verdicts.map((v) => `| ${v.target} | ${v.measured} | ${v.verdict} |`),
    '',
    ...(at10k
      ? [
          `The re-check above types in a data source, where nearly every keystroke of a large topology lands. A keystroke in a VPC's CIDR block, a security group rule's CIDR block or a connection's member reads that entity again alone and evaluates again only the pairs that may read it (the pairs whose data source is in, or whose resource group binds, a network connected to the VPC or to the connection's members; for a security group, the pairs that use it): ${ms(at10k.recheckNetwork)}, ${ms(at10k.recheckSecurityGroup)} and ${ms(at10k.recheckConnection)} ms (${ratio(at10k.recheckNetwork, at10k.recheckPeer)}, ${ratio(at10k.recheckSecurityGroup, at10k.recheckPeer)} and ${ratio(at10k.recheckConnection, at10k.recheckPeer)} the peer).`,
          '',
        ]
      : []),
    ...(breakdown?.stages
      ? [
          '## Where the cold check goes (10 000 data sources)',
          '',
          'Each stage is timed inside the cold checks of the table above, as they run (the',
          'median of each stage: their sum is near, not equal to, the median of the whole).',
          '',
          '| stage | ms | share | ÷ peer |',
          '|---|---:|---:|---:|',
          ...stageRows(breakdown),
          '',
          floorSentence(breakdown),
          '',
        ]
      : []),
    '## The topology diagram (issue 15)',
    '',
    '`dwnet graph` and the VS Code diagram build a graph from the analysis the check made,',
    'collapse it for large topologies and lay it out with elkjs. Ratios are against the cold',
    "check of the same file in this run. The layout runs off the editor's UI thread.",
    '',
    ...graphTable,
    '',
    ...(existsSync(ANALYSIS) ? [readFileSync(ANALYSIS, 'utf8').trim(), ''] : []),
    'Heap is what stays reachable after the analysis (dwnet: tree, model, findings and',
    'connectivity; peer: its parsed document). Process RSS at the end of the run:',
    `${rows[rows.length - 1]?.rss.toFixed(0)} MB.`,
    '',
  ].join('\n');
  process.stdout.write(
    `${table.join('\n')}\n\n${scaling.join('\n')}\n\n${graphTable.join('\n')}\n\n${processLines.join('\n')}\n\n${verdicts.map((v) => `${v.target}: ${v.measured}, ${v.verdict}`).join('\n')}\n`,
  );
  if (!args.includes('--no-write')) writeFileSync(join(ROOT, 'docs/performance.md'), report);
}

void main();
