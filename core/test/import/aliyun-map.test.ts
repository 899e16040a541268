// One family of API responses at a time: small response sets in, the exact entities and
// comments out, and what `dwnet check` then says where a choice of the mapper decides it.
import { describe, expect, it } from 'vitest';
import { importAliyun } from '../../src/import/aliyun';
import type { ImportedTopology } from '../../src/import/topology';
import { writeTopology } from '../../src/import/write';
import { english, formatProblems, problems } from './helpers';

type Json = Record<string, unknown>;

function files(entries: Record<string, Json | string>): Map<string, string> {
  return new Map(
    Object.entries(entries).map(([name, body]) => [
      name,
      typeof body === 'string' ? body : JSON.stringify(body, null, 2),
    ]),
  );
}

function entity(
  topology: ImportedTopology,
  collection: keyof ImportedTopology['collections'],
  id: string,
): Json | undefined {
  return topology.collections[collection]?.get(id)?.value;
}

function comments(topology: ImportedTopology, kind?: string): string[] {
  return Object.entries(topology.collections).flatMap(([name, collection]) =>
    [...(collection ?? [])].flatMap(([id, e]) =>
      e.comments
        .filter((c) => !kind || c.kind === kind)
        .map((c) => `${name}/${id} ${c.path.join('/')}: ${english(c.text)}`),
    ),
  );
}

const vpc = (id: string, name: string, cidr: string, region: string, owner = 1111): Json => ({
  VpcId: id,
  VpcName: name,
  CidrBlock: cidr,
  RegionId: region,
  OwnerId: owner,
});
const vswitch = (id: string, name: string, vpcId: string, cidr: string): Json => ({
  VSwitchId: id,
  VSwitchName: name,
  VpcId: vpcId,
  CidrBlock: cidr,
  ZoneId: 'cn-hangzhou-h',
});
const serverless = (id: string, name: string): Json => ({
  Id: id,
  Name: name,
  ResourceGroupType: 'CommonV2',
  Status: 'Normal',
});
const network = (
  id: number,
  group: string,
  vpcId: string,
  vswId: string,
  status = 'Running',
): Json => ({
  Id: id,
  ResourceGroupId: group,
  VpcId: vpcId,
  VswitchId: vswId,
  Status: status,
});

/** A serverless group `rg` bound to vpc-a/vsw-a in cn-hangzhou, with one route. */
const BASE = {
  'cn-hangzhou/DescribeVpcs.json': {
    Vpcs: { Vpc: [vpc('vpc-a', 'hz', '10.0.0.0/16', 'cn-hangzhou')] },
  },
  'cn-hangzhou/DescribeVSwitches.json': {
    VSwitches: { VSwitch: [vswitch('vsw-a', 'hz-a', 'vpc-a', '10.0.1.0/24')] },
  },
  'cn-hangzhou/ListResourceGroups.json': {
    PagingInfo: { ResourceGroupList: [serverless('rg-1', 'rg')] },
  },
  'cn-hangzhou/ListNetworks.rg-1.json': {
    PagingInfo: { NetworkList: [network(1, 'rg-1', 'vpc-a', 'vsw-a')] },
  },
  'cn-hangzhou/ListRoutes.rg-1.json': {
    PagingInfo: { RouteList: [{ Id: 9, NetworkId: 1, DestinationCidr: '172.16.0.0/16' }] },
  },
};

