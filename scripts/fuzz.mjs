// `npm run fuzz -- [--count N | --seconds S] [--seed S] [--workers W] [--no-save]`
//
// Issue 6's properties (core/test/fuzz/) on generated documents, with fast-check:
// realistic topologies, the seeds in test/fixtures/rules/*/valid* and examples/, and
// mutations of both. Reproducible: the same --seed, --count and --workers give the same
// documents. A failure is shrunk by fast-check, then by deleting chunks of the text, and
// saved as test/fixtures/fuzz/<hash>.dwnet.json, which core/test/fuzz-regressions.test.ts
// replays in `npm test`.
//
// The core is bundled with esbuild into a temporary file. The bundle also reports the
// exceptions that the editor functions' `catch {}` blocks swallow (they answer nothing
// rather than fail a request): a swallowed exception is still a dwnet bug.
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { clearInterval, setInterval } from 'node:timers';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test/fixtures/fuzz');
const SELF = fileURLToPath(import.meta.url);
/** One document's checks take well under a second; this long means a hang. */
const HANG_MS = 120_000;

function usage(message) {
  console.error(`fuzz: ${message}`);
  console.error(
    'usage: npm run fuzz -- [--count N | --seconds S] [--seed S] [--workers W] [--no-save]',
  );
  process.exit(2);
}

function parseArguments(argv) {
  const options = { count: undefined, seconds: undefined, seed: undefined, workers: undefined };
  options.save = true;
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (name === '--no-save') {
      options.save = false;
      continue;
    }
    const key = {
      '--count': 'count',
      '--seconds': 'seconds',
      '--seed': 'seed',
      '--workers': 'workers',
    }[name];
    const value = Number(argv[++i]);
    if (!key) usage(`unknown argument ${name}`);
    if (!Number.isInteger(value) || (key !== 'seed' && value <= 0))
      usage(`${name} takes a positive integer`);
    options[key] = value;
  }
  if (options.count === undefined && options.seconds === undefined) options.count = 1000;
  options.seed ??= (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  options.workers ??= Math.max(1, Math.min(2, availableParallelism()));
  return options;
}

/** The valid fixtures and the examples: real topologies for the mutations to start from. */
function seedFiles() {
  const rules = join(ROOT, 'test/fixtures/rules');
  const files = readdirSync(rules).flatMap((code) =>
    readdirSync(join(rules, code))
      .filter((f) => f.startsWith('valid'))
      .map((f) => join(rules, code, f)),
  );
  const examples = join(ROOT, 'examples');
  files.push(...readdirSync(examples).map((f) => join(examples, f)));
  return files.filter((f) => f.endsWith('.dwnet.json')).sort();
}

/** Bundles core/test/fuzz/ (and fast-check) into one CommonJS file. */
async function bundle() {
  const { build } = await import('esbuild');
  const directory = mkdtempSync(join(tmpdir(), 'dwnet-fuzz-'));
  const outfile = join(directory, 'fuzzing.cjs');
  let instrumented = 0;
  await build({
    stdin: {
      contents: "export * from './core/test/fuzz';\nexport { default as fc } from 'fast-check';\n",
      resolveDir: ROOT,
      loader: 'ts',
    },
    outfile,
    ...NODE_BUNDLE,
    plugins: [
      {
        name: 'report-swallowed-exceptions',
        setup(esbuild) {
          esbuild.onLoad({ filter: /[\\/]core[\\/]src[\\/].*\.ts$/ }, (args) => {
            const source = readFileSync(args.path, 'utf8');
            const contents = source.replace(/\}\s*catch\s*\{/g, () => {
              instrumented++;
              return '} catch (swallowed) { (globalThis as any).__dwnetSwallowed?.(swallowed);';
            });
            return { contents, loader: 'ts' };
          });
        },
      },
    ],
  });
  return { directory, outfile, instrumented };
}

