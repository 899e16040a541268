// English messages: the default language, and the reference every other catalogue must
// match key for key, parameter for parameter (core/test/l10n.test.ts).
// `{name}` inserts a parameter; `{n, plural, one {…} other {…}}` and `{x, select, a {…} other {…}}`
// choose a branch.
export const en = {
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
  'target.vpc': "VPC '{id}'",
  'target.dataCenter': "data center '{id}'",
  'connection-missing.fix.addVpcToCen': "Add VPC '{vpc}' to CEN '{cen}'",
  'connection-missing.fix.addTargetToCen': "Add {target} to CEN '{cen}'",
  'connection-missing.fix.createCen': "Create a CEN instance '{id}' between '{vpc}' and '{target}'",
  'connection-missing.fix.createExpressConnect':
    "Create an Express Connect circuit '{id}' between '{vpc}' and '{target}'",
  'connection-missing.message':
    "VPC '{vpc}' (binding {index} of resource group '{rg}') is not directly connected to {target} of data source '{ds}'. Connect them with {kind, select, vpc {a CEN instance, VPC peering, a VPN gateway or an Express Connect circuit.} other {an Express Connect circuit or a VPN gateway.}}{cen, select, target { CEN '{cenId}' already lists {target}: add VPC '{vpc}' to it.} binding { CEN '{cenId}' already lists VPC '{vpc}': add {target} to it.} other {}}{conflict, select, yes { First change one of their CIDR blocks: '{vpc}' ({vpcCidrs}) overlaps '{conflictId}' ({conflictCidrs}), and networks with overlapping CIDR blocks conflict in routing.} other {}}",
  'duplicate-id.message':
    "Duplicate id '{id}' in {collection}: ids must be unique in a collection, and dwnet uses the first definition only.",
  'eip-may-change.message':
    "The EIP {eip} of old-version resource group '{rg}' may change when you scale the group out: check it after each scale-out and add the latest EIP to the whitelists of its data sources.",
  'eip-missing.message':
    "Old-version resource group '{rg}' reaches data source '{ds}' over the Internet with its EIP, but has no \"eip\". Read it in the DataWorks console (Resource Groups → Exclusive Resource Groups → Details → EIPAddress) and add it here and to the whitelist of the data source.",
  'internet-unstable.message':
    "Sync task '{task}' synchronizes data with {dataSources} over the Internet: the efficiency and stability of the task cannot be ensured. Prefer an internal network or Cloud Enterprise Network (CEN).",
  'list.and': '{first} and {last}',
  'ip-invalid.hostName': "'{value}' is not a valid IPv4 address ({label}) or host name.",
  'ip-invalid.endpoint':
    "'{value}' is not a valid IPv4 address ({label}): write the IP address the endpoint resolves to inside the network (routes, whitelists and security groups are checked against it).",
  'ip-invalid.message':
    "'{value}' is not a valid IPv4 address ({label}); write it as a.b.c.d, for example 47.96.1.10.",
  'ipv6-unsupported.message':
    "'{value}' is an IPv6 value ({label}): dwnet checks IPv4 networks only. Use the IPv4 CIDR block or address.",
  'legacy-resource-group.message':
    "'{rg}' is an old-version resource group ({type}). DataWorks recommends serverless resource groups: one serverless group runs data synchronization, scheduling and DataService Studio tasks.",
  'nat-missing.message':
    "Serverless resource group '{rg}' cannot reach data source '{ds}' on the Internet: VPC '{vpc}' (binding {index}) has no Internet NAT gateway. Configure one with an EIP and an SNAT entry{where, select, vSwitch { for vSwitch '{vSwitch}'} other {}}.",
  'nat-missing.fix': "Add NAT gateway '{nat}' to VPC '{vpc}' with an SNAT entry for '{vSwitch}'",
  'nat-no-eip.message':
    "NAT gateway '{nat}' of VPC '{vpc}' has no EIP: associate an elastic IP address with it (VPC console → Internet NAT gateway) and list it in \"eips\".",
  'region-unknown.message':
    "'{region}' is not a known Alibaba Cloud region id. Did you mean '{best}'?",
  'taskKind.sync': 'sync',
  'taskKind.schedule': 'schedule',
  'taskKind.dataService': 'dataService',
  'groupName.exclusiveDataIntegration': 'exclusive resource group for Data Integration',
  'groupName.exclusiveScheduling': 'exclusive resource group for scheduling',
  'groupName.exclusiveDataService': 'exclusive resource group for DataService Studio',
  'task-kind-mismatch.message':
    "Task '{task}' is a {kind} task, but '{rg}' is an {group}, which runs only {runs} tasks. Use a serverless resource group (it runs every kind of task) or a group of the matching type.",
  'step.runnable':
    "Run {kind} task '{task}' on a serverless resource group{alternative, select, none {} other { or an {alternative}}} ('{rg}' runs only {runs} tasks)",
  'route-missing.fix': "Add the route '{route}' to binding {index} of '{rg}'",
  'route-missing.message':
    "Binding {index} of resource group '{rg}' (VPC '{vpc}') has no route to data source '{ds}'{address, select, none {} other { at {address}}}. Add a route to {needed, select, none {the data source's CIDR block} other {{needed}}}{partOf, select, none {} other {, the part of {partOf} that holds the address and no route covers yet}}{alternative, select, none {} other { (or {alternative})}}.",
  'snat-duplicate-source.message':
    "SNAT entry {index} of NAT gateway '{nat}' repeats the source '{source}' of SNAT entry {first}: a vSwitch or CIDR block may appear in one SNAT entry only.",
  'snat-eip-unknown.message':
    "SNAT entry {index} of NAT gateway '{nat}' uses EIP {eip}, which is not associated with the gateway{known, select, none {.} other { (its EIPs: {known}).}}",
  'snat-eip-unknown.fix': 'Replace with {value}',
  'snat-missing.vSwitch': "vSwitch '{vSwitch}'",
  'snat-missing.partly':
    "The SNAT entries of NAT gateway '{nat}' of VPC '{vpc}' do not cover all of {vSwitch} used by resource group '{rg}' ({count, plural, one {{sources} is} other {{sources} are}} not covered), so it cannot reach data source '{ds}' on the Internet.{entries, select, none { Add an SNAT entry for it with a valid EIP of the gateway.} other { Add the SNAT {count, plural, one {entry} other {entries}} {entries}.}}",
  'snat-missing.none':
    "NAT gateway '{nat}' of VPC '{vpc}' has no SNAT entry for {vSwitch} used by resource group '{rg}', so it cannot reach data source '{ds}' on the Internet.{entries, select, none { Add an SNAT entry for it with a valid EIP of the gateway.} other { Add the SNAT {count, plural, one {entry} other {entries}} {entries}.}}",
  'snat-missing.fix.partly': 'Add SNAT entries for {sources} using EIP {eip}',
  'snat-missing.fix': "Add an SNAT entry for '{vSwitch}' using EIP {eip}",
  'transitive-path.message':
    "VPC '{vpc}' (binding {index} of resource group '{rg}') reaches {target} of data source '{ds}' only through {hops} connections; routes are not propagated across connections by default. Connect the two networks directly.",
  'step.classic-network':
    "Migrate data source '{ds}' from the classic network to a VPC (the classic network cannot be connected)",
  'step.binding-out-of-scope':
    "Bind a VPC of the resource group's own account and region instead of '{vpc}'",
  'step.binding-vpc-unsupported':
    "Bind a VPC outside 21.0.0.0/8 instead of '{vpc}' (serverless resource groups do not support it)",
  'step.connection-missing.vpc':
    "Connect VPC '{vpc}' and VPC '{target}' directly (a CEN instance, VPC peering, a VPN gateway or Express Connect)",
  'step.connection-missing.dataCenter':
    "Connect VPC '{vpc}' and data center '{target}' directly (Express Connect, a VPN gateway or a CEN instance)",
  'step.route-missing': "Add a route to {needed} for the resource group's binding to VPC '{vpc}'",
  'step.route-missing.target': "the CIDR block of '{target}'",
  'step.whitelist-missing.eip':
    "Add the {count, plural, one {EIP} other {EIPs}} {needed} to the IP address whitelist of data source '{ds}'",
  'step.whitelist-missing.vSwitch':
    "Add the {count, plural, one {CIDR block} other {CIDR blocks}} {needed} of vSwitch '{vSwitch}' to the IP address whitelist of data source '{ds}'",
  'step.vpc-not-associated.vpc': "Associate resource group '{rg}' with VPC '{vpc}'",
  'step.vpc-not-associated.any': "Associate resource group '{rg}' with a VPC of its region",
  'step.ip-invalid': "Correct the EIP '{eip}' of resource group '{rg}'",
  'step.eip-missing':
    "Record the EIP of old-version resource group '{rg}' (DataWorks console: Resource Groups → Details → EIPAddress)",
  'step.nat-missing': "Configure an Internet NAT gateway for VPC '{vpc}'",
  'step.nat-no-eip': "Associate an EIP with NAT gateway '{nat}'",
  'step.snat-missing': "Configure an SNAT entry for vSwitch '{vSwitch}' on NAT gateway '{nat}'",
  'scenario.1': 'Same Alibaba Cloud account and same region',
  'scenario.2': 'Same Alibaba Cloud account, different regions',
  'scenario.3': 'Different Alibaba Cloud accounts',
  'scenario.4': 'Data source in a data center',
  'scenario.5': 'Data source on the Internet',
  'scenario.classic': 'Classic network (not supported)',
  'explain.undecided.whitelist': "Add {source} to the IP address whitelist of data source '{ds}'",
  'explain.undecided.whitelist.reason': "the file gives no 'whitelist' for it",
  'explain.undecided.securityGroup':
    "Allow inbound traffic from {cidr} on port {port} in the security group of the ECS instance that hosts data source '{ds}'",
  'explain.undecided.securityGroup.reason': "the file gives no 'securityGroup' for it",
  'explain.source.eip': 'the EIP {eip}',
  'explain.source.vSwitch': "the CIDR block {cidr} of vSwitch '{vSwitch}'",
  'explain.connectivityTest':
    "Test the network connectivity in DataWorks: on the Data Sources page of Data Integration, click Test Network Connectivity for resource group '{rg}' on data source '{ds}'",
  'explain.connectivityTest.reason': 'only DataWorks can test the network itself',
  'status.notChecked': 'not checked',
  'status.missing': '{count, plural, one {# step missing} other {# steps missing}}',
  'status.notConnected': 'not connected',
  'status.connectedNotChecked':
    'connected, {count, plural, one {# step} other {# steps}} not checked',
  'status.connected': 'connected',
  'hop.resourceGroup': 'resource group',
  'hop.snatVia': 'SNAT via EIP {eip}',
  'hop.noSnat': 'no SNAT entry for this vSwitch',
  'hop.rgEip': 'EIP {eip} of the resource group',
  'hop.rgEipUnknown': 'EIP of the resource group unknown',
  'hop.internet': 'the Internet',
  'hop.connection': 'connection',
  'hop.noDirectConnection': 'no direct connection',
  'hop.vpc': 'VPC',
  'hop.dataCenter': 'data center',
  'hop.dataSource': 'data source',
  'hop.dataSourceAt': '{engine} at {address}:{port}',
  'explain.note.unknownReference':
    'A reference of this pair names nothing; fix the unknown reference first.',
  'explain.note.schema': "The data source's network is incomplete; fix the schema error first.",
  'scenario.unknown': 'Unknown',
  'lens.unknownReference': 'unknown reference',
  'lens.incompleteNetwork': 'incomplete network',
  'lens.classic': 'Classic network · not supported',
  'lens.scenario': 'Scenario {scenario} · {state}',
  'lens.noDataSource': 'no data source',
  'lens.pair': '{ds}: {title}',
  'kind.account': 'account',
  'kind.vSwitch': 'vSwitch',
  'kind.network': 'VPC or data center',
  'kind.vpc': 'VPC',
  'kind.securityGroup': 'security group',
  'kind.dataCenter': 'data center',
  'kind.resourceGroup': 'resource group',
  'kind.dataSource': 'data source',
  'unknown-reference.message':
    "Unknown {kind} '{id}'{scope, select, none {} other { in VPC '{scope}'}}{owner, select, none {} other { ('{id}' belongs to VPC '{owner}')}}.{best, select, none { No {kind}{scope, select, none {} other { in VPC '{scope}'}} is defined.} other { Did you mean '{best}'?}}",
  'unused.resourceGroup': "Resource group '{rg}' is not used by any task.",
  'unused.dataSource':
    "Data source '{ds}' is not used by any task, so its connectivity is not checked.",
  'unused.securityGroup': "Security group '{sg}' is not used by any binding or data source.",
  'unused.connection.invalid':
    "Connection '{connection}' connects nothing: its type cannot join its members (connection-type-mismatch), so no path uses it.",
  'unused.connection':
    "Connection '{connection}' does not link any resource group's VPC to a data source a task uses.",
  'vpc-cidr-mask.message':
    "The CIDR block {cidr} of VPC '{vpc}' has a /{prefix} mask: VPC CIDR blocks use masks from /8 to /28.",
  'vpc-cidr-reserved.message':
    "The CIDR block {cidr} of VPC '{vpc}' uses the reserved range {reserved}: a VPC may not use or contain 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16.",
  'vpc-not-associated.vpc':
    "Resource group '{rg}' is not associated with VPC '{vpc}' in which data source '{ds}' is deployed, nor with a VPC connected to it. {bind}",
  'vpc-not-associated.internet':
    "Resource group '{rg}' is not associated with any VPC, so it cannot reach data source '{ds}' on the Internet through a NAT gateway. {bind}",
  'vpc-not-associated.dataCenter':
    "Resource group '{rg}' is not associated with a VPC connected to data center '{dataCenter}' of data source '{ds}'. {bind}",
  'vpc-not-associated.bindVSwitch': "Associate it with VPC '{vpc}' (vSwitch '{vSwitch}').",
  'vpc-not-associated.bindVpc': "Associate it with VPC '{vpc}'.",
  'vpc-not-associated.bindAny': 'Associate it with a VPC of its region.',
  'vpc-not-associated.fix': "Associate '{rg}' with VPC '{vpc}' (vSwitch '{vSwitch}')",
  'vswitch-cidr-mask.message':
    "The CIDR block {cidr} of vSwitch '{vSwitch}' has a /{prefix} mask: vSwitch CIDR blocks use masks from /16 to /29.",
  'vswitch-outside-vpc.message':
    "The CIDR block {cidr} of vSwitch '{vSwitch}' is not inside {vpcCidr}, the CIDR block of VPC '{vpc}'.",
  'vswitch-overlap.message':
    "The CIDR block {cidr} of vSwitch '{vSwitch}' overlaps {otherCidr} of vSwitch '{other}' in VPC '{vpc}'.",
  'whitelist-missing.message':
    "The IP address whitelist of data source '{ds}' does not allow {origin}. Add {add}.",
  'whitelist-missing.partly':
    "all of the CIDR block {block} of vSwitch '{vSwitch}' (binding {index} of resource group '{rg}'): {count, plural, one {{listed} is} other {{listed} are}} not covered",
  'whitelist-missing.vSwitch':
    "the CIDR block {listed} of vSwitch '{vSwitch}' (binding {index} of resource group '{rg}')",
  'whitelist-missing.nat':
    "the {count, plural, one {EIP} other {EIPs}} {listed} that NAT gateway '{nat}' uses for resource group '{rg}'",
  'whitelist-missing.rgEip':
    "the {count, plural, one {EIP} other {EIPs}} {listed} of resource group '{rg}'",
  'whitelist-missing.fix': "Add {add} to the whitelist of '{ds}'",
  'whitelist-too-long.message':
    "The whitelist of data source '{ds}' has {count} entries; a whitelist holds at most 1,000. Merge entries into wider CIDR blocks.",
  'sg-vpc-mismatch.related': "security group '{sg}' belongs to VPC '{vpc}'",
  'sg-vpc-mismatch.binding': "binding {index} of resource group '{rg}'",
  'sg-vpc-mismatch.dataSource': "data source '{ds}' (hosted on ECS)",
  'sg-vpc-mismatch.choices':
    "Security group '{sg}' belongs to VPC '{owner}', not to VPC '{vpc}' of {user}: a security group belongs to one VPC. Use a security group of '{vpc}': {choices}.",
  'sg-vpc-mismatch.none':
    "Security group '{sg}' belongs to VPC '{owner}', not to VPC '{vpc}' of {user}: a security group belongs to one VPC. VPC '{vpc}' has no security group: add one to securityGroups.",
  'sg-vpc-mismatch.fix': "Replace with '{choice}' (security group of '{vpc}')",
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
  'rule.address-not-public':
    'A data source on the internet has a private, shared or reserved address, which cannot be reached over the Internet.',
  'rule.address-outside-network':
    "A data source's address is outside the CIDR blocks of its VPC or data center.",
  'rule.address-reserved':
    "A data source's address is one a vSwitch reserves (its first or last three addresses).",
  'rule.binding-out-of-scope': 'A resource group is bound to a VPC of another account or region.',
  'rule.binding-vpc-unsupported':
    'A serverless resource group is bound to a VPC whose CIDR block is in 21.0.0.0/8.',
  'rule.binding-vswitch-mismatch': "A binding's vSwitch belongs to another VPC than the bound one.",
  'rule.cidr-conflict': 'Two members of one connection have overlapping CIDR blocks.',
  'rule.cidr-host-bits': 'A CIDR block has bits set beyond its prefix length.',
  'rule.cidr-invalid': 'A CIDR block is not a valid IPv4 CIDR block.',
  'rule.classic-network':
    'The data source is deployed in the classic network, which resource groups cannot reach.',
  'rule.connection-missing':
    "The VPC bound to the resource group is not directly connected to the data source's network.",
  'rule.connection-type-mismatch': 'A connection joins networks its type cannot join.',
  'rule.ds-sg-ingress-missing':
    "The security group of a data source on ECS does not allow the resource group's vSwitch CIDR block or EIP on the data source's port.",
  'rule.duplicate-id': 'An id is defined twice in the same collection.',
  'rule.eip-may-change':
    "An old-version resource group's EIP, used in a whitelist, may change when the group is scaled out.",
  'rule.eip-missing':
    'An old-version resource group that reaches an Internet data source does not record its EIP.',
  'rule.encoding-invalid': 'The file is not valid UTF-8 text, so it was not analysed.',
  'rule.file-too-large':
    'The file is larger than the file size limit (dwnet.maxFileSize, --max-file-size), so it was not analysed.',
  'rule.file-unreadable':
    'The file cannot be read (it does not exist, access is denied, or it is a directory), so it was not analysed.',
  'rule.internet-unstable':
    'A data synchronization task reads or writes a data source over the Internet.',
  'rule.ip-invalid': 'An IP address (EIP or data source address) is not a valid IPv4 address.',
  'rule.ipv6-unsupported': 'An IPv6 address or CIDR block is used; dwnet checks IPv4 only.',
  'rule.json-syntax': 'The file is not valid JSON with comments (JSONC).',
  'rule.legacy-resource-group':
    'The resource group is an old-version (exclusive) group; the document recommends serverless groups.',
  'rule.nat-missing':
    'The VPC bound to a serverless resource group has no Internet NAT gateway for an Internet data source.',
  'rule.nat-no-eip': 'A NAT gateway has no EIP.',
  'rule.region-unknown': 'A region is not a known Alibaba Cloud region id.',
  'rule.rg-sg-egress-missing':
    "The security group of the resource group's binding does not allow outbound traffic to the data source.",
  'rule.rg-sg-ingress-missing':
    "The advanced security group of the resource group's binding does not allow inbound traffic from its vSwitch CIDR block.",
  'rule.route-missing':
    "The resource group's binding has no route covering the data source's address in another network.",
  'rule.route-own-vpc': "A binding's route lies inside the bound VPC's own CIDR block.",
  'rule.route-unused': "A binding's route points at no network connected to the bound VPC.",
  'rule.schema': 'The file does not follow the topology format (schemas/dwnet.schema.json).',
  'rule.sg-vpc-mismatch':
    'A binding or an ECS-hosted data source uses a security group of another VPC than its own.',
  'rule.snat-duplicate-source': 'Two SNAT entries of one NAT gateway have the same source.',
  'rule.snat-eip-unknown': "An SNAT entry uses an EIP that is not one of its NAT gateway's EIPs.",
  'rule.snat-missing':
    "The NAT gateway has no SNAT entry (with an EIP) covering the resource group's vSwitch.",
  'rule.suppression-invalid': 'A dwnet-ignore comment names unknown codes or has no `-- reason`.',
  'rule.suppression-unused': 'A dwnet-ignore comment silences nothing.',
  'rule.task-kind-mismatch':
    'The task runs on an old-version resource group that does not run tasks of its kind.',
  'rule.too-many-findings':
    'The file has more findings than the limit per file (dwnet.maxFindingsPerFile, --max-findings); the rest are not shown.',
  'rule.transitive-path':
    "The resource group's VPC reaches the data source's network only through two or more connections.",
  'rule.unknown-reference': 'A reference names no entity of the right kind.',
  'rule.unused': 'A resource group, data source, security group or connection is not used.',
  'rule.vpc-cidr-mask': "A VPC's CIDR block has a prefix length outside /8–/28.",
  'rule.vpc-cidr-reserved': "A VPC's CIDR block uses or contains a reserved range.",
  'rule.vpc-not-associated':
    "The resource group is not associated with the data source's VPC, nor with a VPC connected to it.",
  'rule.vswitch-cidr-mask': "A vSwitch's CIDR block has a prefix length outside /16–/29.",
  'rule.vswitch-outside-vpc': "A vSwitch's CIDR block is not inside its VPC's CIDR block.",
  'rule.vswitch-overlap': 'Two vSwitches of the same VPC have overlapping CIDR blocks.',
  'rule.whitelist-missing':
    "The data source's IP address whitelist does not contain the resource group's vSwitch CIDR block or EIP.",
  'rule.whitelist-open': 'A whitelist contains 0.0.0.0/0, which allows every address.',
  'rule.whitelist-too-long': 'A whitelist has more than 1,000 entries.',
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
  'cli.note': 'note:',
  'cli.help': 'help:',
  'cli.summary':
    '{errors}, {warnings}, {infos}, {hints} in {files, plural, one {# file} other {# files}}',
  'cli.summary.errors': '{count, plural, one {# error} other {# errors}}',
  'cli.summary.warnings': '{count, plural, one {# warning} other {# warnings}}',
  'cli.summary.infos': '{count, plural, one {# info} other {# infos}}',
  'cli.summary.hints': '{count, plural, one {# hint} other {# hints}}',
  'cli.rules.code': 'CODE',
  'cli.rules.severity': 'SEVERITY',
  'cli.rules.scenario': 'SCENARIO',
  'cli.rules.fixable': 'FIXABLE',
  'cli.rules.description': 'DESCRIPTION',
  'cli.yes': 'yes',
  'cli.no': 'no',
  'cli.fix.problems': '{count, plural, one {# problem} other {# problems}}',
  'cli.fix.wouldFix': 'would fix {problems} in {file}',
  'cli.fix.fixed': 'fixed {problems} in {file}',
  'cli.explain.task': 'task {task}',
  'cli.explain.taskLine': '{task}: {kind} on resource group {rg}',
  'cli.explain.noKind': '(no kind)',
  'cli.explain.none': '(none)',
  'cli.explain.noDataSource': '  (uses no data source)',
  'cli.explain.dataSource': 'data source {ds}',
  'cli.explain.scenario': 'Scenario {scenario} — {title}',
  'cli.explain.path': 'path: {path}',
  'cli.explain.binding': 'binding: {binding}',
  'cli.explain.hopBinding': 'binding {id}',
  'cli.explain.hopBindingDetail': 'binding {id} ({detail})',
  'cli.explain.indirect': '{id} (indirect)',
  'cli.explain.withDetail': '{id} ({detail})',
  'cli.explain.missingHop': '({detail})',
  'cli.explain.notChecked': ' (not checked)',
  'cli.explain.notCheckedWhy': ' (not checked: {reason})',
  'cli.explain.stepCode': ' ({code})',
  'cli.explain.noTasks': '{file}: no tasks to explain',
  'cli.explain.roles': ' ({roles})',
  'sg.ports.all': 'all ports',
  'sg.ports.one': 'port {port}',
  'sg.ports.range': 'ports {from}-{to}',
  'sg.policy.accept': 'accept',
  'sg.policy.drop': 'drop',
  'sg.noCidr': 'without a CIDR block',
  'sg.ruleText': 'rule {index} ({policy} {cidr}, {ports}, priority {priority})',
  'sg.more': '{count} more',
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
  'rg-sg-egress-missing.message':
    "{type, select, advanced {Advanced} other {Basic}} security group '{sg}' (binding {index} of resource group '{rg}') does not allow outbound traffic to data source '{ds}' at {address}:{port}. {why} {advice}",
  'rg-sg-ingress-missing.message':
    "Advanced security group '{sg}' (binding {index} of resource group '{rg}') does not allow inbound traffic from the vSwitch CIDR block {cidr}. {why} {advice}",
  'ds-sg-ingress-missing.message':
    "Security group '{sg}' of the ECS instance hosting data source '{ds}' does not allow inbound traffic from {needed} (resource group '{rg}') on port {port}. {why} {advice}",
  'step.rg-sg-egress-missing':
    "Allow outbound traffic to {address}:{port} in {type} security group '{sg}'",
  'step.rg-sg-ingress-missing':
    "Allow inbound traffic from the vSwitch CIDR block {needed} in advanced security group '{sg}'",
  'step.ds-sg-ingress-missing':
    "Allow inbound traffic from {needed} on port {port} in security group '{sg}' of the ECS instance",
  'whitelist-open.message':
    "The whitelist of data source '{ds}' contains {entry}, which allows every address.{needed, select, none {} other { The resource groups need only {needed}.}}",
  'whitelist-open.fix': 'Replace {entry} with {needed}',
  'route-unused.message':
    "No network connected to VPC '{vpc}' holds the route {route} of binding {index} of '{rg}': remove it, or connect the network it points to.",
  'route.fix.remove':
    "Remove the route '{route}'{waiting, select, yes { (a task needs it once its network is connected)} other {}}",
  'route-own-vpc.message':
    "The route {route} lies inside {cidr}, the CIDR block of VPC '{vpc}' that binding {index} of '{rg}' already reaches: remove it.",
  'hover.scenario': 'Scenario {scenario} — {title}',
  'hover.hop.binding': 'binding {id}',
  'hover.hop.indirect': ', indirect',
  'hover.hop.nat': 'NAT gateway {id}',
  'hover.hop.vpc': 'VPC {id}',
  'hover.hop.dataCenter': 'data center {id}',
  'hover.notChecked': 'not checked',
  'hover.notCheckedWhy': 'not checked: {reason}',
  'hover.path': 'Path: {path}',
  'hover.note': '*Note:* {note}',
  'hover.taskHeading': '## Task {task}',
  'hover.taskFacts': '{kind} on resource group {rg}',
  'hover.noKind': 'no kind',
  'hover.none': '(none)',
  'hover.noDataSource': '*This task names no data source.*',
  'hover.dataSourceLabel': 'Data source {ds}',
  'hover.taskLabel': 'Task {task}',
  'hover.taskTitle': '**Task** {task}',
  'hover.unusedDataSource': '*No task uses this data source: its connectivity is not checked.*',
  'fact.network': 'Network',
  'fact.address': 'Address',
  'fact.port': 'Port',
  'fact.region': 'Region',
  'fact.account': 'Account',
  'fact.uid': 'UID',
  'fact.cidrBlock': 'CIDR block',
  'fact.vswitches': 'vSwitches',
  'fact.natGateways': 'NAT gateways',
  'fact.vpc': 'VPC',
  'fact.zone': 'Zone',
  'fact.vswitch': 'vSwitch',
  'fact.eips': 'EIPs',
  'fact.snatEntries': 'SNAT entries',
  'fact.cidrBlocks': 'CIDR blocks',
  'fact.type': 'Type',
  'fact.members': 'Members',
  'fact.rules': '{ingress} inbound, {egress} outbound',
  'fact.vpcBindings': 'VPC bindings',
  'fact.eip': 'EIP',
  'fact.engine': 'Engine',
  'fact.hosting': 'Hosting',
  'fact.whitelist': 'Whitelist',
  'fact.securityGroup': 'Security group',
  'fact.kind': 'Kind',
  'fact.resourceGroup': 'Resource group',
  'fact.source': 'Source',
  'fact.destination': 'Destination',
  'fact.dataSources': 'Data sources',
  'fact.line': '{label}: {value}',
  'fact.notSet': '(not set)',
  'fact.none': 'none',
  'fact.noneParen': '(none)',
  'fact.default': ' (default)',
  'fact.internet': 'the Internet',
  'fact.classic': 'the classic network (not supported: migrate it to a VPC)',
  'fact.vpcValue': 'VPC {value}',
  'fact.dataCenterValue': 'data center {value}',
  'fact.whitelistNone': 'none (nothing to check)',
  'fact.entries': '{count, plural, one {# entry} other {# entries}}',
  'entity.account': 'Account',
  'entity.vpc': 'VPC',
  'entity.vSwitch': 'vSwitch',
  'entity.natGateway': 'NAT gateway',
  'entity.dataCenter': 'Data center',
  'entity.connection': 'Connection',
  'entity.securityGroup': 'Security group',
  'entity.resourceGroup': 'Resource group',
  'entity.dataSource': 'Data source',
  'entity.task': 'Task',
  'cli.help.main':
    "dwnet: checks DataWorks network topologies (*.dwnet.json)\n\nUsage:\n  dwnet check <files or folders…> [options]   report problems\n  dwnet fix <files…> [--dry-run] [options]     apply every preferred quick fix\n  dwnet explain <file> [--task <id>]           show each task's path and checklist\n  dwnet rules [--format json]                  list the rule catalogue\n  dwnet import terraform <dir|plan|state>      write a topology from Terraform\n  dwnet import aliyun <dir>                    … from saved Alibaba Cloud API responses\n  dwnet graph <file> [--format svg] [-o out]   draw the topology and each task's path\n  dwnet lsp --stdio                            start the language server (LSP)\n\nOptions:\n  -h, --help      show help; 'dwnet <command> --help' for a command's options\n  -v, --version   print dwnet's version\n  --locale <en|zh-CN>\n                  the language of messages, for every command (default: from\n                  LC_ALL, LC_MESSAGES or LANG; zh_CN.UTF-8 gives zh-CN, else en)\n\nExit status:\n  0  no diagnostic at or above --fail-on\n  1  at least one diagnostic at or above --fail-on\n  2  usage error, unreadable input or internal error\n",
  'cli.usage.details': "Run '{help}' for details.",
  'route-missing.overlapping':
    "Binding {index} of resource group '{rg}' (VPC '{vpc}') has no route to data source '{ds}'{address, select, none {} other { at {address}}}. No route can reach it: the address lies inside {vpcCidr}, the CIDR block of VPC '{vpc}' itself; change the CIDR block of one of the two networks first.",
  'step.vswitch':
    "Name a vSwitch of VPC '{vpc}' in binding {index} of resource group '{rg}' instead of '{vSwitch}'",
  'step.sg-vpc-mismatch':
    "Use a security group of VPC '{vpc}' instead of '{sg}', which belongs to VPC '{owner}'",
  'step.snat-eip-unknown':
    "Use one of the EIPs of NAT gateway '{nat}' in its SNAT entry instead of {eip}",
  'step.address-not-public':
    "Configure the public connection address of data source '{ds}' instead of {address}",
  'hop.snatUnknownEip': 'SNAT via an EIP the gateway does not have',
  'graph.kind.resourceGroup': 'resource group',
  'graph.kind.vpc': 'VPC',
  'graph.kind.vSwitch': 'vSwitch',
  'graph.kind.dataCenter': 'data center',
  'graph.kind.connection': 'connection',
  'graph.kind.natGateway': 'NAT gateway',
  'graph.kind.internet': 'Internet',
  'graph.kind.dataSource': 'data source',
  'graph.kind.group': 'group',
  'graph.status.ok': 'ok',
  'graph.status.broken': 'broken',
  'graph.status.unused': 'unused',
  'graph.nodeSummary': '{kind} {label} ({status})',
  'graph.svg.label': 'dwnet topology diagram',
  'graph.svg.title':
    'dwnet topology: {nodes, plural, one {# node} other {# nodes}}, {pairs, plural, one {# pair} other {# pairs}}, {broken} broken',
  'graph.legend.ok': 'on a path that connects',
  'graph.legend.broken': 'broken, up to the hop that fails',
  'graph.legend.unused': 'no task uses it',
  'graph.legend.missing': 'a missing hop, labelled with the missing step',
  'cli.graph.noFile': 'no file to draw',
  'cli.graph.oneFile': 'graph takes exactly one file',
  'cli.graph.syntax':
    "{file} has {count, plural, one {a syntax error} other {# syntax errors}} ({message}); run 'dwnet check {given}' and fix {count, plural, one {it} other {them}} first",
  'cli.graph.unknownTask':
    'unknown task "{task}" in {file}; {count, plural, =0 {the file has no tasks} other {its tasks: {tasks}}}',
  'cli.graph.cannotWrite': 'cannot write {file}: {reason}',
  'cli.graph.internal': 'internal error while drawing {file}: {reason}',
  'graph.unresolved.schema': "Complete the data source's network (schema error)",
  'graph.unresolved.reference': 'Fix the unknown reference of this pair',
  'import.collection.accounts': '{count, plural, one {# account} other {# accounts}}',
  'import.collection.vpcs': '{count, plural, one {# VPC} other {# VPCs}}',
  'import.collection.vSwitches': '{count, plural, one {# vSwitch} other {# vSwitches}}',
  'import.collection.natGateways': '{count, plural, one {# NAT gateway} other {# NAT gateways}}',
  'import.collection.dataCenters': '{count, plural, one {# data center} other {# data centers}}',
  'import.collection.connections': '{count, plural, one {# connection} other {# connections}}',
  'import.collection.securityGroups':
    '{count, plural, one {# security group} other {# security groups}}',
  'import.collection.resourceGroups':
    '{count, plural, one {# resource group} other {# resource groups}}',
  'import.collection.dataSources': '{count, plural, one {# data source} other {# data sources}}',
  'import.collection.tasks': '{count, plural, one {# task} other {# tasks}}',
  'import.summary.imported': 'imported {entities} from {what}',
  'import.summary.importedNothing': 'imported nothing from {what}',
  'import.summary.skippedTerraform':
    'skipped {total} {total, plural, one {resource} other {resources}} of types with no dwnet meaning: {types}',
  'import.summary.skippedAliyun':
    'skipped {total} {total, plural, one {record} other {records}} with no dwnet meaning: {types}',
  'import.summary.unresolved':
    '{count, plural, one {# value} other {# values}} not known statically (see the "// unresolved:" comments and the notes below)',
  'import.note.unresolved': 'unresolved: {text}',
  'import.note.warning': 'warning: {text}',
  'import.header':
    'Imported by `{command}` (dwnet {version}).\nAdd your tasks, then run `dwnet check`. Re-import with --merge <this file> to refresh\nwhat came from the source; what you add by hand is kept.',
  'cli.import.wrote': 'wrote {file}',
  'cli.import.stateHint': 'hint: {state} knows the values assigned at apply: {command}',
  'cli.import.cannotImport': 'cannot import {path}: {reason}',
  'cli.import.missingSource': 'missing source: terraform or aliyun',
  'cli.import.unknownSource': "unknown source '{source}'; expected terraform or aliyun",
  'cli.import.missingPath':
    'missing the {source, select, terraform {Terraform directory, plan or state} other {folder of saved API responses}} to import',
  'cli.import.onePath': 'one path to import, not {count}',
  'cli.usage.didYouMean': ' (did you mean "{match}"?)',
  'cli.usage.unknownOption': "unknown option '{flag}'{suggestion}",
  'cli.usage.noValue': "option '{flag}' does not take a value",
  'cli.usage.needsValue': "option '{flag}' needs a value",
  'cli.usage.or': '{first} or {last}',
  'cli.usage.invalidValue': "invalid {flag} '{value}'{suggestion}; expected {expected}",
  'cli.usage.invalidCount':
    "invalid {flag} '{value}'; expected a whole number of findings such as 1000 (0: no limit)",
  'cli.usage.invalidSize':
    "invalid {flag} '{value}'; expected a size in MB such as 20 or 0.5 (0: no limit)",
  'cli.usage.short': 'Usage: {usage}',
  'cli.usage.missingCommand': 'missing command',
  'cli.usage.unknownCommand': "unknown command '{name}'{suggestion}",
  'cli.help.explain':
    "Usage: dwnet explain <file> [--task <id>] [options]\n\nFor each task: its resource group and kind; for each data source it uses: the\nscenario of the reference document, the path hop by hop and the scenario's\nchecklist with the state of each step.\n\nOptions:\n  -t, --task <id>          only this task\n  -f, --format <format>    text (default) or json\n  --no-color               no colour or check marks\n  -h, --help               show this help\n\nExit status: 0, or 2 on a usage error, an unreadable file or an unknown task.\n",
  'cli.help.graph':
    "Usage: dwnet graph <file> [--task <id>] [--format <format>] [-o <out>]\n\nDraws the topology: resource groups, VPCs with their vSwitches, data centers,\nconnections, NAT gateways, the Internet and data sources, and each task's path to\neach data source it uses. A broken path is red up to the hop that fails, labelled\nwith the missing step; what no task uses is grey. The pairs are check's.\n\nOptions:\n  -t, --task <id>          only this task's paths and what they go through\n  -f, --format <format>    json (default; SPEC §9), dot (Graphviz), mermaid\n                           (Markdown) or svg (laid out by dwnet, no Graphviz needed)\n  -o, --output <file>      write there instead of to standard output\n  --collapse <vpc|region>  draw each VPC (with its vSwitches and NAT gateways),\n                           or each region, as one box\n  --aggregate-ok           draw the data sources whose pairs all connect as one\n                           node per place they live\n  -h, --help               show this help\n\nA file with syntax errors is not drawn: fix what 'dwnet check' reports first.\n\nExit status: 0, or 2 on a usage error, an unreadable file, a file with syntax\nerrors or an unknown task.\n",
  'cli.help.rules':
    'Usage: dwnet rules [--format text|json]\n\nLists the rule catalogue: code, default severity, scenario, whether a quick fix\nexists, and what the rule checks.\n\nOptions:\n  -f, --format <format>    text (default) or json\n  -h, --help               show this help\n',
  'cli.help.import':
    "Usage: dwnet import terraform <dir | plan.json | terraform.tfstate> [options]\n       dwnet import aliyun <dir of saved API responses> [options]\n       dwnet import aliyun --print-commands\n\nWrites a topology (*.dwnet.json) from what you already have, so that you check the\nnetwork you run instead of a transcription of it:\n  terraform  a directory of .tf files (variables, locals, count/for_each, local\n             modules and .terraform/modules are evaluated without Terraform), the\n             output of 'terraform show -json' (a plan or a state), or a\n             terraform.tfstate\n  aliyun     a folder of responses of the Alibaba Cloud and DataWorks APIs saved by\n             the 'aliyun' CLI, one JSON file per operation (DescribeVpcs.json, …)\n\nEach entity gets a '// from <source> (<file>:<line>)' comment; a value that cannot be\nknown before 'terraform apply' is left out with an '// unresolved: …' comment. No\npassword or key is ever copied. A summary (entities imported, resource types\nskipped, values not known) goes to stderr.\n\nOptions:\n  -o, --output <file>      write the topology to this new file (default: stdout);\n                           an existing one is only refreshed with --merge\n  --merge <file>           refresh what came from the source in this existing\n                           topology and keep everything written by hand (tasks,\n                           comments, other entities); writes it back unless -o\n  --var <name>=<value>     set a Terraform variable (repeatable)\n  --var-file <file>        read Terraform variables from a .tfvars or\n                           .tfvars.json file (repeatable)\n  --print-commands         aliyun: print the read-only 'aliyun' CLI commands that\n                           save the responses, and the RAM policy they need\n  -h, --help               show this help\n\nExample:\n  dwnet import terraform infra/ -o network.dwnet.json && dwnet check network.dwnet.json\n\nExit status: 0, or 2 on a usage error or input that cannot be read (the message\nnames the file and line).\n",
  'graph.more': '… and {count} more',
  // @@end
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
