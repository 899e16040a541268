// The message catalogue (SPEC §10): every key in every language with the same parameters,
// every Chinese message really Chinese on every fixture, and the language changing the
// words only — never a code, pointer, range or scenario.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CATALOGUES,
  LIMIT_NOTICES,
  INPUT_NOTICES,
  RULES,
  analyse,
  hoverAt,
  explain,
  localeFromEnvironment,
  resolveLocale,
  ruleDescription,
  ruleDocsUrl,
  t,
  validate,
  type Finding,
  type MessageKey,
} from '../src/index';
import { en } from '../src/l10n/en';
import { compileTemplate, templateParameters } from '../src/l10n/format';

const ROOT = join(__dirname, '../..');

function topologyFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return topologyFiles(path);
    return name.endsWith('.dwnet.json') ? [path] : [];
  });
}

const FILES = [
  ...topologyFiles(join(ROOT, 'examples')),
  ...topologyFiles(join(ROOT, 'test/fixtures/rules')),
  ...topologyFiles(join(ROOT, 'test/fixtures/fixes')),
];

/** Parameters a template uses only to choose a plural form: Chinese has none to choose. */
function pluralOnly(template: string): Set<string> {
  const names = new Set<string>();
  for (const match of template.matchAll(/\{(\w+), plural,/g)) names.add(match[1]!);
  for (const match of template.matchAll(/\{(\w+)\}/g)) names.delete(match[1]!);
  return names;
}

/**
 * English left in a Chinese text once ids, CIDR blocks, code and product names are taken
 * out: three Latin words in a row is a sentence (or a phrase) nobody translated.
 */
function englishIn(text: string): string | undefined {
  const stripped = text
    .replace(/“[^”]*”/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/'[^']*'/g, ' ');
  return /[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}[ ,]+[A-Za-z]{2,}/.exec(stripped)?.[0];
}

const CJK = /[\u4e00-\u9fff]/;

describe('the catalogue', () => {
  const keys = Object.keys(en) as MessageKey[];

  it('has every key in every language, each template well formed, with the same parameters', () => {
    for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
      expect(Object.keys(catalogue).sort(), locale).toEqual([...keys].sort());
      for (const key of keys) {
        const template = catalogue[key];
        const english = templateParameters(compileTemplate(en[key]));
        const here = templateParameters(compileTemplate(template));
        for (const name of pluralOnly(en[key])) english.delete(name);
        for (const name of pluralOnly(template)) here.delete(name);
        const required = new Set([...english].filter((name) => !pluralOnly(en[key]).has(name)));
        expect(
          [...here].filter((name) => !english.has(name) && !pluralOnly(en[key]).has(name)),
          `${locale} ${key}`,
        ).toEqual([]);
        expect(
          [...required].filter((name) => !here.has(name)),
          `${locale} ${key}`,
        ).toEqual([]);
      }
    }
  });

  it('has a Chinese sentence for every Chinese template that is one', () => {
    for (const key of keys) {
      const chinese = CATALOGUES['zh-CN'][key];
      // Product words, type names and separators are the same in both languages.
      if (chinese === en[key]) continue;
      // Help texts quote command lines ("dwnet import terraform <目录>"): Chinese, not word-checked.
      if (key.startsWith('cli.help.')) {
        expect(chinese, key).toMatch(CJK);
        continue;
      }
      const words = chinese.replace(/\{\w+, (plural|select),/g, ' ').replace(/(\w+|=\d+) \{/g, ' ');
      expect(englishIn(words), key).toBeUndefined();
    }
  });

  it('has a Chinese page for every rule and notice, linked from ruleDocsUrl', () => {
    for (const meta of [...RULES, ...LIMIT_NOTICES, ...INPUT_NOTICES]) {
      const page = readFileSync(join(ROOT, 'docs/rules/zh-CN', `${meta.code}.md`), 'utf8');
      expect(page.startsWith(`# ${meta.code}\n`), meta.code).toBe(true);
      expect(page.split('\n')[2], meta.code).toMatch(CJK);
      for (const section of ['## 检查内容', '## 原因', '## 示例', '## 修复'])
        expect(page, `${meta.code} ${section}`).toContain(section);
      expect(ruleDocsUrl(meta.code, 'zh-CN')).toMatch(
        new RegExp(`/docs/rules/zh-CN/${meta.code}\\.md$`),
      );
    }
  });

  it("describes each kind of entity in a hover: in English, the schema's own words", () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/dwnet.schema.json'), 'utf8')) as {
      definitions: Record<string, { markdownDescription?: string }>;
    };
    const kinds = Object.keys(en)
      .filter((key) => key.startsWith('hover.entityDoc.'))
      .map((key) => key.slice('hover.entityDoc.'.length));
    expect(kinds).toHaveLength(10);
    for (const kind of kinds) {
      const key = `hover.entityDoc.${kind}` as MessageKey;
      expect(t('en', key), kind).toBe(schema.definitions[kind]?.markdownDescription);
      expect(t('zh-CN', key), kind).toMatch(CJK);
    }
  });

  it('describes every rule and notice in Chinese', () => {
    for (const meta of [...RULES, ...LIMIT_NOTICES, ...INPUT_NOTICES]) {
      expect(ruleDescription(meta, 'en'), meta.code).toBe(meta.description);
      expect(ruleDescription(meta, 'zh-CN'), meta.code).toMatch(CJK);
    }
  });
});

