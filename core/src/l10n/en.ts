// English messages: the default language, and the reference every other catalogue must
// match key for key, parameter for parameter (core/test/l10n.test.ts).
// `{name}` inserts a parameter; `{n, plural, one {…} other {…}}` and `{x, select, a {…} other {…}}`
// choose a branch.
export const en = {
  quoted: "'{value}'",
  'validate.internalError':
    'dwnet could not analyse this file (internal error: {error}). Please report it.',
  'syntax.empty': 'The file is empty: a topology is a JSON object such as `\\{ "version": 1 \\}`.',
  'syntax.tooDeep':
    'Nesting deeper than {depth} levels: this is not a topology, and dwnet does not analyse it further.',
  'syntax.InvalidSymbol': 'Unexpected character.',
  'syntax.InvalidNumberFormat': 'Invalid number.',
  'syntax.PropertyNameExpected': 'Property name expected (in double quotes).',
  'syntax.ValueExpected': 'Value expected.',
  'syntax.ColonExpected': 'Colon expected after the property name.',
  'syntax.CommaExpected': 'Comma expected between entries.',
  'syntax.CloseBraceExpected': 'Closing brace `\\}` expected.',
  'syntax.CloseBracketExpected': 'Closing bracket `]` expected.',
  'syntax.EndOfFileExpected': 'End of file expected: the topology is one JSON object.',
  'syntax.InvalidCommentToken': 'Invalid comment.',
  'syntax.UnexpectedEndOfComment': 'Comment is not closed (`*/` expected).',
  'syntax.UnexpectedEndOfString': 'String is not closed (`"` expected).',
  'syntax.UnexpectedEndOfNumber': 'Number is not complete.',
  'syntax.InvalidUnicode': 'Invalid Unicode escape sequence.',
  'syntax.InvalidEscapeCharacter': 'Invalid escape character in string.',
  'syntax.InvalidCharacter': 'Invalid character in string (control characters must be escaped).',
  'syntax.other': 'Syntax error ({name}).',
  'suppression.fix.removeComment': 'Remove this comment',
  'suppression.problem.unknownCode': "'{code}' is not a dwnet rule code",
  'suppression.problem.unknownCodeDidYouMean':
    "'{code}' is not a dwnet rule code (did you mean '{best}'?)",
  'suppression.problem.noCode': 'it names no rule code',
  'suppression.problem.unsilenceable': "'{code}' cannot be silenced",
  'suppression.problem.noReason': 'it has no reason (add `-- <why this is fine>`)',
  'suppression.problem.noEntryFollows': 'no entry follows it',
  'suppression.problemSeparator': '; ',
  'suppression.invalid': 'This {directive} comment is not valid: {problems}.',
  'suppression.unused.file':
    'This {directive} comment silences nothing: no {codes} finding in this file. Remove it.',
  'suppression.unused.here':
    'This {directive} comment silences nothing: no {codes} finding here. Remove it.',
  'suppression.unused.at':
    "This {directive} comment silences nothing: no {codes} finding on '{pointer}'. Remove it.",
  'label.vpcCidr': "CIDR block of VPC '{vpc}'",
  'label.vSwitchCidr': "CIDR block of vSwitch '{vSwitch}'",
  'label.natEip': "EIP of NAT gateway '{nat}'",
  'label.snatSource': "source of SNAT entry {index} of NAT gateway '{nat}'",
  'label.snatEip': "EIP of SNAT entry {index} of NAT gateway '{nat}'",
  'label.dataCenterCidr': "CIDR block of data center '{dataCenter}'",
  'label.sgRule': "rule {index} of security group '{sg}'",
  'label.route': "route of binding {index} of resource group '{rg}'",
  'label.rgEip': "EIP of resource group '{rg}'",
  'label.whitelistEntry': "whitelist entry of data source '{ds}'",
  'label.dsAddress': "address of data source '{ds}'",
  'related.taskUses': "task '{task}' uses data source '{ds}'",
  'related.dataSource': "data source '{ds}'",
  'related.binding': "binding {index} of resource group '{rg}'",
  'related.resourceGroup': "resource group '{rg}'",
  'related.vSwitch': "vSwitch '{vSwitch}'",
  'related.vpc': "VPC '{vpc}'",
  'related.vpcCidr': "CIDR block of VPC '{vpc}'",
  'related.member': "member '{member}'",
  'fix.replaceWith': "Replace with '{value}'",
  'address-not-public.message':
    'Data source \'{ds}\' is on the internet, but its address {address} is in {cidr}, a {kind} that cannot be reached over the Internet. Use the data source\'s public connection address; if it sits in a VPC or a data center, describe that network instead ("type": "vpc" or "dataCenter").',
  'address-outside-network.vpc':
    "The address {address} of data source '{ds}' is outside {cidr}, the CIDR block of VPC '{vpc}'.",
  'address-outside-network.dataCenter':
    "The address {address} of data source '{ds}' is outside the CIDR blocks of data center '{dataCenter}' ({cidrs}).",
  'address-reserved.message':
    "The address {address} of data source '{ds}' is reserved by vSwitch '{vSwitch}' ({cidr}): a vSwitch reserves its first address ({first}) and its last three ({lastFrom}–{last}).",
  'binding-out-of-scope.account':
    "Resource group '{rg}' cannot be associated with VPC '{vpc}': the VPC is in account '{vpcAccount}', not '{rgAccount}'. Bind a VPC of the group's own account and region and connect it to this VPC (CEN, VPN gateway or Express Connect).",
  'binding-out-of-scope.region':
    "Resource group '{rg}' cannot be associated with VPC '{vpc}': the VPC is in region '{vpcRegion}', not '{rgRegion}'. Bind a VPC of the group's own account and region and connect it to this VPC (CEN, VPN gateway or Express Connect).",
  'value.none': '(none)',
  'binding-vpc-unsupported.message':
    "Serverless resource group '{rg}' cannot be associated with VPC '{vpc}' ({cidr}): serverless resource groups do not support VPCs in 21.0.0.0/8.",
  'binding-vswitch-mismatch.choices':
    "vSwitch '{vSwitch}' belongs to VPC '{owner}', not to VPC '{vpc}' bound by resource group '{rg}'. Use a vSwitch of '{vpc}': {choices}.",
  'binding-vswitch-mismatch.none':
    "vSwitch '{vSwitch}' belongs to VPC '{owner}', not to VPC '{vpc}' bound by resource group '{rg}'. VPC '{vpc}' has no vSwitch.",
  'binding-vswitch-mismatch.fix': "Replace with '{choice}' (vSwitch of '{vpc}')",
  'cidr-conflict.message':
    "'{later}' ({laterCidrs}) overlaps '{earlier}' ({earlierCidrs}) in connection '{connection}': networks with overlapping CIDR blocks conflict in routing.",
  'cidr-host-bits.message':
    "'{value}' has host bits set ({label}); its network address is '{network}'.",
  'cidr-invalid.needsPrefix':
    "'{value}' is not a CIDR block: the {label} needs a prefix length, for example '{value}/24'.",
  'cidr-invalid.message':
    "'{value}' is not a valid IPv4 CIDR block ({label}); write it as a.b.c.d/n, for example 10.0.1.0/24.",
  'classic-network.message':
    "Data source '{ds}' is deployed in the classic network: network connections cannot be established between a resource group and data sources in the classic network. Migrate '{ds}' to a VPC.",
  'range.thisNetwork': '"this network" range (RFC 791)',
  'range.private': 'private range (RFC 1918)',
  'range.shared': 'shared address space of carrier-grade NAT (RFC 6598)',
  'range.loopback': 'loopback range (RFC 1122)',
  'range.linkLocal': 'link-local range (RFC 3927)',
  'range.ietf': 'IETF protocol assignments range (RFC 6890)',
  'range.benchmarking': 'benchmarking range (RFC 2544)',
  'range.multicast': 'multicast range (RFC 5771)',
  'range.reserved': 'reserved range (RFC 1112)',
  // @@end
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
