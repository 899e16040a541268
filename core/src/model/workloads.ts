// The readers of what runs and what it reaches: resource groups with their VPC bindings,
// data sources with their network, and tasks. Data sources and tasks read nothing but
// their own value: an edit inside one of them rebuilds only that entity
// (core/src/incremental.ts).
import type {
  Binding,
  DataSource,
  DataSourceRef,
  Entity,
  Network,
  ResourceGroup,
  Task,
} from '../model';
import { numberValue, propertyValue, stringValue, type Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { exactly } from '../util/arrays';
import { entity, type EntityReader } from './entities';
import type { Defaults } from './network';
import {
  addressValue,
  arrayItems,
  cidrItems,
  dataSourceRef,
  enumValue,
  ipValue,
  objectItems,
  referenceValue,
  str,
} from './values';

export const DEFAULT_PORTS: Record<string, number> = {
  mysql: 3306,
  polardb: 3306,
  postgresql: 5432,
  sqlserver: 1433,
  oracle: 1521,
  mongodb: 3717,
  redis: 6379,
  elasticsearch: 9200,
  clickhouse: 8123,
  kafka: 9092,
  hologres: 80,
};

function readBinding(item: Node, index: number, groupPath: string): Binding {
  const routesNode = propertyValue(item, 'routes');
  const vpc = referenceValue(item, 'vpc', REFERENCE_FIELDS.bindingVpc);
  return {
    node: item,
    pointer: `${groupPath}/vpcBindings/${index}`,
    index,
    vpc,
    vSwitch: referenceValue(item, 'vSwitch', REFERENCE_FIELDS.bindingVSwitch, vpc),
    securityGroup: referenceValue(item, 'securityGroup', REFERENCE_FIELDS.bindingSecurityGroup),
    routesNode: routesNode?.type === 'array' ? routesNode : undefined,
    routes: cidrItems(routesNode),
  };
}

export function readResourceGroup(defaults: Defaults): EntityReader<ResourceGroup> {
  return (header, value) => {
    const account = referenceValue(value, 'account', REFERENCE_FIELDS.resourceGroupAccount);
    const region = str(value, 'region');
    const bindingsNode = propertyValue(value, 'vpcBindings');
    const typeNode = propertyValue(value, 'type');
    return entity(header, {
      type: enumValue(typeNode, [
        'serverless',
        'exclusiveDataIntegration',
        'exclusiveScheduling',
        'exclusiveDataService',
      ] as const),
      typeNode,
      account,
      region,
      accountId: account?.value ?? defaults.account?.value,
      regionId: region?.value ?? defaults.region?.value,
      bindingsNode,
      bindings: objectItems(bindingsNode, (item, index) =>
        readBinding(item, index, header.pointer),
      ),
      eip: ipValue(propertyValue(value, 'eip')),
    });
  };
}

/** The network a data source is reached on, from its `network` object. */
function readNetwork(node: Node | undefined, pointer: string): Network | undefined {
  if (node?.type !== 'object') return undefined;
  return {
    node,
    pointer,
    type: enumValue(propertyValue(node, 'type'), [
      'vpc',
      'dataCenter',
      'internet',
      'classic',
    ] as const),
    vpc: referenceValue(node, 'vpc', REFERENCE_FIELDS.dataSourceVpc),
    dataCenter: referenceValue(node, 'dataCenter', REFERENCE_FIELDS.dataSourceDataCenter),
    address: addressValue(propertyValue(node, 'address')),
    port: numberValue(propertyValue(node, 'port')),
  };
}

/** A data source from its value in `dataSources`. */
export function readDataSource(header: Entity, value: Node, path: string): DataSource {
  const engine = stringValue(propertyValue(value, 'engine'));
  const network = readNetwork(propertyValue(value, 'network'), `${path}/network`);
  const whitelistNode = propertyValue(value, 'whitelist');
  const explicitPort = network?.port;
  return entity(header, {
    engine,
    hosting: enumValue(propertyValue(value, 'hosting'), ['managed', 'ecs', 'selfManaged'] as const),
    network,
    whitelistNode: whitelistNode?.type === 'array' ? whitelistNode : undefined,
    whitelist: whitelistNode?.type === 'array' ? exactly(cidrItems(whitelistNode)) : undefined,
    securityGroup: referenceValue(value, 'securityGroup', REFERENCE_FIELDS.dataSourceSecurityGroup),
    port:
      explicitPort !== undefined &&
      Number.isInteger(explicitPort) &&
      explicitPort > 0 &&
      explicitPort < 65536
        ? explicitPort
        : (DEFAULT_PORTS[engine ?? ''] ?? 443),
  });
}

/** A task from its value in `tasks`. */
export function readTask(header: Entity, value: Node): Task {
  const resourceGroup = referenceValue(value, 'resourceGroup', REFERENCE_FIELDS.taskResourceGroup);
  const refs: DataSourceRef[] = [];
  const add = (ref: DataSourceRef | undefined) => ref && refs.push(ref);
  add(dataSourceRef(propertyValue(value, 'source'), REFERENCE_FIELDS.taskSource, 'source'));
  add(
    dataSourceRef(
      propertyValue(value, 'destination'),
      REFERENCE_FIELDS.taskDestination,
      'destination',
    ),
  );
  for (const item of arrayItems(propertyValue(value, 'dataSources')))
    add(dataSourceRef(item, REFERENCE_FIELDS.taskDataSource, 'dataSources'));
  return entity(header, {
    kind: enumValue(propertyValue(value, 'kind'), ['sync', 'schedule', 'dataService'] as const),
    resourceGroup,
    dataSourceRefs: exactly(refs),
  });
}