describe('connections', () => {
  it('a peering to another account gives the other VPC from its side of the peering, and accounts', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/ListVpcPeerConnections.json': {
          VpcPeerConnects: [
            {
              InstanceId: 'pcc-1',
              Name: 'to-partner',
              Status: 'Activated',
              RegionId: 'cn-hangzhou',
              OwnerId: 1111,
              AcceptingRegionId: 'cn-shanghai',
              AcceptingOwnerUid: 2222,
              Vpc: { VpcId: 'vpc-a', Ipv4Cidrs: ['10.0.0.0/16'] },
              AcceptingVpc: { VpcId: 'vpc-p', Ipv4Cidrs: ['172.16.0.0/16', '172.17.0.0/16'] },
            },
          ],
        },
      }),
    );
    expect(entity(topology, 'accounts', 'account-1111')).toEqual({ uid: '1111' });
    expect(entity(topology, 'accounts', 'account-2222')).toEqual({ uid: '2222' });
    // The side's further Ipv4Cidrs are its VPC's secondary CIDR blocks.
    expect(entity(topology, 'vpcs', 'vpc-p')).toEqual({
      account: 'account-2222',
      region: 'cn-shanghai',
      cidr: '172.16.0.0/16',
      secondaryCidrs: ['172.17.0.0/16'],
    });
    expect(entity(topology, 'vpcs', 'hz')).toMatchObject({
      account: 'account-1111',
      region: 'cn-hangzhou',
    });
    expect(entity(topology, 'resourceGroups', 'rg')).toMatchObject({
      account: 'account-1111',
      region: 'cn-hangzhou',
    });
    expect(entity(topology, 'connections', 'to-partner')).toEqual({
      type: 'vpcPeering',
      members: ['hz', 'vpc-p'],
    });
    expect(comments(topology, 'unresolved').filter((c) => c.startsWith('vpcs/vpc-p'))).toEqual([]);
    expect(formatProblems(writeTopology(topology))).toEqual([]);
  });

  it('a CEN lists its VPCs and the VBRs attached to it (as data centers), and says which members were not collected', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeVirtualBorderRouters.json': {
          VirtualBorderRouterSet: {
            VirtualBorderRouterType: [{ VbrId: 'vbr-1', Name: 'idc', RouteTableId: 'vtb-vbr' }],
          },
        },
        'cn-hangzhou/DescribeRouteEntryList.vtb-vbr.json': {
          RouteEntrys: {
            RouteEntry: [
              {
                RouteTableId: 'vtb-vbr',
                DestinationCidrBlock: '192.168.0.0/16',
                Type: 'Custom',
                NextHops: { NextHop: [{ NextHopType: 'PhysicalConnectionInterface' }] },
              },
              {
                RouteTableId: 'vtb-vbr',
                DestinationCidrBlock: '10.0.0.0/16',
                Type: 'BGP',
                NextHops: {
                  NextHop: [{ NextHopType: 'RouterInterface', NextHopOppsiteType: 'VRouter' }],
                },
              },
            ],
          },
        },
        'global/DescribeCens.json': { Cens: { Cen: [{ CenId: 'cen-1', Name: 'backbone' }] } },
        'global/DescribeCenAttachedChildInstances.cen-1.json': {
          ChildInstances: {
            ChildInstance: [
              {
                CenId: 'cen-1',
                ChildInstanceId: 'vpc-a',
                ChildInstanceType: 'VPC',
                Status: 'Attached',
              },
              {
                CenId: 'cen-1',
                ChildInstanceId: 'vbr-1',
                ChildInstanceType: 'VBR',
                Status: 'Attached',
              },
              {
                CenId: 'cen-1',
                ChildInstanceId: 'vpc-elsewhere',
                ChildInstanceType: 'VPC',
                Status: 'Attached',
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'dataCenters', 'idc')).toEqual({ cidrs: ['192.168.0.0/16'] });
    expect(entity(topology, 'connections', 'backbone')).toEqual({
      type: 'cen',
      members: ['hz', 'idc'],
    });
    expect(comments(topology, 'unresolved')).toContain(
      'connections/backbone members: member vpc-elsewhere: not in the responses (collect its region or account)',
    );
  });

  it('a VBR whose routes were not collected is a data center with no CIDR block yet, saying so', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeVirtualBorderRouters.json': {
          VirtualBorderRouterSet: {
            VirtualBorderRouterType: [{ VbrId: 'vbr-9', RouteTableId: 'vtb-9' }],
          },
        },
      }),
    );
    expect(entity(topology, 'dataCenters', 'vbr-9')).toEqual({ cidrs: [] });
    expect(comments(topology, 'unresolved')).toEqual([
      'dataCenters/vbr-9 cidrs: the CIDR blocks of the data center behind virtual border router vbr-9: no route in the responses names them; add them',
    ]);
    expect(formatProblems(writeTopology(topology))).toEqual([]);
  });

  it('transit router VPC attachments join the CEN they belong to', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-shanghai/DescribeVpcs.json': {
          Vpcs: { Vpc: [vpc('vpc-b', 'sh', '172.16.0.0/16', 'cn-shanghai')] },
        },
        'cn-hangzhou/ListTransitRouterVpcAttachments.cen-2.json': {
          TransitRouterAttachments: [{ CenId: 'cen-2', VpcId: 'vpc-a', Status: 'Attached' }],
        },
        'cn-shanghai/ListTransitRouterVpcAttachments.cen-2.json': {
          TransitRouterAttachments: [{ CenId: 'cen-2', VpcId: 'vpc-b', Status: 'Attached' }],
        },
      }),
    );
    expect(entity(topology, 'connections', 'cen-2')).toEqual({
      type: 'cen',
      members: ['hz', 'sh'],
    });
  });

  it('a VPN connection whose gateway is not in the responses joins nothing, with a note', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeVpnConnections.json': {
          VpnConnections: {
            VpnConnection: [
              {
                VpnConnectionId: 'vco-1',
                Name: 'office',
                VpnGatewayId: 'vpn-x',
                RemoteSubnet: '172.30.0.0/16,172.31.0.0/16',
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'dataCenters', 'office')).toEqual({
      cidrs: ['172.30.0.0/16', '172.31.0.0/16'],
    });
    expect(topology.collections.connections).toBeUndefined();
    expect(topology.notes.map((n) => `${n.level}: ${english(n.message)}`)).toEqual([
      'unresolved: connection vco-1 (vpnGateway) not imported: fewer than two of its members are in the responses (the VPC of VPN gateway vpn-x: DescribeVpnGateways does not name one in the responses)',
    ]);
  });
});

