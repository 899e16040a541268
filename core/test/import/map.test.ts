// The mapping of Terraform resources to a topology, one resource type after another, on
// resources as every Terraform source yields them (no HCL involved). Each test writes the
// topology and reads back what a user would see in the file.
import { describe, expect, it } from 'vitest';
import {
  importedIds,
  importSummaryLines,
  mapTerraform,
  writeTopology,
  type TerraformResource,
  type TfValue,
} from '../../src/index';
import { after, english, formatProblems, problems, resource } from './helpers';

function importText(resources: TerraformResource[]): string {
  const text = writeTopology(mapTerraform({ resources, notes: [] }));
  expect(formatProblems(text)).toEqual([]);
  return text;
}

function importJson(resources: TerraformResource[]): Record<string, unknown> {
  const text = importText(resources);
  // The output is JSONC: comments on lines of their own.
  return JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
}

const vpc = resource(
  'alicloud_vpc.main',
  { vpc_name: 'prod', cidr_block: '10.0.0.0/16' },
  { region: 'cn-hangzhou' },
);
const vsw = resource('alicloud_vswitch.a', {
  vpc_id: after('alicloud_vpc.main.id'),
  vswitch_name: 'prod-a',
  zone_id: 'cn-hangzhou-h',
  cidr_block: '10.0.1.0/24',
});

describe('VPCs and vSwitches', () => {
  it('names them after vpc_name / vswitch_name and puts the shared region in defaults', () => {
    const text = importText([vpc, vsw]);
    expect(text).toContain('// from alicloud_vpc.main (main.tf:1)');
    expect(text).toContain('// from alicloud_vswitch.a (main.tf:1)');
    expect(importJson([vpc, vsw])).toMatchObject({
      defaults: { region: 'cn-hangzhou' },
      vpcs: {
        prod: {
          cidr: '10.0.0.0/16',
          vSwitches: { 'prod-a': { zone: 'cn-hangzhou-h', cidr: '10.0.1.0/24' } },
        },
      },
    });
  });

  it('links a vSwitch to its VPC by literal id in a state, and takes the region from the zone', () => {
    const json = importJson([
      resource('alicloud_vpc.main', { id: 'vpc-bp1', cidr_block: '10.0.0.0/16' }),
      resource('alicloud_vswitch.a', {
        id: 'vsw-bp1',
        vpc_id: 'vpc-bp1',
        availability_zone: 'cn-shanghai-b',
        cidr_block: '10.0.1.0/24',
      }),
    ]);
    expect(json).toMatchObject({
      defaults: { region: 'cn-shanghai' },
      vpcs: {
        'vpc-main': { cidr: '10.0.0.0/16', vSwitches: { 'vsw-a': { zone: 'cn-shanghai-b' } } },
      },
    });
  });

  it('gives entities of one name in two collections distinct ids', () => {
    const json = importJson([
      resource('alicloud_vpc.main', { vpc_name: 'example', cidr_block: '10.0.0.0/16' }),
      resource('alicloud_vswitch.a', {
        vpc_id: after('alicloud_vpc.main.id'),
        vswitch_name: 'example',
        cidr_block: '10.0.1.0/24',
      }),
    ]);
    expect(Object.keys(json['vpcs'] as object)).toEqual(['example']);
    expect(
      Object.keys((json['vpcs'] as Record<string, { vSwitches: object }>)['example']!.vSwitches),
    ).toEqual(['vsw-example']);
  });

  it('leaves out a VPC whose CIDR block is unknown, and says so in the notes', () => {
    const topology = mapTerraform({
      resources: [resource('alicloud_vpc.main', { cidr_block: after('var.cidr') })],
      notes: [],
    });
    expect(topology.collections.vpcs?.size ?? 0).toBe(0);
    expect(topology.notes.map((n) => english(n.message))).toEqual([
      'alicloud_vpc.main: not imported: its CIDR block, known after apply (var.cidr)',
    ]);
    expect(topology.summary.unresolved).toBe(1);
  });

  it('maps secondary CIDR blocks: secondary_cidr_blocks and alicloud_vpc_ipv4_cidr_block, once each', () => {
    const text = importText([
      resource('alicloud_vpc.main', {
        vpc_name: 'prod',
        cidr_block: '10.0.0.0/16',
        secondary_cidr_blocks: ['172.20.0.0/16', after('var.extra')],
      }),
      resource('alicloud_vpc_ipv4_cidr_block.more', {
        vpc_id: after('alicloud_vpc.main.id'),
        secondary_cidr_block: '192.168.0.0/16',
      }),
      resource('alicloud_vpc_ipv4_cidr_block.again', {
        vpc_id: after('alicloud_vpc.main.id'),
        secondary_cidr_block: '172.20.0.0/16',
      }),
    ]);
    expect(text).toContain(
      [
        '    "prod": {',
        '      // unresolved: a secondary CIDR block, known after apply (var.extra)',
        '      "cidr": "10.0.0.0/16",',
        '      "secondaryCidrs": [',
        '        // from alicloud_vpc_ipv4_cidr_block.again (main.tf:1)',
        '        "172.20.0.0/16",',
        '        // from alicloud_vpc_ipv4_cidr_block.more (main.tf:1)',
        '        "192.168.0.0/16"',
        '      ]',
      ].join('\n'),
    );
    expect(problems(text)).toEqual([]);
  });
});

