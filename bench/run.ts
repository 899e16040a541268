// `npm run bench`: dwnet against the parsing floor and its peer, measured in one run on
// the same generated files. Prints medians and ratios and writes docs/performance.md.
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTree } from 'jsonc-parser';
import { getLanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, applySeverities, fixEdits, hoverAt, validate } from '../core/src/index';
import { schema } from '../core/src/schemaValidation';
import { AnalysisCache } from '../server/src/analysisCache';
import { toDiagnostic } from '../server/src/convert';
import { generateTopology } from './generate';

const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg
  ? sizesArg.slice('--sizes='.length).split(',').map(Number)
  : [1_000, 10_000, 100_000];
const RUNS: Record<number, number> = { 1_000: 9, 10_000: 5, 100_000: 3 };
const ROOT = join(__dirname, '..');

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function median(runs: number, task: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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

/** Retained heap of what `build` returns, in MB (needs --expose-gc). */
function retainedHeap(build: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return (after - before) / 1e6;
}

interface Row {
  size: number;
  megabytes: number;
  jsonParse: number;
  parseTree: number;
  peer: number;
  check: number;
  recheck: number;
  recheckPeer: number;
  hover?: number;
  codeAction?: number;
  dwnetHeap: number;
  peerHeap: number;
  rss: number;
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
  const check = await median(runs, () => validate(text));

  // A keystroke: one character typed inside a data source's address, then the server's
  // own path (cache lookup, analysis, severities, LSP diagnostics).
  const cache = new AnalysisCache(service);
  let current = TextDocument.create('file:///edit.dwnet.json', 'dwnet', 1, text);
  cache.analysis(current);
  const editAt = text.indexOf('"address"', text.length >> 1) + '"address": "'.length;
  const recheckTimes: number[] = [];
  const peerTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const character = i % 2 === 0 ? '1' : '';
    const position = current.positionAt(editAt);
    const previous = current;
    current = TextDocument.update(
      previous,
      [
        {
          range: { start: position, end: i % 2 === 0 ? position : current.positionAt(editAt + 1) },
          text: character,
        },
      ],
      previous.version + 1,
    );
    gc();
    let start = performance.now();
    const findings = applySeverities(cache.analysis(current).rawFindings, {});
    findings.map((finding) => toDiagnostic(current, finding));
    recheckTimes.push(performance.now() - start);
    start = performance.now();
    const parsed = service.parseJSONDocument(current);
    await service.doValidation(current, parsed, { comments: 'ignore', trailingCommas: 'ignore' });
    peerTimes.push(performance.now() - start);
  }

  let hover: number | undefined;
  let codeAction: number | undefined;
  if (size === 10_000) {
    const analysis = cache.analysis(current);
    const key = current.getText().indexOf('"ds-4242"');
    hover = await median(21, () => hoverAt(analysis, key + 2));
    const finding = analysis.rawFindings.find((f) => f.fixes.length > 0);
    const fix = finding?.fixes[0];
    if (fix)
      codeAction = await median(21, () => fixEdits(current.getText(), fix, analysis.document.root));
  }

  const dwnetHeap = retainedHeap(() => analyse(text));
  const peerHeap = retainedHeap(() => service.parseJSONDocument(document));
  return {
    size,
    megabytes: text.length / 1e6,
    jsonParse,
    parseTree: tree,
    peer,
    check,
    recheck: await medianOf(recheckTimes),
    recheckPeer: await medianOf(peerTimes),
    hover,
    codeAction,
    dwnetHeap,
    peerHeap,
    rss: process.memoryUsage().rss / 1e6,
  };
}

const ms = (value: number | undefined) =>
  value === undefined ? '—' : value < 10 ? value.toFixed(2) : value.toFixed(0);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');

async function main(): Promise<void> {
  const rows: Row[] = [];
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
        `${rows[i]!.size.toLocaleString('en')} → ${r.size.toLocaleString('en')}: ${ratio(r.check, rows[i]!.check)} time for ${ratio(r.size, rows[i]!.size)} data sources`,
    );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const report = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} — ${machine}.`,
    'Times are medians in milliseconds of several runs on the same generated file (`bench/generate.ts`:',
    'every scenario, several regions and accounts, about one pair in ten broken). "Peer" is',
    "vscode-json-languageservice parsing and validating the same file with dwnet's schema.",
    '',
    ...table,
    '',
    'Scaling of the cold check:',
    '',
    ...scaling.map((s) => `- ${s}`),
    '',
    'Heap is what stays reachable after the analysis (dwnet: tree, model, findings and',
    'connectivity; peer: its parsed document). Process RSS at the end of the run:',
    `${rows[rows.length - 1]?.rss.toFixed(0)} MB.`,
    '',
  ].join('\n');
  process.stdout.write(`${table.join('\n')}\n\n${scaling.join('\n')}\n`);
  if (!args.includes('--no-write')) writeFileSync(join(ROOT, 'docs/performance.md'), report);
}

void main();