describe('resource groups', () => {
  it('binds the default VPC when ListNetworks was not collected, and skips deleted bindings', () => {
    const withDefault = importAliyun(
      files({
        'DescribeVpcs.json': BASE['cn-hangzhou/DescribeVpcs.json'],
        'DescribeVSwitches.json': {
          VSwitches: {
            VSwitch: [
              vswitch('vsw-a', 'hz-a', 'vpc-a', '10.0.1.0/24'),
              vswitch('vsw-b', 'hz-b', 'vpc-a', '10.0.2.0/24'),
            ],
          },
        },
        'ListResourceGroups.json': {
          PagingInfo: {
            ResourceGroupList: [
              { ...serverless('rg-1', 'rg'), DefaultVpcId: 'vpc-a', DefaultVswicthId: 'vsw-b' },
            ],
          },
        },
      }),
    );
    expect(entity(withDefault, 'resourceGroups', 'rg')).toEqual({
      type: 'serverless',
      vpcBindings: [{ vpc: 'hz', vSwitch: 'hz-b' }],
    });
    expect(comments(withDefault, 'unresolved')).toEqual([
      'resourceGroups/rg vpcBindings/0: routes: the default network of rg-1 is not in ListNetworks; its routes are unknown',
      'resourceGroups/rg : vpcBindings: ListNetworks of rg-1 not in the responses',
    ]);

    const deleting = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/ListNetworks.rg-1.json': {
          PagingInfo: {
            NetworkList: [
              network(1, 'rg-1', 'vpc-a', 'vsw-a'),
              network(2, 'rg-1', 'vpc-a', 'vsw-a', 'Deleting'),
            ],
          },
        },
      }),
    );
    expect(entity(deleting, 'resourceGroups', 'rg')).toEqual({
      type: 'serverless',
      vpcBindings: [{ vpc: 'hz', vSwitch: 'hz-a', routes: ['172.16.0.0/16'] }],
    });
  });

  it('maps the group types of the 2024 API and leaves out deleted groups', () => {
    const topology = importAliyun(
      files({
        'ListResourceGroups.json': {
          PagingInfo: {
            ResourceGroupList: [
              {
                Id: 'a',
                Name: 'di',
                ResourceGroupType: 'ExclusiveDataIntegration',
                Status: 'Normal',
              },
              { Id: 'b', Name: 'sched', ResourceGroupType: 'ExclusiveScheduler', Status: 'Normal' },
              { Id: 'c', Name: 'api', ResourceGroupType: 'ExclusiveDataService', Status: 'Normal' },
              { Id: 'd', Name: 'gone', ResourceGroupType: 'CommonV2', Status: 'Deleted' },
            ],
          },
        },
      }),
    );
    expect(
      [...(topology.collections.resourceGroups?.entries() ?? [])].map(
        ([id, e]) => `${id}: ${String(e.value['type'])}`,
      ),
    ).toEqual([
      'api: exclusiveDataService',
      'di: exclusiveDataIntegration',
      'sched: exclusiveScheduling',
    ]);
    expect(topology.summary.skipped).toEqual({ 'ListResourceGroups: status Deleted': 1 });
  });
});

