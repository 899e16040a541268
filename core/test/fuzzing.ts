// Issue 6, "nothing a user types can break dwnet or lose their text": generators of
// realistic topologies and of the edits people (and accidents) make to them, and the
// properties every document must satisfy. Shared by core/test/properties.test.ts (a few
// hundred runs in `npm test`), core/test/fuzz-regressions.test.ts (replays the saved
// counterexamples) and scripts/fuzz.mjs (`npm run fuzz`, which bundles this file).
//
// A property failure throws a `PropertyViolation` naming the property, so the fuzz
// runner can shrink a counterexample without sliding onto a different bug.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import { treeShape } from './trees';
import {
  analyse,
  applyEdits,
  codeLenses,
  connectivityResults,
  definitionAt,
  documentSymbols,
  explainAnalysis,
  fixAll,
  fixEdits,
  hoverAt,
  idCompletions,
  LIMIT_NOTICES,
  prepareRename,
  reanalyse,
  referencesAt,
  rename,
  RULES,
  validate,
  type Analysis,
  type DocumentSymbol,
  type Finding,
  type TextEdit,
} from '../src/index';

// ---------------------------------------------------------------------------------------
// A JSON tree that keeps duplicate keys and raw tokens, and its JSONC rendering

type JValue = string | number | boolean | null | JObject | JArray | JRaw;
interface JObject {
  kind: 'object';
  entries: [string, JValue][];
}
interface JArray {
  kind: 'array';
  items: JValue[];
}
/** Text written as is (a number JSON.stringify would not write, a broken literal). */
interface JRaw {
  kind: 'raw';
  text: string;
}

const object = (entries: [string, JValue | undefined][]): JObject => ({
  kind: 'object',
  entries: entries.filter((e): e is [string, JValue] => e[1] !== undefined),
});
const array = (items: JValue[]): JArray => ({ kind: 'array', items });

export interface CommentPlan {
  /** The entry (pre-order, wrapping) the comment goes before or after. */
  at: number;
  text: string;
  form: 'line' | 'block' | 'trailing';
}

export interface Style {
  indent: string;
  eol: '\n' | '\r\n';
  /** Containers at this depth or deeper are written on one line… */
  inlineDepth: number;
  /** …except where this list (indexed by container, wrapping) says otherwise. */
  flips: boolean[];
  trailingCommas: boolean;
  /** No spaces inside one-line containers, after colons or before trailing comments. */
  tight: boolean;
  comments: CommentPlan[];
}

function isContainer(value: JValue): value is JObject | JArray {
  return typeof value === 'object' && value !== null && value.kind !== 'raw';
}

function countEntries(value: JValue): number {
  if (!isContainer(value)) return 0;
  const members = value.kind === 'object' ? value.entries.map((e) => e[1]) : value.items;
  return members.reduce<number>((sum, member) => sum + 1 + countEntries(member), 0);
}

/** JSONC in the given style: indentation, one-line containers, comments, trailing commas. */
export function render(root: JValue, style: Style): string {
  const total = countEntries(root);
  const commentsAt = new Map<number, CommentPlan[]>();
  if (total > 0) {
    for (const comment of style.comments) {
      const list = commentsAt.get(comment.at % total) ?? [];
      list.push(comment);
      commentsAt.set(comment.at % total, list);
    }
  }
  let entry = 0;
  let container = 0;
  const out: string[] = [];
  const newline = (depth: number) => style.eol + style.indent.repeat(depth);
  const gap = style.tight ? '' : ' ';

  const write = (value: JValue, depth: number): void => {
    if (!isContainer(value)) {
      out.push(typeof value === 'object' && value !== null ? value.text : JSON.stringify(value));
      return;
    }
    const isObject = value.kind === 'object';
    const members: [string | undefined, JValue][] = isObject
      ? value.entries
      : value.items.map((item) => [undefined, item]);
    let inline = depth >= style.inlineDepth;
    if (style.flips.length > 0 && style.flips[container % style.flips.length]) inline = !inline;
    container++;
    const [open, close] = isObject ? ['{', '}'] : ['[', ']'];
    if (members.length === 0) {
      out.push(open + close);
      return;
    }
    out.push(open);
    members.forEach(([key, member], i) => {
      const comments = commentsAt.get(entry++) ?? [];
      const last = i === members.length - 1;
      const comma = !last || style.trailingCommas ? ',' : '';
      if (inline) {
        if (!style.tight) out.push(' ');
        for (const c of comments) if (c.form !== 'trailing') out.push(`/* ${c.text} */`, gap);
      } else {
        for (const c of comments) {
          if (c.form === 'line') out.push(newline(depth + 1), `// ${c.text}`);
          else if (c.form === 'block') out.push(newline(depth + 1), `/* ${c.text} */`);
        }
        out.push(newline(depth + 1));
      }
      if (key !== undefined) out.push(JSON.stringify(key), ':', gap);
      write(member, depth + 1);
      out.push(comma);
      for (const c of comments) {
        if (c.form !== 'trailing') continue;
        out.push(gap, inline ? `/* ${c.text} */` : `// ${c.text}`);
      }
    });
    out.push(inline ? gap : newline(depth), close);
  };
  write(root, 0);
  return out.join('') + style.eol;
}

