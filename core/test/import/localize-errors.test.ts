// What the importers say when the input is broken (a .tf that does not parse, a variable file
// that is not one, a module outside the directory, an expression the evaluator cannot
// compute, malformed Terraform JSON or API responses): every note and comment is a text of
// the catalogue, in Chinese with `--locale zh-CN`, and in English exactly as before.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  formatImportWords,
  importAliyun,
  importTerraform,
  loadHclParserFrom,
  localizeTopology,
  MergeError,
  mergeTopology,
  t,
  type ImportedTopology,
  type Locale,
} from '../../src/index';
import { CJK, FIXTURES, loadParser, proseOf, plainEnglish } from './localizeHelpers';

const VPC = 'resource "alicloud_vpc" "ok" {\n  cidr_block = "10.0.0.0/8"\n}\n';

/** One resource a line, each with an expression the evaluator cannot compute. */
const FAILING_EXPRESSIONS = [
  '[for x in 5 : x]',
  'module.m.nothing',
  'cidrsubnet("10.0.0.0/24", 10, 1)',
  'cidrsubnet("10.0.0.0/24", 2, 9)',
  'lookup({}, "k")',
  'element(local.empty, 0)',
  'unknown_thing',
  'var.nope',
  'local.nope',
  '"${null}"',
  '{ for x in ["a", "a"] : x => 1 }',
  '1 + "x"',
  '1 + true',
  'cidrhost("10.0.0.0/30", 10)',
  'parseint("z", 10)',
  'cidrsubnet("10.0.0.300/24", 2, 1)',
  'cidrsubnet("10.0.0.0", 2, 1)',
  'alicloud_vpc.nope.id',
  'data.alicloud_zones.nope.id',
  'module.nope.x',
  'local.empty[3]',
  'true.x',
  '[1, 2].x',
  '{ a = 1 }.b',
  '5[0]',
  'format("%s %s", "a")',
  'regex("[", "a")',
  'regex("b", "a")',
  'base64decode("!!")',
  'jsondecode("{")',
  'range(1, 2, 0)',
  'range(1, 5000)',
  'coalesce("", null)',
  'coalescelist([])',
  'one([1, 2])',
  'index([1], 2)',
  'length(5)',
  'try(var.nope, local.nope)',
  'cidrsubnets("10.0.0.0/30", 4)',
  'cidrsubnets("10.0.0.0/30", 1, 1, 1)',
  '!"x"',
  'join(",", 5)',
  'keys(5)',
  'toset(5)',
  'cidrhost("10.0.0.0/40", 1)',
  'tostring()',
  'count.index',
  'templatefile("x.tpl", {})',
  'upper([])',
];

function hcl(files: Record<string, string>, options: { varFiles?: string[]; root?: string } = {}) {
  return importTerraform(new Map(Object.entries(files)), options);
}