describe('secondary CIDR blocks', () => {
  it('keeps a vSwitch of a secondary block, which the check finds inside the VPC', () => {
    const text = importText([
      vpc,
      resource('alicloud_vpc_ipv4_cidr_block.more', {
        vpc_id: after('alicloud_vpc.main.id'),
        secondary_cidr_block: '192.168.0.0/16',
      }),
      resource('alicloud_vswitch.s', {
        vpc_id: after('alicloud_vpc.main.id'),
        vswitch_name: 'second',
        cidr_block: '192.168.1.0/24',
      }),
    ]);
    expect(text).not.toContain('dwnet-ignore');
    expect(text).toContain('"second": { "cidr": "192.168.1.0/24" }');
    expect(problems(text)).toEqual([]);
  });
});

describe('NAT gateways, EIPs and SNAT entries', () => {
  const nat = resource('alicloud_nat_gateway.ngw', {
    vpc_id: after('alicloud_vpc.main.id'),
    vswitch_id: after('alicloud_vswitch.a.id'),
    nat_gateway_name: 'prod-nat',
    nat_type: 'Enhanced',
  });
  const eip = resource('alicloud_eip_address.e', { address_name: 'e' });
  const association = resource('alicloud_eip_association.e', {
    allocation_id: after('alicloud_eip_address.e.id'),
    instance_id: after('alicloud_nat_gateway.ngw.id'),
  });
  const snat = resource('alicloud_snat_entry.s', {
    snat_table_id: after('alicloud_nat_gateway.ngw.snat_table_ids'),
    source_vswitch_id: after('alicloud_vswitch.a.id'),
    snat_ip: after('alicloud_eip_address.e.ip_address'),
  });

  it('writes an EIP known after apply by its origin, in eips and in the SNAT entry: equal, so nothing waits for apply', () => {
    const text = importText([vpc, vsw, nat, eip, association, snat]);
    expect(importJson([vpc, vsw, nat, eip, association, snat])).toMatchObject({
      vpcs: {
        prod: {
          natGateways: {
            'prod-nat': {
              vSwitch: 'prod-a',
              eips: ['${alicloud_eip_address.e.ip_address}'],
              snatEntries: [{ source: 'prod-a', eip: '${alicloud_eip_address.e.ip_address}' }],
            },
          },
        },
      },
    });
    expect(text).not.toContain('// unresolved');
    expect(text).not.toContain('dwnet-ignore nat-no-eip');
    expect(problems(text)).toEqual([]);
  });

  it('counts the values written by their origin in the summary as known only after apply', () => {
    const topology = mapTerraform({
      resources: [vpc, vsw, nat, eip, association, snat],
      notes: [],
    });
    expect(topology.summary.afterApply).toBe(2);
    expect(importSummaryLines(topology, 'main.tf', 'terraform').join('\n')).toContain(
      '2 values known only after apply, written as ${origin}',
    );
  });

  it('checks the result: a whitelist entry of the same origin holds the EIP, a concrete one waits for apply', () => {
    const task = (text: string) =>
      text.replace(
        /\n}\n$/,
        `,
  "resourceGroups": { "rg": { "type": "serverless", "vpcBindings": [{ "vpc": "prod", "vSwitch": "prod-a" }] } },
  "dataSources": { "partner": { "engine": "mysql", "hosting": "selfManaged",
    "network": { "type": "internet", "address": "203.0.113.10" }, "whitelist": WHITELIST } },
  "tasks": { "t": { "kind": "schedule", "resourceGroup": "rg", "dataSources": ["partner"] } }
}
`,
      );
    const base = task(importText([vpc, vsw, nat, eip, association, snat]));
    const same = base.replace('WHITELIST', '["${alicloud_eip_address.e.ip_address}"]');
    expect(problems(same)).toEqual([]);
    const concrete = base.replace('WHITELIST', '["47.96.1.10"]');
    expect(problems(concrete)).toEqual(['value-after-apply@/dataSources/partner/whitelist']);
  });
  it('uses the addresses a state knows: the EIP joins eips and the SNAT entry', () => {
    const json = importJson([
      resource('alicloud_vpc.main', { id: 'vpc-1', vpc_name: 'prod', cidr_block: '10.0.0.0/16' }),
      resource('alicloud_vswitch.a', {
        id: 'vsw-1',
        vpc_id: 'vpc-1',
        vswitch_name: 'prod-a',
        cidr_block: '10.0.1.0/24',
      }),
      resource('alicloud_nat_gateway.ngw', {
        id: 'ngw-1',
        vpc_id: 'vpc-1',
        vswitch_id: 'vsw-1',
        snat_table_ids: 'stb-1',
        nat_gateway_name: 'prod-nat',
      }),
      resource('alicloud_eip_address.e', { id: 'eip-1', ip_address: '47.96.1.10' }),
      resource('alicloud_eip_association.e', {
        allocation_id: 'eip-1',
        instance_id: 'ngw-1',
        instance_type: 'Nat',
      }),
      resource('alicloud_snat_entry.s', {
        snat_table_id: 'stb-1',
        source_cidr: '10.0.2.0/24',
        snat_ip: '47.96.1.10',
      }),
    ]);
    expect(json).toMatchObject({
      vpcs: {
        prod: {
          natGateways: {
            'prod-nat': {
              vSwitch: 'prod-a',
              eips: ['47.96.1.10'],
              snatEntries: [{ source: '10.0.2.0/24', eip: '47.96.1.10' }],
            },
          },
        },
      },
    });
  });

  it('leaves out an intranet NAT gateway: it is not a way to the Internet', () => {
    const text = importText([
      vpc,
      vsw,
      resource('alicloud_nat_gateway.inner', {
        vpc_id: after('alicloud_vpc.main.id'),
        vswitch_id: after('alicloud_vswitch.a.id'),
        network_type: 'intranet',
      }),
    ]);
    expect(text).not.toContain('natGateways');
    expect(text).toContain(
      '// note: alicloud_nat_gateway.inner (main.tf:1) is a VPC (intranet) NAT gateway, not a way to the Internet: not imported',
    );
  });
});