// ---------------------------------------------------------------------------------------
// Topology plans: numbers and choices that a builder turns into a consistent topology.
// References pick among the ids that exist (valid most of the time); a few dangle.

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'ap-southeast-1'];
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
];
const PUBLIC_IPS = ['47.96.1.10', '47.96.1.11', '47.97.2.2', '203.0.113.10', '198.51.100.20'];
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
function mostly<T, U>(good: fc.Arbitrary<T>, flawed: fc.Arbitrary<U>, oneIn = 20) {
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

const topologyPlan = fc.record({
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

type TopologyPlan = typeof topologyPlan extends fc.Arbitrary<infer T> ? T : never;

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length === 0 ? undefined : list[n % list.length];

/** The first two octets of the VPC at `index`, and its CIDR block. */
const VPC_PREFIXES = ['10.0', '172.16', '10.1', '10.2', '192.168'];
const DC_PREFIXES = ['192.168', '172.20', '10.200'];

function resolve(plan: RefPlan, ids: readonly string[], fallback: string): string {
  const id = pick(ids, plan.pick);
  if (plan.dangling && 'text' in plan.dangling) return plan.dangling.text;
  if (plan.dangling) return id === undefined ? `${fallback}-typo` : `${id}x`;
  return id ?? `${fallback}-${plan.pick}`;
}

function unwrap<T>(value: T | { wrong: JValue }, good: (value: T) => JValue): JValue {
  return typeof value === 'object' && value !== null && 'wrong' in value
    ? value.wrong
    : good(value as T);
}

function address(plan: 'good' | { flaw: string }, good: string): string {
  return plan === 'good' ? good : plan.flaw;
}

/** Builds the topology a plan describes; references resolve against the planned ids. */
function buildTopology(plan: TopologyPlan): JObject {
  const vpcIds = plan.vpcs.map((v) => v.id);
  const inScope = plan.vpcs
    .filter((v) => v.region === undefined && v.account === undefined)
    .map((v) => v.id);
  const dcIds = plan.dataCenters.map((d) => d.id);
  const sgIds = plan.securityGroups.map((s) => s.id);
  const rgIds = plan.resourceGroups.map((r) => r.id);
  const dsIds = plan.dataSources.map((d) => d.id);
  const accountIds = plan.accounts?.map((a) => a.id) ?? ['main', 'partner'];
  const vpcPrefix = (i: number) => VPC_PREFIXES[i % VPC_PREFIXES.length]!;
  const vpcIndex = (id: string) => Math.max(vpcIds.indexOf(id), 0);
  const vSwitchCidrs: string[] = [];
  const networkCidrs: string[] = [];
  const cidrOf = new Map<string, string>();
  const connected = new Map<string, string[]>();
  const eips: string[] = [...PUBLIC_IPS.slice(0, 2)];

  const vpcs = plan.vpcs.map((vpc, i): [string, JValue] => {
    const prefix = vpcPrefix(i);
    const vswIds = vpc.vSwitches.map((v) => v.id);
    networkCidrs.push(`${prefix}.0.0/16`);
    if (!cidrOf.has(vpc.id)) cidrOf.set(vpc.id, `${prefix}.0.0/16`);
    const vSwitches = vpc.vSwitches.map((vsw, j): [string, JValue] => {
      const good = `${prefix}.${j + 1}.0/24`;
      vSwitchCidrs.push(good);
      return [
        vsw.id,
        object([
          ['zone', vsw.zone],
          ['cidr', unwrap(vsw.cidr, (p) => address(p, good))],
        ]),
      ];
    });
    const nats = vpc.nats.map((nat): [string, JValue] => {
      eips.push(...nat.eips);
      return [
        nat.id,
        object([
          ['vSwitch', unwrap(nat.vSwitch, (r) => resolve(r, vswIds, 'vsw'))],
          ['eips', array(nat.eips)],
          [
            'snatEntries',
            nat.snat.length === 0
              ? undefined
              : array(
                  nat.snat.map((s) =>
                    object([
                      [
                        'source',
                        s.source === 'cidr' ? `${prefix}.1.0/24` : resolve(s.source, vswIds, 'vsw'),
                      ],
                      [
                        'eip',
                        s.eip === undefined
                          ? undefined
                          : typeof s.eip === 'number'
                            ? (pick(nat.eips, s.eip) ?? PUBLIC_IPS[0]!)
                            : s.eip,
                      ],
                    ]),
                  ),
                ),
          ],
        ]),
      ];
    });
    return [
      vpc.id,
      object([
        [
          'account',
          vpc.account === undefined ? undefined : resolve(vpc.account, accountIds, 'acct'),
        ],
        [
          'region',
          vpc.region === undefined
            ? undefined
            : typeof vpc.region === 'number'
              ? REGIONS[vpc.region]!
              : vpc.region,
        ],
        ['cidr', unwrap(vpc.cidr, (p) => address(p, `${prefix}.0.0/16`))],
        ['vSwitches', vSwitches.length === 0 ? undefined : object(vSwitches)],
        ['natGateways', nats.length === 0 ? undefined : object(nats)],
      ]),
    ];
  });

  const dataCenters = plan.dataCenters.map((dc, i): [string, JValue] => {
    const good = `${DC_PREFIXES[i % DC_PREFIXES.length]}.0.0/16`;
    networkCidrs.push(good);
    if (!cidrOf.has(dc.id)) cidrOf.set(dc.id, good);
    return [
      dc.id,
      object([['cidrs', array(dc.cidrs.map((c) => unwrap(c, (p) => address(p, good))))]]),
    ];
  });

  const connections = plan.connections.map((c): [string, JValue] => {
    // A network listed twice is a schema error the mutations produce often enough.
    const networks = [...vpcIds, ...dcIds];
    const members = [
      ...new Set(
        Array.from({ length: c.members.count }, (_, k) =>
          resolve({ ...c.members.start, pick: c.members.start.pick + k }, networks, 'net'),
        ),
      ),
    ];
    for (const a of members)
      for (const b of members) if (a !== b) connected.set(a, [...(connected.get(a) ?? []), b]);
    const toDataCenter = members.some((m) => dcIds.includes(m));
    return [
      c.id,
      object([
        [
          'type',
          unwrap(c.type, (t) => (t === 'auto' ? (toDataCenter ? 'expressConnect' : 'cen') : t)),
        ],
        ['members', array(members)],
      ]),
    ];
  });

  const ruleCidrs = [...vSwitchCidrs, ...networkCidrs];
  /** Routes a binding needs: the CIDR blocks of the networks its VPC is connected to. */
  const routesFrom = (vpc: string) =>
    (connected.get(vpc) ?? [])
      .flatMap((id) => cidrOf.get(id) ?? [])
      .filter((c) => c !== cidrOf.get(vpc));
  const securityGroups = plan.securityGroups.map((sg): [string, JValue] => [
    sg.id,
    object([
      ['vpc', resolve(sg.vpc, vpcIds, 'vpc')],
      ['type', sg.type],
      [
        'rules',
        array(
          sg.rules.map((r) =>
            object([
              ['direction', unwrap(r.direction, (d) => d)],
              [
                'cidr',
                typeof r.cidr === 'number' ? (pick(ruleCidrs, r.cidr) ?? '10.0.1.0/24') : r.cidr,
              ],
              ['ports', r.ports],
              ['policy', r.policy],
              ['priority', r.priority === 1.5 ? { kind: 'raw', text: '1.5' } : r.priority],
            ]),
          ),
        ),
      ],
    ]),
  ]);

  const list = (plan: 'all' | 'none' | (number | string)[], all: string[]): JValue | undefined =>
    plan === 'none'
      ? undefined
      : array(
          plan === 'all'
            ? [...new Set(all)]
            : plan.map((p) => (typeof p === 'number' ? (pick(all, p) ?? '10.0.1.0/24') : p)),
        );

  const resourceGroups = plan.resourceGroups.map((rg): [string, JValue] => {
    const type = unwrap(rg.type, (t) => t);
    const bindings = rg.bindings.map((b) => {
      // Mostly a VPC of the group's own account and region (binding-out-of-scope otherwise).
      const vpc = resolve(
        b.vpc,
        inScope.length > 0 && b.vpc.pick % 8 !== 0 ? inScope : vpcIds,
        'vpc',
      );
      const vpcPlan = plan.vpcs[vpcIndex(vpc)];
      const vswIds = vpcPlan?.vSwitches.map((v) => v.id) ?? [];
      const own = `${vpcPrefix(vpcIndex(vpc))}.0.0/16`;
      const sgInVpc = plan.securityGroups
        .filter((sg) => resolve(sg.vpc, vpcIds, 'vpc') === vpc)
        .map((sg) => sg.id);
      return object([
        ['vpc', vpc],
        ['vSwitch', resolve(b.vSwitch, vswIds, 'vsw')],
        [
          'securityGroup',
          b.securityGroup === undefined || sgIds.length === 0
            ? undefined
            : resolve(b.securityGroup, sgInVpc.length > 0 ? sgInVpc : sgIds, 'sg'),
        ],
        [
          'routes',
          list(
            b.routes,
            b.routes === 'all' ? routesFrom(vpc) : networkCidrs.filter((c) => c !== own),
          ),
        ],
      ]);
    });
    return [
      rg.id,
      object([
        ['type', type],
        ['region', rg.region === undefined ? undefined : REGIONS[rg.region]],
        [
          'vpcBindings',
          bindings.length === 0 && rg.bindings.length === 0 ? undefined : array(bindings),
        ],
        ['eip', typeof type === 'string' && type.startsWith('exclusive') ? rg.eip : undefined],
      ]),
    ];
  });

  const dataSources = plan.dataSources.map((ds): [string, JValue] => {
    let network: JObject;
    if (ds.network === 'vpc') {
      const vpc = resolve(ds.target, vpcIds, 'vpc');
      const i = vpcIndex(vpc);
      const vsws = plan.vpcs[i]?.vSwitches.length ?? 0;
      const good = `${vpcPrefix(i)}.${(ds.host % Math.max(vsws, 1)) + 1}.${(ds.host % 200) + 10}`;
      network = object([
        ['type', 'vpc'],
        ['vpc', vpc],
        ['address', unwrap(ds.address, (p) => address(p, good))],
        ['port', ds.port],
      ]);
    } else if (ds.network === 'dataCenter' && dcIds.length > 0) {
      const dc = resolve(ds.target, dcIds, 'idc');
      const i = Math.max(dcIds.indexOf(dc), 0);
      const good = `${DC_PREFIXES[i % DC_PREFIXES.length]}.${ds.host}.5`;
      network = object([
        ['type', 'dataCenter'],
        ['dataCenter', dc],
        ['address', unwrap(ds.address, (p) => address(p, good))],
        ['port', ds.port],
      ]);
    } else if (ds.network !== 'classic') {
      network = object([
        ['type', 'internet'],
        ['address', unwrap(ds.address, (p) => address(p, pick(PUBLIC_IPS, ds.host + 3)!))],
        ['port', ds.port],
      ]);
    } else {
      network = object([['type', 'classic']]);
    }
    const hosting = ds.hosting ?? (ds.network === 'vpc' ? 'managed' : 'selfManaged');
    return [
      ds.id,
      object([
        ['engine', unwrap(ds.engine, (e) => e)],
        ['hosting', hosting],
        ['network', network],
        ['whitelist', list(ds.whitelist, [...vSwitchCidrs, ...eips])],
        [
          'securityGroup',
          ds.securityGroup === undefined || sgIds.length === 0
            ? undefined
            : resolve(ds.securityGroup, sgIds, 'sg'),
        ],
      ]),
    ];
  });

  const tasks = plan.tasks.map((task): [string, JValue] => {
    const kind = unwrap(task.kind, (k) => k);
    const names = task.dataSources.map((d) => resolve(d, dsIds, 'ds'));
    const sync = kind === 'sync';
    return [
      task.id,
      object([
        ['kind', kind],
        ['resourceGroup', resolve(task.resourceGroup, rgIds, 'rg')],
        ['source', sync ? names[0] : undefined],
        ['destination', sync ? (names[1] ?? names[0]) : undefined],
        ['dataSources', sync ? undefined : array(names)],
      ]),
    ];
  });

  const collection = (entries: [string, JValue][]): JValue | undefined =>
    entries.length > 0 || plan.oddity === 'emptyCollections' ? object(entries) : undefined;
  return object([
    ['$schema', plan.schema ? './schemas/dwnet.schema.json' : undefined],
    ['version', unwrap(plan.version, (v) => v)],
    [
      'defaults',
      plan.defaults === undefined
        ? undefined
        : object([
            [
              'account',
              plan.defaults.account === undefined
                ? undefined
                : pick(accountIds, plan.defaults.account),
            ],
            [
              'region',
              plan.defaults.region === undefined ? undefined : REGIONS[plan.defaults.region],
            ],
          ]),
    ],
    [
      'accounts',
      plan.accounts === undefined
        ? undefined
        : object(plan.accounts.map((a) => [a.id, object([['uid', a.uid]])])),
    ],
    ['vpcs', collection(vpcs)],
    ['dataCenters', collection(dataCenters)],
    ['connections', collection(connections)],
    ['securityGroups', collection(securityGroups)],
    ['resourceGroups', plan.oddity === 'wrongCollection' ? array([]) : collection(resourceGroups)],
    ['dataSources', collection(dataSources)],
    ['tasks', collection(tasks)],
    ['notes', plan.oddity === 'unknownProperty' ? 'an unknown property' : undefined],
  ]);
}

const COMMENT_TEXTS = [
  'the database team owns this whitelist',
  'TODO: move to cn-shanghai',
  'dwnet-ignore unused -- kept for the migration',
  'dwnet-ignore whitelist-missing -- managed elsewhere',
  'dwnet-ignore -- no code',
  'dwnet-ignore-file internet-unstable -- accepted',
  'dwnet-ignore no-such-rule -- typo',
  '"quotes" and , commas ] } and // slashes',
  '注释 with ünïcödé',
];

const commentText = fc
  .oneof(
    { weight: 4, arbitrary: fc.constantFrom(...COMMENT_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  )
  // A comment never holds a line break or closes a block comment (both forms are used).
  .map((t) => t.replace(/[\r\n\u2028\u2029]/g, ' ').replace(/\*\//g, '* /'));

const styleArbitrary: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom('  ', '    ', '\t'),
  eol: fc.constantFrom<'\n' | '\r\n'>('\n', '\n', '\r\n'),
  inlineDepth: fc.integer({ min: 1, max: 6 }),
  flips: fc.array(fc.boolean(), { maxLength: 6 }),
  trailingCommas: fc.boolean(),
  tight: mostly(fc.constant(false), fc.constant(true), 5),
  comments: fc.array(
    fc.record({
      at: fc.nat(400),
      text: commentText,
      form: fc.constantFrom<CommentPlan['form']>('line', 'block', 'trailing'),
    }),
    { maxLength: 6 },
  ),
});

/** Realistic topologies as JSONC text, in varied styles, valid references most of the time. */
export const topologyText: fc.Arbitrary<string> = fc
  .tuple(topologyPlan, styleArbitrary)
  .map(([plan, style]) => render(buildTopology(plan), style));

// ---------------------------------------------------------------------------------------
// Mutations: what typing, pasting and accidents do to a document

export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number; to: number }
  | { kind: 'retype'; token: number; value: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; text: string }
  | { kind: 'nest'; token: number; depth: number; open: string; balanced: boolean }
  | { kind: 'huge'; token: number; size: number; unit: string }
  | { kind: 'surrogate'; token: number; escaped: boolean; code: number }
  | { kind: 'lineEndings'; eol: '\r\n' | '\r' | '\n' }
  | { kind: 'bom' };

/** A position as a fraction of the text, so one mutation fits any text. */
const fraction = fc.integer({ min: 0, max: 1000 });
const scaled = (at: number, length: number) => Math.floor((at / 1000) * length);

const garbage = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '"',
      '\\',
      '/',
      '*',
      '\n',
      '\r',
      ' ',
      'a',
      '1',
      '-',
      '.',
      'e',
      'true',
      'null',
      '\u2028',
      '\u0000',
      '\ufeff',
      '\ud800',
      '\udc00',
      '😀',
      'ä',
      '//',
      '/*',
      '*/',
      '"vpc-0"',
      '"10.0.1.0/24"',
    ),
    maxLength: 24,
  }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 80 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('duplicate' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 200 }),
      to: fraction,
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('retype' as const),
      token: fc.nat(),
      value: fc.constantFrom(
        '123',
        'null',
        'true',
        '{}',
        '[]',
        '"x"',
        '-1.5e400',
        '"10.0.0.0/8"',
        '[[',
        '{"a":',
        '"',
        '""',
        '0x10',
        'NaN',
        '"vpc-0"',
        '"sg-0"',
        '"rg-0"',
      ),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant('splice' as const), at: fraction, text: garbage }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      token: fc.nat(),
      // Past the parser's 200-level guard now and then, mostly in the range people type.
      depth: fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: 1, max: 260 }) },
        { weight: 1, arbitrary: fc.integer({ min: 260, max: 20_000 }) },
      ),
      open: fc.constantFrom('[', '{"a":', '{"vpcs":', '[{'),
      balanced: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('huge' as const),
      token: fc.nat(),
      // Mostly a few kilobytes; the large ones cost the most time per document.
      size: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1_000, max: 10_000 }) },
        { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 100_000 }) },
      ),
      unit: fc.constantFrom('x', '10.0.0.', '"10.0.1.0/24", ', '\\u00e9', '😀', '"a": 1, '),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('surrogate' as const),
      token: fc.nat(),
      escaped: fc.boolean(),
      code: fc.integer({ min: 0xd800, max: 0xdfff }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('lineEndings' as const),
      eol: fc.constantFrom<'\r\n' | '\r' | '\n'>('\r\n', '\r', '\n'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'bom' as const }) },
);

