// `dwnet/import` (the editor's import commands) against the bundled server over stdio: the
// contents of a real Terraform project go in, the topology the CLI would write comes out.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, ROOT } from './lspClient';

interface ImportResult {
  text: string;
  summary: string[];
  errors: string[];
}

function folder(relative: string): Record<string, string> {
  const dir = join(ROOT, relative);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    if (/\.(tf|json)$/.test(name)) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

let client: LspClient;

beforeAll(async () => {
  client = new LspClient();
  await client.initialize();
});

afterAll(async () => {
  await client.shutdown();
});

describe('dwnet/import', () => {
  it('imports a Terraform folder with the HCL parser next to the server', async () => {
    const result = await client.connection.sendRequest<ImportResult>('dwnet/import', {
      source: 'terraform',
      files: folder('test/fixtures/import/terraform/data-works-network'),
      label: 'data-works-network',
    });
    expect(result.errors).toEqual([]);
    expect(result.summary[0]).toBe(
      'imported 2 VPCs, 2 vSwitches, 1 resource group from data-works-network',
    );
    const expected = readFileSync(
      join(ROOT, 'test/fixtures/import/terraform/data-works-network/expected.dwnet.json'),
      'utf8',
    );
    const body = (text: string) =>
      text.replace(/^\/\/ .*\n/gm, '').replace(/^\s*"\$schema".*\n/m, '');
    expect(body(result.text)).toBe(body(expected));
    expect(result.text).toContain('"$schema": "dwnet.schema.json"');
  });

  it('imports saved API responses', async () => {
    const result = await client.connection.sendRequest<ImportResult>('dwnet/import', {
      source: 'aliyun',
      files: folder('test/fixtures/import/aliyun/same-vpc-rds'),
      label: 'same-vpc-rds',
    });
    expect(result.errors).toEqual([]);
    expect(result.text).toContain('"tasks": {');
  });

  it('answers a half-written plan with its file and line, and no text', async () => {
    const result = await client.connection.sendRequest<ImportResult>('dwnet/import', {
      source: 'terraform',
      files: { 'plan.json': '{"format_version": "1.2", "planned_values": {' },
      label: 'plan.json',
    });
    expect(result.text).toBe('');
    expect(result.errors).toEqual([
      'plan.json:1: not valid JSON (} expected); is the file complete?',
    ]);
  });
});

describe('dwnet/import in Chinese', () => {
  const chinese = new LspClient({ locale: 'zh-cn' });
  beforeAll(() => chinese.initialize());
  afterAll(() => chinese.shutdown());

  it('heads the file, says what is unknown and sums up in Chinese; the topology is the same', async () => {
    const params = {
      source: 'terraform',
      files: folder('test/fixtures/import/terraform/adb-resource-group'),
      label: 'adb-resource-group',
    };
    const [zh, en] = await Promise.all([
      chinese.connection.sendRequest<ImportResult>('dwnet/import', params),
      client.connection.sendRequest<ImportResult>('dwnet/import', params),
    ]);
    expect(zh.errors).toEqual([]);
    expect(zh.summary[0]).toBe('已从adb-resource-group导入1个专有网络VPC、1个交换机、1个数据源');
    expect(zh.text.split('\n')[0]).toBe('// 由dwnet从adb-resource-group导入（Terraform）。');
    expect(zh.text).toContain(
      '// unresolved: 可用区，在Terraform运行时从云端读取（data.alicloud_adb_zones.default.zones[0].id）',
    );
    const json = (text: string) => text.replace(/^\s*\/\/ .*\n/gm, '');
    expect(json(zh.text)).toBe(json(en.text));
  });
});