describe('security groups', () => {
  const sg = resource('alicloud_security_group.rg', {
    vpc_id: after('alicloud_vpc.main.id'),
    security_group_name: 'rg-sg',
    security_group_type: 'enterprise',
  });
  const rule = (name: string, values: Record<string, string | number>) =>
    resource(`alicloud_security_group_rule.${name}`, {
      security_group_id: after('alicloud_security_group.rg.id'),
      ...values,
    });

  it('maps types, protocols, port ranges, policies and priorities; skips ICMPv6 rules with a comment', () => {
    const resources = [
      vpc,
      sg,
      rule('mysql', {
        type: 'egress',
        ip_protocol: 'tcp',
        port_range: '3306/3306',
        cidr_ip: '10.0.2.0/24',
      }),
      rule('all', {
        type: 'ingress',
        ip_protocol: 'all',
        port_range: '-1/-1',
        cidr_ip: '10.0.1.0/24',
        policy: 'drop',
        priority: 5,
      }),
      rule('range', {
        type: 'ingress',
        ip_protocol: 'tcp',
        port_range: '8000/8080',
        cidr_ip: '10.0.0.0/8',
      }),
      rule('dns', {
        type: 'egress',
        ip_protocol: 'udp',
        port_range: '53/53',
        cidr_ip: '0.0.0.0/0',
      }),
      rule('ping', {
        type: 'ingress',
        ip_protocol: 'ICMP',
        port_range: '-1/-1',
        cidr_ip: '10.0.0.0/8',
      }),
      rule('ping6', {
        type: 'ingress',
        ip_protocol: 'icmpv6',
        port_range: '-1/-1',
        cidr_ip: '10.0.0.0/8',
      }),
    ];
    expect(importJson(resources)).toMatchObject({
      securityGroups: {
        'rg-sg': {
          vpc: 'prod',
          type: 'advanced',
          rules: [
            { direction: 'ingress', cidr: '10.0.1.0/24', policy: 'drop', priority: 5 },
            { direction: 'egress', protocol: 'udp', cidr: '0.0.0.0/0', ports: '53' },
            { direction: 'egress', protocol: 'tcp', cidr: '10.0.2.0/24', ports: '3306' },
            { direction: 'ingress', protocol: 'icmp', cidr: '10.0.0.0/8' },
            { direction: 'ingress', protocol: 'tcp', cidr: '10.0.0.0/8', ports: '8000-8080' },
          ],
        },
      },
    });
    expect(importText(resources)).toContain(
      '// unresolved: rule alicloud_security_group_rule.ping6 not imported: its protocol icmpv6 is not tcp, udp, icmp, gre or all',
    );
  });
});