/** Start and end offsets of the JSON tokens of a text (comments and whitespace excluded). */
export function tokens(text: string): { offset: number; length: number; kind: SyntaxKind }[] {
  const scanner = createScanner(text, true);
  const result: { offset: number; length: number; kind: SyntaxKind }[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind === SyntaxKind.LineCommentTrivia || kind === SyntaxKind.BlockCommentTrivia) continue;
    result.push({ offset: scanner.getTokenOffset(), length: scanner.getTokenLength(), kind });
  }
  return result;
}

const VALUE_TOKENS = new Set([
  SyntaxKind.StringLiteral,
  SyntaxKind.NumericLiteral,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
]);

function valueToken(text: string, n: number) {
  const values = tokens(text).filter((t) => VALUE_TOKENS.has(t.kind));
  return pick(values, n);
}

const splice = (text: string, offset: number, length: number, content: string) =>
  text.slice(0, offset) + content + text.slice(offset + length);

export function mutate(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'delete': {
      const at = scaled(mutation.at, text.length);
      return splice(text, at, mutation.length, '');
    }
    case 'duplicate': {
      const at = scaled(mutation.at, text.length);
      const span = text.slice(at, at + mutation.length);
      return splice(text, scaled(mutation.to, text.length), 0, span);
    }
    case 'retype': {
      const token = valueToken(text, mutation.token);
      return token ? splice(text, token.offset, token.length, mutation.value) : text;
    }
    case 'truncate':
      return text.slice(0, scaled(mutation.at, text.length));
    case 'splice':
      return splice(text, scaled(mutation.at, text.length), 0, mutation.text);
    case 'nest': {
      const token = valueToken(text, mutation.token);
      if (!token) return text;
      const close = mutation.open.startsWith('[{')
        ? '}]'
        : mutation.open.startsWith('[')
          ? ']'
          : '}';
      const nested =
        mutation.open.repeat(mutation.depth) +
        '1' +
        (mutation.balanced ? close.repeat(mutation.depth) : '');
      return splice(text, token.offset, token.length, nested);
    }
    case 'huge': {
      const token = valueToken(text, mutation.token);
      if (!token) return text;
      const repeated = mutation.unit.repeat(Math.ceil(mutation.size / mutation.unit.length));
      const value = mutation.unit.startsWith('"')
        ? `[${repeated}"x"]`
        : mutation.unit === '"a": 1, '
          ? `{${repeated}"b": 2}`
          : JSON.stringify(repeated);
      return splice(text, token.offset, token.length, value);
    }
    case 'surrogate': {
      const token = valueToken(text, mutation.token);
      const unit = mutation.escaped
        ? `\\u${mutation.code.toString(16)}`
        : String.fromCharCode(mutation.code);
      // Inside a string value when there is one (where people paste text), else anywhere.
      const at = token ? token.offset + Math.min(1, token.length) : 0;
      return splice(text, at, 0, unit);
    }
    case 'lineEndings':
      return text.replace(/\r\n|\r|\n/g, mutation.eol);
    case 'bom':
      return text.startsWith('\ufeff') ? text : '\ufeff' + text;
  }
}

