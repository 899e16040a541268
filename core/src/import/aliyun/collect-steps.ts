// The table of read-only `aliyun` CLI commands the collector runs, in order: product,
// operation, paging, the ids each call iterates over, and the RAM action it needs (collect.ts
// turns it into the listing, the policy and the script).
import type { MessageKey } from '../../l10n';

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
  /** What the responses hold (a catalogue key: the listing and the script say it). */
  what: MessageKey;
}

const DATAWORKS_VERSION = '2024-05-18';

export const COLLECTION_STEPS: readonly CollectionStep[] = [
  {
    product: 'cbn',
    operation: 'DescribeCens',
    scope: 'global',
    paging: { style: 'page', size: 50 },
    ram: 'cen:DescribeCens',
    what: 'import.collect.step.DescribeCens',
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
    what: 'import.collect.step.DescribeCenAttachedChildInstances',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpcs',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpcs',
    what: 'import.collect.step.DescribeVpcs',
  },
  {
    product: 'vpc',
    operation: 'DescribeVSwitches',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVSwitches',
    what: 'import.collect.step.DescribeVSwitches',
  },
  {
    product: 'vpc',
    operation: 'DescribeNatGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeNatGateways',
    what: 'import.collect.step.DescribeNatGateways',
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
    what: 'import.collect.step.DescribeSnatTableEntries',
  },
  {
    product: 'vpc',
    operation: 'DescribeEipAddresses',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'vpc:DescribeEipAddresses',
    what: 'import.collect.step.DescribeEipAddresses',
  },
  {
    product: 'vpc',
    operation: 'DescribeRouteTableList',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeRouteTableList',
    what: 'import.collect.step.DescribeRouteTableList',
  },
  {
    product: 'vpc',
    operation: 'DescribeVirtualBorderRouters',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVirtualBorderRouters',
    what: 'import.collect.step.DescribeVirtualBorderRouters',
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
    what: 'import.collect.step.DescribeRouteEntryList',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpnGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpnGateways',
    what: 'import.collect.step.DescribeVpnGateways',
  },
  {
    product: 'vpc',
    operation: 'DescribeVpnConnections',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeVpnConnections',
    what: 'import.collect.step.DescribeVpnConnections',
  },
  {
    product: 'vpc',
    operation: 'DescribeCustomerGateways',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'vpc:DescribeCustomerGateways',
    what: 'import.collect.step.DescribeCustomerGateways',
  },
  {
    product: 'vpcpeer',
    operation: 'ListVpcPeerConnections',
    scope: 'region',
    regionId: true,
    paging: { style: 'token', size: 100, sizeParam: 'MaxResults' },
    ram: 'vpc:ListVpcPeerConnections',
    what: 'import.collect.step.ListVpcPeerConnections',
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
    what: 'import.collect.step.ListTransitRouterVpcAttachments',
  },
  {
    product: 'ecs',
    operation: 'DescribeSecurityGroups',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 50 },
    ram: 'ecs:DescribeSecurityGroups',
    what: 'import.collect.step.DescribeSecurityGroups',
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
    what: 'import.collect.step.DescribeSecurityGroupAttribute',
  },
  {
    product: 'ecs',
    operation: 'DescribeInstances',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'ecs:DescribeInstances',
    what: 'import.collect.step.DescribeInstances',
  },
  {
    product: 'rds',
    operation: 'DescribeDBInstances',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'rds:DescribeDBInstances',
    what: 'import.collect.step.DescribeDBInstances',
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
    what: 'import.collect.step.DescribeDBInstanceNetInfo',
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
    what: 'import.collect.step.DescribeDBInstanceIPArrayList',
  },
  {
    product: 'polardb',
    operation: 'DescribeDBClusters',
    scope: 'region',
    regionId: true,
    paging: { style: 'page', size: 100 },
    ram: 'polardb:DescribeDBClusters',
    what: 'import.collect.step.DescribeDBClusters',
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
    what: 'import.collect.step.DescribeDBClusterEndpoints',
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
    what: 'import.collect.step.DescribeDBClusterAccessWhitelist',
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
    what: 'import.collect.step.ListResourceGroups',
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
    what: 'import.collect.step.ListNetworks',
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
    what: 'import.collect.step.ListRoutes',
  },
  {
    product: 'dataworks-public',
    operation: 'ListProjects',
    version: DATAWORKS_VERSION,
    scope: 'region',
    paging: { style: 'page', size: 100 },
    ram: 'dataworks:ListProjects',
    what: 'import.collect.step.ListProjects',
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
    what: 'import.collect.step.ListDataSources',
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
    what: 'import.collect.step.ListTasks',
  },
];