describe('databases', () => {
  it('maps an RDS instance: engine, VPC through a comma-joined vSwitch list, whitelist, port', () => {
    const json = importJson([
      resource('alicloud_vpc.main', { id: 'vpc-1', vpc_name: 'prod', cidr_block: '10.0.0.0/16' }),
      resource('alicloud_vswitch.a', {
        id: 'vsw-1',
        vpc_id: 'vpc-1',
        cidr_block: '10.0.1.0/24',
        zone_id: 'cn-hangzhou-h',
      }),
      resource('alicloud_vswitch.b', {
        id: 'vsw-2',
        vpc_id: 'vpc-1',
        cidr_block: '10.0.2.0/24',
        zone_id: 'cn-hangzhou-i',
      }),
      resource('alicloud_db_instance.orders', {
        id: 'rm-1',
        engine: 'MySQL',
        instance_name: 'orders',
        vswitch_id: 'vsw-1,vsw-2',
        security_ips: ['10.0.1.0/24', '192.168.0.1'],
        port: '3306',
        connection_string: 'rm-1.mysql.rds.aliyuncs.com',
      }),
    ]);
    expect(json).toMatchObject({
      dataSources: {
        orders: {
          engine: 'mysql',
          hosting: 'managed',
          network: { type: 'vpc', vpc: 'prod', port: 3306 },
          whitelist: ['10.0.1.0/24', '192.168.0.1'],
        },
      },
    });
  });

  it("writes the service's default whitelist (127.0.0.1) when the source gives none", () => {
    const text = importText([
      vpc,
      vsw,
      resource('alicloud_db_instance.db', {
        engine: 'PostgreSQL',
        vswitch_id: after('alicloud_vswitch.a.id'),
      }),
    ]);
    expect(text).toContain('"whitelist": ["127.0.0.1"]');
    expect(text).toContain('"engine": "postgresql"');
  });

  it('maps a PolarDB cluster whitelist from db_cluster_ip_array, without hidden groups', () => {
    const json = importJson([
      vpc,
      vsw,
      resource('alicloud_polardb_cluster.c', {
        db_type: 'MySQL',
        vswitch_id: after('alicloud_vswitch.a.id'),
        description: 'warehouse',
        db_cluster_ip_array: [
          { db_cluster_ip_array_name: 'default', security_ips: ['10.0.1.0/24'] },
          {
            db_cluster_ip_array_name: 'dts',
            db_cluster_ip_array_attribute: 'hidden',
            security_ips: ['100.104.0.0/16'],
          },
        ],
      }),
    ]);
    expect(json).toMatchObject({
      dataSources: { warehouse: { engine: 'polardb', whitelist: ['10.0.1.0/24'] } },
    });
  });

  it('writes a whitelist entry known after apply by its origin', () => {
    const text = importText([
      vpc,
      vsw,
      resource('alicloud_db_instance.db', {
        engine: 'MySQL',
        vswitch_id: after('alicloud_vswitch.a.id'),
        security_ips: ['10.0.1.0/24', after('alicloud_instance.app.private_ip')],
      }),
    ]);
    expect(text).toContain('"whitelist": ["10.0.1.0/24", "${alicloud_instance.app.private_ip}"]');
    expect(text).not.toContain('// unresolved');
    expect(problems(text)).toEqual([]);
  });
});