/**
 * Documents: generated topologies and stored seeds (valid fixtures, examples), each with
 * no mutation (a third of the time: the fix properties need whole topologies) or a few.
 */
export function documentArbitrary(seeds: readonly string[]): fc.Arbitrary<string> {
  const base =
    seeds.length > 0
      ? fc.oneof(
          { weight: 3, arbitrary: topologyText },
          { weight: 1, arbitrary: fc.constantFrom(...seeds) },
        )
      : topologyText;
  const mutations = fc.oneof(
    { weight: 1, arbitrary: fc.constant([] as Mutation[]) },
    { weight: 2, arbitrary: fc.array(mutationArbitrary, { minLength: 1, maxLength: 3 }) },
  );
  return fc
    .tuple(base, mutations)
    .map(([text, list]) => list.reduce((current, m) => mutate(current, m), text));
}

/** Offsets for the editor functions, as fractions of the document (and its ends). */
export const offsetFractions = fc.array(fc.integer({ min: 0, max: 1000 }), {
  minLength: 1,
  maxLength: 12,
});

// ---------------------------------------------------------------------------------------
// Properties

export class PropertyViolation extends Error {
  constructor(
    /** Which property failed, stable across shrinking (e.g. `fix-removes-finding:route-own-vpc`). */
    readonly property: string,
    detail: string,
  ) {
    super(`[${property}] ${detail}`);
    this.name = 'PropertyViolation';
  }
}

