// The table of read-only `aliyun` CLI commands the collector runs, in order: product,
// operation, paging, the ids each call iterates over, and the RAM action it needs (collect.ts
// turns it into the listing, the policy and the script).

interface Source {
  /** Saved responses of this operation hold the ids… */
  operation: string;
  /** …at this jq path. */
  path: string;
}

export interface CollectionStep {
  /** `aliyun` CLI product code. */
  product: string;
  operation: string;
  /** API version, passed with `--force` where the CLI's metadata has an older one. */
  version?: string;
  /** `global`: called once (CEN); `region`: once per region. */
  scope: 'region' | 'global';
  /** Whether the API takes `RegionId` as a request parameter (besides the `--region` endpoint). */
  regionId?: boolean;
  paging?: { style: 'page'; size: number } | { style: 'token'; size: number; sizeParam: string };
  args?: string[];
  /**
   * Called once per id found in earlier responses; the id names the file (`Op.<id>.json`), after
   * `filePrefix` when the id is a number that would read as a page (`ListTasks.project-100.json`).
   */
  forEach?: { param: string; label: string; sources: Source[]; filePrefix?: string };
  /** RAM action (`vpc:DescribeVpcs`). */
  ram: string;
  what: string;
}

const DATAWORKS_VERSION = '2024-05-18';