describe('DataWorks', () => {
  it('maps a serverless resource group with its default binding, a network binding and its routes', () => {
    const other = resource(
      'alicloud_vpc.other',
      { vpc_name: 'other', cidr_block: '172.16.0.0/12' },
      { region: 'cn-hangzhou' },
    );
    const otherVsw = resource('alicloud_vswitch.o', {
      vpc_id: after('alicloud_vpc.other.id'),
      vswitch_name: 'other-a',
      cidr_block: '172.16.0.0/24',
    });
    const json = importJson([
      vpc,
      vsw,
      other,
      otherVsw,
      resource('alicloud_data_works_dw_resource_group.rg', {
        resource_group_name: 'etl',
        default_vpc_id: after('alicloud_vpc.main.id'),
        default_vswitch_id: after('alicloud_vswitch.a.id'),
      }),
      resource('alicloud_data_works_network.n', {
        dw_resource_group_id: after('alicloud_data_works_dw_resource_group.rg.id'),
        vpc_id: after('alicloud_vpc.other.id'),
        vswitch_id: after('alicloud_vswitch.o.id'),
      }),
      resource('alicloud_data_works_route.r', {
        network_id: after('alicloud_data_works_network.n.id'),
        destination_cidr: '192.168.0.0/16',
      }),
    ]);
    expect(json).toMatchObject({
      resourceGroups: {
        etl: {
          type: 'serverless',
          vpcBindings: [
            { vpc: 'prod', vSwitch: 'prod-a' },
            { vpc: 'other', vSwitch: 'other-a', routes: ['192.168.0.0/16'] },
          ],
        },
      },
    });
  });

  it('maps a DataWorks data source from its connection properties, never its password', () => {
    const text = importText([
      vpc,
      vsw,
      resource('alicloud_data_works_data_source.ds', {
        type: 'mysql',
        data_source_name: 'orders_db',
        connection_properties: JSON.stringify({
          address: [{ host: '10.0.1.20', port: '3306' }],
          username: 'etl',
          password: 'S3cret-Passw0rd',
          envType: 'Prod',
        }),
      }),
    ]);
    expect(text).not.toContain('S3cret-Passw0rd');
    expect(JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''))).toMatchObject({
      dataSources: {
        orders_db: {
          engine: 'mysql',
          network: { type: 'vpc', vpc: 'prod', address: '10.0.1.20', port: 3306 },
        },
      },
    });
  });
});

describe('connections', () => {
  it('maps CEN attachments (classic and transit router), VPC peering and VPN to data centers', () => {
    const sh = resource(
      'alicloud_vpc.sh',
      { vpc_name: 'sh', cidr_block: '172.16.0.0/16' },
      { region: 'cn-shanghai' },
    );
    const json = importJson([
      vpc,
      sh,
      resource('alicloud_cen_instance.cen', { cen_instance_name: 'backbone' }),
      resource('alicloud_cen_instance_attachment.hz', {
        instance_id: after('alicloud_cen_instance.cen.id'),
        child_instance_id: after('alicloud_vpc.main.id'),
        child_instance_type: 'VPC',
      }),
      resource('alicloud_cen_transit_router.tr', { cen_id: after('alicloud_cen_instance.cen.id') }),
      resource('alicloud_cen_transit_router_vpc_attachment.sh', {
        transit_router_id: after('alicloud_cen_transit_router.tr.transit_router_id'),
        vpc_id: after('alicloud_vpc.sh.id'),
      }),
      resource('alicloud_vpc_peer_connection.p', {
        vpc_id: after('alicloud_vpc.main.id'),
        accepting_vpc_id: after('alicloud_vpc.sh.id'),
        peer_connection_name: 'hz-sh',
      }),
      resource('alicloud_vpn_gateway.gw', { vpc_id: after('alicloud_vpc.main.id') }),
      resource('alicloud_vpn_customer_gateway.idc', {
        customer_gateway_name: 'idc-bj',
        ip_address: '203.0.113.1',
      }),
      resource('alicloud_vpn_connection.c', {
        vpn_gateway_id: after('alicloud_vpn_gateway.gw.id'),
        customer_gateway_id: after('alicloud_vpn_customer_gateway.idc.id'),
        local_subnet: ['10.0.0.0/16'],
        remote_subnet: ['192.168.0.0/16'],
        vpn_connection_name: 'to-idc',
      }),
    ]);
    expect(json).toMatchObject({
      dataCenters: { 'idc-bj': { cidrs: ['192.168.0.0/16'] } },
      connections: {
        backbone: { type: 'cen', members: ['prod', 'sh'] },
        'hz-sh': { type: 'vpcPeering', members: ['prod', 'sh'] },
        'to-idc': { type: 'vpnGateway', members: ['prod', 'idc-bj'] },
      },
    });
  });
});

