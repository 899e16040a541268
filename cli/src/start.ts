// dist/cli.js, the `dwnet` executable: runs the CLI's bundle (dist/cli.bundle.js, from
// main.ts) with V8's code cache, so that a command starts without compiling the bundle's
// code again. Node 20 has no module compile cache (node:module's enableCompileCache came
// in Node 22), so this does what it does with vm.Script's `cachedData`: the build writes
// the cache (scripts/build.mjs runs a check once); a run that finds none, or one made for
// another bundle, Node or V8, runs without it and writes a new one when it exits, if it can.
// Only node's own modules here: this file is loaded before anything else.
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { Module } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

const BUNDLE = join(__dirname, 'cli.bundle.js');

/**
 * `dwnet lsp` serves an editor for hours; every other command is over in a second or two,
 * most of it in code not yet optimised, while V8's optimising compiler works on threads of
 * its own: in a fresh `check --format json` of the 10 000 file it compiles about 150
 * functions, more CPU than the main thread's whole check, on a machine whose other core is
 * all it has. Such a short run has no time to profit from the compiler's costliest passes,
 * and their optimised code arrives sooner without them. Without inlining, each function is
 * compiled alone: about a quarter less CPU and a fifth less wall time on that file (no
 * slower on 1 000 or 50 000 data sources). Without loop peeling, escape analysis, and load
 * and store elimination, each compile is cheaper still: about 5 % less CPU and wall time on
 * that file (bench/analysis.md, "an eighth round"). The young generation grows eightfold
 * instead of twofold when it fills: a check keeps nearly everything it makes (the model, the
 * pairs), which each scavenge of a still-small young generation copies, and that file's
 * check then collects 3 times instead of 8, without the mark-compact that followed
 * (bench/analysis.md, "a ninth round"). Set before the bundle is compiled: the code cache is
 * made and checked under the same flags. The language server keeps V8's defaults.
 */
const SHORT_RUN_V8_FLAGS =
  '--semi-space-growth-factor=8 --no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape --no-turbo-load-elimination --no-turbo-store-elimination';
const languageServer = process.argv[2] === 'lsp';
if (!languageServer) setV8Flags(SHORT_RUN_V8_FLAGS);

/**
 * A file's bytes as text. The build writes the bundle all ASCII (scripts/build.mjs), whose
 * bytes are the text's characters as they are: copied into a string (Latin-1) once they are
 * known to be ASCII, 1.1 MB are read in about 1.5 ms instead of about 2.2 for Node's UTF-8
 * read (fresh processes, taking turns). Any other text is decoded from UTF-8.
 */
function textOf(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** What `process.binding('v8')` gives: V8's own `setFlagsFromString`, as node:v8 calls it. */
interface V8Binding {
  setFlagsFromString(flags: string): void;
}

/**
 * Sets V8 flags without loading node:v8, whose module loads Node's streams (for its heap
 * snapshot stream: 24 of Node's modules, none in its start-up snapshot): about 3 ms of every
 * command (`node -e 0` against `node -e 'require("v8")'`, alternating). The binding it calls
 * is the one process.binding still gives, which warns that it is deprecated: deprecation
 * warnings are off for the call (and the user's own setting restored), so that nothing is
 * printed. Where the binding is gone or refused (a later Node, the permission model),
 * node:v8 sets the flags.
 */
function setV8Flags(flags: string): void {
  const hidesDeprecations = process.noDeprecation;
  let binding: Partial<V8Binding> | undefined;
  try {
    process.noDeprecation = true;
    binding = (process as unknown as { binding(name: string): Partial<V8Binding> }).binding('v8');
  } catch {
    binding = undefined;
  } finally {
    process.noDeprecation = hidesDeprecations;
  }
  if (typeof binding?.setFlagsFromString === 'function') {
    binding.setFlagsFromString(flags);
    return;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only without the binding
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
}

/**
 * What this run's V8 flags differ by from a plain command's: the options `node` was given
 * (on its command line or in NODE_OPTIONS), and the language server's defaults above. V8
 * rejects a cache made under other flags (`--max-old-space-size`, `--stack-trace-limit`, a
 * profiler's), and the run that rejects a cache writes its own: runs with and without such
 * options, as in a CI job that sets NODE_OPTIONS, or an editor starting `dwnet lsp`,
 * replaced each other's cache at every turn, and the build's cache (made after a whole
 * check) with one of whatever the last run compiled. Such runs keep a cache of their own,
 * beside the plain commands' one.
 */
const otherFlags = [
  ...process.execArgv,
  process.env['NODE_OPTIONS'] ?? '',
  languageServer ? 'lsp' : '',
]
  .join(' ')
  .trim();
const CACHE = otherFlags === '' ? `${BUNDLE}.v8-cache` : `${BUNDLE}.other-flags.v8-cache`;

/**
 * How the build writes the bundle (scripts/build.mjs): as the function Module.wrap would make
 * of it, compiled as it is read. Wrapped here, the 1 MB text was a concatenation that V8 copied
 * whole before compiling it.
 */
const MODULE_START = '(function (exports, require, module, __filename, __dirname) {';
const read = textOf(readFileSync(BUNDLE));
const prewrapped = read.startsWith(MODULE_START);
// Else esbuild's output as it is: its `#!` line (every entry point has one) made a comment,
// lines kept, and the text wrapped here.
const source = prewrapped ? read : read.replace(/^#!/, '//');
/**
 * The SHA-256 of the bundle's text (as run here), written in by scripts/build.mjs when it
 * built both files: loading node:crypto and hashing 0.7 MB took 10–40 ms of every command.
 */
const BUILT_BUNDLE_SHA256 = 'the SHA-256 of dist/cli.bundle.js, written in by the build .....';

/** The bundle's hash, worked out here when this file was not written by the build. */
function bundleHash(): string {
  if (/^[0-9a-f]{64}$/.test(BUILT_BUNDLE_SHA256)) return BUILT_BUNDLE_SHA256;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only when not built
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(source).digest('hex');
}

// V8 checks a cache's version and flags but knows the source only by its length: the key
// names the bundle's exact text, so a rebuilt bundle never runs with the old one's code.
// The other flags, when there are any, are part of the key of their cache (one file for
// all of them: a run under other flags than the last one's replaces it).
const key = Buffer.from(
  `${bundleHash()} ${process.version} ${process.arch}${otherFlags === '' ? '' : ` ${otherFlags}`}\n`,
);

function storedCache(): Buffer | undefined {
  try {
    const stored = readFileSync(CACHE);
    return stored.subarray(0, key.length).equals(key) ? stored.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}

const cachedData = storedCache();
const script = new Script(prewrapped ? source : Module.wrap(source), {
  filename: BUNDLE,
  cachedData,
});

if (cachedData === undefined || script.cachedDataRejected === true) {
  // At exit, the cache holds the functions this run compiled, not only the top level.
  process.once('exit', () => {
    // Written aside, then renamed: processes running at once never read half a cache.
    const written = `${CACHE}.${process.pid}`;
    try {
      writeFileSync(written, Buffer.concat([key, script.createCachedData()]));
      renameSync(written, CACHE);
    } catch {
      // A read-only installation runs without a cache; nothing to report.
      rmSync(written, { force: true });
    }
  });
}

const run = script.runInThisContext() as (
  exports: unknown,
  require: NodeJS.Require,
  module: NodeJS.Module,
  filename: string,
  dirname: string,
) => void;
run.call(module.exports, module.exports, require, module, BUNDLE, __dirname);