function violation(property: string, detail: string): never {
  throw new PropertyViolation(property, detail);
}

/** Runs `action`; an exception becomes a violation of `property`. */
function guard<T>(property: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof PropertyViolation) throw error;
    return violation(
      property,
      `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
  }
}

/**
 * The fuzz runner instruments the core's `catch {}` blocks (the editor functions answer
 * nothing rather than throw): an exception they swallow is still a dwnet bug.
 */
const swallowed: unknown[] = [];
(globalThis as { __dwnetSwallowed?: (error: unknown) => void }).__dwnetSwallowed = (error) =>
  swallowed.push(error);

function noSwallowed(property: string): void {
  const error = swallowed.shift();
  swallowed.length = 0;
  if (error !== undefined)
    violation(
      property,
      `swallowed ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
}

function inside(
  property: string,
  text: string,
  span: { offset: number; length: number },
  what: string,
): void {
  const { offset, length } = span;
  if (
    !Number.isInteger(offset) ||
    !Number.isInteger(length) ||
    offset < 0 ||
    length < 0 ||
    offset + length > text.length
  ) {
    violation(
      property,
      `${what}: range ${offset}+${length} outside the text (length ${text.length})`,
    );
  }
}

// The rules, and the notice of the findings limit (a fuzzed file can have 1,000 findings).
const KNOWN_CODES = new Set([...RULES, ...LIMIT_NOTICES].map((r) => r.code));

/** Milliseconds `validate` may take: generous, but a hang or a quadratic blow-up exceeds it. */
export const timeBudget = (text: string) => 2_000 + text.length / 50;

/**
 * validate never throws and returns in bounded time; analyse records no internal error;
 * every range lies inside the text; explain never throws. Returns the analysis, which
 * the editor checks reuse (as the server does, once per document version).
 */
