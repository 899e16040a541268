// `npm run soak -- [--edits N] [--seed S] [--heap-mb MB]`: a long editing session against the bundled
// language server (`node dist/server.js --stdio`, built by `npm run build`).
//
// One document gets N edits (10 000 by default), sent as incremental changes the way an
// editor sends them: characters typed and deleted, blocks pasted and cut, with
// diagnostics, hover, completion, code actions, symbols and code lenses requested in
// between. The server must answer every request, log no handler failure, and keep its
// memory bounded: its resident set size (VmRSS in /proc/<pid>/status) is sampled after
// warm-up, during the run and after a quiet period, and the final figure must stay under
// twice the warm-up figure plus a margin.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const URI = 'file:///soak/topology.dwnet.json';
const WARM_UP_EDITS = 1_000;
const QUIET_MS = 5_000;
const MARGIN_MB = 64;

function parseArguments(argv) {
  const options = { edits: 10_000, seed: 1, heapMb: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const key = { '--edits': 'edits', '--seed': 'seed', '--heap-mb': 'heapMb' }[argv[i]];
    const value = Number(argv[i + 1]);
    if (!key || !Number.isInteger(value) || value <= 0) {
      console.error('usage: npm run soak -- [--edits N] [--seed S] [--heap-mb MB]');
      process.exit(2);
    }
    options[key] = value;
  }
  return options;
}

/** A small deterministic generator (mulberry32): the same seed, the same session. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resident set size of a process in MB, from /proc (Linux). */
function rssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

const SNIPPETS = [
  '"whitelist": ["10.0.1.0/24"],',
  '"routes": ["172.16.0.0/16"]',
  '"rds-new": { "engine": "mysql", "hosting": "managed", "network": { "type": "vpc", "vpc": "vpc-sh", "address": "172.16.5.21" } },',
  '{ "direction": "ingress", "cidr": "10.0.1.0/24", "ports": "3306" },',
  '"sync-new": { "kind": "sync", "resourceGroup": "rg-serverless", "source": "rds-orders-sh", "destination": "holo-dw" },',
  '// a comment typed in the middle of things\n',
  '"vsw-new": { "zone": "cn-shanghai-b", "cidr": "172.16.9.0/24" },',
];