describe('more managed databases', () => {
  it('maps MongoDB sharded, Elasticsearch and ClickHouse instances with their whitelists', () => {
    const json = importJson([
      vpc,
      vsw,
      resource('alicloud_mongodb_sharding_instance.m', {
        name: 'orders-mongo',
        vswitch_id: after('alicloud_vswitch.a.id'),
        security_ip_list: ['10.0.1.0/24'],
      }),
      resource('alicloud_elasticsearch_instance.es', {
        description: 'logs',
        vswitch_id: after('alicloud_vswitch.a.id'),
        private_whitelist: ['10.0.0.0/16'],
      }),
      resource('alicloud_click_house_db_cluster.ch', {
        db_cluster_description: 'olap',
        vswitch_id: after('alicloud_vswitch.a.id'),
        db_cluster_access_white_list: [
          { db_cluster_ip_array_name: 'default', security_ip_list: '10.0.1.0/24,10.0.2.0/24' },
        ],
      }),
    ]);
    expect(json).toMatchObject({
      dataSources: {
        'orders-mongo': { engine: 'mongodb', network: { vpc: 'prod' }, whitelist: ['10.0.1.0/24'] },
        logs: { engine: 'elasticsearch', network: { vpc: 'prod' }, whitelist: ['10.0.0.0/16'] },
        olap: {
          engine: 'clickhouse',
          network: { vpc: 'prod' },
          whitelist: ['10.0.1.0/24', '10.0.2.0/24'],
        },
      },
    });
  });
});

