// The CLI in Chinese (SPEC §10): `--locale zh-CN`, or LC_ALL / LC_MESSAGES / LANG, on every
// command; the words change, the codes, pointers, scenarios and carets do not.
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../core/src/l10n/en';
import { t } from '../../core/src/l10n';
import { ROOT, dwnet, ensureBuilt } from './helpers';

const CJK = /[\u4e00-\u9fff]/;
const examples = path.join(ROOT, 'examples');

beforeAll(ensureBuilt);

interface JsonFile {
  file: string;
  diagnostics: { code: string; pointer: string; scenario?: number; message: string }[];
}

describe('dwnet check in Chinese', () => {
  it('speaks Chinese under LANG=zh_CN.UTF-8, with the caret under its anchor', () => {
    const run = dwnet(['check', '.'], examples, { LANG: 'zh_CN.UTF-8' });
    expect(run.status).toBe(1);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((line) =>
      line.startsWith('scenario1-same-region-broken.dwnet.json:59:20: 错误 whitelist-missing: '),
    );
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header]).toContain('数据源“rds-orders”的IP地址白名单未放行');
    // The excerpt and its caret: the caret starts under the whitelist's `[`.
    const source = lines[header + 1]!;
    const caret = lines[header + 2]!;
    expect(caret.indexOf('^')).toBe(source.indexOf('['));
    expect(lines[header + 3]).toMatch(/^ {2}注意：任务“sync-orders”使用数据源“rds-orders” \(/);
    expect(run.stdout).toContain(
      '帮助：https://github.com/dwnet/dwnet/blob/main/docs/rules/zh-CN/whitelist-missing.md',
    );
    expect(lines.at(-2)).toMatch(/^12个文件中：\d+个错误，\d+个警告，\d+个提示，\d+个建议$/);
  });

  it('gives exactly the codes, pointers and scenarios of English, every message in Chinese', () => {
    const english = (
      JSON.parse(dwnet(['check', '.', '--format', 'json'], examples).stdout) as {
        files: JsonFile[];
      }
    ).files;
    const chinese = (
      JSON.parse(
        dwnet(['check', '.', '--format', 'json', '--locale', 'zh-CN'], examples).stdout,
      ) as {
        files: JsonFile[];
      }
    ).files;
    const shape = (files: JsonFile[]) =>
      files.map((file) => [
        file.file,
        file.diagnostics.map((d) => [d.code, d.pointer, d.scenario]),
      ]);
    expect(shape(chinese)).toEqual(shape(english));
    expect(Object.keys(chinese[0]!)).toEqual(Object.keys(english[0]!));
    for (const file of chinese) for (const d of file.diagnostics) expect(d.message).toMatch(CJK);
  });

  it('over every example and every test fixture: the same codes, pointers and scenarios, at least 95 % Chinese', () => {
    const run = (locale: string) =>
      (
        JSON.parse(
          dwnet(
            ['check', 'examples', 'test/fixtures', '--format', 'json', '--locale', locale],
            ROOT,
          ).stdout,
        ) as { files: JsonFile[] }
      ).files;
    const english = run('en');
    const chinese = run('zh-CN');
    const shape = (files: JsonFile[]) =>
      files.map((file) => [
        file.file,
        file.diagnostics.map((d) => [d.code, d.pointer, d.scenario]),
      ]);
    expect(shape(chinese)).toEqual(shape(english));
    const messages = chinese.flatMap((file) => file.diagnostics.map((d) => d.message));
    expect(messages.length).toBeGreaterThan(1000);
    const share = messages.filter((m) => CJK.test(m)).length / messages.length;
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('--locale wins over the environment, LC_ALL over LANG; an unknown locale is a usage error', () => {
    const file = 'scenario1-same-region-broken.dwnet.json';
    expect(
      dwnet(['check', file, '--locale', 'en'], examples, { LANG: 'zh_CN.UTF-8' }).stdout,
    ).toContain('error whitelist-missing: The IP address whitelist');
    expect(dwnet(['check', file, '--locale=zh-CN'], examples, { LC_ALL: 'C' }).stdout).toContain(
      '错误 whitelist-missing',
    );
    expect(dwnet(['check', file], examples, { LC_ALL: 'C', LANG: 'zh_CN.UTF-8' }).stdout).toContain(
      'error whitelist-missing',
    );
    const bad = dwnet(['check', file, '--locale', 'fr'], examples);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("invalid --locale 'fr'; expected en or zh-CN");
    const badInChinese = dwnet(['check', file, '--locale', 'fr'], examples, {
      LANG: 'zh_CN.UTF-8',
    });
    expect(badInChinese.stderr).toContain('无效的--locale“fr”；应为en或zh-CN');
  });
});

describe('help and usage errors in Chinese', () => {
  it('prints the main help in Chinese, and the pointer to it after a usage error', () => {
    const help = dwnet(['--help'], ROOT, { LANG: 'zh_CN.UTF-8' });
    expect(help.stdout).toMatch(/^dwnet：检查DataWorks网络拓扑（\*\.dwnet\.json）\n\n用法：/);
    expect(help.stdout).toContain('--locale <en|zh-CN>');
    const english = dwnet(['--help'], ROOT);
    expect(english.stdout).toMatch(/^dwnet: checks DataWorks network topologies/);
    const typo = dwnet(['chek', '--locale', 'zh-CN'], ROOT);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('运行“dwnet --help”查看详细信息。');
  });
});

describe('dwnet rules and explain in Chinese', () => {
  it('lists the catalogue with Chinese headers, aligned by display width', () => {
    const run = dwnet(['rules', '--locale', 'zh-CN'], ROOT);
    const [header, first] = run.stdout.split('\n');
    expect(header).toMatch(/^代码 +严重程度 +场景 +可修复 +说明$/);
    expect(first).toMatch(
      /^whitelist-missing +error +- +是 +数据源的IP地址白名单未包含资源组的交换机网段或EIP。$/,
    );
    // "说明" starts in the same terminal column as each description (CJK: two cells).
    const cells = (text: string) =>
      [...text].reduce((width, char) => width + (/[\u4e00-\u9fff]/.test(char) ? 2 : 1), 0);
    expect(cells(header!.slice(0, header!.indexOf('说明')))).toBe(
      cells(first!.slice(0, first!.indexOf('数据源'))),
    );
  });

  it('explains a task in Chinese', () => {
    const run = dwnet(
      ['explain', 'scenario4-data-center-broken.dwnet.json', '--task', 'sync-erp'],
      examples,
      { LANG: 'zh_CN' },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('任务sync-erp：sync，资源组rg-serverless');
    expect(run.stdout).toContain('场景4 — 数据源位于线下IDC');
    expect(run.stdout).toContain(
      '[ ] 将交换机“vsw-dataworks”的网段10.0.1.0/24添加到数据源“oracle-erp”的IP地址白名单',
    );
    expect(run.stdout).toContain('[?] 在DataWorks中进行连通性测试');
  });
});

describe('dwnet graph in Chinese', () => {
  const file = 'scenario1-same-region-broken.dwnet.json';

  it('keeps the JSON graph and the DOT ids unchanged; only the words are Chinese', () => {
    const english = JSON.parse(dwnet(['graph', file], examples).stdout) as {
      nodes: { id: string; kind: string; status: string }[];
      edges: { id: string; kind: string; from: string; to: string; label?: string }[];
    };
    const chinese = JSON.parse(
      dwnet(['graph', file, '--locale', 'zh-CN'], examples).stdout,
    ) as typeof english;
    const shape = (graph: typeof english) => [
      graph.nodes.map((node) => [node.id, node.kind, node.status]),
      graph.edges.map((edge) => [edge.id, edge.kind, edge.from, edge.to]),
    ];
    expect(shape(chinese)).toEqual(shape(english));
    // The label of the failing hop is the missing step, in Chinese.
    const missing = chinese.edges.filter((edge) => edge.kind === 'missing');
    expect(missing.length).toBeGreaterThan(0);
    for (const edge of missing) expect(edge.label).toMatch(CJK);

    const dotArgs = ['graph', file, '--format', 'dot'];
    const ids = (dot: string) =>
      [...dot.matchAll(/^\s*("[^"]*"(?: -> "[^"]*")?) \[/gm)].map((m) => m[1]);
    const dotEnglish = dwnet(dotArgs, examples).stdout;
    const dotChinese = dwnet(dotArgs, examples, { LANG: 'zh_CN.UTF-8' }).stdout;
    expect(ids(dotChinese)).toEqual(ids(dotEnglish));
    expect(dotEnglish).toContain('tooltip="resource group rg-serverless (broken)"');
    expect(dotChinese).toContain('tooltip="资源组 rg-serverless（不通）"');
  });

  it('writes the SVG captions, title and legend in Chinese', () => {
    const svg = dwnet(['graph', file, '--format', 'svg', '--locale', 'zh-CN'], examples).stdout;
    expect(svg).toMatch(/<title>dwnet网络拓扑：\d+个节点，\d+个连接对，\d+个不通<\/title>/);
    expect(svg).toContain('<text class="caption" x="8" y="11">资源组</text>');
    expect(svg).toContain('缺失的一跳，标注缺失的步骤');
    expect(svg).not.toContain('no task uses it');
  });

  it('reports graph usage errors and an unknown task in Chinese', () => {
    const none = dwnet(['graph', '--locale', 'zh-CN'], examples);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('没有要绘制的文件');
    const unknown = dwnet(['graph', file, '--task', 'nope'], examples, { LANG: 'zh_CN.UTF-8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      `dwnet: ${file}中没有任务“nope”；其任务：sync-orders、sync-events、inventory-api、daily-report\n`,
    );
  });
});

describe('dwnet import in Chinese', () => {
  const fixtures = path.join(ROOT, 'test', 'fixtures', 'import', 'terraform-json');

  it('summarises and heads the file in Chinese; the topology and its machine comments are unchanged', () => {
    const english = dwnet(['import', 'terraform', 'plan.json'], fixtures);
    const chinese = dwnet(['import', 'terraform', 'plan.json', '--locale', 'zh-CN'], fixtures);
    expect(chinese.status).toBe(0);
    expect(chinese.stderr).toBe(
      'dwnet: 已从plan.json导入1个专有网络VPC、1个交换机、1个NAT网关、1个资源组、1个数据源\n' +
        '  2个值应用后才能确定，已写为${来源}（dwnet check会指出哪些步骤需在应用后验证）\n',
    );
    const header = chinese.stdout.split('\n').slice(0, 3);
    expect(header[0]).toMatch(/^\/\/ 由`dwnet import terraform plan\.json`导入（dwnet [^）]+）。$/);
    for (const line of header) expect(line).toMatch(CJK);
    // Past the three header lines, the file is the English one but for the prose of its
    // comments: the JSON and the `// from` lines to the byte, the markers kept.
    const body = (text: string) =>
      text
        .split('\n')
        .slice(3)
        .filter((line) => !/^\s*\/\/ (unresolved|note):/.test(line))
        .join('\n');
    expect(body(chinese.stdout)).toBe(body(english.stdout));
    const unresolved = chinese.stdout.split('\n').filter((l) => l.includes('// unresolved:'));
    for (const line of unresolved) expect(line).toMatch(CJK);
    expect(body(chinese.stdout)).toContain('// from alicloud_snat_entry.default (plan.json:60)');
    expect(body(chinese.stdout)).toContain('"eip": "${alicloud_eip_address.default.ip_address}"');
  });

  it('explains the aliyun collection commands in Chinese; the commands and the RAM policy are unchanged', () => {
    const english = dwnet(['import', 'aliyun', '--print-commands'], fixtures, { LC_ALL: 'C' });
    const chinese = dwnet(['import', 'aliyun', '--print-commands', '--locale', 'zh-CN'], fixtures);
    expect(chinese.status).toBe(0);
    const comments = (text: string) => text.split('\n').filter((line) => line.startsWith('# '));
    const rest = (text: string) => text.split('\n').filter((line) => !line.startsWith('# '));
    expect(comments(chinese.stdout).length).toBe(comments(english.stdout).length);
    for (const line of comments(chinese.stdout)) expect(line).toMatch(CJK);
    expect(chinese.stdout).toContain(
      '# 每个NAT网关的SNAT条目（对DescribeNatGateways中的每个NatGatewayId）\n',
    );
    expect(rest(chinese.stdout)).toEqual(rest(english.stdout));
    expect(chinese.stdout).toContain('"vpc:DescribeVpcs"');
  });

  it('reports import usage errors in Chinese', () => {
    const missing = dwnet(['import', 'terraform'], fixtures, { LANG: 'zh_CN.UTF-8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('dwnet: 缺少要导入的Terraform目录、plan或state\n');
    const unknown = dwnet(['import', 'pulumi', '--locale', 'zh-CN'], fixtures);
    expect(unknown.stderr).toContain('dwnet: 未知来源“pulumi”；应为terraform或aliyun\n');
  });
});

describe('usage errors in Chinese', () => {
  it('says what was mistyped, with the suggestion and the synopsis, in Chinese', () => {
    const option = dwnet(['check', '--formt', 'json', '--locale', 'zh-CN'], examples);
    expect(option.status).toBe(2);
    expect(option.stderr).toBe(
      'dwnet: 未知选项“--formt”（您是否要输入“--format”？）\n' +
        '用法：dwnet check <files or folders…> [options]\n' +
        '运行“dwnet check --help”查看详细信息。\n',
    );
    const value = dwnet(['graph', 'x.dwnet.json', '--format', 'png'], examples, {
      LANG: 'zh_CN.UTF-8',
    });
    expect(value.stderr).toContain(
      'dwnet: 无效的--format“png”（您是否要输入“svg”？）；应为json、dot、mermaid或svg\n',
    );
    const command = dwnet(['chek', '--locale', 'zh-CN'], examples);
    expect(command.stderr).toContain(
      'dwnet: 未知命令“chek”（您是否要输入“check”？）\n用法：dwnet <',
    );
    // English keeps its sentences to the letter.
    expect(dwnet(['check', '--formt'], examples).stderr).toContain(
      'dwnet: unknown option \'--formt\' (did you mean "--format"?)\nUsage: dwnet check <files',
    );
  });

  it.each([
    [['check'], 'dwnet: 没有要检查的文件或文件夹\n'],
    [['fix'], 'dwnet: 没有要修复的文件\n'],
    [['explain'], 'dwnet: 没有要说明的文件\n'],
    [['rules', 'extra'], 'dwnet: 多余的参数“extra”\n'],
    [
      ['check', '.', '--rule', 'whitelist-missing'],
      'dwnet: --rule应为code=level，实际为“whitelist-missing”\n',
    ],
    [['check', '.', '--config', 'none.json'], 'dwnet: 无法读取配置none.json：文件或目录不存在\n'],
    [['explain', 'none.dwnet.json'], 'dwnet: 无法读取none.dwnet.json：文件或目录不存在\n'],
    [
      ['import', 'terraform', '.', '--var', 'region'],
      'dwnet: 无效的--var“region”；应为name=value\n',
    ],
    [
      ['import', 'terraform', '--print-commands'],
      'dwnet: --print-commands仅用于“dwnet import aliyun”\n',
    ],
    [
      ['import', 'aliyun', '.', '--var', 'a=b'],
      'dwnet: --var和--var-file仅用于“dwnet import terraform”\n',
    ],
  ])('dwnet %j says what is wrong in Chinese', (args, start) => {
    const run = dwnet([...args, '--locale', 'zh-CN'], examples);
    expect(run.status).toBe(2);
    expect(run.stderr.startsWith(start)).toBe(true);
  });
});

describe('command help in Chinese', () => {
  it.each(['check', 'fix', 'explain', 'graph', 'rules', 'import'])(
    'dwnet %s --help speaks Chinese; the English help is the catalogue entry translators read',
    (command) => {
      const chinese = dwnet([command, '--help', '--locale', 'zh-CN'], ROOT);
      expect(chinese.status).toBe(0);
      expect(chinese.stdout.startsWith(`用法：dwnet ${command}`)).toBe(true);
      expect(chinese.stdout).toContain('-h, --help               显示此帮助');
      if (command === 'check' || command === 'fix')
        expect(chinese.stdout).toContain('规则严重程度 { "rules": { "<code>": "<level>" } }');
      const english = dwnet(['help', command], ROOT, { LC_ALL: 'C' });
      // The catalogue entry, its literal braces unescaped (`\{`), is the English help.
      expect(english.stdout).toBe(t('en', `cli.help.${command}` as keyof typeof en));
    },
  );
});
