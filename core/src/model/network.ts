// The readers of the network entities: accounts, VPCs with their vSwitches and NAT
// gateways, data centers, connections and security groups.
import type {
  Account,
  CidrValue,
  Connection,
  DataCenter,
  Entity,
  IpValue,
  Model,
  NatGateway,
  SecurityGroup,
  SecurityGroupRule,
  SnatEntry,
  VSwitch,
  Vpc,
} from '../model';
import { numberValue, propertyValue, stringValue, type Node } from '../parse';
import { REFERENCE_FIELDS } from '../references';
import { exactly } from '../util/arrays';
import { collect, entity, type EntityReader } from './entities';
import {
  arrayItems,
  cidrItems,
  cidrValue,
  enumValue,
  ipValue,
  objectItems,
  referenceValue,
  snatSource,
  str,
} from './values';

/** The topology-wide values that VPCs and resource groups fall back on. */
export type Defaults = Model['defaults'];

export function readAccount(header: Entity, value: Node): Account {
  return entity(header, { uid: str(value, 'uid') });
}

function readVSwitch(vpc: Vpc): EntityReader<VSwitch> {
  return (header, value) => {
    const cidrNode = propertyValue(value, 'cidr');
    return entity(header, {
      vpc,
      zone: str(value, 'zone'),
      cidr: cidrNode ? cidrValue(cidrNode, false) : undefined,
    });
  };
}

function readSnatEntry(item: Node, index: number, gatewayPath: string, vpc: Vpc): SnatEntry {
  return {
    node: item,
    pointer: `${gatewayPath}/snatEntries/${index}`,
    index,
    source: snatSource(item, REFERENCE_FIELDS.snatSource, vpc),
    eip: ipValue(propertyValue(item, 'eip')),
  };
}

function readNatGateway(vpc: Vpc): EntityReader<NatGateway> {
  return (header, value) => {
    return entity(header, {
      vpc,
      vSwitch: referenceValue(value, 'vSwitch', REFERENCE_FIELDS.natGatewayVSwitch, vpc),
      eips: arrayItems(propertyValue(value, 'eips'))
        .map((item) => ipValue(item))
        .filter((x): x is IpValue => x !== undefined),
      snatEntries: objectItems(propertyValue(value, 'snatEntries'), (item, index) =>
        readSnatEntry(item, index, header.pointer, vpc),
      ),
    });
  };
}

/** A VPC with its vSwitches and NAT gateways; their later duplicates go to `nestedDuplicates`. */
export function readVpc(
  defaults: Defaults,
  nestedDuplicates: (VSwitch | NatGateway)[],
): EntityReader<Vpc> {
  return (header, value) => {
    const account = referenceValue(value, 'account', REFERENCE_FIELDS.vpcAccount);
    const region = str(value, 'region');
    const cidrNode = propertyValue(value, 'cidr');
    const vpc: Vpc = entity(header, {
      account,
      region,
      accountId: account?.value ?? defaults.account?.value,
      regionId: region?.value ?? defaults.region?.value,
      cidr: cidrNode ? cidrValue(cidrNode, false) : undefined,
      secondaryCidrs: arrayItems(propertyValue(value, 'secondaryCidrs'))
        .map((item) => cidrValue(item, false))
        .filter((x): x is CidrValue => x !== undefined),
      vSwitches: new Map<string, VSwitch>(),
      natGateways: new Map<string, NatGateway>(),
    });
    const path = header.pointer;
    const switches = collect(
      propertyValue(value, 'vSwitches'),
      `${path}/vSwitches`,
      readVSwitch(vpc),
    );
    vpc.vSwitches = switches.byId;
    nestedDuplicates.push(...switches.duplicates);
    const gateways = collect(
      propertyValue(value, 'natGateways'),
      `${path}/natGateways`,
      readNatGateway(vpc),
    );
    vpc.natGateways = gateways.byId;
    nestedDuplicates.push(...gateways.duplicates);
    return vpc;
  };
}

export function readDataCenter(header: Entity, value: Node): DataCenter {
  return entity(header, {
    cidrs: cidrItems(propertyValue(value, 'cidrs')),
  });
}

export function readConnection(header: Entity, value: Node): Connection {
  const membersNode = propertyValue(value, 'members');
  const members: Connection['members'] = [];
  for (const item of arrayItems(membersNode)) {
    const member = referenceValue(item, undefined, REFERENCE_FIELDS.connectionMember);
    if (member) members.push(member);
  }
  return entity(header, {
    type: enumValue(propertyValue(value, 'type'), [
      'cen',
      'expressConnect',
      'vpnGateway',
      'vpcPeering',
    ] as const),
    membersNode,
    members: exactly(members),
  });
}

/** A port range (`80`, `8000-8080`, `all`) as an inclusive pair; anything else is every port. */
function portsOf(text: string | undefined): [number, number] {
  if (text === undefined || text === 'all') return [1, 65535];
  const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!match) return [1, 65535];
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  return [low, high];
}

function readSecurityGroupRule(item: Node, index: number, groupPath: string): SecurityGroupRule {
  const cidrNode = propertyValue(item, 'cidr');
  const priority = numberValue(propertyValue(item, 'priority'));
  return {
    node: item,
    pointer: `${groupPath}/rules/${index}`,
    index,
    direction: enumValue(propertyValue(item, 'direction'), ['ingress', 'egress'] as const),
    protocol:
      enumValue(propertyValue(item, 'protocol'), ['tcp', 'udp', 'icmp', 'gre', 'all'] as const) ??
      'all',
    cidr: cidrNode ? cidrValue(cidrNode, true) : undefined,
    ports: portsOf(stringValue(propertyValue(item, 'ports'))),
    policy: enumValue(propertyValue(item, 'policy'), ['accept', 'drop'] as const) ?? 'accept',
    priority: priority !== undefined && Number.isInteger(priority) ? priority : 1,
  };
}

export function readSecurityGroup(header: Entity, value: Node): SecurityGroup {
  return entity(header, {
    vpc: referenceValue(value, 'vpc', REFERENCE_FIELDS.securityGroupVpc),
    type: enumValue(propertyValue(value, 'type'), ['basic', 'advanced'] as const) ?? 'basic',
    rules: objectItems(propertyValue(value, 'rules'), (item, index) =>
      readSecurityGroupRule(item, index, header.pointer),
    ),
  });
}