/** Every broken input, imported. */
function brokenImports(): [string, ImportedTopology][] {
  const json = (text: string) => importTerraform(new Map([['state.json', text]]));
  const aliyun = (name: string, text: string) =>
    importAliyun(new Map([[`cn-hangzhou/${name}`, text]]));
  return [
    [
      'unparsable .tf',
      hcl({ 'main.tf': `${VPC}resource "alicloud_vswitch" "b" {\n  cidr_block =\n}\n` }),
    ],
    ['unclosed .tf', hcl({ 'main.tf': `${VPC}resource "alicloud_vswitch" "b" {\n` })],
    [
      'bad variable files',
      hcl(
        {
          'main.tf': 'variable "cidr" {}\n' + VPC,
          'terraform.tfvars': 'cidr = \n',
          'x.auto.tfvars.json': '[1, 2]\n',
        },
        { varFiles: ['missing.tfvars'] },
      ),
    ],
    [
      'modules outside the directory, empty, not downloaded',
      hcl(
        {
          'proj/main.tf':
            'module "net" {\n  source = "../../elsewhere"\n}\nmodule "empty" {\n  source = "./empty"\n}\n' +
            'module "registry" {\n  source = "alibaba/vpc/alicloud"\n}\n' +
            'resource "alicloud_vpc" "a" {\n  cidr_block = module.net.cidr\n}\n',
          'proj/.terraform/modules/modules.json': '{ nope',
        },
        { root: 'proj' },
      ),
    ],
    ['no configuration', hcl({ 'README.tfvars': 'x = 1\n' })],
    ['bad .tf.json', hcl({ 'main.tf': VPC, 'bad.tf.json': '{ "resource": ' })],
    [
      'expressions the evaluator cannot compute',
      hcl({
        'main.tf':
          'module "m" {\n  source = "./m"\n}\nlocals {\n  empty = []\n}\n' +
          FAILING_EXPRESSIONS.map(
            (expression, i) =>
              `resource "alicloud_vpc" "v${i}" {\n  cidr_block = ${expression}\n}\n`,
          ).join(''),
        'm/main.tf': 'output "x" {\n  value = 1\n}\n',
      }),
    ],
    [
      'half-written plan',
      json(fs.readFileSync(path.join(FIXTURES, 'terraform-json', 'half-written.json'), 'utf8')),
    ],
    ['empty JSON', json('')],
    ['JSON with a comment', json('// x\n{}')],
    ['JSON not an object', json('[1]')],
    ['old state', json('{"version": 3, "modules": []}')],
    ['JSON without values', json('{"format_version": "1.0"}')],
    ['JSON of something else', json('{"a": 1}')],
    [
      'a foreign state',
      importTerraform(
        new Map([
          [
            'foreign.tfstate',
            fs.readFileSync(path.join(FIXTURES, 'terraform-json', 'foreign.tfstate'), 'utf8'),
          ],
        ]),
      ),
    ],
    ['malformed response', aliyun('DescribeVpcs.json', '{"Vpcs": ')],
    ['empty response', aliyun('DescribeVpcs.json', '')],
    ['unknown operation', aliyun('FooBar.json', '{}')],
    [
      'error response',
      aliyun('DescribeVSwitches.json', '{"Code": "Forbidden.RAM", "Message": "no permission"}'),
    ],
    ['response not an object', aliyun('DescribeNatGateways.json', '[1, 2]')],
  ];
}

describe('import messages of broken inputs', () => {
  let imports: [string, ImportedTopology][] = [];
  beforeAll(async () => {
    await loadParser();
    imports = brokenImports();
  });

  it('are texts of the catalogue, never English words a template of the catalogue has', () => {
    const { texts, plain } = plainEnglish(imports);
    expect(texts).toBeGreaterThan(FAILING_EXPRESSIONS.length + imports.length);
    expect(plain).toEqual([]);
  });

  it('says every note and comment in Chinese', () => {
    const english: string[] = [];
    for (const [name, topology] of imports) {
      const texts = proseOf(localizeTopology(topology, 'zh-CN'), 'zh-CN');
      expect(texts.length, name).toBeGreaterThan(0);
      english.push(...texts.filter((text) => !CJK.test(text)).map((text) => `${name}: ${text}`));
    }
    expect(english).toEqual([]);
  });

  it('says them in English as it always has', () => {
    const notes = (name: string) =>
      (imports.find(([n]) => n === name)?.[1].notes ?? []).map((note) =>
        formatImportWords(note.message, 'en'),
      );
    expect(notes('unparsable .tf')).toEqual([
      'invalid HCL: a syntax error (column 3); the blocks around it are not imported',
    ]);
    expect(notes('bad variable files')).toEqual([
      'invalid HCL: missing `identifier`',
      'the variable file x.auto.tfvars.json is not a JSON object',
      'the variable file missing.tfvars cannot be read',
    ]);
    expect(notes('modules outside the directory, empty, not downloaded')).toEqual(
      expect.arrayContaining([
        'module "net" (source "../../elsewhere") is outside the imported directory; its resources are not imported (import a directory that holds it too)',
        'proj/.terraform/modules/modules.json is not valid JSON; downloaded modules are not read',
      ]),
    );
    expect(notes('no configuration')).toEqual([
      'no Terraform configuration (.tf or .tf.json file) in the directory',
    ]);
    expect(notes('expressions the evaluator cannot compute')).toEqual(
      expect.arrayContaining([
        'alicloud_vpc.v0.cidr_block: a for expression needs a collection, got a number',
        'alicloud_vpc.v1.cidr_block: module module.m has no output "nothing"',
        'alicloud_vpc.v2.cidr_block: cidrsubnet: 10 more bits do not fit in 10.0.0.0/24',
        'alicloud_vpc.v11.cidr_block: a number is required, got string "…"',
        'alicloud_vpc.v24.cidr_block: a number cannot be indexed',
      ]),
    );
    expect(notes('half-written plan')).toEqual([
      'not valid JSON (unexpected end of string); is the file complete?',
    ]);
    expect(notes('malformed response')).toEqual([
      'not a JSON response (value expected at line 1, column 10); save it again, or delete it to import without it',
    ]);
    expect(notes('error response')).toEqual([
      'the saved response is an error (Forbidden.RAM: no permission); the file was skipped (collect it again)',
    ]);
  });
});

