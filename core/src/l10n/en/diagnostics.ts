// English messages of diagnostics: syntax, schema, suppressions, security groups, labels and related information (see ../en.ts).
export const enDiagnostics = {
  quoted: "'{value}'",
  'validate.internalError':
    'dwnet could not analyse this file: an internal error ({error}). This is a bug in dwnet, not in the file: please report it at {issues} with the file, or a part of it that shows the error.',
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
  'label.vpcSecondaryCidr': "secondary CIDR block of VPC '{vpc}'",
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
  'value.none': '(none)',
  'range.thisNetwork': '"this network" range (RFC 791)',
  'range.private': 'private range (RFC 1918)',
  'range.shared': 'shared address space of carrier-grade NAT (RFC 6598)',
  'range.loopback': 'loopback range (RFC 1122)',
  'range.linkLocal': 'link-local range (RFC 3927)',
  'range.ietf': 'IETF protocol assignments range (RFC 6890)',
  'range.benchmarking': 'benchmarking range (RFC 2544)',
  'range.multicast': 'multicast range (RFC 5771)',
  'range.reserved': 'reserved range (RFC 1112)',
  'connection.listed': '{count, plural, one {only one network} other {# networks}}',
  'connection.expressConnect.count':
    "An Express Connect circuit joins exactly two networks (one VPC and a data center or another VPC); '{connection}' lists {listed}.",
  'connection.vpnGateway.count':
    "A VPN gateway joins exactly two networks (one VPC and a data center or another VPC); '{connection}' lists {listed}.",
  'connection.expressConnect.noVpc':
    "An Express Connect circuit joins a VPC with a data center or another VPC; '{connection}' lists two data centers.",
  'connection.vpnGateway.noVpc':
    "A VPN gateway joins a VPC with a data center or another VPC; '{connection}' lists two data centers.",
  'connection.vpcPeering.count':
    "VPC peering joins exactly two VPCs; '{connection}' lists {listed}.",
  'connection.vpcPeering.dataCenter':
    "VPC peering joins two VPCs; '{connection}' lists a data center (use Express Connect or a VPN gateway).",
  'connection.cen.count':
    "A CEN instance joins at least two networks; '{connection}' lists {listed}.",
  'connection.cen.noVpc':
    "A CEN instance joins VPCs (and may list data centers); '{connection}' lists no VPC.",
  'unused.resourceGroup': "Resource group '{rg}' is not used by any task.",
  'unused.dataSource':
    "Data source '{ds}' is not used by any task, so its connectivity is not checked.",
  'unused.securityGroup': "Security group '{sg}' is not used by any binding or data source.",
  'unused.connection.invalid':
    "Connection '{connection}' connects nothing: its type cannot join its members (connection-type-mismatch), so no path uses it.",
  'unused.connection':
    "Connection '{connection}' does not link any resource group's VPC to a data source a task uses.",
  'schema.topology': 'the topology',
  'schema.pointer': "'{pointer}'",
  'schema.unknownProperty':
    "Unknown property '{name}' in {where}.{hint, select, best { Did you mean '{best}'?} allowed { Allowed: {allowed}.} other {}}",
  'schema.required': "Missing required property '{name}' in {where}.",
  'schema.notAllowed': "Property '{name}' is not allowed here.",
  'schema.notAllowedWith': "Property '{name}' is not allowed here (with {by} '{value}').",
  'schema.type': '{where} must be {expected}, not {actual}.',
  'jsonType.object': 'an object',
  'jsonType.array': 'an array',
  'jsonType.string': 'a string',
  'jsonType.number': 'a number',
  'jsonType.integer': 'an integer',
  'jsonType.boolean': 'a boolean',
  'jsonType.null': 'null',
  'jsonType.nothing': 'nothing',
  'schema.enum':
    "'{value}' is not a valid value for {where}. Allowed: {allowed}.{hint, select, generalPurpose { Did you mean 'serverless'? The reference document's general-purpose resource group is a serverless resource group here: it runs data synchronization, scheduling and DataService Studio tasks.} best { Did you mean '{best}'?} other {}}",
  'schema.const': '{where} must be {value}.',
  'schema.pattern': "'{value}' is not a valid {name} ({where}): {hint}.",
  'schema.patternGeneric': 'it must match {pattern}',
  'schema.hint.ports': 'write a port ("3306"), a range ("1-65535") or "all"',
  'schema.hint.uid': 'an Alibaba Cloud account UID has digits only',
  'schema.other': '{where} {detail}.',
  'schema.invalid': 'is not valid',
  'schema.repeated': "Property '{name}' appears twice in {where}; only the first is used.",
  'schema.ports.range': 'ports are numbered from 1 to 65535',
  'schema.ports.reversed': 'the range is reversed; write "{high}-{low}"',
  'schema.ports': "'{text}' is not a valid port range in security group '{sg}': {problem}.",
  'schema.serverlessEip':
    "'eip' belongs to old-version (exclusive) resource groups only: serverless group '{rg}' reaches the Internet through the EIP of a NAT gateway in its VPC. Remove it.",
  'limits.size.mb': "{size} MB, above dwnet's limit of {limit} MB",
  'limits.size.bytes': "{bytes} bytes, above dwnet's limit of {limit} MB ({limitBytes} bytes)",
  'limits.fileTooLarge':
    'This file is {size} (setting dwnet.maxFileSize, CLI --max-file-size); it was not analysed.',
  'limits.severity.error': '{count, plural, one {# error} other {# errors}}',
  'limits.severity.warning': '{count, plural, one {# warning} other {# warnings}}',
  'limits.severity.information': '{count, plural, one {# info} other {# infos}}',
  'limits.severity.hint': '{count, plural, one {# hint} other {# hints}}',
  'limits.tooMany':
    '{hidden, plural, one {{hiddenText} more finding is} other {{hiddenText} more findings are}} not shown ({breakdown}): dwnet shows at most {limit} per file, the most severe first (setting dwnet.maxFindingsPerFile, CLI --max-findings).',
  'input.utf16':
    'This file is UTF-16 text (it starts with a UTF-16 byte order mark), so it was not analysed. Save it as UTF-8 (a file in GBK, GB 18030 or Latin-1 must be converted).',
  'input.notUtf8':
    'This file is not valid UTF-8: byte {byte} at byte offset {offset} does not belong to a UTF-8 character, so it was not analysed. Save it as UTF-8 (a file in GBK, GB 18030 or Latin-1 must be converted).',
  'input.unreadable': 'This file cannot be read: {reason}.',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.information': 'information',
  'severity.hint': 'hint',
  'sg.ports.all': 'all ports',
  'sg.ports.one': 'port {port}',
  'sg.ports.range': 'ports {from}-{to}',
  'sg.policy.accept': 'accept',
  'sg.policy.drop': 'drop',
  'sg.noCidr': 'without a CIDR block',
  'sg.ruleText':
    'rule {index} ({policy} {protocol, select, all {} other {{protocolName} }}{cidr}, {ports}, priority {priority})',
  'sg.more': '{count} more',
  'sg.protocol':
    '{protocol, select, tcp {TCP} udp {UDP} icmp {ICMP} gre {GRE} other {all protocols}}',
  'sg.why.otherProtocol':
    '{rules} {count, plural, one {matches} other {match}} the address and port but {count, plural, one {accepts} other {accept}} {protocols} only, and DataWorks connects over TCP.',
  'sg.default':
    '{type, select, advanced {an advanced} other {a basic}} security group denies {direction, select, egress {outbound} other {inbound}} traffic that no rule accepts',
  'sg.why.none': 'No rule accepts it, and {default}.',
  'sg.why.decides':
    '{rules} {count, plural, one {decides} other {decide}}: the matching rule with the highest priority wins (1 is the highest), and drop wins over accept at equal priority.',
  'sg.why.outranked':
    '{rules} {count, plural, one {matches} other {match}} too, but {count, plural, one {loses} other {lose}} to {drops, plural, one {it} other {them}}.',
  'sg.why.implicit': 'Other addresses of {cidr} match no rule, and {default}.',
  'sg.why.separator': ' ',
  'sg.sentence': 'an {direction} rule accepting {cidr} on {ports}',
  'sg.addTitle':
    "Add an {direction} rule accepting {direction, select, egress {outbound traffic to} other {inbound traffic from}} {cidr} on {ports} to '{sg}'{priority, select, 1 {} other { at priority {priority}}}{above, select, none {} other {, above rule {above}}}",
  'sg.advice.add':
    "Add {sentence}{priority, select, 1 {} other { at priority {priority}}}{above, select, none {} other {, one above rule {above}}}.{open, select, yes { Only 0.0.0.0/0 matches a host name, so this is not applied unattended: give the data source's IP address to accept just that.} other {}}",
  'sg.advice.aimed':
    '{who, select, allMany {These drop rules are} allOne {That rule is} other {{rules} {count, plural, one {is} other {are}}}} aimed at {cidr} itself: a decision about this traffic, not a gap, so no fix is applied unattended. Change {count, plural, one {it} other {them}} if the resource group must get through.',
  'sg.advice.priority1':
    'No accept rule can rank above a drop rule at priority 1, so no fix is applied unattended: lower the priority of rule {index} if the resource group must get through.',
  'sg.fix.lower':
    "Lower the priority of drop rule {names} of '{sg}' from {from} to 2, {standing, select, none {and add {sentence} at priority 1} other {below accept rule {standing}}}",
  'sg.fix.override': "Override drop rule {names} of '{sg}': add {sentence} at priority {priority}",
  'route.fix.remove':
    "Remove the route '{route}'{waiting, select, yes { (a task needs it once its network is connected)} other {}}",
} as const satisfies Record<string, string>;
