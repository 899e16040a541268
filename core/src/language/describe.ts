// How the editor features say what an entity is: Markdown summaries for hovers and
// one-line details for completions and the outline. User text is escaped: ids may hold
// any character.
import { localizer, type Localizer, type MessageKey } from '../l10n';
import type { CidrValue, DataSource, Vpc } from '../model';
import { capitalize, KIND_LABELS, type Declaration, type EntityOf } from './entities';
import type { EntityKind } from './types';

const MAX_LISTED = 10;

/** The kind at the start of a sentence ("VPC", "vSwitch", "Data source"). */
export function kindTitle(kind: EntityKind): string {
  return kind === 'vSwitch' ? 'vSwitch' : capitalize(KIND_LABELS[kind]);
}

/** Markdown inline code that holds any text (longer fences around backticks). */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  let fence = '`';
  while (flat.includes(fence)) fence += '`';
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Plain text made inert in Markdown. */
export function escapeMarkdown(text: string): string {
  // Lines never start with user text here, so only inline syntax needs escaping.
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`);
}

function list<T>(items: readonly T[], show: (item: T) => string): string {
  const shown = items.slice(0, MAX_LISTED).map(show).join(', ');
  return items.length > MAX_LISTED ? `${shown}, … (${items.length} in all)` : shown;
}

function cidrText(value: CidrValue | undefined): string | undefined {
  return value?.value;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function networkFacts(ds: DataSource): string[] {
  const network = ds.network;
  const facts: string[] = [];
  switch (network?.type) {
    case 'vpc':
      facts.push(`Network: VPC ${network.vpc ? code(network.vpc.value) : '(none)'}`);
      break;
    case 'dataCenter':
      facts.push(
        `Network: data center ${network.dataCenter ? code(network.dataCenter.value) : '(none)'}`,
      );
      break;
    case 'internet':
      facts.push('Network: the Internet');
      break;
    case 'classic':
      facts.push('Network: the classic network (not supported: migrate it to a VPC)');
      break;
    default:
      facts.push('Network: (not set)');
  }
  if (network?.address) facts.push(`Address: ${code(`${network.address.value}:${ds.port}`)}`);
  else facts.push(`Port: ${ds.port}`);
  return facts;
}

function regionFact(entity: {
  region?: { value: string };
  regionId: string | undefined;
}): string | undefined {
  if (entity.regionId === undefined) return undefined;
  return `Region: ${code(entity.regionId)}${entity.region ? '' : ' (default)'}`;
}

function accountFact(entity: {
  account?: { value: string };
  accountId: string | undefined;
}): string | undefined {
  if (entity.accountId === undefined) return undefined;
  return `Account: ${code(entity.accountId)}${entity.account ? '' : ' (default)'}`;
}

/** The facts about an entity, one Markdown line each. */
export function entityFacts(declaration: Declaration): string[] {
  const facts: (string | undefined)[] = [];
  switch (declaration.kind) {
    case 'account': {
      const account = declaration.entity as EntityOf['account'];
      facts.push(account.uid ? `UID: ${code(account.uid.value)}` : undefined);
      break;
    }
    case 'vpc': {
      const vpc = declaration.entity as Vpc;
      facts.push(regionFact(vpc), accountFact(vpc));
      const cidr = cidrText(vpc.cidr);
      facts.push(cidr ? `CIDR block: ${code(cidr)}` : 'CIDR block: (not set)');
      if (vpc.secondaryCidrs.length > 0)
        facts.push(
          `Secondary CIDR blocks: ${list(vpc.secondaryCidrs, (block) => code(block.value))}`,
        );
      const switches = [...vpc.vSwitches.values()];
      if (switches.length > 0) {
        facts.push(
          `vSwitches: ${list(switches, (sw) => `${code(sw.id)}${sw.cidr ? ` (${code(sw.cidr.value)})` : ''}`)}`,
        );
      }
      const gateways = [...vpc.natGateways.values()];
      if (gateways.length > 0) facts.push(`NAT gateways: ${list(gateways, (gw) => code(gw.id))}`);
      break;
    }
    case 'vSwitch': {
      const sw = declaration.entity as EntityOf['vSwitch'];
      facts.push(`VPC: ${code(sw.vpc.id)}`);
      if (sw.zone) facts.push(`Zone: ${code(sw.zone.value)}`);
      facts.push(sw.cidr ? `CIDR block: ${code(sw.cidr.value)}` : 'CIDR block: (not set)');
      break;
    }
    case 'natGateway': {
      const gw = declaration.entity as EntityOf['natGateway'];
      facts.push(`VPC: ${code(gw.vpc.id)}`);
      if (gw.vSwitch) facts.push(`vSwitch: ${code(gw.vSwitch.value)}`);
      facts.push(
        gw.eips.length > 0 ? `EIPs: ${list(gw.eips, (e) => code(e.value))}` : 'EIPs: none',
      );
      facts.push(`SNAT entries: ${gw.snatEntries.length}`);
      break;
    }
    case 'dataCenter': {
      const dc = declaration.entity as EntityOf['dataCenter'];
      facts.push(
        dc.cidrs.length > 0
          ? `CIDR blocks: ${list(dc.cidrs, (c) => code(c.value))}`
          : 'CIDR blocks: none',
      );
      break;
    }
    case 'connection': {
      const connection = declaration.entity as EntityOf['connection'];
      facts.push(`Type: ${connection.type ? code(connection.type) : '(not set)'}`);
      facts.push(
        connection.members.length > 0
          ? `Members: ${list(connection.members, (m) => code(m.value))}`
          : 'Members: none',
      );
      break;
    }
    case 'securityGroup': {
      const sg = declaration.entity as EntityOf['securityGroup'];
      if (sg.vpc) facts.push(`VPC: ${code(sg.vpc.value)}`);
      facts.push(`Type: ${code(sg.type)}`);
      const ingress = sg.rules.filter((r) => r.direction === 'ingress').length;
      const egress = sg.rules.filter((r) => r.direction === 'egress').length;
      facts.push(`Rules: ${ingress} inbound, ${egress} outbound`);
      break;
    }
    case 'resourceGroup': {
      const rg = declaration.entity as EntityOf['resourceGroup'];
      facts.push(`Type: ${rg.type ? code(rg.type) : '(not set)'}`);
      facts.push(regionFact(rg), accountFact(rg));
      if (rg.bindings.length > 0) {
        facts.push(
          `VPC bindings: ${list(
            rg.bindings,
            (b) => `${code(b.vpc?.value ?? '?')} / ${code(b.vSwitch?.value ?? '?')}`,
          )}`,
        );
      } else {
        facts.push('VPC bindings: none');
      }
      if (rg.eip) facts.push(`EIP: ${code(rg.eip.value)}`);
      break;
    }
    case 'dataSource': {
      const ds = declaration.entity as DataSource;
      facts.push(`Engine: ${ds.engine ? code(ds.engine) : '(not set)'}`);
      if (ds.hosting) facts.push(`Hosting: ${code(ds.hosting)}`);
      facts.push(...networkFacts(ds));
      facts.push(
        ds.whitelist
          ? `Whitelist: ${plural(ds.whitelist.length, 'entry', 'entries')}`
          : 'Whitelist: none (nothing to check)',
      );
      if (ds.securityGroup) facts.push(`Security group: ${code(ds.securityGroup.value)}`);
      break;
    }
    case 'task': {
      const task = declaration.entity as EntityOf['task'];
      facts.push(`Kind: ${task.kind ? code(task.kind) : '(not set)'}`);
      facts.push(
        `Resource group: ${task.resourceGroup ? code(task.resourceGroup.value) : '(not set)'}`,
      );
      for (const role of ['source', 'destination'] as const) {
        const ref = task.dataSourceRefs.find((r) => r.role === role);
        if (ref) facts.push(`${capitalize(role)}: ${code(ref.value)}`);
      }
      const named = task.dataSourceRefs.filter((r) => r.role === 'dataSources');
      if (named.length > 0) facts.push(`Data sources: ${list(named, (r) => code(r.value))}`);
      break;
    }
  }
  return facts.filter((f): f is string => f !== undefined);
}

/** Each fact's label ("Region") and its words in the catalogue. */
const FACT_LABELS: Record<string, MessageKey> = {
  Network: 'fact.network',
  Address: 'fact.address',
  Port: 'fact.port',
  Region: 'fact.region',
  Account: 'fact.account',
  UID: 'fact.uid',
  'CIDR block': 'fact.cidrBlock',
  vSwitches: 'fact.vswitches',
  'NAT gateways': 'fact.natGateways',
  VPC: 'fact.vpc',
  Zone: 'fact.zone',
  vSwitch: 'fact.vswitch',
  EIPs: 'fact.eips',
  'SNAT entries': 'fact.snatEntries',
  'CIDR blocks': 'fact.cidrBlocks',
  'Secondary CIDR blocks': 'fact.secondaryCidrBlocks',
  Type: 'fact.type',
  Members: 'fact.members',
  Rules: 'fact.rulesLabel',
  'VPC bindings': 'fact.vpcBindings',
  EIP: 'fact.eip',
  Engine: 'fact.engine',
  Hosting: 'fact.hosting',
  Whitelist: 'fact.whitelist',
  'Security group': 'fact.securityGroup',
  Kind: 'fact.kind',
  'Resource group': 'fact.resourceGroup',
  Source: 'fact.source',
  Destination: 'fact.destination',
  'Data sources': 'fact.dataSources',
};

/** Values a fact may hold in words rather than ids ("(not set)", "the Internet"). */
const FACT_VALUES: [RegExp, (l10n: Localizer, match: RegExpExecArray) => string][] = [
  [/^\(not set\)$/, (l10n) => l10n.t('fact.notSet')],
  [/^none$/, (l10n) => l10n.t('fact.none')],
  [/^none \(nothing to check\)$/, (l10n) => l10n.t('fact.whitelistNone')],
  [/^the Internet$/, (l10n) => l10n.t('fact.internet')],
  [/^the classic network .*$/, (l10n) => l10n.t('fact.classic')],
  [/^VPC (.*)$/, (l10n, m) => l10n.t('fact.vpcValue', { value: factValue(m[1]!, l10n) })],
  [
    /^data center (.*)$/,
    (l10n, m) => l10n.t('fact.dataCenterValue', { value: factValue(m[1]!, l10n) }),
  ],
  [/^(\d+) entr(y|ies)$/, (l10n, m) => l10n.t('fact.entries', { count: Number(m[1]) })],
  [
    /^(\d+) inbound, (\d+) outbound$/,
    (l10n, m) => l10n.t('fact.rules', { ingress: m[1]!, egress: m[2]! }),
  ],
  [/^(.*) \(default\)$/, (l10n, m) => `${m[1]}${l10n.t('fact.default')}`],
  [/^\(none\)$/, (l10n) => l10n.t('fact.noneParen')],
];

function factValue(value: string, l10n: Localizer): string {
  for (const [pattern, words] of FACT_VALUES) {
    const match = pattern.exec(value);
    if (match) return words(l10n, match);
  }
  return value;
}

/**
 * A fact in the given language: facts are built as "Label: value" pairs (ids and values in
 * code spans), so the label and the few values in words are looked up in the catalogue.
 */
function localizeFact(fact: string, l10n: Localizer): string {
  if (l10n.locale === 'en') return fact;
  const colon = fact.indexOf(': ');
  const key = colon < 0 ? undefined : FACT_LABELS[fact.slice(0, colon)];
  if (!key) return fact;
  return l10n.t('fact.line', { label: l10n.t(key), value: factValue(fact.slice(colon + 2), l10n) });
}

/** Each kind's title in the catalogue ("VPC", "Data source"; 专有网络VPC, 数据源). */
export const ENTITY_TITLES: Record<EntityKind, MessageKey> = {
  account: 'entity.account',
  vpc: 'entity.vpc',
  vSwitch: 'entity.vSwitch',
  natGateway: 'entity.natGateway',
  dataCenter: 'entity.dataCenter',
  connection: 'entity.connection',
  securityGroup: 'entity.securityGroup',
  resourceGroup: 'entity.resourceGroup',
  dataSource: 'entity.dataSource',
  task: 'entity.task',
};

/** A Markdown summary: the kind and id in bold, then the facts as a list. */
export function entitySummary(declaration: Declaration, l10n: Localizer = localizer()): string {
  const kind =
    l10n.locale === 'en' ? kindTitle(declaration.kind) : l10n.t(ENTITY_TITLES[declaration.kind]);
  const title = `**${kind}** ${code(declaration.id)}`;
  const facts = entityFacts(declaration).map((f) => `- ${localizeFact(f, l10n)}`);
  return facts.length > 0 ? `${title}\n\n${facts.join('\n')}` : title;
}

/** The short detail of the outline ("10.0.0.0/16 · cn-hangzhou", "mysql · vpc", "sync"). */
export function symbolDetail(declaration: Declaration): string {
  const parts: (string | undefined)[] = [];
  switch (declaration.kind) {
    case 'account':
      parts.push((declaration.entity as EntityOf['account']).uid?.value);
      break;
    case 'vpc': {
      const vpc = declaration.entity as Vpc;
      parts.push(vpc.cidr?.value, vpc.regionId);
      break;
    }
    case 'vSwitch': {
      const sw = declaration.entity as EntityOf['vSwitch'];
      parts.push(sw.cidr?.value, sw.zone?.value);
      break;
    }
    case 'natGateway': {
      const gw = declaration.entity as EntityOf['natGateway'];
      parts.push(gw.vSwitch?.value, ...gw.eips.slice(0, 3).map((e) => e.value));
      break;
    }
    case 'dataCenter':
      parts.push(
        (declaration.entity as EntityOf['dataCenter']).cidrs
          .slice(0, 3)
          .map((c) => c.value)
          .join(', ') || undefined,
      );
      break;
    case 'connection': {
      const connection = declaration.entity as EntityOf['connection'];
      parts.push(
        connection.type,
        connection.members
          .slice(0, 4)
          .map((m) => m.value)
          .join(', ') || undefined,
      );
      break;
    }
    case 'securityGroup': {
      const sg = declaration.entity as EntityOf['securityGroup'];
      parts.push(sg.type, sg.vpc?.value);
      break;
    }
    case 'resourceGroup':
      parts.push((declaration.entity as EntityOf['resourceGroup']).type);
      break;
    case 'dataSource': {
      const ds = declaration.entity as DataSource;
      parts.push(ds.engine, ds.network?.type);
      break;
    }
    case 'task':
      parts.push((declaration.entity as EntityOf['task']).kind);
      break;
  }
  return parts
    .filter((p): p is string => p !== undefined && p !== '')
    .map((p) => p.replace(/[\r\n]+/g, ' '))
    .join(' · ');
}

/** One line for a completion item: the kind, then the outline's detail. */
export function completionDetail(declaration: Declaration): string {
  const parts = [kindTitle(declaration.kind)];
  if (declaration.kind === 'vSwitch' || declaration.kind === 'natGateway')
    parts.push(`VPC ${declaration.scope}`);
  if (declaration.kind === 'vpc') {
    const vpc = declaration.entity as Vpc;
    if (vpc.regionId) parts.push(vpc.regionId);
    if (vpc.cidr) parts.push(vpc.cidr.value);
  } else if (declaration.kind === 'resourceGroup') {
    const rg = declaration.entity as EntityOf['resourceGroup'];
    if (rg.type) parts.push(rg.type);
    if (rg.regionId) parts.push(rg.regionId);
  } else {
    const detail = symbolDetail(declaration);
    if (detail !== '') parts.push(detail);
  }
  return parts.map((p) => p.replace(/[\r\n]+/g, ' ')).join(' · ');
}