export const COLLECTION_STEPS: readonly CollectionStep[] = [
  {
    product: 'cbn',
    operation: 'DescribeCens',
    scope: 'global',
    paging: { style: 'page', size: 50 },
    ram: 'cen:DescribeCens',
    what: 'CEN instances',
  },
  {
    product: 'cbn',
    operation: 'DescribeCenAttachedChildInstances',
    scope: 'global',
    paging: { style: 'page', size: 50 },
    forEach: {
      param: 'CenId',
      label: 'CenId',
      sources: [{ operation: 'DescribeCens', path: '.Cens.Cen[].CenId' }],
    },
    ram: 'cen:DescribeCenAttachedChildInstances',
    what: 'VPCs and VBRs attached to each CEN',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpcs',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpcs',
    what: 'VPCs',
  },
  {
    product: 'vpc',
    operation: 'DescribeVSwitches',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVSwitches',
    what: 'vSwitches',
  },
  {
    product: 'vpc',
    operation: 'DescribeNatGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeNatGateways',
    what: 'NAT gateways',
  },
  {
    product: 'vpc',
    operation: 'DescribeSnatTableEntries',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    forEach: {
      param: 'NatGatewayId',
      label: 'NatGatewayId',
      sources: [
        { operation: 'DescribeNatGateways', path: '.NatGateways.NatGateway[].NatGatewayId' },
      ],
    },
    ram: 'vpc:DescribeSnatTableEntries',
    what: 'SNAT entries of each NAT gateway',
  },
  {
    product: 'vpc',
    operation: 'DescribeEipAddresses',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'vpc:DescribeEipAddresses',
    what: 'EIPs and what they are bound to',
  },
  {
    product: 'vpc',
    operation: 'DescribeRouteTableList',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeRouteTableList',
    what: 'route tables',
  },
  {
    product: 'vpc',
    operation: 'DescribeVirtualBorderRouters',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVirtualBorderRouters',
    what: 'Express Connect virtual border routers',
  },
  {
    product: 'vpc',
    operation: 'DescribeRouteEntryList',
    scope: 'region',
    regionId: true,
    paging: { style: 'token', size: 100, sizeParam: 'MaxResult' },
    forEach: {
      param: 'RouteTableId',
      label: 'RouteTableId',
      sources: [
        {
          operation: 'DescribeRouteTableList',
          path: '.RouterTableList.RouterTableListType[].RouteTableId',
        },
        {
          operation: 'DescribeVirtualBorderRouters',
          path: '.VirtualBorderRouterSet.VirtualBorderRouterType[].RouteTableId',
        },
      ],
    },
    ram: 'vpc:DescribeRouteEntryList',
    what: 'route entries of each route table (data center CIDR blocks behind VBRs)',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpnGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpnGateways',
    what: 'VPN gateways',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpnConnections',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpnConnections',
    what: 'IPsec connections and their remote subnets',
  },
  {
    product: 'vpc',
    operation: 'DescribeCustomerGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeCustomerGateways',
    what: 'customer gateways',
  },
  {
    product: 'vpcpeer',
    operation: 'ListVpcPeerConnections',
    scope: 'region',
    regionId: true,
    paging: { style: 'token', size: 100, sizeParam: 'MaxResults' },
    ram: 'vpc:ListVpcPeerConnections',
    what: 'VPC peering connections',
  },
  {
    product: 'cbn',
    operation: 'ListTransitRouterVpcAttachments',
    scope: 'region',
    regionId: true,
    paging: { style: 'token', size: 100, sizeParam: 'MaxResults' },
    forEach: {
      param: 'CenId',
      label: 'CenId',
      sources: [{ operation: 'DescribeCens', path: '.Cens.Cen[].CenId' }],
    },
    ram: 'cen:ListTransitRouterVpcAttachments',
    what: 'transit router VPC attachments of each CEN',
  },
  {
    product: 'ecs',
    operation: 'DescribeSecurityGroups',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'ecs:DescribeSecurityGroups',
    what: 'security groups',
  },
  {
    product: 'ecs',
    operation: 'DescribeSecurityGroupAttribute',
    scope: 'region',
    regionId: true,
    forEach: {
      param: 'SecurityGroupId',
      label: 'SecurityGroupId',
      sources: [
        {
          operation: 'DescribeSecurityGroups',
          path: '.SecurityGroups.SecurityGroup[].SecurityGroupId',
        },
      ],
    },
    ram: 'ecs:DescribeSecurityGroupAttribute',
    what: 'rules of each security group',
  },
  {
    product: 'ecs',
    operation: 'DescribeInstances',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'ecs:DescribeInstances',
    what: 'ECS instances (private IPs and security groups of self-managed databases)',
  },
  {
    product: 'rds',
    operation: 'DescribeDBInstances',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'rds:DescribeDBInstances',
    what: 'RDS instances',
  },
  {
    product: 'rds',
    operation: 'DescribeDBInstanceNetInfo',
    scope: 'region',
    forEach: {
      param: 'DBInstanceId',
      label: 'DBInstanceId',
      sources: [{ operation: 'DescribeDBInstances', path: '.Items.DBInstance[].DBInstanceId' }],
    },
    ram: 'rds:DescribeDBInstanceNetInfo',
    what: 'addresses of each RDS instance',
  },
  {
    product: 'rds',
    operation: 'DescribeDBInstanceIPArrayList',
    scope: 'region',
    forEach: {
      param: 'DBInstanceId',
      label: 'DBInstanceId',
      sources: [{ operation: 'DescribeDBInstances', path: '.Items.DBInstance[].DBInstanceId' }],
    },
    ram: 'rds:DescribeDBInstanceIPArrayList',
    what: 'whitelists of each RDS instance',
  },
  {
    product: 'polardb',
    operation: 'DescribeDBClusters',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'polardb:DescribeDBClusters',
    what: 'PolarDB clusters',
  },
  {
    product: 'polardb',
    operation: 'DescribeDBClusterEndpoints',
    scope: 'region',
    forEach: {
      param: 'DBClusterId',
      label: 'DBClusterId',
      sources: [{ operation: 'DescribeDBClusters', path: '.Items.DBCluster[].DBClusterId' }],
    },
    ram: 'polardb:DescribeDBClusterEndpoints',
    what: 'addresses of each PolarDB cluster',
  },
  {
    product: 'polardb',
    operation: 'DescribeDBClusterAccessWhitelist',
    scope: 'region',
    forEach: {
      param: 'DBClusterId',
      label: 'DBClusterId',
      sources: [{ operation: 'DescribeDBClusters', path: '.Items.DBCluster[].DBClusterId' }],
    },
    ram: 'polardb:DescribeDBClusterAccessWhitelist',
    what: 'whitelists of each PolarDB cluster',
  },
  {
    product: 'dataworks-public',
    operation: 'ListResourceGroups',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    // Without ResourceGroupTypes only serverless groups are returned.
    args: [
      '--ResourceGroupTypes',
      `'["CommonV2","ExclusiveDataIntegration","ExclusiveScheduler","ExclusiveDataService"]'`,
    ],
    ram: 'dataworks:ListResourceGroups',
    what: 'DataWorks resource groups (serverless and exclusive)',
  },
  {
    product: 'dataworks-public',
    operation: 'ListNetworks',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    forEach: {
      param: 'ResourceGroupId',
      label: 'resource group Id',
      sources: [
        {
          operation: 'ListResourceGroups',
          path: '.PagingInfo.ResourceGroupList[] | select(.ResourceGroupType == "CommonV2") | .Id',
        },
      ],
    },
    ram: 'dataworks:ListNetworks',
    what: 'VPC bindings of each serverless resource group',
  },
  {
    product: 'dataworks-public',
    operation: 'ListRoutes',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    forEach: {
      param: 'ResourceGroupId',
      label: 'resource group Id',
      sources: [
        {
          operation: 'ListResourceGroups',
          path: '.PagingInfo.ResourceGroupList[] | select(.ResourceGroupType == "CommonV2") | .Id',
        },
      ],
    },
    ram: 'dataworks:ListRoutes',
    what: 'routes of each binding',
  },
  {
    product: 'dataworks-public',
    operation: 'ListProjects',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    ram: 'dataworks:ListProjects',
    what: 'DataWorks workspaces (their ids only)',
  },
  {
    product: 'dataworks-public',
    operation: 'ListDataSources',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    forEach: {
      param: 'ProjectId',
      label: 'workspace Id',
      sources: [{ operation: 'ListProjects', path: '.PagingInfo.Projects[].Id' }],
      filePrefix: 'project-',
    },
    ram: 'dataworks:ListDataSources',
    what: 'data sources of each workspace (the importer keeps no credential)',
  },
  {
    product: 'dataworks-public',
    operation: 'ListTasks',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    forEach: {
      param: 'ProjectId',
      label: 'workspace Id',
      sources: [{ operation: 'ListProjects', path: '.PagingInfo.Projects[].Id' }],
      filePrefix: 'project-',
    },
    ram: 'dataworks:ListTasks',
    what: 'tasks of each workspace (resource group and data source)',
  },
];
