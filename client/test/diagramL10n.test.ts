// The diagram's page in Chinese: every message it shows (client/webview/*.ts, through its
// `t` and `plural`) and every message of its host panel has a Chinese translation in
// l10n/bundle.l10n.zh-cn.json, the bundle VS Code hands the extension and the extension hands
// the page; with that bundle the page names kinds, states and aggregated nodes in Chinese.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse, buildGraph } from '../../core/src/index';
import { plural, setTranslations, t } from '../webview/l10n';
import { ariaLabel, kindName, nodeSummary, viewGraph } from '../webview/view';

const ROOT = join(__dirname, '../..');
/** A translation: Chinese words, or (for a template of names only) Chinese punctuation or spacing. */
const TRANSLATED = /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]|^\{0\}\{1\}$/;
const bundle = JSON.parse(
  readFileSync(join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'),
) as Record<string, string>;

/** The string literals passed to `t(…)` and `plural(count, …, …)` in `source`. */
function pageMessages(source: string): string[] {
  const literal = /(['"])((?:\\.|(?!\1).)*)\1/.source;
  const messages = [...source.matchAll(new RegExp(`\\bt\\(\\s*${literal}`, 'g'))].map((m) => m[2]!);
  for (const m of source.matchAll(
    new RegExp(`\\bplural\\([^,]+,\\s*${literal},\\s*${literal.replace('\\1', '\\3')}`, 'g'),
  ))
    messages.push(m[2]!, m[4]!);
  return messages.map((message) => message.replace(/\\'/g, "'"));
}

afterEach(() => setTranslations({}));

describe('the diagram page in Chinese', () => {
  it('has a Chinese translation of every message of the page and its panel', () => {
    const dir = join(ROOT, 'client/webview');
    const page = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && file !== 'l10n.ts')
      .map((file) => readFileSync(join(dir, file), 'utf8'))
      .join('\n');
    const messages = pageMessages(page);
    expect(messages.length).toBeGreaterThan(40);
    const panel = readFileSync(join(ROOT, 'client/src/diagram/panel.ts'), 'utf8');
    messages.push(...[...panel.matchAll(/l10n\.t\(\s*(['"])(.*?)\1/g)].map((m) => m[2]!));
    for (const message of messages) expect(bundle[message], message).toMatch(TRANSLATED);
  });

  it('translates like vscode.l10n.t: the bundle, else the English, with {n} filled in', () => {
    expect(t('Laying out {0} nodes…', 12)).toBe('Laying out 12 nodes…');
    setTranslations(bundle);
    expect(t('Laying out {0} nodes…', 12)).toBe('正在布局12个节点…');
    expect(plural(1, '1 data source', '{0} data sources')).toBe('1个数据源');
    expect(plural(3, '1 data source', '{0} data sources')).toBe('3个数据源');
    expect(t('not in the bundle {0}', 'x')).toBe('not in the bundle x');
  });

  it('names kinds, states and aggregated nodes in Chinese', () => {
    setTranslations(bundle);
    const text = readFileSync(
      join(ROOT, 'examples/scenario1-same-region-broken.dwnet.json'),
      'utf8',
    );
    const graph = buildGraph(analyse(text));
    const node = graph.nodes.find((n) => n.id === 'ds:rds-orders');
    expect(node).toBeDefined();
    if (!node) return;
    expect(kindName(node)).toBe('数据源');
    expect(ariaLabel(node)).toBe('数据源rds-orders，不通');
    expect(nodeSummary(graph, node)[0]).toBe('数据源rds-orders');
    const view = viewGraph(graph, { collapse: 'vpc', aggregateOk: true });
    expect(view.nodes.find((n) => n.id.startsWith('ok:'))?.label).toBe('1个数据源');
  });
});