export function checkValidate(text: string): { findings: Finding[]; analysis: Analysis } {
  const start = performance.now();
  const result = guard('validate-no-throw', () => validate(text));
  const elapsed = performance.now() - start;
  if (elapsed > timeBudget(text))
    violation(
      'validate-bounded-time',
      `took ${elapsed.toFixed(0)} ms for ${text.length} characters`,
    );
  const analysis = guard('analyse-no-throw', () => analyse(text));
  if (analysis.internalErrors.length > 0)
    violation('no-internal-errors', analysis.internalErrors.join('\n'));
  for (const f of result.findings) {
    if (!KNOWN_CODES.has(f.code)) violation('known-codes', `unknown code ${f.code}`);
    if (f.message.includes('could not analyse this file'))
      violation('validate-no-throw', f.message);
    inside('finding-in-range', text, f, `${f.code} ${f.pointer}`);
    for (const r of f.related)
      inside('finding-in-range', text, r, `${f.code} related ${r.pointer}`);
    for (const fix of f.fixes)
      for (const op of fix.operations)
        if (op.op === 'replaceText')
          inside('finding-in-range', text, op, `${f.code} fix ${fix.title}`);
  }
  guard('explain-no-throw', () => explainAnalysis(analysis));
  noSwallowed('explain-no-throw');
  return { findings: result.findings, analysis };
}

const CONNECTIVITY_CODES = RULES.filter((r) => r.category === 'connectivity').map((r) => r.code);

/**
 * Errors a fix may legitimately reveal, because the rules reporting them could not look
 * before it: the NAT gateway nat-missing adds still needs its EIP; a reference that
 * resolves, or a region that becomes known, lets every check through it run; a fix for
 * one step of a scenario's checklist (a binding, an SNAT entry and its EIP) lets the
 * steps after it be checked, and so does the gateway's EIP put into an SNAT entry.
 */
export const EXPECTED_FOLLOW_UPS: Record<string, readonly string[] | 'any'> = {
  ...Object.fromEntries(CONNECTIVITY_CODES.map((code) => [code, CONNECTIVITY_CODES])),
  'nat-missing': [...CONNECTIVITY_CODES, 'nat-no-eip'],
  // The EIP an SNAT entry uses is what the data source sees: its whitelist is checked anew.
  'snat-eip-unknown': CONNECTIVITY_CODES,
  'unknown-reference': 'any',
  'region-unknown': 'any',
};

/**
 * Open design questions (test/fixtures/fuzz/README.md), tolerated so that the fuzzer keeps
 * looking for other bugs. None is open now; the table stays for the next one.
 */
export const KNOWN_OPEN_FOLLOW_UPS: Record<string, readonly string[]> = {};

const syntaxErrors = (findings: Finding[]) =>
  findings.filter((f) => f.code === 'json-syntax').length;

/** How many errors of each code: array indexes in pointers and messages shift under edits. */
function errorCounts(findings: Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings)
    if (f.severity === 'error') counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  return counts;
}

function checkEdits(property: string, text: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  sorted.forEach((edit, i) => {
    inside(property, text, edit, 'edit');
    const next = sorted[i + 1];
    if (next && edit.offset + edit.length > next.offset)
      violation(property, `overlapping edits at ${edit.offset} and ${next.offset}`);
  });
}

/**
 * For every finding with a preferred fix (or those `picks` chooses): the fix applies with
 * edits inside the text; in a text that parses, the fixed text parses, the finding is
 * gone and no error is added (but those EXPECTED_FOLLOW_UPS names).
 */
export function checkFixes(text: string, findings: Finding[], picks?: readonly number[]): void {
  const fixable = findings.filter((f) => f.fixes.some((x) => x.isPreferred));
  if (fixable.length === 0) return;
  // The fuzzer checks a few findings per document (picked by index); replays check all.
  const chosen = picks ? [...new Set(picks.map((p) => fixable[p % fixable.length]!))] : fixable;
  const beforeErrors = errorCounts(findings);
  const beforeSyntax = syntaxErrors(findings);
  for (const finding of chosen) {
    const fix = finding.fixes.find((x) => x.isPreferred)!;
    const label = `${finding.code} ${finding.pointer} (${fix.title})`;
    const edits = guard(`fix-applies:${finding.code}`, () => fixEdits(text, fix));
    noSwallowed(`fix-applies:${finding.code}`);
    checkEdits(`fix-applies:${finding.code}`, text, edits);
    // In a text that does not parse, a fix is computed on the parser's recovery: it may
    // land where the recovery of the fixed text reads it differently (an open question,
    // test/fixtures/fuzz/README.md). fixAll leaves such a text alone.
    if (beforeSyntax > 0) continue;
    const after = applyEdits(text, edits);
    const remaining = guard('validate-no-throw', () => validate(after).findings);
    if (syntaxErrors(remaining) > 0)
      violation(`fix-keeps-syntax:${finding.code}`, `${label} broke the JSON:\n${after}`);
    // Alike findings (a route written twice) are told apart by number, not by position:
    // fewer of them must say the same thing, and fewer must sit on the same text (a fix
    // that removes the wrong element can change the message and still leave its own).
    const anchored = (f: Finding, source: string) => source.slice(f.offset, f.offset + f.length);
    const anchor = anchored(finding, text);
    const sameMessage = (list: Finding[]) =>
      list.filter((f) => f.code === finding.code && f.message === finding.message).length;
    const sameAnchor = (list: Finding[], source: string) =>
      list.filter((f) => f.code === finding.code && anchored(f, source) === anchor).length;
    if (
      sameMessage(remaining) >= sameMessage(findings) ||
      sameAnchor(remaining, after) >= sameAnchor(findings, text)
    )
      violation(`fix-removes-finding:${finding.code}`, `${label} left its finding:\n${after}`);
    const expected = EXPECTED_FOLLOW_UPS[finding.code] ?? [];
    const followUps =
      expected === 'any' ? expected : [...expected, ...(KNOWN_OPEN_FOLLOW_UPS[finding.code] ?? [])];
    const afterErrors = errorCounts(remaining);
    const introduced = [...afterErrors].filter(
      ([code, count]) =>
        followUps !== 'any' && !followUps.includes(code) && count > (beforeErrors.get(code) ?? 0),
    );
    if (introduced.length > 0) {
      const added = new Set(introduced.map(([code]) => code));
      violation(
        `fix-adds-no-error:${finding.code}`,
        `${label} added ${remaining
          .filter((f) => f.severity === 'error' && added.has(f.code))
          .map((f) => `${f.code} ${f.pointer}: ${f.message}`)
          .join('; ')}`,
      );
    }
  }
}

