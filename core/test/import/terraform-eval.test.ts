// The static evaluation of Terraform configurations (SPEC §8): every function networks use,
// variables and their precedence, locals, references, count/for_each, modules, provider
// regions, dynamic blocks, splats, for-expressions, templates and bad input.
import { beforeAll, describe, expect, test } from 'vitest';
import { Unknown, terraformFilesWanted } from '../../src/import/terraform';
import { english, englishNotes } from './helpers';
import {
  evaluateExpression,
  loadParserFromNodeModules,
  plain,
  read,
  resource,
  valuesOf,
} from './terraformHelpers';

beforeAll(loadParserFromNodeModules);

describe('functions', () => {
  test.each([
    ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
    ['cidrsubnet("172.16.0.0/12", 8, 15)', '172.16.240.0/20'],
    ['cidrsubnet("10.1.2.3/16", 4, 15)', '10.1.240.0/20'],
    ['cidrhost("10.0.1.0/24", 5)', '10.0.1.5'],
    ['cidrhost("10.0.1.0/24", -2)', '10.0.1.254'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    [
      'cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)',
      ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20'],
    ],
    ['replace("a-b-c", "-", "_")', 'a_b_c'],
    ['replace("vpc-123abc", "/[0-9]+/", "N")', 'vpc-Nabc'],
    ['replace("10.0.1.0/24", "/^(\\\\d+)\\\\..*$/", "$1")', '10'],
    ['lookup({ a = "x" }, "a", "d")', 'x'],
    ['lookup({ a = "x" }, "b", "d")', 'd'],
    ['element(["a", "b", "c"], 4)', 'b'],
    ['concat(["a"], ["b", "c"], [])', ['a', 'b', 'c']],
    ['join(",", ["a", "b"])', 'a,b'],
    ['split(",", "a,b,,c")', ['a', 'b', '', 'c']],
    ['format("%s-%03d-%v", "vsw", 7, true)', 'vsw-007-true'],
    ['format("%q %%", "x")', '"x" %'],
    ['formatlist("%s/32", ["10.0.0.1", "10.0.0.2"])', ['10.0.0.1/32', '10.0.0.2/32']],
    ['jsonencode({ b = [1, "x"], a = null })', '{"a":null,"b":[1,"x"]}'],
    [
      'jsondecode("{\\"address\\": [{\\"host\\": \\"10.0.0.5\\", \\"port\\": 3306}]}")',
      { address: [{ host: '10.0.0.5', port: 3306 }] },
    ],
    ['toset(["b", "a", "b"])', ['b', 'a']],
    ['tolist(["a"])', ['a']],
    ['one(["only"])', 'only'],
    ['one([])', null],
    ['length("héllo")', 5],
    ['length({ a = 1, b = 2 })', 2],
    ['try(var_missing.x, "fallback")', 'fallback'],
    ['try(lookup({}, "k"), 3)', 3],
    ['can(cidrsubnet("bad", 1, 1))', false],
    ['coalesce("", null, "x")', 'x'],
    ['coalescelist([], ["a"])', ['a']],
    ['merge({ a = 1, b = 1 }, { b = 2 })', { a: 1, b: 2 }],
    ['keys({ b = 1, a = 2 })', ['a', 'b']],
    ['values({ b = 1, a = 2 })', [2, 1]],
    ['flatten([["a"], [["b"]], "c"])', ['a', 'b', 'c']],
    ['distinct(["a", "b", "a"])', ['a', 'b']],
    ['contains(["a", "b"], "b")', true],
    ['lower("VPC")', 'vpc'],
    ['upper("vpc")', 'VPC'],
    ['trimspace("  x \\n")', 'x'],
    ['trimprefix("vsw-1", "vsw-")', '1'],
    ['trimsuffix("a.tf", ".tf")', 'a'],
    ['substr("hangzhou", 0, 4)', 'hang'],
    ['tostring(3)', '3'],
    ['tonumber("42")', 42],
    ['tobool("true")', true],
    ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
    ['range(3)', [0, 1, 2]],
    ['range(1, 7, 3)', [1, 4]],
    ['max(1, 5, 3)', 5],
    ['min(4, 2)', 2],
    ['ceil(1.2)', 2],
    ['floor(1.8)', 1],
    ['abs(-3)', 3],
    ['sum([1, 2, 3])', 6],
    ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
    ['reverse([1, 2])', [2, 1]],
    ['sort(["b", "a"])', ['a', 'b']],
    ['compact(["a", "", null, "b"])', ['a', 'b']],
    ['index(["a", "b"], "b")', 1],
    ['chunklist(["a", "b", "c"], 2)', [['a', 'b'], ['c']]],
    ['setunion(["a"], ["b", "a"])', ['a', 'b']],
    ['setintersection(["a", "b"], ["b", "c"])', ['b']],
    ['setsubtract(["a", "b"], ["a"])', ['b']],
    [
      'setproduct(["a"], [1, 2])',
      [
        ['a', 1],
        ['a', 2],
      ],
    ],
    ['regex("^vpc-(\\\\w+)$", "vpc-main")', ['main']],
    ['regexall("[0-9]+", "a1b22")', ['1', '22']],
    ['startswith("cn-hangzhou", "cn-")', true],
    ['strcontains("cn-hangzhou", "hang")', true],
    ['endswith("cn-hangzhou", "zhou")', true],
    ['alltrue([true, true])', true],
    ['anytrue([false, true])', true],
    ['base64encode("dwnet ✓")', 'ZHduZXQg4pyT'],
    ['base64decode("ZHduZXQg4pyT")', 'dwnet ✓'],
    ['strrev("abc")', 'cba'],
    ['title("hello world")', 'Hello World'],
    ['parseint("ff", 16)', 255],
    ['sensitive("x")', 'x'],
    ['tomap({ a = "b" })', { a: 'b' }],
    ['transpose({ a = ["1", "2"], b = ["2"] })', { '1': ['a'], '2': ['a', 'b'] }],
    ['matchkeys(["i-1", "i-2"], ["hz", "sh"], ["sh"])', ['i-2']],
  ])('%s', (expression, expected) => {
    expect(evaluateExpression(expression)).toEqual(expected);
  });

  test('a function of an unknown value is unknown, named after the call', () => {
    const value = evaluateExpression(
      'cidrsubnet(alicloud_vpc.main.cidr_block, 8, 1)',
      'resource "alicloud_vpc" "main" {}',
    );
    expect(value).toBe('?cidrsubnet(alicloud_vpc.main.cidr_block, 8, 1)');
  });

  test('a set of unknown ids keeps each of them', () => {
    const value = evaluateExpression(
      'toset(concat([alicloud_security_group.a.id], [alicloud_security_group.b.id, alicloud_security_group.a.id]))',
      'resource "alicloud_security_group" "a" {}\nresource "alicloud_security_group" "b" {}',
    );
    expect(value).toEqual(['?alicloud_security_group.a.id', '?alicloud_security_group.b.id']);
  });

  test('join of unknown ids keeps each id as a part of the origin (a multi-zone vswitch_id)', () => {
    const value = evaluateExpression(
      'join(",", [alicloud_vswitch.a.id, alicloud_vswitch.b.id])',
      'resource "alicloud_vswitch" "a" {}\nresource "alicloud_vswitch" "b" {}',
    );
    expect(value).toBe('?alicloud_vswitch.a.id,alicloud_vswitch.b.id');
  });

  test('a wrong argument gives an unknown and a note with file and line, not a throw', () => {
    const result = read({
      'net.tf':
        'resource "alicloud_vswitch" "x" {\n  cidr_block = cidrsubnet("10.0.0.0/30", 8, 1)\n}\n',
    });
    expect(plain(resource(result, 'alicloud_vswitch.x').values['cidr_block'])).toBe(
      '?alicloud_vswitch.x.cidr_block',
    );
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'unresolved',
        message: 'alicloud_vswitch.x.cidr_block: cidrsubnet: 8 more bits do not fit in 10.0.0.0/30',
        file: 'net.tf',
        line: 2,
      },
    ]);
  });

  test('file() reads a passed file relative to the root; a missing one is unknown', () => {
    const result = read({
      'main.tf': [
        'resource "alicloud_data_works_data_source" "ds" {',
        '  connection_properties = file("${path.module}/ds.json")',
        '  host = jsondecode(file("ds.json")).address[0].host',
        '  other = file("missing.json")',
        '}',
      ].join('\n'),
      'ds.json': '{"address": [{"host": "10.0.0.5", "port": 3306}]}',
    });
    expect(valuesOf(result, 'alicloud_data_works_data_source.ds')).toEqual({
      connection_properties: '{"address": [{"host": "10.0.0.5", "port": 3306}]}',
      host: '10.0.0.5',
      other: '?file("missing.json")',
    });
  });

  test('templatefile() renders a passed template with its variables', () => {
    const result = read({
      'main.tf':
        'resource "alicloud_instance" "i" {\n  user_data = templatefile("init.tftpl", { cidrs = ["10.0.0.0/8", "172.16.0.0/12"] })\n}',
      'init.tftpl': '%{ for c in cidrs ~}\nallow ${c}\n%{ endfor ~}\n',
    });
    expect(valuesOf(result, 'alicloud_instance.i')).toEqual({
      user_data: 'allow 10.0.0.0/8\nallow 172.16.0.0/12\n',
    });
  });

  test('an unknown function leaves its value unresolved and says so, unless it is never a network fact', () => {
    const result = read({
      'main.tf': 'resource "x" "y" {\n  v = templatestring("a", {})\n  h = md5("a")\n}\n',
    });
    expect(valuesOf(result, 'x.y')).toEqual({ v: '?templatestring(…)', h: '?md5(…)' });
    expect(result.notes.map((n) => english(n.message))).toEqual([
      'the function templatestring() is not evaluated by dwnet; values that use it are left unresolved',
    ]);
  });
});

