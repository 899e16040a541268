// code-server as a disposable VS Code: every directory it writes to (user data, extensions,
// XDG config/cache/data, TMPDIR) lives under the run's scratch folder, so a run never reads
// the machine's settings or leaves state behind, and two runs never share anything.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** The environment and directories of one code-server under `scratch`. */
export function codeServerLayout(scratch) {
  const dirs = {
    userData: join(scratch, 'user-data'),
    extensions: join(scratch, 'extensions'),
    home: join(scratch, 'home'),
    tmp: join(scratch, 'tmp'),
    logs: join(scratch, 'logs'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  const env = {
    ...process.env,
    // code-server writes ~/.config/code-server/config.yaml on its first start, and VS Code
    // keeps caches under XDG_CACHE_HOME: both go to the scratch folder.
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    XDG_DATA_HOME: join(dirs.home, '.local/share'),
    XDG_RUNTIME_DIR: join(dirs.tmp, 'run'),
    TMPDIR: dirs.tmp,
  };
  mkdirSync(env.XDG_RUNTIME_DIR, { recursive: true, mode: 0o700 });
  // Variables of an outer `npm run` or VS Code terminal would leak into the extension host.
  for (const key of Object.keys(env)) {
    if (/^(npm_|VSCODE_|ELECTRON_)/i.test(key)) delete env[key];
  }
  return { dirs, env };
}

/** Installs a .vsix like a user would; returns the installed extension's folder. */
export function installExtension(tools, layout, vsix) {
  const result = spawnSync(
    tools.node,
    [
      tools.codeServer,
      '--user-data-dir',
      layout.dirs.userData,
      '--extensions-dir',
      layout.dirs.extensions,
      '--install-extension',
      vsix,
      '--force',
    ],
    { env: layout.env, encoding: 'utf8' },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${output}`);
  }
  const folders = readdirSync(layout.dirs.extensions).filter((name) => name.startsWith('dwnet.'));
  if (folders.length !== 1) {
    throw new Error(`expected one dwnet.* folder in ${layout.dirs.extensions}, found: ${folders}`);
  }
  return join(layout.dirs.extensions, folders[0]);
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server on 127.0.0.1:<free port>. Resolves once /healthz answers, with
 * `{ url, authority, stop() }`. Its output goes to logs/code-server.log.
 */
export async function startCodeServer(tools, layout, { timeoutMs = 60_000 } = {}) {
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const log = createWriteStream(join(layout.dirs.logs, 'code-server.log'));
  const args = [
    tools.codeServer,
    '--bind-addr',
    authority,
    '--auth',
    'none',
    '--user-data-dir',
    layout.dirs.userData,
    '--extensions-dir',
    layout.dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    // Without the smoke-test driver the workbench silently ignores the `payload` that asks
    // it to run extension tests, and the run would only time out.
    '--vscode-option',
    'enable-smoke-test-driver',
    // Built-in extensions that wait for GitHub sign-in (5 s timeouts before the tests may
    // start) and can reach nothing from here.
    ...['vscode.github-authentication', 'vscode.github', 'vscode.git'].flatMap((id) => [
      '--vscode-option',
      `disable-extension=${id}`,
    ]),
  ];
  // detached: the child calls setsid(), so it leads a process group of its own and stop()
  // can kill the whole group: code-server leaves helper processes (extension host, file
  // watcher, pty host, our language server) behind when only its main process is killed.
  const child = spawn(tools.node, args, {
    env: layout.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.once('exit', (code, signal) => (exited = { code, signal }));

  const stop = () => killGroup(child.pid);
  // Whatever ends this process (an exception, Ctrl+C, a timeout), the group goes with it.
  process.once('exit', stop);

  const url = `http://${authority}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(
        `code-server exited (${JSON.stringify(exited)}) before answering; see ${join(layout.dirs.logs, 'code-server.log')}`,
      );
    }
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
    }
    // Polling a port that is not open yet: there is no event to wait on.
    await delay(200);
  }
  return {
    url,
    authority,
    pid: child.pid,
    async stop() {
      process.removeListener('exit', stop);
      stop();
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), delay(5_000)]);
      killGroup(child.pid, 'SIGKILL');
      log.end();
    },
  };
}

async function healthy(url) {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Signals every process of the group led by `pid` (a negative pid names the group). */
function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
