// The importers' comments and notes in Chinese: each text is recognised by its English
// template in the catalogue and written with the same parameters in Chinese; addresses,
// origins and the machine parts of the file (`// from` lines, JSON) never change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importAliyun,
  importTerraform,
  loadHclParser,
  localizeImportText,
  localizeTopology,
  terraformFilesWanted,
  writeTopology,
  type ImportedTopology,
} from '../../src/index';

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'import');
const CJK = /[\u4e00-\u9fff]/;

beforeAll(async () => {
  await loadHclParser((name) =>
    fs.readFileSync(
      name === 'web-tree-sitter.wasm'
        ? path.join(ROOT, 'node_modules', 'web-tree-sitter', name)
        : path.join(ROOT, 'node_modules', '@tree-sitter-grammars', 'tree-sitter-hcl', name),
    ),
  );
});

function filesOf(dir: string, wanted: (relative: string) => boolean): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (wanted(child)) files.set(child, fs.readFileSync(path.join(dir, child), 'utf8'));
    }
  };
  visit('');
  return files;
}

/** Every fixture of both importers, imported. */
function everyImport(): [string, ImportedTopology][] {
  const all: [string, ImportedTopology][] = [];
  const terraform = path.join(FIXTURES, 'terraform');
  for (const name of fs.readdirSync(terraform)) {
    const root = [
      'high-availability-architecture',
      'network-with-nat',
      'network-with-nat-initialized',
    ].includes(name)
      ? { root: 'examples/complete' }
      : {};
    all.push([
      name,
      importTerraform(filesOf(path.join(terraform, name), terraformFilesWanted), root),
    ]);
  }
  for (const name of ['state.json', 'plan.json', 'terraform.tfstate']) {
    const text = fs.readFileSync(path.join(FIXTURES, 'terraform-json', name), 'utf8');
    all.push([name, importTerraform(new Map([[name, text]]))]);
  }
  const aliyun = path.join(FIXTURES, 'aliyun');
  for (const name of fs.readdirSync(aliyun)) {
    if (!fs.statSync(path.join(aliyun, name)).isDirectory()) continue;
    all.push([name, importAliyun(filesOf(path.join(aliyun, name), (f) => f.endsWith('.json')))]);
  }
  return all;
}

describe('import texts in Chinese', () => {
  it('writes a recognised text with the same parameters, and its parts in turn', () => {
    expect(
      localizeImportText(
        'zone, read from the cloud when Terraform runs (data.alicloud_zones.default.zones[0].id)',
        'zh-CN',
      ),
    ).toBe('可用区，在Terraform运行时从云端读取（data.alicloud_zones.default.zones[0].id）');
    expect(
      localizeImportText(
        'EIP of alicloud_eip_address.nat, known after apply (alicloud_eip_address.nat.ip_address)',
        'zh-CN',
      ),
    ).toBe('alicloud_eip_address.nat的EIP，应用后可知（alicloud_eip_address.nat.ip_address）');
    expect(
      localizeImportText(
        'alicloud_vswitch.b: not imported: its VPC (vpc_id) is not imported',
        'zh-CN',
      ),
    ).toBe('alicloud_vswitch.b：未导入：其专有网络VPC（vpc_id）未导入');
    // What the aliyun summary says it skipped.
    expect(localizeImportText('ListTasks: no data source to reach', 'zh-CN')).toBe(
      'ListTasks：没有要访问的数据源',
    );
  });

  it('keeps a text no template knows, and every text in English', () => {
    for (const text of ['something new: not catalogued yet', 'zone', 'a, b (c)']) {
      expect(localizeImportText(text, 'zh-CN')).toBe(text);
    }
    const sentence = 'zone, read from the cloud when Terraform runs (x)';
    expect(localizeImportText(sentence, 'en')).toBe(sentence);
  });

  it('gives every fixture its comments and notes in Chinese; the machine parts never change', () => {
    let total = 0;
    const english: string[] = [];
    for (const [name, topology] of everyImport()) {
      const chinese = localizeTopology(topology, 'zh-CN');
      const texts = [
        ...chinese.notes.filter((note) => note.level !== 'error').map((note) => note.message),
        ...Object.values(chinese.collections).flatMap((entities) =>
          [...(entities?.values() ?? [])].flatMap((entity) =>
            entity.comments
              .filter((comment) => comment.kind === 'unresolved' || comment.kind === 'note')
              .map((comment) => comment.text),
          ),
        ),
      ];
      total += texts.length;
      english.push(...texts.filter((text) => !CJK.test(text)).map((text) => `${name}: ${text}`));
      // The JSON and the `// from` lines are the English file's, to the byte.
      const machine = (text: string) =>
        text
          .split('\n')
          .filter((line) => !/^\s*\/\/ (unresolved|note):/.test(line))
          .join('\n');
      expect(machine(writeTopology(chinese)), name).toBe(machine(writeTopology(topology)));
    }
    expect(total).toBeGreaterThan(30);
    // Today every one is Chinese; a text a new mapping adds may wait for its template a while.
    expect(english.length / total, english.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