describe('languages from the environment and the editor', () => {
  it('reads zh_CN.UTF-8, zh_CN, zh-CN, zh-cn, zh-Hans and zh as Chinese, anything else as English', () => {
    for (const tag of ['zh_CN.UTF-8', 'zh_CN', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh']) {
      expect(resolveLocale(tag), tag).toBe('zh-CN');
    }
    for (const tag of ['C', 'POSIX', 'en_US.UTF-8', 'fr_FR', '', undefined]) {
      expect(resolveLocale(tag), String(tag)).toBe('en');
    }
  });

  it('takes LC_ALL before LC_MESSAGES before LANG', () => {
    expect(localeFromEnvironment({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnvironment({ LC_ALL: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(localeFromEnvironment({ LC_MESSAGES: 'zh_CN', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(localeFromEnvironment({})).toBe('en');
  });
});

function shape(findings: Finding[]) {
  return findings.map((f) => ({
    code: f.code,
    severity: f.severity,
    pointer: f.pointer,
    offset: f.offset,
    length: f.length,
    scenario: f.scenario,
    related: f.related.map((r) => `${r.pointer}@${r.offset}+${r.length}`),
    fixes: f.fixes.map((fix) => ({ isPreferred: fix.isPreferred, operations: fix.operations })),
  }));
}

describe('every fixture in Chinese', () => {
  it.each(FILES.map((file) => [file.slice(ROOT.length + 1), file]))(
    '%s: the same findings as in English, every text in Chinese',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const english = validate(text);
      const chinese = validate(text, { locale: 'zh-CN' });
      expect(shape(chinese.findings)).toEqual(shape(english.findings));
      expect(chinese.connectivity).toEqual(english.connectivity);
      for (const finding of chinese.findings) {
        const texts = [
          finding.message,
          ...finding.related.map((r) => r.message),
          ...finding.fixes.map((f) => f.title),
        ];
        for (const each of texts) {
          expect(each, `${finding.code}: ${each}`).toMatch(CJK);
          expect(englishIn(each), `${finding.code}: ${each}`).toBeUndefined();
        }
      }
      for (const task of explain(text, 'zh-CN')) {
        for (const pair of task.pairs) {
          for (const each of [
            pair.scenarioTitle,
            pair.state,
            ...pair.steps.map((s) => s.description),
            ...pair.notes,
          ]) {
            expect(each, each).toMatch(CJK);
            expect(englishIn(each), each).toBeUndefined();
          }
        }
      }
    },
  );
});

describe('hovers in Chinese', () => {
  it('summarises an entity in the console words, its ids untouched', () => {
    const text = readFileSync(
      join(ROOT, 'examples/scenario2-cross-region-broken.dwnet.json'),
      'utf8',
    );
    const at = (needle: string) => text.indexOf(needle) + 1;
    const vpc = hoverAt(analyse(text, 'zh-CN'), at('"vpc-sh"'))?.contents ?? '';
    expect(vpc).toMatch(/^\*\*专有网络VPC\*\* `vpc-sh`\n\n- 地域：`cn-shanghai`/);
    expect(vpc).toContain('- 网段：`172.16.0.0/16`');
    expect(hoverAt(analyse(text), at('"vpc-sh"'))?.contents).toMatch(
      /^\*\*VPC\*\* `vpc-sh`\n\n- Region: `cn-shanghai`/,
    );
  });
});

describe('Chinese messages, reviewed', () => {
  const read = (name: string) => readFileSync(join(ROOT, 'examples', name), 'utf8');
  const messages = (name: string) =>
    validate(read(name), { locale: 'zh-CN' }).findings.map((f) => `${f.code}: ${f.message}`);

  it('scenario 1 broken', () => {
    expect(messages('scenario1-same-region-broken.dwnet.json')).toMatchSnapshot();
  });

  it('scenario 5 broken', () => {
    expect(messages('scenario5-internet-broken.dwnet.json')).toMatchSnapshot();
  });

  it('scenario 4 broken, with its checklist', () => {
    expect(messages('scenario4-data-center-broken.dwnet.json')).toMatchSnapshot();
    expect(
      explain(read('scenario4-data-center-broken.dwnet.json'), 'zh-CN').flatMap((task) =>
        task.pairs.flatMap((pair) => [
          `${pair.scenario} ${pair.scenarioTitle} · ${pair.state}`,
          ...pair.steps.map((s) => `[${s.status}] ${s.description}`),
        ]),
      ),
    ).toMatchSnapshot();
  });

  it('a syntax error, an unknown property and a plural', () => {
    expect(
      validate('{ "version": 1, "vpcz": {} ', { locale: 'zh-CN' }).findings.map((f) => f.message),
    ).toContain('此处应为右花括号`}`。');
    expect(
      validate('{ "version": 1, "vpcz": {} }', { locale: 'zh-CN' }).findings.map((f) => f.message),
    ).toEqual(['拓扑中有未知属性“vpcz”。您是否要使用“vpcs”？']);
    expect(t('en', 'status.missing', { count: 1 })).toBe('1 step missing');
    expect(t('en', 'status.missing', { count: 3 })).toBe('3 steps missing');
    expect(t('zh-CN', 'status.missing', { count: 3 })).toBe('缺少3个步骤');
  });
});
