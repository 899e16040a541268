// The hover of a CIDR block or an IP address: its range, and the VPCs, vSwitches and data
// centers of the topology that hold it.
import { addressFields, type AddressField } from '../analysis/addresses';
import { vpcBlocks } from '../analysis/vpcSpace';
import { localizer, type Localizer } from '../l10n';
import { contains, formatIp, type Ipv4Range } from '../cidr';
import type { CidrValue, Model } from '../model';
import type { Node } from '../parse';
import type { Analysis } from '../validate';
import { code, escapeMarkdown } from './describe';
import { symbolicHover } from './symbolicHover';

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
  const l10n = localizer(analysis.locale);
  for (const vpc of model.vpcs.byId.values()) {
    // Its secondary CIDR blocks are its address space too.
    for (const block of vpcBlocks(vpc))
      hold(l10n.t('hover.holder.vpc', { id: code(vpc.id) }), block);
  }
  for (const vpc of model.vpcs.byId.values()) {
    for (const sw of vpc.vSwitches.values())
      hold(l10n.t('hover.holder.vSwitch', { id: code(sw.id), vpc: code(vpc.id) }), sw.cidr);
  }
  for (const dc of model.dataCenters.byId.values()) {
    for (const cidr of dc.cidrs) hold(l10n.t('hover.holder.dataCenter', { id: code(dc.id) }), cidr);
  }
  const index = { fields, holders };
  addressCache.set(analysis, index);
  return index;
}

function groupDigits(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function addressHover(index: AddressIndex, field: AddressField, l10n: Localizer): string {
  const symbolic = symbolicHover(field, l10n);
  if (symbolic !== undefined) return symbolic;
  const text = field.value.value;
  const label = escapeMarkdown(l10n.t(field.label.key, field.label.params));
  let range: Ipv4Range | undefined;
  const facts: string[] = [];
  let title = l10n.t(text.includes('/') ? 'hover.address.cidrBlock' : 'hover.address.ipAddress');
  if (field.kind === 'cidr') {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = parsed.range;
      if (parsed.hostBits)
        facts.push(l10n.t('hover.address.hostBits', { network: code(parsed.network) }));
    } else {
      facts.push(problemText(parsed.problem, 'cidr', l10n));
    }
  } else {
    const parsed = field.value.parsed;
    if (parsed.ok) {
      range = { start: parsed.value, end: parsed.value, prefix: 32 };
    } else if (field.kind === 'address' && field.allowHostName && parsed.problem === 'invalid') {
      title = l10n.t('hover.address.hostName');
      facts.push(l10n.t('hover.address.dns'));
    } else {
      facts.push(problemText(parsed.problem, 'ip', l10n));
    }
  }
  if (range) {
    const size = range.end - range.start + 1;
    facts.unshift(
      size === 1
        ? l10n.t('hover.address.one', { start: code(formatIp(range.start)) })
        : l10n.t('hover.address.range', {
            start: code(formatIp(range.start)),
            end: code(formatIp(range.end)),
            size: groupDigits(size),
          }),
    );
    const inner = range;
    const holders = index.holders.filter(
      (h) => h.value.node !== field.value.node && contains(h.range, inner),
    );
    if (holders.length === 0) {
      facts.push(l10n.t('hover.address.heldByNone'));
    } else {
      const shown = l10n.list(
        holders
          .slice(0, MAX_HOLDERS)
          .map((h) => l10n.t('hover.holder.item', { what: h.what, value: code(h.value.value) })),
      );
      const all =
        holders.length > MAX_HOLDERS
          ? l10n.t('hover.address.inAll', { shown, count: holders.length })
          : shown;
      facts.push(l10n.t('hover.address.heldBy', { holders: all }));
    }
  }
  return `**${title}** ${code(text)} · ${label}\n\n${facts.map((f) => `- ${f}`).join('\n')}`;
}

function problemText(
  problem: 'invalid' | 'ipv6' | 'symbolic',
  what: 'cidr' | 'ip',
  l10n: Localizer,
): string {
  return problem === 'ipv6'
    ? l10n.t('hover.address.ipv6')
    : l10n.t('hover.address.invalid', { what });
}
