// The protocol of a security group rule in the format's words, from Terraform's
// `ip_protocol` and the API's `IpProtocol` (both importers map it the same way).

/** The protocols the format can say (`securityGroups.*.rules[].protocol`). */
const PROTOCOLS = ['tcp', 'udp', 'icmp', 'gre', 'all'];

/**
 * A rule's protocol in the format's words (tcp, udp, icmp, gre, all; any casing; absent
 * means all); undefined for icmpv6 and anything else the format cannot say.
 */
export function ruleProtocol(value: string | undefined): string | undefined {
  const protocol = (value ?? 'all').toLowerCase();
  return PROTOCOLS.includes(protocol) ? protocol : undefined;
}
