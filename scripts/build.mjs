// Bundles the runtime entry points with esbuild; type checking is `tsc -b`'s job.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

// Commands whose code is a bundle of its own (dist/<name>.js), read when the command runs:
// `dwnet check` neither reads, compiles nor initialises the language server, the
// importers or the graph's layout. In dist/cli.js the command's module is a stand-in whose functions require the
// bundle on their first call; the names are those cli/src imports from the command.
const LAZY_COMMANDS = {
  lsp: { source: 'cli/src/commands/lsp.ts', exports: ['runLsp'] },
  import: { source: 'cli/src/commands/import.ts', exports: ['prepareImport', 'runImport'] },
  graph: { source: 'cli/src/commands/graph.ts', exports: ['runGraph'] },
};

const LAZY_COMMAND_CHUNKS = {
  name: 'dwnet-lazy-commands',
  setup(build) {
    const names = Object.keys(LAZY_COMMANDS).join('|');
    const command = new RegExp(`^\\./commands/(${names})(\\.js)?$`);
    build.onResolve({ filter: command }, (args) => {
      const importer = relative(process.cwd(), args.importer).split(sep).join('/');
      if (!/^cli\/src\/[^/]+\.ts$/.test(importer)) return undefined;
      return { path: command.exec(args.path)[1], namespace: 'lazy-command' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy-command' }, (args) => ({
      loader: 'js',
      contents: [
        'let chunk;',
        `const load = () => (chunk ??= require('./${args.path}.js'));`,
        ...LAZY_COMMANDS[args.path].exports.map(
          (name) => `export function ${name}(...args) { return load().${name}(...args); }`,
        ),
      ].join('\n'),
    }));
    build.onResolve({ filter: /.*/, namespace: 'lazy-command' }, (args) => ({
      path: args.path,
      external: true,
    }));
  },
};

/**
 * ip-address, loaded when first used: as it loads, the library parses about sixty addresses
 * (its special-purpose ranges), 1.5–2 ms of every command's start-up; yet a check reads
 * canonical dotted quads and CIDR blocks without it (core/src/cidr.ts), so most never use it.
 * The stand-in's exports are getters, which esbuild's import of a CommonJS module keeps: the
 * library is required when a class is first read, and every reader gets the library's own.
 */
const IP_ADDRESS_ON_FIRST_USE = {
  name: 'dwnet-ip-address-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^ip-address$/ }, (args) =>
      args.namespace === 'ip-address-on-first-use'
        ? undefined
        : { path: 'ip-address', namespace: 'ip-address-on-first-use' },
    );
    build.onLoad({ filter: /.*/, namespace: 'ip-address-on-first-use' }, () => ({
      loader: 'js',
      resolveDir: process.cwd(),
      contents: [
        'let library;',
        "const load = () => (library ??= require('ip-address'));",
        'module.exports = {',
        ...Object.keys(createRequire(import.meta.url)('ip-address')).map(
          (name) => `  get ${name}() { return load().${name}; },`,
        ),
        '};',
      ].join('\n'),
    }));
  },
};

await build({
  ...NODE_BUNDLE,
  entryPoints: {
    // dist/cli.js runs dist/cli.bundle.js with V8's code cache (cli/src/start.ts).
    cli: 'cli/src/start.ts',
    'cli.bundle': 'cli/src/main.ts',
    ...Object.fromEntries(
      Object.entries(LAZY_COMMANDS).map(([name, { source }]) => [name, source]),
    ),
    server: 'server/src/main.ts',
    extension: 'client/src/extension.ts',
  },
  plugins: [...NODE_BUNDLE.plugins, LAZY_COMMAND_CHUNKS, IP_ADDRESS_ON_FIRST_USE],
  // The extension host provides `vscode`; nothing else imports it.
  external: ['vscode'],
  outdir: 'dist',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
});

// dist/cli.bundle.js written as the function CommonJS wraps a module in (Module.wrap), which
// dist/cli.js compiles as it reads it (cli/src/start.ts, MODULE_START): wrapped there, the
// 1 MB text was a concatenation that V8 copied whole before compiling, about 1.3 ms of every
// command. The wrapper takes the place of esbuild's `#!` line and a line of its own before the
// source map's comment, so that every other line keeps its number and dist/cli.bundle.js.map
// stays true.
const MODULE_START = '(function (exports, require, module, __filename, __dirname) {';
const esbuilt = readFileSync('dist/cli.bundle.js', 'utf8');
const sourceMapComment = esbuilt.lastIndexOf('\n//# sourceMappingURL=');
if (!esbuilt.startsWith('#!') || sourceMapComment < 0)
  throw new Error('dist/cli.bundle.js no longer starts or ends as expected');
