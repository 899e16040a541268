// The importers' comments and notes in Chinese: the mappers give each text as a catalogue key
// with its parameters, which the locale's template writes; addresses, origins and the machine
// parts of the file (`// from` lines, JSON) never change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importAliyun,
  importTerraform,
  loadHclParser,
  CATALOGUES,
  formatImportWords,
  importText,
  localizeTopology,
  REASON,
  terraformFilesWanted,
  writeTopology,
  type ImportedTopology,
  type ImportWords,
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

/** Every text a topology holds for a person to read: comments' prose, notes, skipped records. */
function wordsOf(topology: ImportedTopology): ImportWords[] {
  return [
    ...topology.notes.map((note) => formatImportWords(note.message, 'zh-CN')),
    ...Object.values(topology.summary.skippedWords ?? {}),
    ...Object.values(topology.collections).flatMap((entities) =>
      [...(entities?.values() ?? [])].flatMap((entity) =>
        entity.comments.flatMap((comment) =>
          comment.kind === 'unresolved' || comment.kind === 'note' ? [comment.text] : [],
        ),
      ),
    ),
  ];
}

/** Plain words at any depth of `words`, the words themselves included. */
function plainWords(words: ImportWords): string[] {
  if (typeof words === 'string') return [words];
  return Object.values(words.params ?? {}).flatMap((param) =>
    typeof param === 'number' ? [] : plainWords(param),
  );
}

/**
 * The English `importText.*` templates that plain words must not match: one with no
 * parameter, or with enough letters of its own to be a sentence of the catalogue (not
 * `{address}: {message}`, which any `x: y` matches).
 */
function recognisers(): { key: string; regex: RegExp }[] {
  return Object.entries(CATALOGUES.en)
    .filter(([key]) => key.startsWith('importText.'))
    .flatMap(([key, template]) => {
      const parts = template.split(/(\{\w+\})/);
      const own = parts.filter((part) => !/^\{\w+\}$/.test(part)).join('');
      if (own.length < 8 && parts.length > 1) return [];
      const source = parts
        .map((part) =>
          /^\{\w+\}$/.test(part) ? '(.+?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('');
      return [{ key, regex: new RegExp(`^${source}$`, 's') }];
    });
}

describe('import texts in Chinese', () => {
  it('writes a text of the catalogue with its parameters in the locale, and its parts in turn', () => {
    const zone = importText('importText.afterApply', {
      what: importText('importText.what.zone'),
      reason: REASON.cloud,
      origin: 'data.alicloud_zones.default.zones[0].id',
    });
    expect(formatImportWords(zone, 'zh-CN')).toBe(
      '可用区，在Terraform运行时从云端读取（data.alicloud_zones.default.zones[0].id）',
    );
    expect(formatImportWords(zone, 'en')).toBe(
      'zone, read from the cloud when Terraform runs (data.alicloud_zones.default.zones[0].id)',
    );
    expect(
      formatImportWords(
        importText('importText.afterApply', {
          what: importText('importText.what.eipOf', { address: 'alicloud_eip_address.nat' }),
          reason: REASON.afterApply,
          origin: 'alicloud_eip_address.nat.ip_address',
        }),
        'zh-CN',
      ),
    ).toBe('alicloud_eip_address.nat的EIP，应用后可知（alicloud_eip_address.nat.ip_address）');
    expect(
      formatImportWords(
        importText('importText.prefixed', {
          address: 'alicloud_vswitch.b',
          message: importText('importText.notImported', {
            why: importText('importText.vpcMissing'),
          }),
        }),
        'zh-CN',
      ),
    ).toBe('alicloud_vswitch.b：未导入：其专有网络VPC（vpc_id）未导入');
    // What the aliyun summary says it skipped.
    expect(
      formatImportWords(
        importText('importText.prefixed', {
          address: 'ListTasks',
          message: importText('importText.skip.noDataSource'),
        }),
        'zh-CN',
      ),
    ).toBe('ListTasks：没有要访问的数据源');
  });

  it('keeps words no catalogue has as they are, in every language', () => {
    for (const text of ['something new: not catalogued yet', 'zone', 'a, b (c)']) {
      expect(formatImportWords(text, 'zh-CN')).toBe(text);
      expect(formatImportWords(text, 'en')).toBe(text);
    }
  });

  it('gets from every mapper a key, never English words a template of the catalogue has', () => {
    const templates = recognisers();
    const plain: string[] = [];
    let keyed = 0;
    for (const [name, topology] of everyImport()) {
      for (const words of wordsOf(topology)) {
        if (typeof words !== 'string') keyed++;
        for (const text of plainWords(words)) {
          const match = templates.find(({ regex }) => regex.test(text));
          if (match) plain.push(`${name}: ${match.key}: ${text}`);
        }
      }
    }
    expect(keyed).toBeGreaterThan(30);
    expect(plain).toEqual([]);
  });

  it('gives every fixture its comments and notes in Chinese; the machine parts never change', () => {
    let total = 0;
    const english: string[] = [];
    for (const [name, topology] of everyImport()) {
      const chinese = localizeTopology(topology, 'zh-CN');
      const texts = [
        ...chinese.notes
          .filter((note) => note.level !== 'error')
          .map((note) => formatImportWords(note.message, 'zh-CN')),
        ...Object.values(chinese.collections).flatMap((entities) =>
          [...(entities?.values() ?? [])].flatMap((entity) =>
            entity.comments
              .filter((comment) => comment.kind === 'unresolved' || comment.kind === 'note')
              .map((comment) => formatImportWords(comment.text, 'zh-CN')),
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