describe('data sources', () => {
  const rds = {
    'cn-hangzhou/DescribeDBInstances.json': {
      Items: {
        DBInstance: [
          {
            DBInstanceId: 'rm-1',
            DBInstanceDescription: 'orders',
            Engine: 'PostgreSQL',
            InstanceNetworkType: 'VPC',
            VpcId: 'vpc-a',
          },
        ],
      },
    },
    'cn-hangzhou/DescribeDBInstanceNetInfo.rm-1.json': {
      DBInstanceNetInfos: {
        DBInstanceNetInfo: [
          {
            ConnectionString: 'rm-1.pg.rds.aliyuncs.com',
            IPAddress: '10.0.1.50',
            Port: '5432',
            IPType: 'Private',
            VPCId: 'vpc-a',
          },
          {
            ConnectionString: 'rm-1o.pg.rds.aliyuncs.com',
            IPAddress: '47.1.2.3',
            Port: '5432',
            IPType: 'Public',
          },
        ],
      },
    },
    'cn-hangzhou/DescribeDBInstanceIPArrayList.rm-1.json': {
      Items: {
        DBInstanceIPArray: [
          {
            DBInstanceIPArrayName: 'default',
            SecurityIPList: '10.0.1.0/24,%,fe80::1',
            SecurityIPType: 'IPv4',
          },
        ],
      },
    },
  };

  it('an RDS instance no DataWorks data source names is imported under its description, with its whitelist', () => {
    const topology = importAliyun(files({ ...BASE, ...rds }));
    expect(entity(topology, 'dataSources', 'orders')).toEqual({
      engine: 'postgresql',
      hosting: 'managed',
      network: { type: 'vpc', vpc: 'hz', address: '10.0.1.50', port: 5432 },
      whitelist: ['10.0.1.0/24'],
    });
    expect(comments(topology, 'unresolved')).toContain(
      'dataSources/orders whitelist: whitelist entries %, fe80::1 not imported (not IPv4 addresses or CIDR blocks)',
    );
  });

  it('a data source on the public connection string of an RDS instance is on the Internet; Dev and Prod on different hosts are two', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        ...rds,
        'cn-hangzhou/ListDataSources.project-1.json': {
          PagingInfo: {
            DataSources: [
              {
                Name: 'orders_pg',
                Type: 'postgresql',
                DataSource: [
                  {
                    Id: 1,
                    ConnectionProperties: {
                      envType: 'Dev',
                      address: [{ host: 'rm-1o.pg.rds.aliyuncs.com', port: 5432 }],
                      password: 'Dev-Secret-1',
                    },
                  },
                  {
                    Id: 2,
                    ConnectionProperties: {
                      envType: 'Prod',
                      instanceId: 'rm-1',
                      password: 'Prod-Secret-2',
                    },
                  },
                ],
              },
            ],
          },
        },
        'cn-hangzhou/ListTasks.project-1.json': {
          PagingInfo: {
            Tasks: [
              {
                Id: 11,
                Name: 'dev_check',
                Type: 'SHELL',
                ProjectEnv: 'Dev',
                RuntimeResource: { ResourceGroupId: 'rg-1' },
                DataSource: { Name: 'orders_pg' },
              },
              {
                Id: 12,
                Name: 'prod_check',
                Type: 'SHELL',
                ProjectEnv: 'Prod',
                RuntimeResource: { ResourceGroupId: 'rg-1' },
                DataSource: { Name: 'orders_pg' },
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'dataSources', 'orders_pg')).toMatchObject({
      network: { type: 'vpc', vpc: 'hz', address: '10.0.1.50', port: 5432 },
    });
    expect(entity(topology, 'dataSources', 'orders_pg-dev')).toMatchObject({
      engine: 'postgresql',
      network: { type: 'internet', address: '47.1.2.3', port: 5432 },
      whitelist: ['10.0.1.0/24'],
    });
    expect(entity(topology, 'tasks', 'dev_check')).toEqual({
      kind: 'schedule',
      resourceGroup: 'rg',
      dataSources: ['orders_pg-dev'],
    });
    expect(entity(topology, 'tasks', 'prod_check')).toEqual({
      kind: 'schedule',
      resourceGroup: 'rg',
      dataSources: ['orders_pg'],
    });
    // The Dev path goes out through a NAT gateway the VPC does not have.
    expect(problems(writeTopology(topology))).toEqual([
      'nat-missing@/resourceGroups/rg/vpcBindings/0',
      // The route of BASE leads nowhere a data source is.
      'route-unused@/resourceGroups/rg/vpcBindings/0/routes/0',
    ]);
  });

  it('a data source naming the private connection string of an RDS instance is that instance, not a second one', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        ...rds,
        'ListDataSources.json': {
          PagingInfo: {
            DataSources: [
              {
                Name: 'orders_url',
                Type: 'postgresql',
                DataSource: [
                  {
                    Id: 3,
                    ConnectionPropertiesMode: 'UrlMode',
                    ConnectionProperties: {
                      envType: 'Prod',
                      address: [{ host: 'RM-1.pg.rds.aliyuncs.com', port: 5432 }],
                    },
                  },
                ],
              },
            ],
          },
        },
      }),
    );
    expect([...(topology.collections.dataSources?.keys() ?? [])]).toEqual(['orders_url']);
    expect(entity(topology, 'dataSources', 'orders_url')).toEqual({
      engine: 'postgresql',
      hosting: 'managed',
      network: { type: 'vpc', vpc: 'hz', address: '10.0.1.50', port: 5432 },
      whitelist: ['10.0.1.0/24'],
    });
  });

  it('the 2020 API: Prod is the data source whatever the order, a Dev one elsewhere is another', () => {
    const legacy = (env: number, host: string): Json => ({
      Name: 'crm',
      DataSourceType: 'rds',
      SubType: 'mysql',
      EnvType: env,
      Content: JSON.stringify({
        jdbcUrl: `jdbc:mysql://${host}:3306/crm`,
        username: 'u',
        password: 'Legacy-Secret',
      }),
    });
    const topology = importAliyun(
      files({
        'ListDataSources.json': {
          Data: { DataSources: [legacy(0, '198.51.100.1'), legacy(1, '198.51.100.2')] },
        },
      }),
    );
    expect(entity(topology, 'dataSources', 'crm')).toEqual({
      engine: 'mysql',
      network: { type: 'internet', address: '198.51.100.2', port: 3306 },
    });
    expect(entity(topology, 'dataSources', 'crm-dev')).toEqual({
      engine: 'mysql',
      network: { type: 'internet', address: '198.51.100.1', port: 3306 },
    });
  });

  it('a whitelist group for the classic network lets nobody in over the VPC; a missing instance names its region', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        ...rds,
        'cn-hangzhou/DescribeDBInstanceIPArrayList.rm-1.json': {
          Items: {
            DBInstanceIPArray: [
              {
                DBInstanceIPArrayName: 'default',
                SecurityIPList: '10.0.1.0/24',
                WhitelistNetworkType: 'VPC',
              },
              {
                DBInstanceIPArrayName: 'old',
                SecurityIPList: '10.9.0.0/16',
                WhitelistNetworkType: 'Classic',
              },
            ],
          },
        },
        'cn-hangzhou/ListDataSources.project-1.json': {
          PagingInfo: {
            DataSources: [
              {
                Name: 'far',
                Type: 'mysql',
                DataSource: [
                  {
                    Id: 5,
                    ConnectionProperties: { regionId: 'cn-shenzhen', instanceId: 'rm-far' },
                  },
                ],
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'dataSources', 'orders')?.['whitelist']).toEqual(['10.0.1.0/24']);
    expect(topology.notes.map((n) => english(n.message))).toEqual([
      'data source far not imported: its instance rm-far is not in DescribeDBInstances or DescribeDBClusters (collect region cn-shenzhen)',
    ]);
  });

  it('an RDS instance in the classic network is a classic data source', () => {
    const topology = importAliyun(
      files({
        'DescribeDBInstances.json': {
          Items: {
            DBInstance: [{ DBInstanceId: 'rm-c', Engine: 'MySQL', InstanceNetworkType: 'Classic' }],
          },
        },
      }),
    );
    expect(entity(topology, 'dataSources', 'rm-c')).toEqual({
      engine: 'mysql',
      hosting: 'managed',
      network: { type: 'classic' },
    });
  });

  it('a private address in no collected network is not guessed, and an unknown host name is taken as the Internet', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'ListDataSources.json': {
          PagingInfo: {
            DataSources: [
              {
                Name: 'lost',
                Type: 'mysql',
                DataSource: [
                  {
                    Id: 1,
                    ConnectionProperties: { address: [{ host: '192.168.7.7', port: 3306 }] },
                  },
                ],
              },
              {
                Name: 'saas',
                Type: 'mysql',
                DataSource: [
                  {
                    Id: 2,
                    ConnectionProperties: { address: [{ host: 'db.example.com', port: 3306 }] },
                  },
                ],
              },
              {
                Name: 'nowhere',
                Type: 'mysql',
                DataSource: [{ Id: 3, ConnectionProperties: { instanceId: 'rm-missing' } }],
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'dataSources', 'lost')).toBeUndefined();
    expect(entity(topology, 'dataSources', 'nowhere')).toBeUndefined();
    expect(entity(topology, 'dataSources', 'saas')).toEqual({
      engine: 'mysql',
      network: { type: 'internet', address: 'db.example.com', port: 3306 },
    });
    expect(topology.notes.map((n) => english(n.message))).toEqual([
      'data source lost not imported: its address 192.168.7.7 is in no VPC, vSwitch or data center of the responses',
      'data source nowhere not imported: its instance rm-missing is not in DescribeDBInstances or DescribeDBClusters (collect its region)',
    ]);
  });
});

