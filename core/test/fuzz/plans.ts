// Topology plans: the numbers and choices (fast-check arbitraries) that the generators
// turn into a consistent topology, and the helpers that resolve them.
import fc from 'fast-check';

import type { JValue } from './jsonc';

export const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1'];
const CIDR_FLAWS = [
  '10.0.0.0/33',
  '10.0.0.1/16',
  'fd00::/8',
  '300.1.1.1/24',
  '',
  '10.0.0.0',
  '0.0.0.0/0',
  '100.64.0.0/10',
  '10.0.0.0/8',
  '10.0.1.0/29',
  '172.16.0.0/12',
  '127.0.0.0/8',
  ' 10.0.0.0/16',
  '10.0.1.0/24 ',
  '192.168.0.0/16',
  '10.0.0.0/16',
  // Values known only after apply: well formed (an error only in a VPC or vSwitch) or not.
  '${alicloud_vswitch.dw.cidr_block}',
  '${}',
];
const IP_FLAWS = [
  '10.0.1.256',
  '::1',
  'db.example.com',
  '0.0.0.0',
  '255.255.255.255',
  '10.0.1.0',
  '1.2.3',
  '',
  '47.96.1.10',
  '${',
];
export const PUBLIC_IPS = [
  '47.96.1.10',
  '47.96.1.11',
  '47.97.2.2',
  '203.0.113.10',
  '198.51.100.20',
  // An EIP known only after apply: equal to itself wherever it is written.
  '${alicloud_eip_address.nat.ip_address}',
];
const WRONG_TYPES: JValue[] = [
  123,
  null,
  true,
  'x',
  { kind: 'object', entries: [] },
  { kind: 'array', items: [] },
  -0.5,
  { kind: 'raw', text: '1e400' },
  { kind: 'array', items: ['a', 1, null] },
  { kind: 'object', entries: [['a', 1]] },
];

/** A value as planned, or (rarely) one of the wrong type. */
function sometimesWrong<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | { wrong: JValue }> {
  return fc.oneof(
    { weight: 120, arbitrary },
    { weight: 1, arbitrary: fc.constantFrom(...WRONG_TYPES).map((wrong) => ({ wrong })) },
  );
}

/** The good values, and now and then a flawed one. */
export function mostly<T, U>(good: fc.Arbitrary<T>, flawed: fc.Arbitrary<U>, oneIn = 20) {
  return fc.oneof(
    { weight: oneIn - 1, arbitrary: good },
    { weight: 1, arbitrary: flawed },
  ) as fc.Arbitrary<T | U>;
}

/** Present one time in `oneIn` (an optional property most files leave out). */
function sometimes<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | undefined> {
  return mostly(fc.constant(undefined), arbitrary, oneIn) as fc.Arbitrary<T | undefined>;
}

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** Ids: mostly `<prefix>-<n>`, sometimes strings that stress pointers and maps. */
function idArbitrary(prefix: string): fc.Arbitrary<string> {
  return fc.oneof(
    // Wide enough that two entities rarely share an id by chance (duplicate-id is tested
    // through the stranger ids below and the mutations that duplicate spans).
    { weight: 40, arbitrary: fc.nat(99).map((n) => `${prefix}-${n}`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        'a/b~c',
        '~1',
        '默认',
        '"quoted"',
        'back\\slash',
        ' ',
        '__proto__',
        'constructor',
        'toString',
        'hasOwnProperty',
        'shared',
        'x'.repeat(300),
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: loneSurrogate, minLength: 1, maxLength: 2 }) },
  );
}

interface RefPlan {
  pick: number;
  /** A reference that names nothing: a typo of an existing id, or any string. */
  dangling?: { typo: true } | { text: string };
}

const refArbitrary: fc.Arbitrary<RefPlan> = fc.record(
  {
    pick: fc.nat(50),
    dangling: fc.oneof(
      fc.constant({ typo: true as const }),
      idArbitrary('gone').map((text) => ({ text })),
    ),
  },
  { requiredKeys: ['pick'] },
);
// Dangling references are rare: most of the time a reference names an entity that exists.
const reference = mostly(
  fc.nat(50).map((pick): RefPlan => ({ pick })),
  refArbitrary,
  60,
);

/** A CIDR or IP as planned: 'good' is filled in from the context by the builder. */
const addressPlan = (flaws: string[]) =>
  fc.oneof(
    { weight: 25, arbitrary: fc.constant('good') },
    { weight: 1, arbitrary: fc.constantFrom(...flaws).map((flaw) => ({ flaw })) },
  );

