// The hover of a CIDR block or an IP address: its range, and the VPCs, vSwitches and data
// centers of the topology that hold it.
import { addressFields, type AddressField } from '../analysis/addresses';
import { vpcBlocks } from '../analysis/vpcSpace';
import type { Localizer } from '../l10n';
import { contains, formatIp, type Ipv4Range } from '../cidr';
import type { CidrValue, Model } from '../model';
import type { Node } from '../parse';
import type { Analysis } from '../validate';
import { code, escapeMarkdown } from './describe';

/** And this many holders of an address. */
const MAX_HOLDERS = 10;

interface Holder {
  what: string;
  value: CidrValue;
  range: Ipv4Range;
}

export interface AddressIndex {
  fields: Map<Node, AddressField>;
  holders: Holder[];
}

const addressCache = new WeakMap<Analysis, AddressIndex>();

export function addressIndex(analysis: Analysis, model: Model): AddressIndex {
  const cached = addressCache.get(analysis);
  if (cached) return cached;
  const fields = new Map<Node, AddressField>();
  for (const field of addressFields(model)) fields.set(field.value.node, field);
  const holders: Holder[] = [];
  const hold = (what: string, value: CidrValue | undefined) => {
    if (value?.parsed.ok) holders.push({ what, value, range: value.parsed.range });
  };
  for (const vpc of model.vpcs.byId.values()) {
    // Its secondary CIDR blocks are its address space too.
    for (const block of vpcBlocks(vpc)) hold(`VPC ${code(vpc.id)}`, block);
  }
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values())
      hold(`vSwitch ${code(sw.id)} of VPC ${code(vpc.id)}`, sw.cidr);
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs) hold(`data center ${code(dc.id)}`, cidr);
  }
  const index = { fields, holders };
  addressCache.set(analysis, index);
  return index;
}

function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function addressHover(index: AddressIndex, field: AddressField, l10n: Localizer): string {
  const text = field.value.value;
  const label = escapeMarkdown(l10n.t(field.label.key, field.label.params));
  let range: Ipv4Range | undefined;
  const facts: string[] = [];
  let title = text.includes('/') ? 'CIDR block' : 'IP address';
  if (field.kind === 'cidr') {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = parsed.range;
      if (parsed.hostBits)
        facts.push(
          `Host bits are set: the network is ${code(parsed.network)} (\`cidr-host-bits\`)`,
        );
    } else {
      facts.push(problemText(parsed.problem, 'CIDR block'));
    }
  } else {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = { start: parsed.value, end: parsed.value, prefix: 32 };
    } else if (field.kind === 'address' && field.allowHostName && parsed.problem === 'invalid') {
      title = 'Host name';
      facts.push('Resolved by DNS when the task runs: dwnet cannot tell which network holds it');
    } else {
      facts.push(problemText(parsed.problem, 'IP address'));
    }
  }
  if (range) {
    const size = range.end - range.start + 1;
    facts.unshift(
      size === 1
        ? `Range: ${code(formatIp(range.start))} (1 address)`
        : `Range: ${code(formatIp(range.start))} – ${code(formatIp(range.end))} (${groupDigits(size)} addresses)`,
    );
    const inner = range;
    const holders = index.holders.filter(
      (h) => h.value.node !== field.value.node && contains(h.range, inner),
    );
    if (holders.length === 0) {
      facts.push('Held by: no VPC, vSwitch or data center of this topology');
    } else {
      const shown = holders
        .slice(0, MAX_HOLDERS)
        .map((h) => `${h.what} (${code(h.value.value)})`)
        .join(', ');
      facts.push(
        `Held by: ${shown}${holders.length > MAX_HOLDERS ? `, … (${holders.length} in all)` : ''}`,
      );
    }
  }
  return `**${title}** ${code(text)} · ${label}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function problemText(problem: 'invalid' | 'ipv6', what: string): string {
  return problem === 'ipv6'
    ? 'IPv6: DataWorks network connections are checked for IPv4 only (`ipv6-unsupported`)'
    : `Not a valid IPv4 ${what}`;
}