describe('expressions', () => {
  test.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['-2 + 5', 3],
    ['10 % 4 == 2 && !false', true],
    ['1 < 2 || 1 / 0 > 1', true],
    ['"a" != "b"', true],
    ['[1, 2] == [1, 2]', true],
    ['true ? "yes" : "no"', 'yes'],
    ['"" != "" ? "first" : "PostPaid" == "PostPaid" ? "PayAsYouGo" : "Subscription"', 'PayAsYouGo'],
    ['false ? 1 : false ? 2 : true ? 3 : 4', 3],
    ['(true ? false : true) ? 1 : 2', 2],
    ['length([for s in ["a", "b", "c"] : s if s != "b"])', 2],
    ['[for i, s in ["a", "b"] : "${i}-${s}"]', ['0-a', '1-b']],
    ['{ for k, v in { b = 1, a = 2 } : v => k }', { '1': 'b', '2': 'a' }],
    ['{ for s in ["x1", "y1", "x2"] : substr(s, 0, 1) => s... }', { x: ['x1', 'x2'], y: ['y1'] }],
    ['"%{ for ip in ["10.0.0.1", "10.0.0.2"] }${ip},%{ endfor }"', '10.0.0.1,10.0.0.2,'],
    ['"%{ if 1 > 2 }big%{ else }small%{ endif }"', 'small'],
    ['"a\\tb \\"q\\" $${literal} %%{literal}"', 'a\tb "q" ${literal} %{literal}'],
    ['[{ a = 1 }, { a = 2 }][*].a', [1, 2]],
    ['{ a = [10, 20] }.a[1]', 20],
    ['[[1, 2]].0.1', 2],
    ['{ "quoted key" = 1, (upper("k")) = 2 }', { 'quoted key': 1, K: 2 }],
    ['"创建交换机 ${1 + 1} ✓"', '创建交换机 2 ✓'],
    ['"a  ${~ "b" ~}  c"', 'abc'],
    ['<<EOT\n%{ for s in ["x", "y"] ~}\n${s};\n%{ endfor ~}\nEOT', 'x;\ny;\n'],
  ])('%s', (expression, expected) => {
    expect(evaluateExpression(expression)).toEqual(expected);
  });

  test('heredocs, with and without indentation stripping', () => {
    expect(evaluateExpression('<<EOT\nline ${1 + 1}\n  indented\nEOT\n')).toBe(
      'line 2\n  indented\n',
    );
    expect(evaluateExpression('<<-EOT\n    a\n      b\n    EOT\n')).toBe('a\n  b\n');
    expect(evaluateExpression('<<EOT\n# 创建 ${"x"} 交换机\nEOT\n', '# 中文注释')).toBe(
      '# 创建 x 交换机\n',
    );
  });

  test('an unknown condition, operand or collection gives an unknown', () => {
    const extra = 'resource "alicloud_eip_address" "e" {}';
    expect(
      evaluateExpression('alicloud_eip_address.e.ip_address == "1.2.3.4" ? 1 : 2', extra),
    ).toBe('?alicloud_eip_address.e.ip_address == "1.2.3.4" ? … : …');
    expect(evaluateExpression('"${alicloud_eip_address.e.ip_address}/32"', extra)).toBe(
      '?${alicloud_eip_address.e.ip_address}/32',
    );
    expect(evaluateExpression('[for x in alicloud_eip_address.e.tags : x]', extra)).toBe(
      '?[for … in alicloud_eip_address.e.tags]',
    );
    expect(evaluateExpression('false && alicloud_eip_address.e.x', extra)).toBe(false);
    expect(evaluateExpression('alicloud_eip_address.e.tags == null ? "a" : "a"', extra)).toBe('a');
  });

  test('an unknown built from known text shows addresses and ids but not other text (it may be a secret)', () => {
    const extra =
      'resource "alicloud_db_instance" "db" {}\nvariable "password" { default = "S3cret!pass" }';
    expect(
      evaluateExpression(
        '"mysql://root:${var.password}@${alicloud_db_instance.db.connection_string}:3306"',
        extra,
      ),
    ).toBe('?……@${alicloud_db_instance.db.connection_string}:3306');
    expect(
      evaluateExpression('format("%s:%s", var.password, alicloud_db_instance.db.port)', extra),
    ).toBe('?format("…", "…", alicloud_db_instance.db.port)');
    expect(
      evaluateExpression(
        'join(",", ["vsw-bp1abc", var.password, alicloud_db_instance.db.vswitch_id])',
        extra,
      ),
    ).toBe('?vsw-bp1abc,…,alicloud_db_instance.db.vswitch_id');
    expect(
      evaluateExpression(
        'jsonencode({ address = [{ host = alicloud_db_instance.db.connection_string, port = 3306 }], password = var.password, regionId = "cn-hangzhou", instanceId = "rm-bp1x" })',
        extra,
      ),
    ).toBe(
      '?{"address":[{"host":"${alicloud_db_instance.db.connection_string}","port":3306}],"instanceId":"rm-bp1x","password":"…","regionId":"cn-hangzhou"}',
    );
    const broken = read({
      'main.tf': 'resource "alicloud_db_instance" "db" {\n  password = "S3cret!pass\n}\n',
    });
    expect(JSON.stringify(broken.notes)).not.toContain('S3cret');
  });

  test('an id known after apply is neither "" nor null, so the usual "existing id or ours" choice keeps the reference', () => {
    const extra = 'resource "alicloud_vpc" "v" {}\nvariable "existing" { default = "" }';
    expect(
      evaluateExpression('alicloud_vpc.v.id != "" ? alicloud_vpc.v.id : "vpc-default"', extra),
    ).toBe('?alicloud_vpc.v.id');
    expect(evaluateExpression('var.existing != "" ? var.existing : alicloud_vpc.v.id', extra)).toBe(
      '?alicloud_vpc.v.id',
    );
    expect(
      evaluateExpression(
        'data.alicloud_vpcs.x.ids[0] != "" ? 1 : 2',
        'data "alicloud_vpcs" "x" {}',
      ),
    ).toBe('?data.alicloud_vpcs.x.ids[0] != "" ? … : …');
  });
});