describe('the editor when it cannot load the HCL parser', () => {
  /** What Import from Terraform… shows (server/src/features/import.ts). */
  async function shown(
    read: Parameters<typeof loadHclParserFrom>[0],
    locale: Locale,
  ): Promise<string> {
    const problem = await loadHclParserFrom(read);
    expect(problem).toBeDefined();
    return t(locale, 'import.hclNotLoaded', {
      reason: problem ? formatImportWords(problem, locale) : '',
    });
  }

  it('says that the editor host cannot load it, in English and in Chinese', async () => {
    expect(await shown(undefined, 'en')).toBe(
      'cannot read Terraform HCL: this editor host cannot load the HCL parser',
    );
    expect(await shown(undefined, 'zh-CN')).toBe(
      '无法读取Terraform HCL：此编辑器宿主无法加载HCL解析器',
    );
  });

  it('names the WebAssembly file missing next to the language server', async () => {
    const nothing = () => Promise.resolve(undefined);
    expect(await shown(nothing, 'en')).toBe(
      'cannot read Terraform HCL: web-tree-sitter.wasm is missing next to the language server',
    );
    expect(await shown(nothing, 'zh-CN')).toBe(
      '无法读取Terraform HCL：语言服务器旁缺少web-tree-sitter.wasm',
    );
  });
});

describe('a file that cannot be merged into', () => {
  function refusal(existing: string): MergeError {
    const topology = importAliyun(new Map());
    try {
      mergeTopology(existing, topology);
    } catch (error) {
      if (error instanceof MergeError) return error;
      throw error;
    }
    throw new Error(`merged into ${existing}`);
  }

  it('is refused in English as before, and in Chinese', () => {
    const broken = refusal('{ "version": 1, ');
    expect(broken.message).toBe('the file to merge into is not valid JSON with comments');
    expect(formatImportWords(broken.words, 'en')).toBe(broken.message);
    expect(formatImportWords(broken.words, 'zh-CN')).toBe(
      '要合并到的文件不是有效的JSON（允许注释）',
    );
    const list = refusal('[1, 2]');
    expect(list.notObject).toBe(true);
    expect(formatImportWords(list.words, 'en')).toBe('the file to merge into is not a JSON object');
    expect(formatImportWords(list.words, 'zh-CN')).toBe('要合并到的文件不是JSON对象');
  });
});

describe('a malformed Alibaba Cloud API response', () => {
  const malformed = importAliyun(
    new Map([
      ['cn-hangzhou/DescribeVpcs.json', '{\n  "Vpcs": {\n    "Vpc": [ "vpc-1" "vpc-2" ]\n  }\n}\n'],
    ]),
  );
  beforeAll(loadParser);
  const said = (locale: Locale) =>
    malformed.notes.map((note) => formatImportWords(note.message, locale));

  it('says what is wrong with the JSON and where, in words, in Chinese', () => {
    expect(said('zh-CN')).toEqual([
      '不是JSON响应（第3行第22列：缺少,）；请重新保存，或删除它以在没有它的情况下导入',
    ]);
  });

  it("says it in English too, never with the JSON parser's name for the error", () => {
    expect(said('en')).toEqual([
      'not a JSON response (, expected at line 3, column 22); save it again, or delete it to import without it',
    ]);
    for (const [name, topology] of brokenImports())
      for (const locale of ['en', 'zh-CN'] as const)
        for (const note of topology.notes)
          expect(formatImportWords(note.message, locale), name).not.toMatch(
            /InvalidSymbol|Expected\b|InvalidNumberFormat|UnexpectedEnd/,
          );
  });
});
