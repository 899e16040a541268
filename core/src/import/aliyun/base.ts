// Saved Alibaba Cloud and DataWorks API responses → the topology the writer turns into a
// `*.dwnet.json` (IMPORT-SOURCES.md §1–2 for the fields). The mapper is a chain of classes, one
// file per family of operations (this one holds the state and the plumbing every family uses);
// ids are assigned from names once the resources of a collection are all known, so a file's
// order never changes the output. What the responses cannot say (an exclusive group's bindings,
// a rule's source security group, a UDP rule the format cannot express) becomes an `unresolved`
// comment where the value would be.
// The chain: base → map-network → map-security-groups → map-connections → map-databases →
// map-data-sources → map (AliyunMapper, whose `map()` runs the families in that order).
import type { ImportNote } from '../terraform/resources';
import type { ImportWords } from '../text';
import type { CollectionName, ImportedEntity } from '../topology';
import type { DatabaseRecord, EcsInstance, Found, VpcRecord } from './helpers';
import {
  type Item,
  type Operation,
  type ResponseSet,
  type SavedResponse,
  firstList,
  get,
  isObject,
  lineOf,
  list,
} from './responses';

export abstract class MapperBase {
  protected readonly notes: ImportNote[];
  protected readonly skipped: Record<string, number>;
  /** What the summary says for a skipped record, when more than its name (see ImportSummary). */
  protected readonly skippedWords: Record<string, ImportWords> = {};
  protected readonly collections: Partial<Record<CollectionName, Map<string, ImportedEntity>>> = {};
  protected readonly imported: Record<string, number> = {};
  /** Ids handed out so far, in every collection (and ids reserved by a file merged into). */
  protected readonly taken = new Set<string>();

  protected readonly vpcRecords = new Map<string, VpcRecord>();
  protected readonly vpcIds = new Map<string, string>();
  protected readonly vSwitchIds = new Map<string, string>();
  protected readonly vSwitchCidrs = new Map<string, string>();
  protected readonly vSwitchVpc = new Map<string, string>();
  protected readonly securityGroupIds = new Map<string, string>();
  protected readonly dataCenterIds = new Map<string, string>();
  protected readonly dataCenterCidrs = new Map<string, string[]>();
  protected readonly resourceGroupIds = new Map<string, string>();
  /** DataWorks data source name (and `name@Dev`) → dwnet id. */
  protected readonly dataSourceIds = new Map<string, string>();
  protected readonly databases = new Map<string, DatabaseRecord>();
  protected readonly ecsInstances: EcsInstance[] = [];
  protected readonly owners = new Set<string>();

  constructor(
    protected readonly responses: ResponseSet,
    reservedIds: Iterable<string> = [],
  ) {
    for (const id of reservedIds) this.taken.add(id);
    this.notes = [...responses.notes];
    this.skipped = { ...responses.skipped };
  }
  // ---- plumbing -------------------------------------------------------------------------

  protected all(operation: Operation): Found[] {
    const found: Found[] = [];
    for (const response of this.responses.byOperation.get(operation) ?? []) {
      for (const item of this.itemsOf(operation, response.body)) found.push({ item, response });
    }
    return found;
  }

  protected has(operation: Operation): boolean {
    return (this.responses.byOperation.get(operation)?.length ?? 0) > 0;
  }

  protected responsesOf(operation: Operation): SavedResponse[] {
    return this.responses.byOperation.get(operation) ?? [];
  }

  /** Whether a per-resource call was saved for `cloudId` (or saved once for all resources). */
  protected collectedFor(operation: Operation, cloudId: string): boolean {
    return this.responsesOf(operation).some(
      (r) => r.qualifier === cloudId || r.qualifier === undefined,
    );
  }