describe('variables', () => {
  const declaration = [
    'variable "a" { default = "default" }',
    'variable "b" { default = "default" }',
    'variable "c" { default = "default" }',
    'variable "d" { default = "default" }',
    'variable "e" { default = "default" }',
    'variable "f" { default = "default" }',
    'variable "n" { type = number }',
    'variable "l" { type = list(string) }',
    'resource "t" "v" {',
    '  values = [var.a, var.b, var.c, var.d, var.e, var.f]',
    '  n = var.n + 1',
    '  l = var.l',
    '}',
  ].join('\n');

  test('precedence: default < terraform.tfvars < .tfvars.json < *.auto.tfvars by name < --var-file < --var', () => {
    const result = read(
      {
        'main.tf': declaration,
        'terraform.tfvars':
          'b = "tfvars"\nc = "tfvars"\nd = "tfvars"\ne = "tfvars"\nf = "tfvars"\nn = "41"',
        'terraform.tfvars.json':
          '{"c": "tfvars.json", "d": "tfvars.json", "e": "tfvars.json", "f": "tfvars.json"}',
        'a.auto.tfvars': 'd = "a.auto"\ne = "a.auto"\nf = "a.auto"',
        'b.auto.tfvars.json': '{"e": "b.auto", "f": "b.auto"}',
        'env/prod.tfvars': 'f = "var-file"\nl = ["x", "y"]',
      },
      { varFiles: ['env/prod.tfvars'], vars: { f: 'var', n: '1' } },
    );
    expect(valuesOf(result, 't.v')).toEqual({
      values: ['default', 'tfvars', 'tfvars.json', 'a.auto', 'b.auto', 'var'],
      n: 2,
      l: ['x', 'y'],
    });
    expect(result.notes).toEqual([]);
  });

  test('a variable without a value is unknown and noted; --var for a list is parsed as HCL', () => {
    const result = read({ 'main.tf': declaration }, { vars: { l: '["p", "q"]' } });
    expect(valuesOf(result, 't.v')).toEqual({
      values: ['default', 'default', 'default', 'default', 'default', 'default'],
      n: '?var.n + 1',
      l: ['p', 'q'],
    });
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'unresolved',
        message: 'variable "n" has no default and no value (pass --var or --var-file)',
        file: 'main.tf',
        line: 7,
      },
    ]);
  });

  test('a secret variable left without a value is unknown without a note', () => {
    const result = read({
      'main.tf':
        'variable "db_password" {}\nvariable "token" {\n  sensitive = true\n}\nvariable "x" {\n  sensitive = true\n}\nresource "alicloud_db_account" "a" {\n  account_password = var.db_password\n  other = [var.token, var.x]\n}',
    });
    expect(valuesOf(result, 'alicloud_db_account.a')).toEqual({
      account_password: '?var.db_password',
      other: ['?var.token', '?var.x'],
    });
    expect(result.notes).toEqual([]);
  });

  test("optional() attributes of an object type take their defaults, as Terraform's conversion does", () => {
    const result = read({
      'main.tf': [
        'variable "vpc" {',
        '  type = object({',
        '    cidr = string',
        '    name = optional(string, "main")',
        '    tags = optional(map(string))',
        '    zones = optional(list(object({ id = string, cidr = optional(string, "10.0.0.0/24") })), [{ id = "h" }])',
        '  })',
        '  default = { cidr = "10.0.0.0/16" }',
        '}',
        'resource "alicloud_vpc" "v" {',
        '  cidr_block = var.vpc.cidr',
        '  vpc_name = var.vpc.name',
        '  tags = var.vpc.tags',
        '  zones = var.vpc.zones',
        '}',
      ].join('\n'),
    });
    expect(valuesOf(result, 'alicloud_vpc.v')).toEqual({
      cidr_block: '10.0.0.0/16',
      vpc_name: 'main',
      tags: null,
      zones: [{ id: 'h', cidr: '10.0.0.0/24' }],
    });
  });

  test('a value for an undeclared variable is a warning', () => {
    const result = read({
      'main.tf': 'resource "a" "b" {}',
      'terraform.tfvars': 'region = "cn-hangzhou"',
    });
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'warning',
        message: 'a value is given for the undeclared variable "region"; it is ignored',
        file: 'terraform.tfvars',
      },
    ]);
  });
});

