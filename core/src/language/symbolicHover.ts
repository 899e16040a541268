// Hover on a value known only after apply (`"${alicloud_eip_address.nat.ip_address}"`):
// where it comes from, and what dwnet does with it until it is known.
import type { AddressField } from '../analysis/addresses';
import type { Localizer } from '../l10n';

/** The hover of a symbolic address value; undefined for any other value. */
export function symbolicHover(field: AddressField, l10n: Localizer): string | undefined {
  const parsed = field.value.parsed;
  if (parsed.ok || parsed.problem !== 'symbolic') return undefined;
  const label = l10n.t(field.label.key, field.label.params).replace(/[\\`*_[\]<>]/g, '\\$&');
  const facts = [
    l10n.t('hover.symbolic.origin', { origin: parsed.origin }),
    field.kind === 'cidr' && field.fixed
      ? l10n.t('hover.symbolic.fixed')
      : l10n.t('hover.symbolic.checks'),
  ];
  return `**${l10n.t('hover.symbolic.title')}** \`${field.value.value}\` · ${label}\n\n${facts
    .map((fact) => `- ${fact}`)
    .join('\n')}`;
}