function fixtureName(text) {
  const hash = createHash('sha256').update(text, 'utf16le').digest('hex').slice(0, 12);
  // Lone surrogates do not survive UTF-8: such a text is stored as a JSON string.
  return text.isWellFormed() ? `${hash}.dwnet.json` : `${hash}.utf16.json`;
}

/** Saves a counterexample as a regression fixture (once) and notes it in the README. */
function saveFixture(text, failure) {
  mkdirSync(FIXTURES, { recursive: true });
  const name = fixtureName(text);
  const file = join(FIXTURES, name);
  if (existsSync(file)) return file;
  writeFileSync(file, name.endsWith('.utf16.json') ? `${JSON.stringify(text)}\n` : text);
  const readme = join(FIXTURES, 'README.md');
  if (!existsSync(readme)) {
    writeFileSync(
      readme,
      '# Fuzz regressions\n\nCounterexamples found by `npm run fuzz`, shrunk and saved by ' +
        'scripts/fuzz.mjs; core/test/fuzz-regressions.test.ts replays every one against the ' +
        'properties of core/test/fuzz/properties.ts. A `*.utf16.json` file holds a text with lone ' +
        'surrogates as a JSON string.\n\n',
    );
  }
  appendFileSync(readme, `- \`${name}\`: ${failure.property} (seed ${failure.seed}).\n`);
  return file;
}

// ---------------------------------------------------------------------------------------
// Worker: one fast-check run over its share of the documents

async function worker(config) {
  const lib = createRequire(SELF)(config.bundle);
  const { fc } = lib;
  const seeds = config.seedFiles.map((f) => readFileSync(f, 'utf8'));
  let runs = 0;
  let lastReport = Date.now();
  // Once a case has failed, every later call is a shrinking step. fast-check has no limit
  // on shrinking, and a step can cost a second on a large document: after the budget the
  // remaining steps pass, which ends shrinking with the smallest failure found so far.
  let failedAt;
  const property = fc.property(lib.fuzzCaseArbitrary(seeds), (fuzzCase) => {
    if (failedAt === undefined) runs++;
    else if (Date.now() - failedAt > config.shrinkMs) return;
    if (Date.now() - lastReport > 5_000) {
      lastReport = Date.now();
      process.send({ type: 'progress', runs });
    }
    // The document under test, for the watchdog in the main process: a check that never
    // returns cannot report itself.
    writeFileSync(config.caseFile, fuzzCase.text);
    try {
      lib.checkCase(fuzzCase);
    } catch (error) {
      failedAt ??= Date.now();
      throw error;
    }
  });
  const details = fc.check(property, {
    seed: config.seed,
    numRuns: config.count ?? Number.MAX_SAFE_INTEGER,
    ...(config.deadline ? { interruptAfterTimeLimit: config.deadline - Date.now() } : {}),
    markInterruptAsFailure: false,
  });
  const result = {
    type: 'done',
    seed: config.seed,
    numRuns: details.numRuns,
    numShrinks: details.numShrinks,
    interrupted: details.interrupted,
    failed: details.failed,
  };
  if (details.failed) {
    const [fuzzCase] = details.counterexample;
    const error = details.errorInstance;
    const propertyName = error instanceof lib.PropertyViolation ? error.property : 'unexpected';
    // Shrink the text further, judged by every property on the whole document.
    const text = lib.minimiseText(
      fuzzCase.text,
      propertyName,
      (t) => lib.checkDocument(t),
      Date.now() + config.shrinkMs,
    );
    let message = String(error?.message ?? error);
    try {
      lib.checkDocument(text);
    } catch (again) {
      message = String(again?.message ?? again);
    }
    Object.assign(result, {
      property: propertyName,
      path: details.counterexamplePath,
      shrunk: fuzzCase.text,
      text,
      message,
    });
  }
  process.send(result, () => process.exit(0));
}

// ---------------------------------------------------------------------------------------
// Main: bundle, start the workers, report