describe('locals and references', () => {
  test('locals refer to each other, to variables and to resources', () => {
    const result = read({
      'main.tf': [
        'variable "base" { default = "10.0.0.0/8" }',
        'locals {',
        '  vpc_cidr = cidrsubnet(var.base, 8, local.index)',
        '  index = 3',
        '}',
        'resource "alicloud_vpc" "main" { cidr_block = local.vpc_cidr }',
        'resource "alicloud_vswitch" "a" {',
        '  vpc_id = alicloud_vpc.main.id',
        '  cidr_block = cidrsubnet(alicloud_vpc.main.cidr_block, 8, 1)',
        '  zone_id = data.alicloud_zones.z.zones[0].id',
        '}',
        'data "alicloud_zones" "z" { available_resource_creation = "VSwitch" }',
      ].join('\n'),
    });
    expect(valuesOf(result, 'alicloud_vswitch.a')).toEqual({
      vpc_id: '?alicloud_vpc.main.id',
      cidr_block: '10.3.1.0/24',
      zone_id: '?data.alicloud_zones.z.zones[0].id',
    });
    const vpcId = resource(result, 'alicloud_vswitch.a').values['vpc_id'];
    expect(vpcId).toBeInstanceOf(Unknown);
    expect(english((vpcId as Unknown).reason)).toBe('known after apply');
    expect(resource(result, 'data.alicloud_zones.z')).toMatchObject({
      mode: 'data',
      type: 'alicloud_zones',
      line: 12,
    });
  });

  test('a cycle in locals is an error note with file and line, and does not hang', () => {
    const result = read({
      'locals.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "x" "y" { v = local.a }\n',
    });
    expect(valuesOf(result, 'x.y')).toEqual({ v: '?local.a' });
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'error',
        message: 'local.a refers to itself through other locals (a cycle); its value is not known',
        file: 'locals.tf',
        line: 2,
      },
    ]);
  });

  test('resources that refer to each other in a cycle give unknowns and a note, and do not hang', () => {
    const result = read({
      'main.tf': 'resource "a" "x" {\n  v = b.y.w\n}\nresource "b" "y" {\n  w = a.x.v\n}\n',
    });
    expect(result.resources.map((r) => [r.address, plain(r.values)])).toEqual([
      ['a.x', { v: '?a.x.v' }],
      ['b.y', { w: '?a.x.v' }],
    ]);
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'error',
        message: 'a.x refers to itself (a cycle); its values are not known',
        file: 'main.tf',
        line: 1,
      },
    ]);
  });

  test('resources of any provider are returned as they are, with file and line', () => {
    const result = read({
      'aws.tf': '\n\nresource "aws_vpc" "x" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    expect(result.resources).toEqual([
      {
        address: 'aws_vpc.x',
        type: 'aws_vpc',
        name: 'x',
        mode: 'managed',
        values: { cidr_block: '10.0.0.0/16' },
        file: 'aws.tf',
        line: 3,
      },
    ]);
  });
});

