// The schema's descriptions in Chinese: every description a hover can show
// (`markdownDescription` ?? `description`, and the enum descriptions) has its translation in
// l10n/zh-CN/schema.ts, keyed by the English text, so a new or reworded English description
// fails here until it is translated; and hovers in zh-CN show that translation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, hoverAt, localizedSchema } from '../src/index';
import { zhCNSchemaDescriptions } from '../src/l10n/zh-CN/schema';
import { schema } from '../src/schemaValidation';

const ROOT = join(__dirname, '../..');
const CJK = /[\u4e00-\u9fff]/;

interface Description {
  pointer: string;
  english: string;
}

const TEXT_KEYS = [
  'description',
  'markdownDescription',
  'title',
  'label',
  'enumDescriptions',
  'markdownEnumDescriptions',
];

/** Keys whose values are data (a snippet's body, examples), not text. */
const DATA_KEYS = new Set(['body', 'default', 'examples', 'const', 'enum']);

/**
 * Every text the schema shows a user, with the JSON pointer where it is: the documentation
 * (`markdownDescription`, else `description`), enum descriptions, the title, and each
 * snippet's label and description.
 */
function descriptions(node: unknown, pointer = '', snippet = false): Description[] {
  if (Array.isArray(node))
    return node.flatMap((item, i) => descriptions(item, `${pointer}/${i}`, snippet));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const found: Description[] = [];
  const add = (at: string, english: unknown) => {
    if (typeof english === 'string' && english !== '') found.push({ pointer: at, english });
  };
  add(pointer || '/', record.markdownDescription ?? record.description);
  add(`${pointer}/title`, record.title);
  if (snippet) add(`${pointer}/label`, record.label);
  const enumTexts = record.markdownEnumDescriptions ?? record.enumDescriptions;
  if (Array.isArray(enumTexts))
    enumTexts.forEach((english, i) => add(`${pointer}/enumDescriptions/${i}`, english));
  for (const [key, value] of Object.entries(record)) {
    if (DATA_KEYS.has(key) || typeof value !== 'object') continue;
    const segment = key.replace(/~/g, '~0').replace(/\//g, '~1');
    found.push(...descriptions(value, `${pointer}/${segment}`, key === 'defaultSnippets'));
  }
  return found;
}

const codeSpans = (text: string) => [...new Set(text.match(/`[^`]*`/g))].sort();
const withoutCode = (text: string) => text.replace(/`[^`]*`/g, '`…`');

describe('the Chinese catalogue of schema descriptions', () => {
  const all = descriptions(schema);
  const englishTexts = new Set(all.map((d) => d.english));

  it('translates every description of the schema (a new or changed English text fails here)', () => {
    expect(all.length).toBeGreaterThan(100);
    const missing = all.filter((d) => !Object.hasOwn(zhCNSchemaDescriptions, d.english));
    // Add each one to core/src/l10n/zh-CN/schema.ts, keyed by its English text.
    expect(missing).toEqual([]);
  });

  it('keeps no translation of a text the schema no longer has', () => {
    const stale = Object.keys(zhCNSchemaDescriptions).filter(
      (english) => !englishTexts.has(english),
    );
    expect(stale).toEqual([]);
  });

  it('is Chinese, keeps every code span as it is, and follows Chinese typography', () => {
    for (const [english, chinese] of Object.entries(zhCNSchemaDescriptions)) {
      expect(chinese, english).toMatch(CJK);
      // Field names, enum values, ids, CIDR blocks and examples stay as they are.
      expect(codeSpans(chinese), english).toEqual(codeSpans(english));
      const prose = withoutCode(chinese);
      // Full-width punctuation next to Chinese; no space between Chinese and Latin text.
      expect(prose, english).not.toMatch(/[\u4e00-\u9fff][,;:()!?]|[,;:(!?][\u4e00-\u9fff]/);
      expect(prose, english).not.toMatch(
        /[\u4e00-\u9fff] [A-Za-z0-9`]|[A-Za-z0-9`] [\u4e00-\u9fff]/,
      );
    }
  });
});

describe('the schema in zh-CN (what completion shows)', () => {
  const chinese = localizedSchema('zh-CN');

  it('has every text translated, and only text: ids, keys, bodies and patterns stay', () => {
    const texts = descriptions(chinese);
    expect(texts.length).toBe(descriptions(schema).length);
    for (const { pointer, english: text } of texts) expect(text, pointer).toMatch(CJK);
    // Without its text, the schema is the same schema.
    const withoutText = (value: unknown): string =>
      JSON.stringify(value, (key, inner: unknown) => (TEXT_KEYS.includes(key) ? undefined : inner));
    expect(withoutText(chinese)).toBe(withoutText(schema));
    expect(localizedSchema('en')).toBe(schema);
  });

  it('gives clients without Markdown the Chinese too, not the English plain description', () => {
    const routes = (chinese as typeof schema).definitions.vpcBinding.properties.routes;
    expect(routes.description).toBe(routes.markdownDescription);
    expect(routes.description).toContain('为资源组添加的路由');
  });
});

describe('schema hovers in zh-CN', () => {
  const text = readFileSync(
    join(ROOT, 'examples/scenario2-cross-region-broken.dwnet.json'),
    'utf8',
  );
  const chinese = analyse(text, 'zh-CN');
  const english = analyse(text, 'en');
  const at = (needle: string) => text.indexOf(needle) + 1;

  it('on a property key: the Chinese of the schema description', () => {
    const routes = hoverAt(chinese, at('"routes"'))!;
    expect(routes.contents).toContain('在DataWorks控制台中为资源组添加的路由');
    expect(routes.contents).toContain('示例：`["172.16.0.0/16"]`');
    expect(hoverAt(chinese, at('"zone"'))!.contents).toContain('交换机所在的可用区');
    // The same span as in English.
    const englishRoutes = hoverAt(english, at('"routes"'))!;
    expect([routes.offset, routes.length]).toEqual([englishRoutes.offset, englishRoutes.length]);
    expect(englishRoutes.contents).toMatch(/^The routes added for the resource group/);
  });

  it('on an enum value: its Chinese description, then the property’s', () => {
    const engine = hoverAt(chinese, at('"mysql"'))!;
    expect(engine.contents).toBe(
      '`"mysql"`：MySQL（例如云数据库RDS MySQL版）。默认端口3306。\n\n---\n\n数据源类型。必填。它决定默认的`network.port`。\n\n示例：`"mysql"`',
    );
  });
});