const vSwitchPlan = fc.record({
  id: idArbitrary('vsw'),
  zone: fc.option(fc.constantFrom('cn-hangzhou-h', 'cn-hangzhou-i', 'zone-x'), { nil: undefined }),
  cidr: sometimesWrong(addressPlan(CIDR_FLAWS)),
});

const natPlan = fc.record({
  id: idArbitrary('ngw'),
  vSwitch: sometimesWrong(reference),
  eips: mostly(
    fc.array(mostly(fc.constantFrom(...PUBLIC_IPS), fc.constantFrom(...IP_FLAWS)), {
      minLength: 1,
      maxLength: 2,
    }),
    fc.constant<string[]>([]),
    6,
  ),
  snat: fc.array(
    fc.record({
      source: fc.oneof(
        { weight: 5, arbitrary: reference },
        { weight: 1, arbitrary: fc.constant('cidr' as const) },
      ),
      eip: fc.option(mostly(fc.nat(3), fc.constantFrom(...PUBLIC_IPS), 6), {
        nil: undefined,
        freq: 5,
      }),
    }),
    { maxLength: 2 },
  ),
});

const vpcPlan = fc.record({
  id: idArbitrary('vpc'),
  account: sometimes(reference, 8),
  region: sometimes(mostly(fc.nat(3), fc.constantFrom('cn-hangzou', 'mars-north-1', '')), 4),
  cidr: sometimesWrong(addressPlan(CIDR_FLAWS)),
  /** Secondary CIDR blocks; with one, the VPC's last vSwitch lives in it. */
  secondaryCidrs: sometimes(fc.array(addressPlan(CIDR_FLAWS), { minLength: 1, maxLength: 2 }), 3),
  vSwitches: fc.array(vSwitchPlan, { minLength: 1, maxLength: 3 }),
  nats: fc.array(natPlan, { maxLength: 1 }),
});

const dataCenterPlan = fc.record({
  id: idArbitrary('idc'),
  cidrs: fc.array(sometimesWrong(addressPlan(CIDR_FLAWS)), { minLength: 1, maxLength: 2 }),
});

const connectionPlan = fc.record({
  id: idArbitrary('conn'),
  // 'auto': the type that fits the members (VPC peering joins VPCs only).
  type: sometimesWrong(
    mostly(
      fc.constant('auto'),
      fc.constantFrom('cen', 'expressConnect', 'vpnGateway', 'vpcPeering'),
      4,
    ),
  ),
  /** Consecutive networks from a start: distinct whenever there are enough of them. */
  members: fc.record({ start: reference, count: mostly(fc.constant(2), fc.constant(3), 4) }),
});

const rulePlan = fc.record(
  {
    direction: sometimesWrong(fc.constantFrom('ingress', 'egress')),
    // Absent (all) most often; a UDP, ICMP or GRE rule matches no DataWorks traffic.
    protocol: mostly(
      fc.constantFrom('tcp', 'all'),
      fc.constantFrom('udp', 'icmp', 'gre', 'TCP'),
      4,
    ),
    cidr: mostly(fc.oneof(fc.nat(20), fc.constant('0.0.0.0/0')), fc.constantFrom(...CIDR_FLAWS)),
    ports: mostly(
      fc.constantFrom('3306', '1-65535', 'all', '80', '443', '1521'),
      fc.constantFrom('70000', '5-3'),
    ),
    policy: mostly(fc.constant('accept'), fc.constant('drop'), 4),
    priority: mostly(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0, 101, 1.5)),
  },
  { requiredKeys: ['direction', 'cidr'] },
);

const securityGroupPlan = fc.record({
  id: idArbitrary('sg'),
  vpc: reference,
  type: fc.option(fc.constantFrom('basic', 'advanced'), { nil: undefined }),
  rules: fc.array(rulePlan, { maxLength: 4 }),
});

const RESOURCE_GROUP_TYPES = [
  'serverless',
  'exclusiveDataIntegration',
  'exclusiveScheduling',
  'exclusiveDataService',
];

/** Routes and whitelists: every fitting value, some picks, or none at all. */
const listPlan = fc.oneof(
  fc.constant('all' as const),
  fc.constant('none' as const),
  fc.array(
    fc.oneof(
      { weight: 6, arbitrary: fc.nat(30) },
      { weight: 1, arbitrary: fc.constantFrom(...CIDR_FLAWS, ...IP_FLAWS) },
    ),
    {
      maxLength: 3,
    },
  ),
);

const bindingPlan = fc.record({
  vpc: reference,
  vSwitch: reference,
  securityGroup: sometimes(reference, 2),
  routes: listPlan,
});

