// One dwnet.config.json, two surfaces, one parser (core/src/config.ts): the CLI refuses a
// config at its first problem; the language server applies what is valid and logs every
// problem as a warning, in the same words.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, ROOT } from './lspClient';

const CONFIG = JSON.stringify({
  maxFileSize: -1,
  rules: { 'whitelist-missing': 'warning', 'whitelist-mising': 'off' },
});
const PROBLEMS = [
  '"maxFileSize": expected a number ≥ 0 (0: no limit)',
  'unknown rule "whitelist-mising" (did you mean "whitelist-missing"?)',
];
const WARNING = 2;

describe('a dwnet.config.json with problems', () => {
  const folder = mkdtempSync(join(tmpdir(), 'dwnet-config-'));
  const configFile = join(folder, 'dwnet.config.json');
  const file = join(folder, 'topology.dwnet.json');
  const text = readFileSync(
    join(ROOT, 'test/fixtures/rules/whitelist-missing/invalid.dwnet.json'),
    'utf8',
  );
  const client = new LspClient({ pull: true, workspaceFolder: folder });
  beforeAll(async () => {
    writeFileSync(file, text);
    writeFileSync(configFile, CONFIG);
    await client.initialize();
    await client.open(pathToFileURL(file).toString(), text);
  });
  afterAll(async () => {
    await client.shutdown();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is refused by the CLI with its first problem', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '.'], {
      cwd: folder,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`dwnet: invalid config dwnet.config.json: ${PROBLEMS[0]}\n`);
  });

  it('is applied by the server as far as it is valid, and every problem is logged', async () => {
    const diagnostics = await client.pulled(pathToFileURL(file).toString());
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['whitelist-missing', WARNING]]);
    expect(client.logs).toContainEqual({
      type: WARNING,
      message: `${configFile}: ${PROBLEMS.join('; ')}`,
    });
  });
});
