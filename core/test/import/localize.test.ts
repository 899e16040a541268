// The importers' comments and notes in Chinese: the mappers give each text as a catalogue key
// with its parameters, which the locale's template writes; addresses, origins and the machine
// parts of the file (`// from` lines, JSON) never change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  importAliyun,
  importTerraform,
  formatImportWords,
  importText,
  localizeTopology,
  REASON,
  terraformFilesWanted,
  writeTopology,
  type ImportedTopology,
  type ImportWords,
} from '../../src/index';
import { formattedWords, listText } from '../../src/import/text';
import { CJK, FIXTURES, filesOf, loadParser, proseOf, plainEnglish } from './localizeHelpers';

beforeAll(loadParser);

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

  it('says the sentences that were plain English before, in English as they were', () => {
    const none = importText('importText.what.none');
    const cases: [ImportWords, string, string][] = [
      [
        importText('importText.taskNotImported', { task: 'sync_orders', group: none }),
        'task sync_orders not imported: its resource group (none) is not in ListResourceGroups',
        '任务sync_orders未导入：其资源组（无）不在ListResourceGroups中',
      ],
      [
        importText('importText.databaseNotImported', { kind: 'rds', id: 'rm-1', vpc: 'vpc-9' }),
        'RDS instance rm-1 not imported: its VPC vpc-9 is not in DescribeVpcs',
        'RDS实例rm-1未导入：其专有网络VPC vpc-9不在DescribeVpcs中',
      ],
      [
        importText('importText.databaseNotImported', { kind: 'polardb', id: 'pc-1', vpc: none }),
        'PolarDB cluster pc-1 not imported: its VPC (none) is not in DescribeVpcs',
        'PolarDB集群pc-1未导入：其专有网络VPC （无）不在DescribeVpcs中',
      ],
      [
        importText('importText.dataSourceNotImported', {
          name: 'orders',
          why: importText('importText.instanceNotInResponses', {
            id: 'rm-2',
            region: importText('importText.what.regionNamed', { region: 'cn-beijing' }),
          }),
        }),
        'data source orders not imported: its instance rm-2 is not in DescribeDBInstances or DescribeDBClusters (collect region cn-beijing)',
        '数据源orders未导入：其实例rm-2不在DescribeDBInstances或DescribeDBClusters中（请采集地域cn-beijing）',
      ],
      [
        importText('importText.bindingNotImported', {
          address: 'alicloud_data_works_network.a',
          why: importText('importText.vpcOrVSwitchNotImported'),
        }),
        'the binding from alicloud_data_works_network.a not imported: its VPC or vSwitch is not imported',
        '来自alicloud_data_works_network.a的网络绑定未导入：其专有网络VPC或交换机未导入',
      ],
      [
        importText('importText.ruleNotImported', {
          rule: 'alicloud_security_group_rule.r',
          why: importText('importText.ruleProtocol', { protocol: 'sctp' }),
        }),
        'rule alicloud_security_group_rule.r not imported: its protocol sctp is not tcp, udp, icmp, gre or all',
        '规则alicloud_security_group_rule.r未导入：其协议sctp不是tcp、udp、icmp、gre或all',
      ],
      [
        importText('importText.aliyunConnectionNotImported', {
          id: 'cen-1',
          type: 'cen',
          members: listText([
            importText('importText.cenMemberMissing', { member: 'vpc-a' }),
            importText('importText.memberMissing', { member: none }),
          ]),
        }),
        'connection cen-1 (cen) not imported: fewer than two of its members are in the responses (member vpc-a: not in the responses (collect its region or account); member (none): not in the responses)',
        '网络连接cen-1（cen）未导入：其成员中在响应中的少于两个（成员vpc-a：不在响应中（请采集其所在地域或账号）；成员（无）：不在响应中）',
      ],
      [
        importText('importText.aliyunRuleProtocol', {
          label: importText('importText.aliyunRule', { id: 'sgr-1', group: 'sg-1' }),
          direction: 'ingress',
          protocol: 'sctp',
          ports: '1/2',
        }),
        "rule sgr-1 of sg-1 (ingress sctp 1/2) not imported: the format's protocols are TCP, UDP, ICMP, GRE and ALL",
        'sg-1的规则sgr-1（ingress sctp 1/2）未导入：此格式的协议为TCP、UDP、ICMP、GRE和ALL',
      ],
      [
        importText('importText.eipNotInSource', {
          what: importText('importText.what.eipBoundBy', { address: 'alicloud_eip_association.a' }),
        }),
        'EIP bound by alicloud_eip_association.a: its address is not in the source',
        'alicloud_eip_association.a绑定的EIP：其地址不在源中',
      ],
      [
        importText('importText.snatManyIps', { count: '1000', ips: '1.2.3.4, ?' }),
        'the entry uses 1000 addresses (1.2.3.4, ?); the format holds one',
        '该条目使用1000个地址（1.2.3.4, ?）；此格式只能容纳一个',
      ],
    ];
    for (const [words, english, chinese] of cases) {
      expect(formatImportWords(words, 'en')).toBe(english);
      expect(formatImportWords(words, 'zh-CN')).toBe(chinese);
    }
  });

  it('keeps words already formatted as they are, in every language', () => {
    for (const text of ['something new: not catalogued yet', 'zone', 'a, b (c)', '可用区']) {
      expect(formatImportWords(formattedWords(text), 'zh-CN')).toBe(text);
      expect(formatImportWords(formattedWords(text), 'en')).toBe(text);
    }
  });

  it('gets from every mapper a key, never English words a template of the catalogue has', () => {
    const { texts: keyed, plain } = plainEnglish(everyImport());
    expect(keyed).toBeGreaterThan(30);
    expect(plain).toEqual([]);
  });

  it('gives every fixture its comments and notes in Chinese; the machine parts never change', () => {
    let total = 0;
    const english: string[] = [];
    for (const [name, topology] of everyImport()) {
      const chinese = localizeTopology(topology, 'zh-CN');
      // Every note, errors included: what a reader could not read is said in Chinese too.
      const texts = proseOf(chinese, 'zh-CN');
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
    // Every one is Chinese: the mappers give their sentences as keys of the catalogue.
    expect(english).toEqual([]);
  });
});