async function main(options) {
  const started = Date.now();
  const { directory, outfile, instrumented } = await bundle();
  const files = seedFiles();
  const deadline = options.seconds ? started + options.seconds * 1000 : undefined;
  console.log(
    `fuzz: seed ${options.seed}, ${options.workers} worker(s), ` +
      (options.count ? `${options.count} documents` : `${options.seconds} s`) +
      `, ${files.length} seed files, ${instrumented} catch blocks instrumented`,
  );
  const share = (i) =>
    options.count === undefined
      ? undefined
      : Math.floor(options.count / options.workers) + (i < options.count % options.workers ? 1 : 0);
  const progress = new Array(options.workers).fill(0);
  let lastLine = Date.now();
  const results = await Promise.all(
    Array.from({ length: options.workers }, (_, i) => {
      const config = {
        bundle: outfile,
        seed: (options.seed + i) | 0,
        count: share(i),
        deadline,
        shrinkMs: 60_000,
        seedFiles: files,
        caseFile: join(directory, `case-${i}.txt`),
      };
      return new Promise((resolve, reject) => {
        const child = fork(SELF, ['--worker', JSON.stringify(config)], {
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        let result;
        // Watchdog: a document whose checks run for HANG_MS is a hang (or a blow-up) of its
        // own; the worker is stopped and the document reported as it is.
        const watchdog = setInterval(() => {
          let idle;
          try {
            idle = Date.now() - statSync(config.caseFile).mtimeMs;
          } catch {
            return; // no document yet
          }
          if (idle < HANG_MS) return;
          clearInterval(watchdog);
          const text = readFileSync(config.caseFile, 'utf8');
          result = {
            type: 'done',
            seed: config.seed,
            numRuns: progress[i],
            failed: true,
            property: 'validate-bounded-time',
            path: '(hung: no shrinking)',
            text,
            message: `the checks of one document (${text.length} characters) ran for more than ${HANG_MS / 1000} s`,
          };
          child.kill('SIGKILL');
        }, 5_000);
        child.on('message', (message) => {
          if (message.type === 'progress') {
            progress[i] = message.runs;
            if (Date.now() - lastLine > 10_000) {
              lastLine = Date.now();
              const total = progress.reduce((a, b) => a + b, 0);
              const seconds = (Date.now() - started) / 1000;
              console.log(
                `fuzz: ${total} documents, ${(total / seconds).toFixed(0)}/s (${seconds.toFixed(0)} s)`,
              );
            }
          } else result = message;
        });
        child.on('exit', (code) => {
          clearInterval(watchdog);
          if (result) resolve(result);
          else reject(new Error(`worker ${i} exited with ${code}`));
        });
      });
    }),
  );
  rmSync(directory, { recursive: true, force: true });
  const seconds = (Date.now() - started) / 1000;
  const total = results.reduce((sum, r) => sum + r.numRuns, 0);
  const failures = results.filter((r) => r.failed);
  for (const failure of failures) {
    const file = options.save ? relative(ROOT, saveFixture(failure.text, failure)) : '(not saved)';
    console.log(`\nfuzz: property ${failure.property} failed (worker seed ${failure.seed})`);
    console.log(`  replay: npm run fuzz -- --seed ${options.seed} --workers ${options.workers}`);
    console.log(`  fast-check path: ${failure.path}`);
    console.log(`  minimised document (${failure.text.length} characters): ${file}`);
    console.log(`  ${JSON.stringify(failure.text).slice(0, 2000)}`);
    console.log(`  ${failure.message.split('\n').slice(0, 12).join('\n  ')}`);
  }
  console.log(
    `\nfuzz: ${total} documents in ${seconds.toFixed(1)} s (${(total / seconds).toFixed(0)} documents/s, ` +
      `${options.workers} worker(s), seed ${options.seed})`,
  );
  // The closing line CI reads: documents that passed, properties that failed.
  console.log(`fuzz: ${total - failures.length} passed, ${failures.length} failed`);
  process.exit(failures.length > 0 ? 1 : 0);
}

if (process.argv[2] === '--worker') {
  await worker(JSON.parse(process.argv[3]));
} else {
  await main(parseArguments(process.argv.slice(2)));
}