describe('count and for_each', () => {
  test('count gives [i] addresses and count.index; a splat lists every instance', () => {
    const result = read({
      'main.tf': [
        'variable "zones" { default = ["cn-hangzhou-h", "cn-hangzhou-i"] }',
        'resource "alicloud_vpc" "v" { cidr_block = "10.0.0.0/16" }',
        'resource "alicloud_vswitch" "s" {',
        '  count = length(var.zones)',
        '  vpc_id = alicloud_vpc.v.id',
        '  zone_id = var.zones[count.index]',
        '  cidr_block = cidrsubnet(alicloud_vpc.v.cidr_block, 8, count.index)',
        '}',
        'resource "alicloud_snat_entry" "e" {',
        '  source_vswitch_id = join(",", alicloud_vswitch.s[*].id)',
        '  first = alicloud_vswitch.s[0].cidr_block',
        '  all = alicloud_vswitch.s.*.zone_id',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => r.address)).toEqual([
      'alicloud_vpc.v',
      'alicloud_vswitch.s[0]',
      'alicloud_vswitch.s[1]',
      'alicloud_snat_entry.e',
    ]);
    expect(valuesOf(result, 'alicloud_vswitch.s[1]')).toEqual({
      vpc_id: '?alicloud_vpc.v.id',
      zone_id: 'cn-hangzhou-i',
      cidr_block: '10.0.1.0/24',
    });
    expect(valuesOf(result, 'alicloud_snat_entry.e')).toEqual({
      source_vswitch_id: '?alicloud_vswitch.s[0].id,alicloud_vswitch.s[1].id',
      first: '10.0.0.0/24',
      all: ['cn-hangzhou-h', 'cn-hangzhou-i'],
    });
  });

  test('for_each over a map and a set gives ["key"] addresses and each.key / each.value', () => {
    const result = read({
      'main.tf': [
        'resource "alicloud_vswitch" "m" {',
        '  for_each = { b = "10.0.2.0/24", a = "10.0.1.0/24" }',
        '  cidr_block = each.value',
        '  vswitch_name = "vsw-${each.key}"',
        '}',
        'resource "alicloud_security_group_rule" "r" {',
        '  for_each = toset(["3306", "5432"])',
        '  port_range = "${each.value}/${each.key}"',
        '  security_group_id = alicloud_vswitch.m["a"].id',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => r.address)).toEqual([
      'alicloud_vswitch.m["a"]',
      'alicloud_vswitch.m["b"]',
      'alicloud_security_group_rule.r["3306"]',
      'alicloud_security_group_rule.r["5432"]',
    ]);
    expect(valuesOf(result, 'alicloud_vswitch.m["b"]')).toEqual({
      cidr_block: '10.0.2.0/24',
      vswitch_name: 'vsw-b',
    });
    expect(valuesOf(result, 'alicloud_security_group_rule.r["5432"]')).toEqual({
      port_range: '5432/5432',
      security_group_id: '?alicloud_vswitch.m["a"].id',
    });
  });

  test('a count written as a string counts; attributes a nested block does not set are linkable unknowns', () => {
    const result = read({
      'main.tf': [
        'resource "alicloud_mongodb_sharding_instance" "m" {',
        '  shard_list {',
        '    node_class = "dds.shard.mid"',
        '  }',
        '}',
        'resource "alicloud_slb_server_group" "g" {',
        '  count = "2"',
        '  node_id = alicloud_mongodb_sharding_instance.m.shard_list.0.node_id',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => r.address)).toEqual([
      'alicloud_mongodb_sharding_instance.m',
      'alicloud_slb_server_group.g[0]',
      'alicloud_slb_server_group.g[1]',
    ]);
    expect(valuesOf(result, 'alicloud_slb_server_group.g[1]')).toEqual({
      node_id: '?alicloud_mongodb_sharding_instance.m.shard_list[0].node_id',
    });
    expect(result.notes).toEqual([]);
  });

  test('a count not known statically imports nothing and says so', () => {
    const result = read({
      'main.tf':
        'resource "alicloud_eip_address" "e" {}\nresource "alicloud_vswitch" "s" {\n  count = length(alicloud_eip_address.e.ids)\n}\n',
    });
    expect(result.resources.map((r) => r.address)).toEqual(['alicloud_eip_address.e']);
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'unresolved',
        message:
          'the count of alicloud_vswitch.s is not known statically (length(alicloud_eip_address.e.ids)); it is not imported',
        file: 'main.tf',
        line: 3,
      },
    ]);
  });
});