describe('secondary CIDR blocks', () => {
  it('a vSwitch and a database in a secondary block are imported as they are, nothing silenced', () => {
    const topology = importAliyun(
      files({
        'DescribeVpcs.json': {
          Vpcs: {
            Vpc: [
              {
                ...vpc('vpc-a', 'hz', '10.0.0.0/16', 'cn-hangzhou'),
                SecondaryCidrBlocks: { SecondaryCidrBlock: ['10.8.0.0/16'] },
              },
            ],
          },
        },
        'DescribeVSwitches.json': {
          VSwitches: {
            VSwitch: [
              vswitch('vsw-a', 'rg', 'vpc-a', '10.0.1.0/24'),
              vswitch('vsw-s', 'db', 'vpc-a', '10.8.1.0/24'),
            ],
          },
        },
        'DescribeDBInstances.json': {
          Items: {
            DBInstance: [
              {
                DBInstanceId: 'rm-s',
                DBInstanceDescription: 'orders',
                Engine: 'MySQL',
                InstanceNetworkType: 'VPC',
                VpcId: 'vpc-a',
              },
            ],
          },
        },
        'DescribeDBInstanceNetInfo.rm-s.json': {
          DBInstanceNetInfos: {
            DBInstanceNetInfo: [
              { IPAddress: '10.8.1.20', Port: '3306', IPType: 'Private', VPCId: 'vpc-a' },
            ],
          },
        },
        'DescribeDBInstanceIPArrayList.rm-s.json': {
          Items: {
            DBInstanceIPArray: [
              { DBInstanceIPArrayName: 'default', SecurityIPList: '10.0.1.0/24' },
            ],
          },
        },
        'ListResourceGroups.json': {
          PagingInfo: { ResourceGroupList: [serverless('rg-1', 'group')] },
        },
        'ListNetworks.rg-1.json': {
          PagingInfo: { NetworkList: [network(1, 'rg-1', 'vpc-a', 'vsw-a')] },
        },
        'ListRoutes.rg-1.json': { PagingInfo: { RouteList: [] } },
        'ListTasks.project-1.json': {
          PagingInfo: {
            Tasks: [
              {
                Id: 1,
                Name: 'report',
                Type: 'SHELL',
                RuntimeResource: { ResourceGroupId: 'rg-1' },
                DataSource: { Name: 'orders' },
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'vpcs', 'hz')).toMatchObject({
      cidr: '10.0.0.0/16',
      secondaryCidrs: ['10.8.0.0/16'],
    });
    expect(comments(topology, 'suppress')).toEqual([]);
    // The task names the RDS instance by its description: it is not a DataWorks data source here.
    expect(topology.collections.tasks).toBeUndefined();
    const text = writeTopology(topology);
    expect(problems(text)).toEqual([]);
  });
});

describe('security groups and NAT gateways', () => {
  it('a rule naming another security group or a prefix list is commented, not guessed', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeSecurityGroups.json': {
          SecurityGroups: {
            SecurityGroup: [{ SecurityGroupId: 'sg-1', SecurityGroupName: 'db', VpcId: 'vpc-a' }],
          },
        },
        'cn-hangzhou/DescribeSecurityGroupAttribute.sg-1.json': {
          SecurityGroupId: 'sg-1',
          InnerAccessPolicy: 'Drop',
          Permissions: {
            Permission: [
              {
                SecurityGroupRuleId: 'sgr-1',
                Direction: 'ingress',
                IpProtocol: 'TCP',
                PortRange: '3306/3306',
                SourceGroupId: 'sg-2',
                Policy: 'Accept',
                Priority: '1',
              },
              {
                SecurityGroupRuleId: 'sgr-2',
                Direction: 'ingress',
                IpProtocol: 'TCP',
                PortRange: '3306/3306',
                SourcePrefixListId: 'pl-1',
                Policy: 'Accept',
                Priority: '1',
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'securityGroups', 'db')).toEqual({
      vpc: 'hz',
      type: 'basic',
      rules: [],
    });
    expect(comments(topology, 'unresolved')).toEqual([
      "securityGroups/db rules: rule sgr-1 of sg-1 (ingress security group sg-2) not imported: the format's rules name IPv4 CIDR blocks",
      "securityGroups/db rules: rule sgr-2 of sg-1 (ingress prefix list pl-1) not imported: the format's rules name IPv4 CIDR blocks",
      'securityGroups/db type: inner access policy Drop: members of this basic group do not reach each other (the format assumes Accept)',
    ]);
  });

  it('a NAT gateway whose EIPs were not collected says so instead of claiming it has none', () => {
    const topology = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeNatGateways.json': {
          NatGateways: {
            NatGateway: [
              {
                NatGatewayId: 'ngw-1',
                Name: 'out',
                VpcId: 'vpc-a',
                NetworkType: 'internet',
                NatGatewayPrivateInfo: { VswitchId: 'vsw-a' },
              },
            ],
          },
        },
        'cn-hangzhou/DescribeSnatTableEntries.ngw-1.json': {
          SnatTableEntries: {
            SnatTableEntry: [
              {
                SnatEntryId: 'snat-1',
                SourceCIDR: '10.0.1.0/24',
                SourceVSwitchId: '',
                SnatIp: '47.0.0.1',
              },
            ],
          },
        },
      }),
    );
    expect(entity(topology, 'vpcs', 'hz')?.['natGateways']).toEqual({
      out: {
        vSwitch: 'hz-a',
        eips: ['47.0.0.1'],
        snatEntries: [{ source: '10.0.1.0/24', eip: '47.0.0.1' }],
      },
    });
    const noIps = importAliyun(
      files({
        ...BASE,
        'cn-hangzhou/DescribeNatGateways.json': {
          NatGateways: {
            NatGateway: [
              {
                NatGatewayId: 'ngw-1',
                Name: 'out',
                VpcId: 'vpc-a',
                NatGatewayPrivateInfo: { VswitchId: 'vsw-a' },
              },
            ],
          },
        },
      }),
    );
    expect(comments(noIps, 'unresolved')).toEqual([
      'vpcs/hz natGateways/out/eips: EIPs of ngw-1: its IpLists is empty and DescribeEipAddresses is not in the responses',
      'vpcs/hz natGateways/out: SNAT entries: DescribeSnatTableEntries of ngw-1 not in the responses',
    ]);
  });
});

describe('reading files', () => {
  it('treats a successful response carrying Code 200 as data, and one with only Code and Message as an error', () => {
    const topology = importAliyun(
      files({
        'DescribeRouteTableList.json': {
          RequestId: 'r',
          Success: true,
          Code: '200',
          Message: 'successful',
          RouterTableList: { RouterTableListType: [] },
        },
        'DescribeVpcs.json': {
          RequestId: 'r',
          HostId: 'vpc.aliyuncs.com',
          Code: 'Throttling.User',
          Message: 'Request was denied due to user flow control.',
          Recommend: 'https://api.aliyun.com/troubleshoot',
        },
      }),
    );
    expect(topology.notes.map((n) => `${n.level} ${n.file}: ${english(n.message)}`)).toEqual([
      'warning DescribeVpcs.json: the saved response is an error (Throttling.User: Request was denied due to user flow control.); the file was skipped (collect it again)',
    ]);
  });

  it('a region collected twice gives each resource once', () => {
    const twice = importAliyun(
      files({
        ...BASE,
        'again/cn-hangzhou/DescribeVpcs.json': BASE['cn-hangzhou/DescribeVpcs.json'],
        'again/cn-hangzhou/DescribeVSwitches.json': BASE['cn-hangzhou/DescribeVSwitches.json'],
      }),
    );
    const withoutSources = (text: string): string => text.replace(/ \([^()]*\.json:\d+\)$/gm, '');
    expect(withoutSources(writeTopology(twice))).toBe(
      withoutSources(writeTopology(importAliyun(files(BASE)))),
    );
    expect(twice.summary.imported['vSwitches']).toBe(1);
  });

  it('reads pages and per-resource files from folders named after the operation', () => {
    const topology = importAliyun(
      files({
        'cn-hangzhou/DescribeVpcs.json': BASE['cn-hangzhou/DescribeVpcs.json'],
        'cn-hangzhou/DescribeVSwitches/page1.json': {
          VSwitches: { VSwitch: [vswitch('vsw-a', 'a', 'vpc-a', '10.0.1.0/24')] },
        },
        'cn-hangzhou/DescribeVSwitches/page2.json': {
          VSwitches: { VSwitch: [vswitch('vsw-b', 'b', 'vpc-a', '10.0.2.0/24')] },
        },
        'cn-hangzhou/network.dwnet.json': '{ "version": 1 }',
      }),
    );
    expect(Object.keys(entity(topology, 'vpcs', 'hz')?.['vSwitches'] as Json)).toEqual(['a', 'b']);
    expect(topology.notes).toEqual([]);
  });
});

describe('ids', () => {
  it('come from names in any script, and from the cloud id when names clash or are missing', () => {
    const topology = importAliyun(
      files({
        'DescribeVpcs.json': {
          Vpcs: {
            Vpc: [
              vpc('vpc-b', '生产 VPC', '10.0.0.0/16', 'cn-hangzhou'),
              vpc('vpc-c', 'dup', '10.1.0.0/16', 'cn-hangzhou'),
              vpc('vpc-d', 'dup', '10.2.0.0/16', 'cn-hangzhou'),
              vpc('vpc-e', '', '10.3.0.0/16', 'cn-hangzhou'),
            ],
          },
        },
      }),
    );
    expect([...(topology.collections.vpcs?.keys() ?? [])]).toEqual([
      'dup-vpc-c',
      'dup-vpc-d',
      'vpc-e',
      '生产-vpc',
    ]);
    expect(problems(writeTopology(topology))).toEqual([]);
  });
});