const bundleText = asciiComments(
  MODULE_START +
    esbuilt.slice(esbuilt.indexOf('\n'), sourceMapComment) +
    '\n});' +
    esbuilt.slice(sourceMapComment),
);
writeFileSync('dist/cli.bundle.js', bundleText);

/**
 * The bundle's text with every character ASCII. esbuild escapes those of strings, regular
 * expressions and names (its default `charset`), but writes comments as they are: a few
 * dashes, `§` and `≤` in them made the 1 MB text a string of two bytes a character, which
 * dist/cli.js decoded from UTF-8 in about 4 ms instead of 2.5 for ASCII, and which V8 keeps
 * for the functions it compiles later (2.2 MB of the heap instead of 1.1). Each becomes `?`:
 * one UTF-16 unit for one, so that every column stays where the source map says. Anything
 * but a comment line would change what the code means: the build stops.
 */
function asciiComments(text) {
  if (NODE_BUNDLE.charset !== undefined && NODE_BUNDLE.charset !== 'ascii')
    throw new Error('the bundle is made ASCII on the assumption that esbuild escapes the code');
  return text
    .split('\n')
    .map((line, index) => {
      if (!/[\u0080-\uffff]/.test(line)) return line;
      if (!/^\s*(\/\/|\/\*|\*)/.test(line))
        throw new Error(`dist/cli.bundle.js:${index + 1}: not ASCII outside a comment line`);
      return line.replace(/[\u0080-\uffff]/g, '?');
    })
    .join('\n');
}

// dist/cli.js names the bundle's exact text in its code cache's key: its hash is written in
// here, so that a command does not load node:crypto to work it out (cli/src/start.ts).
const BUNDLE_HASH_PLACEHOLDER = 'the SHA-256 of dist/cli.bundle.js, written in by the build .....';
const starter = readFileSync('dist/cli.js', 'utf8');
if (!starter.includes(BUNDLE_HASH_PLACEHOLDER))
  throw new Error('dist/cli.js has no place for the hash');
// The wrapper is written in two places, which must agree: a bundle dist/cli.js did not see as
// wrapped would be wrapped again, its module a function expression never called.
if (!starter.includes(MODULE_START))
  throw new Error('dist/cli.js does not recognise the wrapper the bundle is written in');
// The same length: dist/cli.js.map stays true.
writeFileSync(
  'dist/cli.js',
  starter.replace(BUNDLE_HASH_PLACEHOLDER, createHash('sha256').update(bundleText).digest('hex')),
);

// `bin.dwnet` must run when linked onto PATH by hand (`ln -s …/dist/cli.js ~/bin/dwnet`),
// not only through npm's own bin links, which set the mode themselves: esbuild writes
// files 644, and `npm ci` runs this script through `prepare`.
chmodSync('dist/cli.js', 0o755);

// The code cache of dist/cli.bundle.js: one check of the examples compiles what a check
// runs, and dist/cli.js writes the cache as it exits (`npm ci` builds, so a fresh clone
// has it; an installation built by another Node writes its own on first run).
// (The cache of runs under other V8 flags, cli/src/start.ts, is another file: also stale now.)
for (const cache of ['dist/cli.bundle.js.v8-cache', 'dist/cli.bundle.js.other-flags.v8-cache'])
  rmSync(cache, { force: true });
const warmUp = spawnSync(process.execPath, ['dist/cli.js', 'check', 'examples'], {
  stdio: 'ignore',
});
if (warmUp.status !== 0 && warmUp.status !== 1)
  throw new Error(`dist/cli.js check examples exited with ${String(warmUp.status)}`);

// The HCL parser of `dwnet import terraform` is WebAssembly, read next to the bundle
// (core/src/import/terraform/hcl.ts, HCL_WASM_FILES).
const require = createRequire(import.meta.url);
for (const module of [
  'web-tree-sitter/web-tree-sitter.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
]) {
  copyFileSync(require.resolve(module), `dist/${module.split('/').pop()}`);
}

// The topology diagram's page runs in a webview (a browser), not in Node: one script, and
// elkjs's worker copied beside it (the page starts it as a Web Worker to lay out off its
// own thread). Both are the only files the webview may load (localResourceRoots: dist/).
await build({
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  logLevel: 'warning',
  entryPoints: { diagram: 'client/webview/diagram.ts' },
  outdir: 'dist',
  sourcemap: true,
});
copyFileSync('node_modules/elkjs/lib/elk-worker.min.js', 'dist/elk-worker.min.js');