describe('nested and dynamic blocks', () => {
  test('nested blocks are lists of objects; dynamic blocks expand with their iterator', () => {
    const result = read({
      'main.tf': [
        'variable "arrays" { default = { default = ["10.0.0.0/8"], dw = ["100.64.0.0/10", "10.1.0.0/16"] } }',
        'resource "alicloud_polardb_cluster" "c" {',
        '  db_cluster_ip_array {',
        '    db_cluster_ip_array_name = "static"',
        '    security_ips = ["1.2.3.4"]',
        '  }',
        '  dynamic "db_cluster_ip_array" {',
        '    for_each = var.arrays',
        '    iterator = arr',
        '    content {',
        '      db_cluster_ip_array_name = arr.key',
        '      security_ips = arr.value',
        '    }',
        '  }',
        '  lifecycle { ignore_changes = [tags] }',
        '}',
      ].join('\n'),
    });
    expect(valuesOf(result, 'alicloud_polardb_cluster.c')).toEqual({
      db_cluster_ip_array: [
        { db_cluster_ip_array_name: 'static', security_ips: ['1.2.3.4'] },
        { db_cluster_ip_array_name: 'default', security_ips: ['10.0.0.0/8'] },
        { db_cluster_ip_array_name: 'dw', security_ips: ['100.64.0.0/10', '10.1.0.0/16'] },
      ],
    });
  });
});