describe('cross-account VPC peering', () => {
  const partner = resource(
    'alicloud_vpc.partner',
    { vpc_name: 'partner', cidr_block: '172.20.0.0/16' },
    // The accepting side's provider (an alias with assume_role) sets no region here.
    { region: undefined },
  );
  const peering = (uid: TfValue) =>
    resource('alicloud_vpc_peer_connection.p', {
      vpc_id: after('alicloud_vpc.main.id'),
      accepting_vpc_id: after('alicloud_vpc.partner.id'),
      accepting_ali_uid: uid,
      accepting_region_id: 'cn-beijing',
      peer_connection_name: 'to-partner',
    });

  it('puts the accepting VPC in the account its UID names, in the accepting region', () => {
    const text = importText([vpc, partner, peering('1234567890123456')]);
    expect(text).toContain('// from alicloud_vpc_peer_connection.p (main.tf:1)');
    expect(JSON.parse(text.replace(/^\s*\/\/.*$/gm, ''))).toMatchObject({
      defaults: { account: 'main' },
      accounts: { main: {}, 'account-1234567890123456': { uid: '1234567890123456' } },
      vpcs: {
        prod: { region: 'cn-hangzhou', cidr: '10.0.0.0/16' },
        partner: {
          account: 'account-1234567890123456',
          region: 'cn-beijing',
          cidr: '172.20.0.0/16',
        },
      },
      connections: { 'to-partner': { type: 'vpcPeering', members: ['prod', 'partner'] } },
    });
    expect(problems(text)).toEqual([]);
  });

  it('keeps one account when the UID is a reference (data.alicloud_account) or the own one', () => {
    const sameByReference = importJson([
      vpc,
      partner,
      peering(after('data.alicloud_account.me.id')),
    ]);
    expect(sameByReference['accounts']).toBeUndefined();
    expect(sameByReference).toMatchObject({
      vpcs: { partner: { region: 'cn-beijing' } },
      connections: { 'to-partner': { type: 'vpcPeering' } },
    });
    // A state knows the importing account's UID from data.alicloud_account.
    const me = resource(
      'data.alicloud_account.me',
      { id: '1234567890123456' },
      { mode: 'data', type: 'alicloud_account', name: 'me' },
    );
    const sameByUid = importJson([me, vpc, partner, peering('1234567890123456')]);
    expect(sameByUid['accounts']).toBeUndefined();
    const other = importJson([me, vpc, partner, peering('6543210987654321')]);
    expect(other).toMatchObject({
      accounts: {
        main: { uid: '1234567890123456' },
        'account-6543210987654321': { uid: '6543210987654321' },
      },
    });
  });

  it('names the accepting VPC, its account and region when it is not in the Terraform source', () => {
    const topology = mapTerraform({
      resources: [
        vpc,
        resource('alicloud_vpc_peer_connection.p', {
          vpc_id: after('alicloud_vpc.main.id'),
          accepting_vpc_id: 'vpc-2ze0partner',
          accepting_ali_uid: '1234567890123456',
          accepting_region_id: 'cn-beijing',
        }),
      ],
      notes: [],
    });
    expect(topology.notes.map((note) => english(note.message))).toEqual([
      'alicloud_vpc_peer_connection.p: not imported: the accepting VPC vpc-2ze0partner (region cn-beijing, account 1234567890123456) is not in the Terraform source; add it to vpcs with its CIDR block, and a vpcPeering connection between the two',
    ]);
  });
});

describe('Express Connect', () => {
  it('makes a data center of a virtual border router, with the routes towards it, joined to a VPC by CEN', () => {
    const json = importJson([
      vpc,
      resource('alicloud_express_connect_virtual_border_router.vbr', {
        virtual_border_router_name: 'idc-sh',
      }),
      resource('alicloud_route_entry.to_idc', {
        route_table_id: after('alicloud_express_connect_virtual_border_router.vbr.route_table_id'),
        destination_cidrblock: '192.168.0.0/16',
        nexthop_type: 'PhysicalConnection',
      }),
      resource('alicloud_cen_instance.cen', { cen_instance_name: 'hybrid' }),
      resource('alicloud_cen_instance_attachment.vpc', {
        instance_id: after('alicloud_cen_instance.cen.id'),
        child_instance_id: after('alicloud_vpc.main.id'),
        child_instance_type: 'VPC',
      }),
      resource('alicloud_cen_instance_attachment.vbr', {
        instance_id: after('alicloud_cen_instance.cen.id'),
        child_instance_id: after('alicloud_express_connect_virtual_border_router.vbr.id'),
        child_instance_type: 'VBR',
      }),
    ]);
    expect(json).toMatchObject({
      dataCenters: { 'idc-sh': { cidrs: ['192.168.0.0/16'] } },
      connections: { hybrid: { type: 'cen', members: ['idc-sh', 'prod'] } },
    });
  });
});

describe('summary', () => {
  it('counts entities by collection and resource types with no dwnet meaning', () => {
    const topology = mapTerraform({
      resources: [
        vpc,
        vsw,
        resource('alicloud_instance.app', {}),
        resource('alicloud_instance.web', {}),
        resource('random_integer.x', {}),
      ],
      notes: [],
    });
    expect(topology.summary.imported).toEqual({ vpcs: 1, vSwitches: 1 });
    expect(topology.summary.skipped).toEqual({ alicloud_instance: 2, random_integer: 1 });
  });

  it('gives the same text for the same resources in any order', () => {
    const resources = [
      vpc,
      vsw,
      resource('alicloud_vswitch.b', {
        vpc_id: after('alicloud_vpc.main.id'),
        cidr_block: '10.0.9.0/24',
      }),
    ];
    expect(importText([...resources].reverse())).toBe(importText(resources));
    expect([...importedIds(importText(resources))].sort()).toEqual(['prod']);
  });
});