/**
 * Comments as written, except `dwnet-ignore` ones (fixes remove unused suppressions).
 * Runs of whitespace count as one space: jsonc-parser's formatter, which fixes fall back
 * on in unusual layouts, re-indents the inner lines of a block comment with its line.
 */
export function commentsOf(text: string): string[] {
  const scanner = createScanner(text, false);
  const comments: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    // getTokenValue() starts one character early for comments (jsonc-parser 3.3.1).
    const comment = text.slice(
      scanner.getTokenOffset(),
      scanner.getTokenOffset() + scanner.getTokenLength(),
    );
    if (!comment.includes('dwnet-ignore')) comments.push(comment.replace(/\s+/g, ' '));
  }
  return comments.sort();
}

/** fixAll is idempotent, keeps the text parseable and never drops a comment. */
export function checkFixAll(text: string, findings: Finding[]): void {
  const once = guard('fixAll-no-throw', () => fixAll(text));
  noSwallowed('fixAll-no-throw');
  if (once.applied === 0) return;
  const twice = guard('fixAll-no-throw', () => fixAll(once.text));
  if (twice.text !== once.text)
    violation(
      'fixAll-idempotent',
      `a second fixAll changed the text:\n--- once\n${once.text}\n--- twice\n${twice.text}`,
    );
  if (syntaxErrors(findings) > 0 && once.text !== text)
    violation('fixAll-leaves-broken-text', `fixAll changed a text that does not parse`);
  if (syntaxErrors(findings) === 0 && syntaxErrors(validate(once.text).findings) > 0)
    violation('fixAll-keeps-syntax', `fixAll broke the JSON:\n${once.text}`);
  const before = commentsOf(text);
  const after = commentsOf(once.text);
  const missing = [...before];
  for (const comment of after) {
    const i = missing.indexOf(comment);
    if (i >= 0) missing.splice(i, 1);
  }
  if (missing.length > 0)
    violation('fixAll-keeps-comments', `fixAll dropped ${JSON.stringify(missing)}:\n${once.text}`);
}

function symbolsInside(text: string, symbols: DocumentSymbol[]): void {
  for (const s of symbols) {
    inside('editor-in-range', text, s, `symbol ${s.name}`);
    inside('editor-in-range', text, s.selection, `symbol selection ${s.name}`);
    symbolsInside(text, s.children);
  }
}

/** The editor functions never throw at any offset and answer with ranges inside the text. */
export function checkEditor(
  text: string,
  offsets: readonly number[],
  analysis: Analysis = guard('analyse-no-throw', () => analyse(text)),
): void {
  const symbols = guard('editor-no-throw:documentSymbols', () => documentSymbols(analysis));
  noSwallowed('editor-no-throw:documentSymbols');
  symbolsInside(text, symbols);
  const lenses = guard('editor-no-throw:codeLenses', () => codeLenses(analysis));
  noSwallowed('editor-no-throw:codeLenses');
  for (const lens of lenses) inside('editor-in-range', text, lens, `code lens ${lens.title}`);
  for (const offset of offsets) {
    const at = (name: string) => `editor-no-throw:${name}`;
    const hover = guard(at('hoverAt'), () => hoverAt(analysis, offset));
    noSwallowed(at('hoverAt'));
    if (hover) inside('editor-in-range', text, hover, `hover at ${offset}`);
    for (const span of guard(at('definitionAt'), () => definitionAt(analysis, offset)))
      inside('editor-in-range', text, span, `definition at ${offset}`);
    noSwallowed(at('definitionAt'));
    for (const include of [true, false]) {
      for (const span of guard(at('referencesAt'), () => referencesAt(analysis, offset, include)))
        inside('editor-in-range', text, span, `reference at ${offset}`);
      noSwallowed(at('referencesAt'));
    }
    const prepared = guard(at('prepareRename'), () => prepareRename(analysis, offset));
    noSwallowed(at('prepareRename'));
    if (prepared) inside('editor-in-range', text, prepared, `prepareRename at ${offset}`);
    const renamed = guard(at('rename'), () => rename(analysis, offset, 'renamed-id'));
    noSwallowed(at('rename'));
    if ('edits' in renamed) checkEdits('editor-in-range', text, renamed.edits);
    for (const item of guard(at('idCompletions'), () => idCompletions(analysis, offset)) ?? [])
      inside('editor-in-range', text, item.replace, `completion ${item.label} at ${offset}`);
    noSwallowed(at('idCompletions'));
  }
}

/** The text with whitespace on both sides of every comment, which changes no meaning. */
export function spaceComments(text: string): string {
  const scanner = createScanner(text, false);
  let spaced = '';
  let done = 0;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
    if (kind !== SyntaxKind.LineCommentTrivia && kind !== SyntaxKind.BlockCommentTrivia) continue;
    const start = scanner.getTokenOffset();
    const end = Math.min(start + scanner.getTokenLength(), text.length);
    spaced += text.slice(done, start);
    if (start > 0 && !/\s/.test(text[start - 1]!)) spaced += ' ';
    spaced += text.slice(start, end);
    if (kind === SyntaxKind.BlockCommentTrivia && end < text.length && !/\s/.test(text[end]!))
      spaced += ' ';
    done = end;
  }
  return spaced + text.slice(done);
}

const findingKeys = (findings: Finding[]) =>
  findings.map((f) => `${f.severity} ${f.code} ${f.pointer} ${f.message}`).sort();