describe('modules and providers', () => {
  const network = {
    'modules/net/main.tf': [
      'variable "cidr" {}',
      'variable "zones" { default = ["h"] }',
      'resource "alicloud_vpc" "this" { cidr_block = var.cidr }',
      'resource "alicloud_vswitch" "this" {',
      '  count = length(var.zones)',
      '  vpc_id = alicloud_vpc.this.id',
      '  zone_id = var.zones[count.index]',
      '  cidr_block = cidrsubnet(var.cidr, 8, count.index)',
      '}',
      'output "vpc_id" { value = alicloud_vpc.this.id }',
      'output "vswitch_ids" { value = alicloud_vswitch.this[*].id }',
    ].join('\n'),
  };

  test('an aliased provider with assume_role or its own keys acts in another account, also in the modules it is passed to', () => {
    const result = read({
      ...network,
      'main.tf': [
        // The default configuration is the importing account, even with keys of its own.
        'provider "alicloud" {',
        '  region = "cn-hangzhou"',
        '  access_key = var.access_key',
        '}',
        'variable "access_key" { default = "AKIDDEFAULT" }',
        'provider "alicloud" {',
        '  alias = "partner"',
        '  region = "cn-beijing"',
        '  assume_role { role_arn = "acs:ram::1234567890123456:role/terraform" }',
        '}',
        'provider "alicloud" {',
        '  alias = "keys"',
        '  access_key = "AKIDEXAMPLE"',
        '  secret_key = "never-read"',
        '}',
        'resource "alicloud_vpc" "own" { cidr_block = "10.0.0.0/16" }',
        'resource "alicloud_vpc" "partner" {',
        '  provider = alicloud.partner',
        '  cidr_block = "10.1.0.0/16"',
        '}',
        'resource "alicloud_vpc" "keys" {',
        '  provider = alicloud.keys',
        '  cidr_block = "10.2.0.0/16"',
        '}',
        'module "net" {',
        '  source = "./modules/net"',
        '  providers = { alicloud = alicloud.partner }',
        '  cidr = "10.3.0.0/16"',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => [r.address, r.account])).toEqual([
      ['alicloud_vpc.own', undefined],
      ['alicloud_vpc.partner', '1234567890123456'],
      ['alicloud_vpc.keys', 'provider.alicloud.keys'],
      ['module.net.alicloud_vpc.this', '1234567890123456'],
      ['module.net.alicloud_vswitch.this[0]', '1234567890123456'],
    ]);
    expect(JSON.stringify(result)).not.toContain('never-read');
  });

  test('local modules with count and for_each, their outputs, and the providers mapping (regions)', () => {
    const result = read({
      ...network,
      'main.tf': [
        'variable "region" { default = "cn-hangzhou" }',
        'provider "alicloud" { region = var.region }',
        'provider "alicloud" {',
        '  alias = "sh"',
        '  region = "cn-shanghai"',
        '}',
        'module "hz" {',
        '  source = "./modules/net"',
        '  count = 1',
        '  cidr = "10.${count.index}.0.0/16"',
        '}',
        'module "sh" {',
        '  source = "./modules/net"',
        '  for_each = { prod = "172.16.0.0/16" }',
        '  providers = { alicloud = alicloud.sh }',
        '  cidr = each.value',
        '  zones = ["e", "f"]',
        '}',
        'resource "alicloud_cen_instance_attachment" "a" {',
        '  child_instance_id = module.hz[0].vpc_id',
        '  child_vswitches = module.sh["prod"].vswitch_ids',
        '}',
        'resource "alicloud_vpc" "sh" {',
        '  provider = alicloud.sh',
        '  cidr_block = "192.168.0.0/16"',
        '}',
      ].join('\n'),
    });
    expect(result.resources.map((r) => [r.address, r.region, r.file, r.line])).toEqual([
      ['alicloud_cen_instance_attachment.a', 'cn-hangzhou', 'main.tf', 19],
      ['alicloud_vpc.sh', 'cn-shanghai', 'main.tf', 23],
      ['module.hz[0].alicloud_vpc.this', 'cn-hangzhou', 'modules/net/main.tf', 3],
      ['module.hz[0].alicloud_vswitch.this[0]', 'cn-hangzhou', 'modules/net/main.tf', 4],
      ['module.sh["prod"].alicloud_vpc.this', 'cn-shanghai', 'modules/net/main.tf', 3],
      ['module.sh["prod"].alicloud_vswitch.this[0]', 'cn-shanghai', 'modules/net/main.tf', 4],
      ['module.sh["prod"].alicloud_vswitch.this[1]', 'cn-shanghai', 'modules/net/main.tf', 4],
    ]);
    expect(valuesOf(result, 'alicloud_cen_instance_attachment.a')).toEqual({
      child_instance_id: '?module.hz[0].alicloud_vpc.this.id',
      child_vswitches: [
        '?module.sh["prod"].alicloud_vswitch.this[0].id',
        '?module.sh["prod"].alicloud_vswitch.this[1].id',
      ],
    });
    expect(valuesOf(result, 'module.sh["prod"].alicloud_vswitch.this[1]')).toEqual({
      vpc_id: '?module.sh["prod"].alicloud_vpc.this.id',
      zone_id: 'f',
      cidr_block: '172.16.1.0/24',
    });
    expect(result.notes).toEqual([]);
  });

  test('a module source "../.." from a root below the imported directory (root option)', () => {
    const result = read(
      {
        'main.tf': 'variable "cidr" {}\nresource "alicloud_vpc" "v" { cidr_block = var.cidr }',
        'examples/complete/main.tf': 'module "m" {\n  source = "../.."\n  cidr = "10.0.0.0/8"\n}',
      },
      { root: 'examples/complete' },
    );
    expect(result.resources.map((r) => [r.address, r.file, plain(r.values)])).toEqual([
      ['module.m.alicloud_vpc.v', 'main.tf', { cidr_block: '10.0.0.0/8' }],
    ]);
  });

  test('registry modules are read from .terraform/modules when terraform init put them there', () => {
    const files = {
      'main.tf':
        'module "vpc" {\n  source = "alibaba/vpc/alicloud"\n  version = "1.11.0"\n  vpc_cidr = "10.0.0.0/8"\n}\nresource "x" "y" { vpc = module.vpc.vpc_id }',
      '.terraform/modules/modules.json': JSON.stringify({
        Modules: [
          { Key: '', Source: '', Dir: '.' },
          {
            Key: 'vpc',
            Source: 'registry.terraform.io/alibaba/vpc/alicloud',
            Version: '1.11.0',
            Dir: '.terraform/modules/vpc',
          },
        ],
      }),
      '.terraform/modules/vpc/main.tf':
        'variable "vpc_cidr" {}\nresource "alicloud_vpc" "vpc" {\n  count = 1\n  cidr_block = var.vpc_cidr\n}\noutput "vpc_id" { value = concat(alicloud_vpc.vpc[*].id, [""])[0] }',
    };
    const result = read(files);
    expect(result.resources.map((r) => [r.address, r.file])).toEqual([
      ['x.y', 'main.tf'],
      ['module.vpc.alicloud_vpc.vpc[0]', '.terraform/modules/vpc/main.tf'],
    ]);
    expect(valuesOf(result, 'x.y')).toEqual({ vpc: '?module.vpc.alicloud_vpc.vpc[0].id' });
  });

  test('a registry module not on disk is an unresolved note naming it and its source; its outputs are unknown', () => {
    const result = read({
      'main.tf':
        'module "vpc" {\n  source = "alibaba/vpc/alicloud"\n}\nresource "alicloud_nat_gateway" "n" { vpc_id = module.vpc.this_vpc_id }',
    });
    expect(valuesOf(result, 'alicloud_nat_gateway.n')).toEqual({
      vpc_id: '?module.vpc.this_vpc_id',
    });
    expect(englishNotes(result.notes)).toEqual([
      {
        level: 'unresolved',
        message:
          'module "vpc" (source "alibaba/vpc/alicloud") is not on disk: run `terraform init` so that .terraform/modules holds it; its resources are not imported',
        file: 'main.tf',
        line: 1,
      },
    ]);
  });
});

describe('other configuration features', () => {
  test('override files replace attributes by name and nested blocks by type', () => {
    const result = read({
      'main.tf':
        'resource "alicloud_db_instance" "db" {\n  engine = "MySQL"\n  security_ips = ["10.0.0.0/8"]\n  parameters {\n    name = "a"\n  }\n}',
      'main_override.tf':
        'resource "alicloud_db_instance" "db" {\n  security_ips = ["10.1.0.0/16"]\n}',
    });
    expect(result.resources).toHaveLength(1);
    expect(valuesOf(result, 'alicloud_db_instance.db')).toEqual({
      engine: 'MySQL',
      security_ips: ['10.1.0.0/16'],
      parameters: [{ name: 'a' }],
    });
  });

  test('a provider without a region takes defaultRegion (ALICLOUD_REGION); a resource of another alias its own', () => {
    const result = read(
      {
        'main.tf':
          'provider "alicloud" {}\nprovider "alicloud" {\n  alias = "bj"\n  region = "cn-beijing"\n}\nresource "alicloud_vpc" "a" {}\nresource "alicloud_vpc" "b" {\n  provider = alicloud.bj\n}',
      },
      { defaultRegion: 'cn-shenzhen' },
    );
    expect(result.resources.map((r) => [r.address, r.region])).toEqual([
      ['alicloud_vpc.a', 'cn-shenzhen'],
      ['alicloud_vpc.b', 'cn-beijing'],
    ]);
  });

  test('data "alicloud_regions" with current = true is the region of its provider', () => {
    const result = read({
      'main.tf': [
        'provider "alicloud" {',
        '  alias = "a"',
        '  region = "cn-shanghai"',
        '}',
        'data "alicloud_regions" "a" {',
        '  provider = alicloud.a',
        '  current = true',
        '}',
        'resource "alicloud_cen_instance_attachment" "x" {',
        '  child_instance_region_id = data.alicloud_regions.a.regions[0].id',
        '  other = data.alicloud_regions.a.ids.0',
        '  name = data.alicloud_regions.a.regions[0].local_name',
        '}',
      ].join('\n'),
    });
    expect(valuesOf(result, 'alicloud_cen_instance_attachment.x')).toEqual({
      child_instance_region_id: 'cn-shanghai',
      other: 'cn-shanghai',
      name: '?data.alicloud_regions.a.regions[0].local_name',
    });
  });

  test('terraform_remote_state outputs are unknown, named after the data source', () => {
    const result = read({
      'main.tf':
        'data "terraform_remote_state" "net" {\n  backend = "oss"\n}\nresource "alicloud_vswitch" "s" {\n  vpc_id = data.terraform_remote_state.net.outputs.vpc_id\n}',
    });
    expect(valuesOf(result, 'alicloud_vswitch.s')).toEqual({
      vpc_id: '?data.terraform_remote_state.net.outputs.vpc_id',
    });
    expect(result.notes).toEqual([]);
  });
});

describe('bad input', () => {
  test('invalid HCL: an error note with file and line; the other blocks and files are still read', () => {
    const result = read({
      'broken.tf':
        'resource "alicloud_vpc" "ok" {\n  cidr_block = "10.0.0.0/16"\n}\n\nresource "alicloud_vswitch" "bad" {\n  cidr_block = \n}\n',
      'good.tf': 'resource "alicloud_vpc" "other" { cidr_block = "172.16.0.0/12" }',
    });
    expect(result.resources.map((r) => r.address)).toEqual([
      'alicloud_vpc.ok',
      'alicloud_vpc.other',
    ]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatchObject({ level: 'error', file: 'broken.tf', line: 6 });
    expect(english(result.notes[0]?.message ?? '')).toMatch(/^invalid HCL/);
  });

  test('a directory without configuration is an error note', () => {
    expect(englishNotes(read({ 'README.md': '# nothing' }).notes)).toEqual([
      {
        level: 'error',
        message: 'no Terraform configuration (.tf or .tf.json file) in the directory',
      },
    ]);
  });

  test('JSON configuration (.tf.json) is read like HCL', () => {
    const result = read({
      'main.tf.json': JSON.stringify({
        variable: { cidr: { default: '10.0.0.0/16' } },
        resource: {
          alicloud_vpc: { main: { cidr_block: '${var.cidr}' } },
          alicloud_vswitch: {
            a: { vpc_id: '${alicloud_vpc.main.id}', cidr_block: '${cidrsubnet(var.cidr, 8, 1)}' },
          },
        },
      }),
    });
    expect(valuesOf(result, 'alicloud_vswitch.a')).toEqual({
      vpc_id: '?alicloud_vpc.main.id',
      cidr_block: '10.0.1.0/24',
    });
  });
});

describe('terraformFilesWanted', () => {
  test.each([
    ['main.tf', true],
    ['modules/net/vars.tf.json', true],
    ['terraform.tfvars', true],
    ['prod.auto.tfvars.json', true],
    ['.terraform/modules/modules.json', true],
    ['.terraform/modules/vpc/main.tf', true],
    ['examples/complete/.terraform/modules/modules.json', true],
    ['examples/complete/.terraform/modules/vpc.vpc/main.tf', true],
    ['examples/complete/.terraform/providers/x/main.tf', false],
    ['policies/ds.json', true],
    ['templates/user_data.tpl', true],
    ['terraform.tfstate', false],
    ['terraform.tfstate.backup', false],
    [
      '.terraform/providers/registry.terraform.io/aliyun/alicloud/1.0.0/linux_amd64/terraform-provider-alicloud',
      false,
    ],
    ['.terraform/terraform.tfstate', false],
    ['.git/config', false],
    ['node_modules/x/main.tf', false],
    ['image.png', false],
  ])('%s → %s', (path, wanted) => {
    expect(terraformFilesWanted(path)).toBe(wanted);
  });
});
