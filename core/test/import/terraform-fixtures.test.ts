// Real public Terraform configurations (test/fixtures/import/terraform/<name>/, copied
// verbatim, see each SOURCE.md) read as the CLI reads a folder: the resources and the values
// the mapper needs, computed statically (CIDRs from cidrsubnet and for_each, references
// to other resources kept as unknowns named after them, regions from the provider).
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  Unknown,
  readTerraformConfiguration,
  type TerraformReadResult,
  type TfValue,
} from '../../src/import/terraform';
import {
  FIXTURES,
  folderFiles,
  loadParserFromNodeModules,
  plain,
  resource,
  valuesOf,
} from './terraformHelpers';
import { english } from './helpers';

beforeAll(loadParserFromNodeModules);

function fixture(name: string, root?: string): TerraformReadResult {
  return readTerraformConfiguration(
    folderFiles(join(FIXTURES, name)),
    root !== undefined ? { root } : {},
  );
}

function addresses(result: TerraformReadResult, type: string): string[] {
  return result.resources.filter((r) => r.type === type).map((r) => r.address);
}

describe('landing-with-terraform quickstarts', () => {
  test('NAT_Gateway/101-snat-entry-docs-Example: the SNAT entry refers to its NAT gateway, vSwitch and EIP', () => {
    const result = fixture('snat-entry');
    expect(result.notes).toEqual([]);
    expect(result.resources.map((r) => r.address)).toEqual([
      'data.alicloud_zones.default',
      'alicloud_vpc.default',
      'alicloud_vswitch.default',
      'alicloud_nat_gateway.default',
      'alicloud_eip_address.default',
      'alicloud_eip_association.default',
      'alicloud_snat_entry.default',
    ]);
    expect(valuesOf(result, 'alicloud_vpc.default')).toEqual({
      vpc_name: 'terraform-example',
      cidr_block: '172.16.0.0/12',
    });
    expect(valuesOf(result, 'alicloud_vswitch.default')).toEqual({
      vpc_id: '?alicloud_vpc.default.id',
      cidr_block: '172.16.0.0/21',
      zone_id: '?data.alicloud_zones.default.zones[0].id',
      vswitch_name: 'terraform-example',
    });
    expect(valuesOf(result, 'alicloud_nat_gateway.default')).toMatchObject({
      vpc_id: '?alicloud_vpc.default.id',
      vswitch_id: '?alicloud_vswitch.default.id',
      nat_type: 'Enhanced',
    });
    expect(valuesOf(result, 'alicloud_eip_association.default')).toEqual({
      allocation_id: '?alicloud_eip_address.default.id',
      instance_id: '?alicloud_nat_gateway.default.id',
    });
    expect(valuesOf(result, 'alicloud_snat_entry.default')).toEqual({
      snat_table_id: '?alicloud_nat_gateway.default.snat_table_ids',
      source_vswitch_id: '?alicloud_vswitch.default.id',
      snat_ip: '?alicloud_eip_address.default.ip_address',
    });
    expect(resource(result, 'alicloud_snat_entry.default')).toMatchObject({
      file: 'main.tf',
      line: 38,
    });
    expect(resource(result, 'alicloud_snat_entry.default').region).toBeUndefined();
  });

  test('Data_Works/101-data-works-network-docs-Example: the resource group, its default VPC and a network binding', () => {
    const result = fixture('data-works-network');
    expect(result.notes).toEqual([]);
    expect(result.resources.every((r) => r.region === 'cn-beijing')).toBe(true);
    expect(valuesOf(result, 'alicloud_vswitch.defaultss7s7F')).toMatchObject({
      vpc_id: '?alicloud_vpc.default5Bia4h.id',
      vswitch_name: 'terraform-example1',
      cidr_block: '10.0.0.0/24',
      zone_id: 'cn-beijing-g',
    });
    expect(valuesOf(result, 'alicloud_data_works_dw_resource_group.defaultVJvKvl')).toMatchObject({
      default_vpc_id: '?alicloud_vpc.default5Bia4h.id',
      default_vswitch_id: '?alicloud_vswitch.defaultss7s7F.id',
      resource_group_name: 'network_openapi_example01',
    });
    expect(valuesOf(result, 'alicloud_data_works_network.default')).toEqual({
      vpc_id: '?alicloud_vpc.defaulte4zhaL.id',
      vswitch_id: '?alicloud_vswitch.default675v38.id',
      dw_resource_group_id: '?alicloud_data_works_dw_resource_group.defaultVJvKvl.id',
    });
    expect(valuesOf(result, 'alicloud_vpc.defaulte4zhaL')).toMatchObject({
      cidr_block: '172.16.0.0/12',
      vpc_name: 'terraform-example3',
    });
  });

  test('RDS/101-db-readonly-instance-docs-Example: the RDS whitelist and vSwitch; unset attributes stay linkable', () => {
    const result = fixture('rds-readonly-instance');
    expect(result.notes).toEqual([]);
    expect(valuesOf(result, 'alicloud_db_instance.example')).toMatchObject({
      engine: 'MySQL',
      vswitch_id: '?alicloud_vswitch.example.id',
      security_ips: ['10.168.1.12', '100.69.7.112'],
    });
    expect(valuesOf(result, 'alicloud_db_readonly_instance.example')).toMatchObject({
      zone_id: '?alicloud_db_instance.example.zone_id',
      master_db_instance_id: '?alicloud_db_instance.example.id',
      engine_version: '5.6',
      instance_name: 'tf-examplereadonly',
    });
  });

  test('PolarDB/101-polardb-cluster-docs-Example-01: both whitelist groups of the cluster', () => {
    const result = fixture('polardb-cluster');
    expect(result.notes).toEqual([]);
    expect(valuesOf(result, 'alicloud_polardb_cluster.default')).toMatchObject({
      db_type: 'MySQL',
      vswitch_id: '?alicloud_vswitch.default.id',
      db_cluster_ip_array: [
        { db_cluster_ip_array_name: 'default', security_ips: ['1.2.3.4', '1.2.3.5'] },
        { db_cluster_ip_array_name: 'default2', security_ips: ['1.2.3.6'] },
      ],
    });
  });
});