/** Spaces around comments change no finding (a `dwnet-ignore` right after a comma works). */
export function checkWhitespaceInvariance(text: string, findings: Finding[]): void {
  const spaced = spaceComments(text);
  if (spaced === text) return;
  const before = findingKeys(findings);
  const after = findingKeys(guard('validate-no-throw', () => validate(spaced).findings));
  const lost = before.filter((k) => !after.includes(k));
  const gained = after.filter((k) => !before.includes(k));
  if (lost.length > 0 || gained.length > 0)
    violation(
      'whitespace-invariant',
      `spaces around comments changed the findings: lost ${JSON.stringify(lost)}, gained ${JSON.stringify(gained)}`,
    );
}

export interface CheckOptions {
  /** Offsets for the editor functions, as fractions (0–1000) of the text length. */
  offsetFractions?: readonly number[];
  /** Check every offset of the text (the regression replay of small fixtures does). */
  everyOffset?: boolean;
  /** Which findings with a preferred fix get it checked (indexes, wrapping); all by default. */
  fixPicks?: readonly number[];
}

/** The editor offsets: every one, or both ends and the given fractions (and one past each). */
function editorOffsets(text: string, options: CheckOptions): number[] {
  if (options.everyOffset) return Array.from({ length: text.length + 1 }, (_, i) => i);
  const offsets = new Set([0, text.length]);
  for (const f of options.offsetFractions ?? []) {
    const at = scaled(f, text.length);
    offsets.add(at);
    offsets.add(Math.min(at + 1, text.length));
  }
  return [...offsets];
}

/**
 * Issue 5: re-analysing after a keystroke from the previous analysis gives the full
 * analysis of the new text. The keystrokes go inside string values (picked by `fractions`),
 * where an edit keeps a topology well-formed and the incremental path is taken.
 */
export function checkIncremental(text: string, fractions: readonly number[]): void {
  // Strings inside entities, where the incremental paths apply; any string where there is
  // none (the edit then takes the full analysis, which must agree too).
  const model = analyse(text).model;
  const entities = model
    ? [
        ...model.dataSources.byId.values(),
        ...model.tasks.byId.values(),
        ...model.vpcs.byId.values(),
        ...model.resourceGroups.byId.values(),
        ...model.securityGroups.byId.values(),
      ]
    : [];
  const inEntities: { offset: number; length: number }[] = [];
  const collect = (node: Node) => {
    if (node.type === 'string') inEntities.push(node);
    for (const child of node.children ?? []) collect(child);
  };
  for (const entity of entities) collect(entity.node);
  const strings =
    inEntities.length > 0
      ? inEntities
      : tokens(text).filter((t) => t.kind === SyntaxKind.StringLiteral && t.length >= 2);
  if (strings.length === 0) return;
  // Two keystrokes (one typed, one deleted) per document keep the fuzzer's pace.
  fractions.slice(0, 2).forEach((fraction, i) => {
    const token = strings[scaled(fraction, strings.length - 1)]!;
    const at = token.offset + 1;
    const edited =
      i % 2 === 0 || token.length === 2
        ? `${text.slice(0, at)}1${text.slice(at)}`
        : text.slice(0, at) + text.slice(at + 1);
    const incremental = guard('incremental-no-throw', () => reanalyse(analyse(text), edited));
    const full = analyse(edited);
    const observe = (a: Analysis) => ({
      findings: a.rawFindings,
      connectivity: connectivityResults(a),
      tree: treeShape(a.document.root),
      internalErrors: a.internalErrors,
    });
    if (!isDeepStrictEqual(observe(incremental), observe(full)))
      violation(
        'incremental-matches-full',
        `after editing offset ${at}: ${JSON.stringify(observe(incremental).findings).slice(0, 400)} ≠ ${JSON.stringify(observe(full).findings).slice(0, 400)}`,
      );
  });
}

/** Every property of issues 5 and 6 on one document; throws a PropertyViolation. */
export function checkDocument(text: string, options: CheckOptions = {}): void {
  swallowed.length = 0;
  const { findings, analysis } = checkValidate(text);
  noSwallowed('validate-no-throw');
  checkIncremental(text, options.offsetFractions ?? [250, 750]);
  checkEditor(text, editorOffsets(text, options), analysis);
  checkWhitespaceInvariance(text, findings);
  checkFixes(text, findings, options.fixPicks);
  checkFixAll(text, findings);
}

/** What the fuzzer checks: a document, editor offsets and the fixes to try. */
export interface FuzzCase {
  text: string;
  offsetFractions: number[];
  fixPicks: number[];
}

export function fuzzCaseArbitrary(seeds: readonly string[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    text: documentArbitrary(seeds),
    offsetFractions,
    fixPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
  });
}

export function checkCase(c: FuzzCase): void {
  checkDocument(c.text, { offsetFractions: c.offsetFractions, fixPicks: c.fixPicks });
}

/**
 * Shrinks a failing text further by deleting chunks (delta debugging), keeping only
 * deletions after which the same property still fails. fast-check shrinks the plan and
 * the mutations; this makes the saved fixture as small as the text allows.
 */
export function minimiseText(
  text: string,
  property: string,
  check: (text: string) => void,
  deadline = Date.now() + 60_000,
): string {
  // A counterexample that parses must stay one that parses: a fix that misbehaves on a
  // whole topology says more than the same fix on the parser's recovery of a fragment.
  const parses = (candidate: string) =>
    !validate(candidate).findings.some((f) => f.code === 'json-syntax');
  const mustParse = parses(text);
  const fails = (candidate: string): boolean => {
    if (mustParse && !parses(candidate)) return false;
    try {
      check(candidate);
      return false;
    } catch (error) {
      return error instanceof PropertyViolation && error.property === property;
    }
  };
  let current = text;
  for (let chunk = Math.max(1, Math.floor(current.length / 2)); chunk >= 1;) {
    let removed = false;
    for (let at = 0; at < current.length && Date.now() < deadline;) {
      const candidate = current.slice(0, at) + current.slice(at + chunk);
      if (fails(candidate)) {
        current = candidate;
        removed = true;
      } else {
        at += chunk;
      }
    }
    if (Date.now() >= deadline) break;
    if (!removed) chunk = Math.floor(chunk / 2);
  }
  return current;
}
