// Results must not change when the engine is made faster (issue 17): this records what
// dwnet says about a fixed set of inputs and compares a later build with it. The inputs are
// every stored topology (examples, test fixtures), generated topologies of several seeds and
// sizes, and deterministic single-edit mutations of the examples (broken syntax, wrong
// values). For each input it records the findings as the CLI reports them (code, severity,
// pointer, range, message, fix titles and edits), the connectivity results, explain's text
// and the analysis's pair statuses, in English and Chinese.
//
//   node scripts/golden.mjs --write /tmp/golden      (on the commit to compare against)
//   node scripts/golden.mjs --compare /tmp/golden    (after the change: lists differences)
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, explainAnalysis, fixEdits, validate } from '../core/src/index';
import { generateTopology } from '../bench/generate';

const ROOT = join(__dirname, '..');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path));
    else if (name.endsWith('.json') || name.endsWith('.jsonc')) out.push(path);
  }
  return out;
}

/** A deterministic generator (mulberry32), so that the mutations are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['', '"', ',', '}', ']', '0', '10.0.0.0/8', 'x', '中', '  ', '\n', '/', ':', 'null'];

function mutations(name: string, text: string, count: number): [string, string][] {
  const next = random(text.length * 31 + count);
  const out: [string, string][] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(next() * text.length);
    const remove = Math.floor(next() * 4);
    const piece = PIECES[Math.floor(next() * PIECES.length)] ?? '';
    out.push([`${name}#m${i}`, text.slice(0, at) + piece + text.slice(at + remove)]);
  }
  return out;
}

function inputs(): [string, string][] {
  const out: [string, string][] = [];
  for (const dir of ['examples', 'test/fixtures'])
    for (const path of files(join(ROOT, dir)))
      out.push([path.slice(ROOT.length + 1), readFileSync(path, 'utf8')]);
  for (const seed of [1, 2, 3, 5, 8, 13])
    for (const size of [20, 150, 600])
      out.push([`generated-${size}-${seed}`, generateTopology(size, seed)]);
  out.push(['generated-10000-1', generateTopology(10_000, 1)]);
  for (const path of files(join(ROOT, 'examples')))
    out.push(...mutations(path.slice(ROOT.length + 1), readFileSync(path, 'utf8'), 60));
  return out;
}

function record(text: string): string {
  const parts: unknown[] = [];
  for (const locale of ['en', 'zh-CN'] as const) {
    const result = validate(text, { locale, maxFileSize: 0 });
    parts.push(result);
    const analysis = analyse(text, locale);
    parts.push(explainAnalysis(analysis));
    parts.push(
      analysis.rawFindings.map((f) => [
        f.code,
        f.fixes.map((fix) => {
          try {
            return fixEdits(text, fix, analysis.document.root);
          } catch (error) {
            return `throws ${String(error)}`;
          }
        }),
      ]),
    );
  }
  return JSON.stringify(parts, null, 1);
}

const [mode, dir] = process.argv.slice(2);
if ((mode !== '--write' && mode !== '--compare') || !dir)
  throw new Error('usage: golden --write DIR | --compare DIR');
mkdirSync(dir, { recursive: true });
const index = join(dir, 'index.json');
const before: Record<string, string> =
  mode === '--compare' && existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : {};
const now: Record<string, string> = {};
let differences = 0;
let count = 0;
for (const [name, text] of inputs()) {
  const output = record(text);
  const hash = createHash('sha256').update(output).digest('hex');
  now[name] = hash;
  count++;
  const file = join(dir, `${createHash('sha1').update(name).digest('hex')}.json`);
  if (mode === '--write') writeFileSync(file, output);
  else if (before[name] !== hash) {
    differences++;
    writeFileSync(`${file}.now`, output);
    process.stdout.write(`differs: ${name}\n  was: ${file}\n  now: ${file}.now\n`);
  }
}
if (mode === '--write') writeFileSync(index, JSON.stringify(now));
process.stdout.write(
  `${count} inputs, ${mode === '--write' ? 'written' : `${differences} differ`}\n`,
);
process.exit(differences > 0 ? 1 : 0);