describe('terraform-alicloud-high-availability-architecture (examples/complete, module "../..")', () => {
  const result = (): TerraformReadResult =>
    fixture('high-availability-architecture', 'examples/complete');

  test('the vSwitches of every tier, from for_each over the variable, with zones and CIDRs', () => {
    const read = result();
    expect(read.notes).toEqual([]);
    const vswitches = read.resources
      .filter((r) => r.type === 'alicloud_vswitch')
      .map((r) => [r.address, r.region, plain(r.values['zone_id']), plain(r.values['cidr_block'])]);
    expect(vswitches).toEqual([
      ['module.complete.alicloud_vswitch.alb["0"]', 'cn-beijing', 'cn-beijing-l', '192.168.1.0/24'],
      ['module.complete.alicloud_vswitch.alb["1"]', 'cn-beijing', 'cn-beijing-f', '192.168.2.0/24'],
      ['module.complete.alicloud_vswitch.ecs["0"]', 'cn-beijing', 'cn-beijing-l', '192.168.3.0/24'],
      ['module.complete.alicloud_vswitch.ecs["1"]', 'cn-beijing', 'cn-beijing-f', '192.168.4.0/24'],
      ['module.complete.alicloud_vswitch.rds["0"]', 'cn-beijing', 'cn-beijing-l', '192.168.5.0/24'],
      ['module.complete.alicloud_vswitch.rds["1"]', 'cn-beijing', 'cn-beijing-f', '192.168.6.0/24'],
    ]);
    expect(valuesOf(read, 'module.complete.alicloud_vpc.default')).toEqual({
      cidr_block: '192.168.0.0/16',
      vpc_name: null,
      tags: {},
    });
  });

  test('the multi-zone RDS: a comma-joined vswitch_id whose parts name both vSwitches', () => {
    expect(valuesOf(result(), 'module.complete.alicloud_db_instance.default')).toMatchObject({
      vswitch_id:
        '?module.complete.alicloud_vswitch.rds["0"].id,module.complete.alicloud_vswitch.rds["1"].id',
      engine: 'MySQL',
      engine_version: '8.0',
      security_group_ids: ['?module.complete.alicloud_security_group.default.id'],
    });
  });

  test('security group rules and the dynamic zone mappings of the load balancer', () => {
    const read = result();
    expect(addresses(read, 'alicloud_security_group_rule')).toEqual([
      'module.complete.alicloud_security_group_rule.sg_rule_http',
      'module.complete.alicloud_security_group_rule.sg_rule_https',
    ]);
    expect(valuesOf(read, 'module.complete.alicloud_security_group_rule.sg_rule_https')).toEqual({
      type: 'ingress',
      ip_protocol: 'tcp',
      nic_type: 'intranet',
      policy: 'accept',
      port_range: '443/443',
      priority: 1,
      security_group_id: '?module.complete.alicloud_security_group.default.id',
      cidr_ip: '0.0.0.0/0',
    });
    expect(valuesOf(read, 'module.complete.alicloud_alb_load_balancer.default')).toMatchObject({
      zone_mappings: [
        { vswitch_id: '?module.complete.alicloud_vswitch.alb["0"].id', zone_id: 'cn-beijing-l' },
        { vswitch_id: '?module.complete.alicloud_vswitch.alb["1"].id', zone_id: 'cn-beijing-f' },
      ],
    });
    expect(addresses(read, 'alicloud_instance')).toEqual([
      'module.complete.alicloud_instance.default["0"]',
      'module.complete.alicloud_instance.default["1"]',
    ]);
  });
});

