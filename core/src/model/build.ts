// The typed model of a parsed topology: one reader per entity kind (model/network.ts,
// model/workloads.ts), over one header reader (model/entities.ts).
import type { Collection, Entity, Model, NatGateway, VSwitch } from '../model';
import { propertyValue, type Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { collect, type EntityReader } from './entities';
import {
  readAccount,
  readConnection,
  readDataCenter,
  readSecurityGroup,
  readVpc,
  type Defaults,
} from './network';
import { referenceValue, str } from './values';
import { readDataSource, readResourceGroup, readTask } from './workloads';

/** The topology-wide values that VPCs and resource groups fall back on. */
function readDefaults(root: Node): Defaults {
  const node = propertyValue(root, 'defaults');
  return {
    account: referenceValue(node, 'account', REFERENCE_FIELDS.defaultAccount),
    region: str(node, 'region'),
  };
}

export function buildModel(root: Node): Model {
  const nestedDuplicates: (VSwitch | NatGateway)[] = [];
  const defaults = readDefaults(root);
  const section = <T extends Entity>(name: string, read: EntityReader<T>): Collection<T> =>
    collect(propertyValue(root, name), `/${name}`, read);
  const accountsNode = propertyValue(root, 'accounts');
  return {
    root,
    defaults,
    accounts: {
      ...collect(accountsNode, '/accounts', readAccount),
      present: accountsNode !== undefined,
    },
    vpcs: section('vpcs', readVpc(defaults, nestedDuplicates)),
    dataCenters: section('dataCenters', readDataCenter),
    connections: section('connections', readConnection),
    securityGroups: section('securityGroups', readSecurityGroup),
    resourceGroups: section('resourceGroups', readResourceGroup(defaults)),
    dataSources: section('dataSources', (header, value) =>
      readDataSource(header, value, header.pointer),
    ),
    tasks: section('tasks', readTask),
    nestedDuplicates,
  };
}