  protected itemsOf(operation: Operation, body: Item): Item[] {
    switch (operation) {
      case 'ListResourceGroups':
        return firstList(
          body,
          ['PagingInfo', 'ResourceGroupList'],
          ['ResourceGroupList'],
          ['Data'],
        );
      case 'GetResourceGroup':
        return isObject(get(body, 'ResourceGroup')) ? [get(body, 'ResourceGroup') as Item] : [];
      case 'ListNetworks':
        return firstList(body, ['PagingInfo', 'NetworkList'], ['NetworkList']);
      case 'ListRoutes':
        return firstList(body, ['PagingInfo', 'RouteList'], ['RouteList']);
      case 'ListDataSources':
        return firstList(
          body,
          ['PagingInfo', 'DataSources'],
          ['Data', 'DataSources'],
          ['DataSources'],
        );
      case 'ListTasks':
        return firstList(body, ['PagingInfo', 'Tasks'], ['Tasks']);
      case 'ListProjects':
        return []; // read by the collector for the workspace ids only
      case 'DescribeVpcs':
        return list(body, 'Vpcs', 'Vpc');
      case 'DescribeVSwitches':
        return list(body, 'VSwitches', 'VSwitch');
      case 'DescribeNatGateways':
        return list(body, 'NatGateways', 'NatGateway');
      case 'DescribeSnatTableEntries':
        return list(body, 'SnatTableEntries', 'SnatTableEntry');
      case 'DescribeEipAddresses':
        return list(body, 'EipAddresses', 'EipAddress');
      case 'DescribeRouteTableList':
        return list(body, 'RouterTableList', 'RouterTableListType');
      case 'DescribeRouteEntryList':
        return list(body, 'RouteEntrys', 'RouteEntry');
      case 'DescribeCens':
        return list(body, 'Cens', 'Cen');
      case 'DescribeCenAttachedChildInstances':
        return list(body, 'ChildInstances', 'ChildInstance');
      case 'ListTransitRouterVpcAttachments':
        return list(body, 'TransitRouterAttachments');
      case 'ListVpcPeerConnections':
      case 'DescribeVpcPeerConnections':
        return firstList(body, ['VpcPeerConnects'], ['VpcPeerConnections', 'VpcPeerConnection']);
      case 'DescribeVpnGateways':
        return list(body, 'VpnGateways', 'VpnGateway');
      case 'DescribeVpnConnections':
        return list(body, 'VpnConnections', 'VpnConnection');
      case 'DescribeCustomerGateways':
        return list(body, 'CustomerGateways', 'CustomerGateway');
      case 'DescribeVirtualBorderRouters':
        return list(body, 'VirtualBorderRouterSet', 'VirtualBorderRouterType');
      case 'DescribeDBInstances':
        return list(body, 'Items', 'DBInstance');
      case 'DescribeDBInstanceNetInfo':
        return list(body, 'DBInstanceNetInfos', 'DBInstanceNetInfo');
      case 'DescribeDBInstanceIPArrayList':
        return list(body, 'Items', 'DBInstanceIPArray');
      case 'DescribeDBClusters':
        return list(body, 'Items', 'DBCluster');
      case 'DescribeDBClusterEndpoints':
        return list(body, 'Items', 'DBEndpoint');
      case 'DescribeDBClusterAccessWhitelist':
        return list(body, 'Items', 'DBClusterIPArray');
      case 'DescribeSecurityGroups':
        return list(body, 'SecurityGroups', 'SecurityGroup');
      case 'DescribeSecurityGroupAttribute':
        return [body];
      case 'DescribeInstances':
        return list(body, 'Instances', 'Instance');
    }
  }

  protected collection(name: CollectionName): Map<string, ImportedEntity> {
    let map = this.collections[name];
    if (!map) {
      map = new Map();
      this.collections[name] = map;
    }
    return map;
  }

  protected count(kind: string): void {
    this.imported[kind] = (this.imported[kind] ?? 0) + 1;
  }

  /** Counts a record skipped under `name`; `words` say it in the summary. */
  protected skip(name: string, words?: ImportWords): void {
    this.skipped[name] = (this.skipped[name] ?? 0) + 1;
    if (words !== undefined) this.skippedWords[name] = words;
  }

  protected note(
    level: ImportNote['level'],
    message: ImportWords,
    found?: Found,
    cloudId?: string,
  ): void {
    this.notes.push({
      level,
      message,
      ...(found ? { file: found.response.file, line: lineOf(found.response, cloudId) } : {}),
    });
  }
}