describe('terraform-alicloud-network-with-nat (examples/complete, registry modules not downloaded)', () => {
  test('the NAT gateway of the local module is read; each registry module is an unresolved note', () => {
    const result = fixture('network-with-nat', 'examples/complete');
    expect(addresses(result, 'alicloud_nat_gateway')).toEqual([
      'module.nat_eip_snat.alicloud_nat_gateway.this[0]',
    ]);
    expect(valuesOf(result, 'module.nat_eip_snat.alicloud_nat_gateway.this[0]')).toMatchObject({
      nat_type: 'Enhanced',
      payment_type: 'PayAsYouGo',
      vswitch_id: '?module.vpc.module.vpc.this_vswitch_ids[0]',
    });
    expect(resource(result, 'module.nat_eip_snat.alicloud_nat_gateway.this[0]').region).toBe(
      'cn-zhangjiakou',
    );
    expect(valuesOf(result, 'module.nat_eip_snat.alicloud_eip_association.snat[0]')).toEqual({
      allocation_id: '?module.nat_eip_snat.module.eip_snat.this_eip_id[0]',
      instance_id: '?module.nat_eip_snat.alicloud_nat_gateway.this[0].id',
    });
    const unresolved = result.notes
      .filter((n) => n.level === 'unresolved')
      .map((n) => [n.file, n.line, english(n.message).split(':')[0]]);
    expect(unresolved).toEqual([
      [
        'examples/complete/main.tf',
        50,
        'module "temp_snat_eip" (source "terraform-alicloud-modules/eip/alicloud") is not on disk',
      ],
      ['main.tf', 8, 'module "vpc" (source "alibaba/vpc/alicloud") is not on disk'],
      [
        'examples/complete/main.tf',
        28,
        'module "security_group" (source "alibaba/security-group/alicloud") is not on disk',
      ],
      [
        'examples/complete/main.tf',
        35,
        'module "ecs_instance" (source "alibaba/ecs-instance/alicloud") is not on disk',
      ],
      [
        'main.tf',
        64,
        'module "eip_snat" (source "terraform-alicloud-modules/eip/alicloud") is not on disk',
      ],
      [
        'main.tf',
        106,
        'module "snat" (source "terraform-alicloud-modules/snat/alicloud") is not on disk',
      ],
      [
        'main.tf',
        122,
        'module "eip_dnat" (source "terraform-alicloud-modules/eip/alicloud") is not on disk',
      ],
      [
        'main.tf',
        168,
        'module "dnat" (source "terraform-alicloud-modules/dnat/alicloud") is not on disk',
      ],
    ]);
    expect(result.notes.filter((n) => n.level !== 'unresolved')).toEqual([]);
  });

  test('--var-file of the example (tfvars/01-update.tfvars) is applied', () => {
    const files = folderFiles(join(FIXTURES, 'network-with-nat'));
    const result = readTerraformConfiguration(files, {
      root: 'examples/complete',
      varFiles: ['examples/complete/tfvars/01-update.tfvars'],
    });
    expect(valuesOf(result, 'module.nat_eip_snat.alicloud_nat_gateway.this[0]')).toMatchObject({
      nat_gateway_name: 'update-tf-nat-name',
    });
    expect(
      valuesOf(
        fixture('network-with-nat', 'examples/complete'),
        'module.nat_eip_snat.alicloud_nat_gateway.this[0]',
      ),
    ).toMatchObject({ nat_gateway_name: 'tf-nat-name' });
    expect(result.notes.filter((n) => n.level === 'error')).toEqual([]);
  });
});

