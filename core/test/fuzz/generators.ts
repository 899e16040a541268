// Generators: realistic topologies as JSONC text, built from plans, in varied styles.
import fc from 'fast-check';

import {
  array,
  object,
  render,
  type CommentPlan,
  type JObject,
  type JValue,
  type Style,
} from './jsonc';
import {
  DC_PREFIXES,
  PUBLIC_IPS,
  REGIONS,
  VPC_PREFIXES,
  address,
  mostly,
  pick,
  resolve,
  topologyPlan,
  unwrap,
  type TopologyPlan,
} from './plans';

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
    // Secondary blocks in 11.0.0.0/8, which no primary block uses: the VPC's last vSwitch
    // lives in the first one, so checks must read the VPC's whole address space.
    const secondaryPrefix = (k: number) => `11.${(i * 2 + k) % 250}`;
    const secondaryCidrs = vpc.secondaryCidrs?.map((plan, k) =>
      unwrap(plan, (p) => address(p, `${secondaryPrefix(k)}.0.0/16`)),
    );
    for (const [k] of (vpc.secondaryCidrs ?? []).entries())
      networkCidrs.push(`${secondaryPrefix(k)}.0.0/16`);
    const vSwitches = vpc.vSwitches.map((vsw, j): [string, JValue] => {
      const inSecondary = secondaryCidrs !== undefined && j === vpc.vSwitches.length - 1;
      const good = inSecondary ? `${secondaryPrefix(0)}.${j + 1}.0/24` : `${prefix}.${j + 1}.0/24`;
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
        ['secondaryCidrs', secondaryCidrs === undefined ? undefined : array(secondaryCidrs)],
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
              ['protocol', r.protocol],
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