const resourceGroupPlan = fc.record({
  id: idArbitrary('rg'),
  type: sometimesWrong(
    mostly(fc.constant('serverless'), fc.constantFrom(...RESOURCE_GROUP_TYPES), 3),
  ),
  region: sometimes(fc.nat(3), 8),
  bindings: mostly(
    fc.array(bindingPlan, { minLength: 1, maxLength: 2 }),
    fc.constant([] as (typeof bindingPlan extends fc.Arbitrary<infer B> ? B : never)[]),
    6,
  ),
  eip: sometimes(mostly(fc.constantFrom(...PUBLIC_IPS), fc.constantFrom(...IP_FLAWS)), 2),
});

const ENGINES = [
  'mysql',
  'postgresql',
  'sqlserver',
  'oracle',
  'polardb',
  'mongodb',
  'redis',
  'hologres',
  'maxcompute',
  'kafka',
  'elasticsearch',
  'clickhouse',
  'oss',
  'other',
];

const dataSourcePlan = fc.record({
  id: idArbitrary('ds'),
  engine: sometimesWrong(fc.constantFrom(...ENGINES)),
  hosting: sometimes(fc.constantFrom('managed', 'ecs', 'selfManaged'), 2),
  network: fc.oneof(
    { weight: 6, arbitrary: fc.constant('vpc' as const) },
    { weight: 2, arbitrary: fc.constant('dataCenter' as const) },
    { weight: 2, arbitrary: fc.constant('internet' as const) },
    { weight: 1, arbitrary: fc.constant('classic' as const) },
  ),
  target: reference,
  host: fc.nat(30),
  address: sometimesWrong(addressPlan(IP_FLAWS)),
  port: sometimes(mostly(fc.constantFrom(3306, 5432, 1521, 80), fc.constantFrom(0, 70000)), 3),
  whitelist: listPlan,
  securityGroup: sometimes(reference, 4),
});

const taskPlan = fc.record({
  id: idArbitrary('task'),
  kind: sometimesWrong(fc.constantFrom('sync', 'schedule', 'dataService')),
  resourceGroup: reference,
  dataSources: fc.array(reference, { minLength: 1, maxLength: 3 }),
});

export const topologyPlan = fc.record({
  schema: fc.boolean(),
  version: sometimesWrong(mostly(fc.constant<JValue>(1), fc.constant<JValue>(2))),
  defaults: fc.option(
    fc.record(
      { account: fc.nat(3), region: mostly(fc.nat(3), fc.constant(undefined), 12) },
      { requiredKeys: ['region'] },
    ),
    { nil: undefined, freq: 6 },
  ),
  accounts: sometimes(
    fc.array(
      fc.record({
        id: fc.constantFrom('main', 'partner', 'other'),
        uid: mostly(fc.constant('1234567890123456'), fc.constant('12ab')),
      }),
      { maxLength: 3 },
    ),
    4,
  ),
  vpcs: fc.array(vpcPlan, { minLength: 1, maxLength: 4 }),
  dataCenters: fc.array(dataCenterPlan, { maxLength: 2 }),
  connections: fc.array(connectionPlan, { maxLength: 3 }),
  securityGroups: fc.array(securityGroupPlan, { maxLength: 3 }),
  resourceGroups: fc.array(resourceGroupPlan, { minLength: 1, maxLength: 3 }),
  dataSources: fc.array(dataSourcePlan, { minLength: 1, maxLength: 4 }),
  tasks: fc.array(taskPlan, { maxLength: 4 }),
  /** A property the schema does not know, or a whole collection of the wrong type. */
  oddity: sometimes(fc.constantFrom('unknownProperty', 'wrongCollection', 'emptyCollections'), 12),
});

export type TopologyPlan = typeof topologyPlan extends fc.Arbitrary<infer T> ? T : never;

export const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** The first two octets of the VPC at `index`, and its CIDR block. */
export const VPC_PREFIXES = ['10.0', '172.16', '10.1', '10.2', '192.168'];
export const DC_PREFIXES = ['192.168', '172.20', '10.200'];

export function resolve(plan: RefPlan, ids: readonly string[], fallback: string): string {
  const id = pick(ids, plan.pick);
  if (plan.dangling && 'text' in plan.dangling) return plan.dangling.text;
  if (plan.dangling) return id === undefined ? `${fallback}-typo` : `${id}x`;
  return id ?? `${fallback}-${plan.pick}`;
}

export function unwrap<T>(value: T | { wrong: JValue }, good: (value: T) => JValue): JValue {
  return typeof value === 'object' && value !== null && 'wrong' in value
    ? value.wrong
    : good(value as T);
}

export function address(plan: 'good' | { flaw: string }, good: string): string {
  return plan === 'good' ? good : plan.flaw;
}