describe('terraform-alicloud-network-with-nat after terraform init (alibaba/vpc/alicloud 2.0.0 in .terraform/modules)', () => {
  test('the registry VPC module gives the vSwitches whose CIDRs the example computes with cidrsubnet', () => {
    const result = fixture('network-with-nat-initialized', 'examples/complete');
    const vswitches = result.resources
      .filter((r) => r.type === 'alicloud_vswitch')
      .map((r) => [r.address, r.file, plain(r.values['cidr_block']), plain(r.values['vpc_id'])]);
    const vpcId = '?module.vpc.module.vpc.alicloud_vpc.vpc[0].id';
    const file = 'examples/complete/.terraform/modules/vpc.vpc/main.tf';
    expect(vswitches).toEqual([
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[0]', file, '172.16.128.0/20', vpcId],
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[1]', file, '172.16.144.0/20', vpcId],
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[2]', file, '172.16.160.0/20', vpcId],
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[3]', file, '172.16.176.0/20', vpcId],
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[4]', file, '172.16.192.0/20', vpcId],
      ['module.vpc.module.vpc.alicloud_vswitch.vswitches[5]', file, '172.16.240.0/20', vpcId],
    ]);
    expect(valuesOf(result, 'module.vpc.module.vpc.alicloud_vpc.vpc[0]')).toMatchObject({
      cidr_block: '172.16.0.0/16',
    });
    // The NAT gateway of another module instance follows the outputs back to that VPC and vSwitch.
    expect(valuesOf(result, 'module.nat_eip_snat.alicloud_nat_gateway.this[0]')).toMatchObject({
      vpc_id: vpcId,
      vswitch_id: '?module.vpc.module.vpc.alicloud_vswitch.vswitches[0].id',
    });
    expect(result.resources.every((r) => r.region === 'cn-zhangjiakou')).toBe(true);
    const missing = result.notes.map((n) => /^module "(\w+)"/.exec(english(n.message))?.[1]);
    expect(missing).toEqual([
      'temp_snat_eip',
      'security_group',
      'ecs_instance',
      'eip_snat',
      'snat',
      'eip_dnat',
      'dnat',
    ]);
  });
});

describe('secrets', () => {
  test('the example password of high-availability-architecture is in no unresolved origin and no note', () => {
    const result = fixture('high-availability-architecture', 'examples/complete');
    const origins: string[] = [];
    const collect = (value: TfValue): void => {
      if (value instanceof Unknown) origins.push(value.origin, english(value.reason));
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
    };
    result.resources.forEach((r) => collect(r.values));
    // The scripts that interpolate the password around an unknown endpoint are unknowns.
    expect(origins.some((origin) => origin.startsWith('base64encode('))).toBe(true);
    expect(origins.join('\n')).not.toContain('Example1234');
    expect(JSON.stringify(result.notes)).not.toContain('Example1234');
  });
});

describe('bad input from real files', () => {
  test('every mutation of a real configuration (cut text, stray brackets) is read without an internal error', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const original = folderFiles(join(FIXTURES, 'high-availability-architecture'));
    const configuration = [...original.keys()].filter((key) => key.endsWith('.tf'));
    for (let i = 0; i < 60; i++) {
      const files = new Map(original);
      const key = configuration[random(configuration.length)] ?? '';
      const text = files.get(key) ?? '';
      const at = random(text.length);
      files.set(
        key,
        random(2) === 0
          ? text.slice(0, at) + text.slice(at + 1 + random(30))
          : text.slice(0, at) + ('}{"[=('[random(6)] ?? '') + text.slice(at),
      );
      const result = readTerraformConfiguration(files, { root: 'examples/complete' });
      const internal = result.notes.filter((n) =>
        /internal error|could not be evaluated \(/.test(english(n.message)),
      );
      expect(internal).toEqual([]);
    }
  });
});
