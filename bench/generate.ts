// Realistic topologies for the benchmark: N data sources spread over every scenario of
// the reference document, several regions, accounts, data centers, resource groups and
// tasks; about one (task, data source) pair in ten is broken.

/** A small deterministic PRNG, so every run measures the same files. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 0x100000000;
  };
}

const REGIONS = ['cn-hangzhou', 'cn-shanghai', 'cn-beijing', 'cn-shenzhen', 'ap-southeast-1'];
const ENGINES = [
  'mysql',
  'postgresql',
  'sqlserver',
  'oracle',
  'polardb',
  'mongodb',
  'redis',
  'clickhouse',
];

export function generateTopology(dataSources: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const vpcCount = Math.max(4, Math.round(dataSources / 20));
  const vpcs: Record<string, unknown> = {};
  const connections: Record<string, unknown> = {};
  const securityGroups: Record<string, unknown> = {};
  const resourceGroups: Record<string, unknown> = {};
  const dataCenters: Record<string, unknown> = {};
  const sources: Record<string, unknown> = {};
  const tasks: Record<string, unknown> = {};
  const lines: string[] = [];

  // VPC i: 10.(i/256).(i%256).0/24 split in four /26 vSwitches; hubs every 10 VPCs.
  const vpcCidr = (i: number) => `10.${(i >> 8) & 255}.${i & 255}`;
  for (let i = 0; i < vpcCount; i++) {
    const base = vpcCidr(i);
    const switches: Record<string, unknown> = {};
    for (let s = 0; s < 4; s++)
      switches[`vsw-${i}-${s}`] = { zone: `zone-${s}`, cidr: `${base}.${s * 64}/26` };
    const vpc: Record<string, unknown> = {
      account: i % 25 === 24 ? 'partner' : 'main',
      region: REGIONS[i % REGIONS.length],
      cidr: `${base}.0/24`,
      vSwitches: switches,
    };
    if (i % 5 === 0) {
      vpc.natGateways = {
        [`ngw-${i}`]: {
          vSwitch: `vsw-${i}-0`,
          eips: [`47.${(i >> 8) & 255}.${i & 255}.1`],
          snatEntries: [{ source: `vsw-${i}-0`, eip: `47.${(i >> 8) & 255}.${i & 255}.1` }],
        },
      };
    }
    vpcs[`vpc-${i}`] = vpc;
    securityGroups[`sg-${i}`] = {
      vpc: `vpc-${i}`,
      type: i % 3 === 0 ? 'advanced' : 'basic',
      rules: [
        { direction: 'egress', cidr: '10.0.0.0/8', ports: 'all' },
        { direction: 'egress', cidr: '192.168.0.0/16', ports: 'all' },
        { direction: 'egress', cidr: '0.0.0.0/0', ports: 'all', priority: 10 },
        { direction: 'ingress', cidr: `${base}.0/24`, ports: 'all' },
      ],
    };
    // Each group binds the VPC of its own region's hub (every fifth VPC).
    if (i % 5 === 0) {
      resourceGroups[`rg-${i}`] = {
        type: i % 15 === 0 ? 'exclusiveDataIntegration' : 'serverless',
        region: REGIONS[i % REGIONS.length],
        account: 'main',
        vpcBindings: [
          {
            vpc: `vpc-${i}`,
            vSwitch: `vsw-${i}-0`,
            securityGroup: `sg-${i}`,
            routes: ['10.0.0.0/8', '192.168.0.0/16'],
          },
        ],
        ...(i % 15 === 0 ? { eip: `39.${(i >> 8) & 255}.${i & 255}.9` } : {}),
      };
    }
    const hub = i - (i % 5);
    if (i !== hub) connections[`cen-${i}`] = { type: 'cen', members: [`vpc-${hub}`, `vpc-${i}`] };
  }
  const dcCount = Math.max(2, Math.round(vpcCount / 10));
  for (let d = 0; d < dcCount; d++) {
    dataCenters[`idc-${d}`] = { cidrs: [`192.168.${d & 255}.0/24`] };
    connections[`ec-${d}`] = {
      type: 'expressConnect',
      members: [`vpc-${((d * 5) % vpcCount) - (((d * 5) % vpcCount) % 5)}`, `idc-${d}`],
    };
  }

  for (let n = 0; n < dataSources; n++) {
    const broken = next() < 0.1;
    const kind = next();
    const engine = pick(ENGINES);
    const owner = Math.floor(next() * vpcCount);
    const hub = owner - (owner % 5);
    const groupVpc = hub;
    const switchCidr = `${vpcCidr(groupVpc)}.0/26`;
    let network: Record<string, unknown>;
    let whitelist: string[] = [switchCidr];
    if (kind < 0.55) {
      network = { type: 'vpc', vpc: `vpc-${owner}`, address: `${vpcCidr(owner)}.${70 + (n % 50)}` };
    } else if (kind < 0.75) {
      const d = Math.floor(next() * dcCount);
      const dcHub = ((d * 5) % vpcCount) - (((d * 5) % vpcCount) % 5);
      network = {
        type: 'dataCenter',
        dataCenter: `idc-${d}`,
        address: `192.168.${d & 255}.${10 + (n % 200)}`,
      };
      whitelist = [`${vpcCidr(dcHub)}.0/26`];
      sources[`ds-${n}`] = {
        engine,
        hosting: 'selfManaged',
        network,
        whitelist: broken ? ['172.16.0.0/16'] : whitelist,
      };
      tasks[`task-${n}`] =
        dcHub % 15 === 0
          ? {
              kind: 'sync',
              resourceGroup: `rg-${dcHub}`,
              source: `ds-${n}`,
              destination: `ds-${n}`,
            }
          : { kind: 'schedule', resourceGroup: `rg-${dcHub}`, dataSources: [`ds-${n}`] };
      continue;
    } else if (kind < 0.9) {
      network = { type: 'internet', address: `203.0.${(n >> 8) & 255}.${n & 255}` };
      // Serverless groups leave through their VPC's SNAT EIP, exclusive ones with their own.
      whitelist = [
        groupVpc % 15 === 0
          ? `39.${(groupVpc >> 8) & 255}.${groupVpc & 255}.9`
          : `47.${(groupVpc >> 8) & 255}.${groupVpc & 255}.1`,
      ];
    } else {
      network = { type: 'vpc', vpc: `vpc-${hub}`, address: `${vpcCidr(hub)}.${70 + (n % 50)}` };
    }
    sources[`ds-${n}`] = {
      engine,
      hosting: kind > 0.95 ? 'ecs' : 'managed',
      network,
      whitelist: broken ? ['172.16.0.0/16'] : whitelist,
    };
    // Exclusive resource groups for Data Integration run sync tasks only.
    tasks[`task-${n}`] =
      n % 3 === 0 || groupVpc % 15 === 0
        ? {
            kind: 'sync',
            resourceGroup: `rg-${groupVpc}`,
            source: `ds-${n}`,
            destination: `ds-${n}`,
          }
        : { kind: 'schedule', resourceGroup: `rg-${groupVpc}`, dataSources: [`ds-${n}`] };
  }
  lines.push(
    JSON.stringify(
      {
        $schema: '../schemas/dwnet.schema.json',
        version: 1,
        defaults: { account: 'main', region: 'cn-hangzhou' },
        accounts: { main: { uid: '1234567890123456' }, partner: { uid: '6543210987654321' } },
        vpcs,
        dataCenters,
        connections,
        securityGroups,
        resourceGroups,
        dataSources: sources,
        tasks,
      },
      null,
      2,
    ),
  );
  return lines.join('\n');
}