async function main(options) {
  const next = random(options.seed);
  const original = readFileSync(
    join(ROOT, 'examples/scenario2-cross-region-broken.dwnet.json'),
    'utf8',
  );
  // --heap-mb caps the server's V8 heap: a leak then ends in an out-of-memory exit
  // instead of a slowly growing RSS that garbage collection might still reclaim.
  const flags = options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : [];
  const server = spawn(process.execPath, [...flags, join(ROOT, 'dist/server.js'), '--stdio'], {
    stdio: 'pipe',
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk.toString()));
  const connection = rpc.createMessageConnection(
    new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin),
  );
  const failures = [];
  connection.onNotification('window/logMessage', (params) => {
    // The server logs each failing handler once (server.ts `guarded`).
    if (params.type === 1) failures.push(params.message);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        diagnostic: { dynamicRegistration: false },
        completion: { completionItem: { snippetSupport: true } },
        hover: { contentFormat: ['markdown'] },
        codeAction: {
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } },
        },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  const startMb = rssMb(server.pid);

  let document = TextDocument.create(URI, 'dwnet', 1, original);
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri: URI, languageId: 'dwnet', version: 1, text: original },
  });

  let cursor = Math.floor(original.length / 2);
  let typing = '';
  let diagnostics = [];
  let requests = 0;
  const samples = [];
  const started = Date.now();

  /** Sends one incremental change, as an editor does, and mirrors it locally. */
  async function edit(offset, length, text) {
    const range = {
      start: document.positionAt(offset),
      end: document.positionAt(offset + length),
    };
    const version = document.version + 1;
    document = TextDocument.update(document, [{ range, text }], version);
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version },
      contentChanges: [{ range, text }],
    });
  }

  async function request(method, params) {
    requests++;
    return connection.sendRequest(method, { textDocument: { uri: URI }, ...params });
  }

  let warmUpMb;
  for (let n = 1; n <= options.edits; n++) {
    const text = document.getText();
    cursor = Math.min(Math.max(cursor, 0), text.length);
    const roll = next();
    if (typing.length > 0) {
      // Typing a snippet, one character per edit.
      await edit(cursor, 0, typing[0]);
      cursor += 1;
      typing = typing.slice(1);
    } else if (roll < 0.45) {
      cursor = Math.floor(next() * text.length);
      typing = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
    } else if (roll < 0.75 && cursor > 0) {
      await edit(cursor - 1, 1, ''); // backspace
      cursor -= 1;
    } else if (roll < 0.85) {
      // Paste a copy of a block of the document somewhere else.
      const from = Math.floor(next() * text.length);
      const block = text.slice(from, from + 40 + Math.floor(next() * 400));
      cursor = Math.floor(next() * text.length);
      await edit(cursor, 0, block);
      cursor += block.length;
    } else if (text.length > original.length) {
      // Cut a block, or go back to the original file (undo all) when it has grown.
      if (text.length > 3 * original.length) {
        await edit(0, text.length, original);
        cursor = Math.floor(original.length / 2);
      } else {
        const from = Math.floor(next() * text.length);
        await edit(from, Math.min(200, text.length - from), '');
        cursor = from;
      }
    } else {
      cursor = Math.floor(next() * text.length);
    }

    const position = document.positionAt(cursor);
    if (n % 10 === 0) {
      const report = await request('textDocument/diagnostic', {});
      diagnostics = report.items ?? [];
    }
    if (n % 7 === 0) await request('textDocument/hover', { position });
    if (n % 11 === 0) await request('textDocument/completion', { position });
    if (n % 13 === 0) {
      const near = diagnostics.slice(0, 3);
      await request('textDocument/codeAction', {
        range: near[0]?.range ?? { start: position, end: position },
        context: { diagnostics: near },
      });
    }
    if (n % 97 === 0) {
      await request('textDocument/codeAction', {
        range: { start: position, end: position },
        context: { diagnostics, only: ['source.fixAll.dwnet'] },
      });
      await request('textDocument/documentSymbol', {});
      await request('textDocument/codeLens', {});
      await request('textDocument/foldingRange', {});
    }
    if (n === WARM_UP_EDITS) warmUpMb = rssMb(server.pid);
    if (n % 500 === 0) samples.push(rssMb(server.pid));
    if (server.exitCode !== null) throw new Error(`the server exited during edit ${n}\n${stderr}`);
  }
  const editsSeconds = (Date.now() - started) / 1000;
  const endMb = rssMb(server.pid);

  // A quiet period: no edits, then one more request, as when a user stops typing.
  await setTimeout(QUIET_MS);
  await request('textDocument/diagnostic', {});
  const quietMb = rssMb(server.pid);

  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  server.kill();

  warmUpMb ??= samples[0] ?? endMb;
  const limitMb = 2 * warmUpMb + MARGIN_MB;
  console.log(
    `soak: ${options.edits} edits and ${requests} requests in ${editsSeconds.toFixed(1)} s ` +
      `(seed ${options.seed}; final document ${document.getText().length} characters)`,
  );
  console.log(
    `soak: server RSS ${startMb} MB at start, ${warmUpMb} MB after ${WARM_UP_EDITS} edits, ` +
      `${endMb} MB after ${options.edits}, ${quietMb} MB after ${QUIET_MS / 1000} s quiet ` +
      `(limit ${limitMb} MB = 2 × warm-up + ${MARGIN_MB})`,
  );
  console.log(`soak: RSS every 500 edits (MB): ${samples.join(' ')}`);
  const problems = [];
  if (quietMb > limitMb) problems.push(`RSS ${quietMb} MB exceeds ${limitMb} MB`);
  if (failures.length > 0) problems.push(`handlers failed:\n${failures.join('\n')}`);
  for (const problem of problems) console.error(`soak: ${problem}`);
  console.log(`soak: ${problems.length === 0 ? 1 : 0} passed, ${problems.length} failed`);
  process.exit(problems.length === 0 ? 0 : 1);
}

await main(parseArguments(process.argv.slice(2)));
