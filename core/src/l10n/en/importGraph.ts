// English messages of import and graph (see ../en.ts).
export const enImportGraph = {
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
  'import.summary.afterApply':
    '{count, plural, one {# value} other {# values}} known only after apply, written as $\\{origin\\} (dwnet check says which steps wait for apply)',
  'import.note.unresolved': 'unresolved: {text}',
  'import.note.warning': 'warning: {text}',
  'import.header':
    'Imported by `{command}` (dwnet {version}).\nAdd your tasks, then run `dwnet check`. Re-import with --merge <this file> to refresh\nwhat came from the source; what you add by hand is kept.',
  'import.collect.intro':
    '# Save the Alibaba Cloud API responses `dwnet import aliyun <dir>` reads (read-only calls).\n# scripts/collect-aliyun.sh runs exactly these: collect-aliyun.sh <dir> <region>...\n# Pages after the first are saved as <Operation>.2.json, <Operation>.3.json, ...; a call made\n# once per resource is saved as <Operation>.<id>.json. Global calls go to <dir>/global/.',
  'import.collect.step': '# {what}',
  'import.collect.stepForEach': '# {what} (for each {label} in {operations})',
  'import.collect.policy': '# RAM policy (read-only) for the user or role that runs them:',
  'import.collect.step.DescribeCens': 'CEN instances',
  'import.collect.step.DescribeCenAttachedChildInstances': 'VPCs and VBRs attached to each CEN',
  'import.collect.step.DescribeVpcs': 'VPCs',
  'import.collect.step.DescribeVSwitches': 'vSwitches',
  'import.collect.step.DescribeNatGateways': 'NAT gateways',
  'import.collect.step.DescribeSnatTableEntries': 'SNAT entries of each NAT gateway',
  'import.collect.step.DescribeEipAddresses': 'EIPs and what they are bound to',
  'import.collect.step.DescribeRouteTableList': 'route tables',
  'import.collect.step.DescribeVirtualBorderRouters': 'Express Connect virtual border routers',
  'import.collect.step.DescribeRouteEntryList':
    'route entries of each route table (data center CIDR blocks behind VBRs)',
  'import.collect.step.DescribeVpnGateways': 'VPN gateways',
  'import.collect.step.DescribeVpnConnections': 'IPsec connections and their remote subnets',
  'import.collect.step.DescribeCustomerGateways': 'customer gateways',
  'import.collect.step.ListVpcPeerConnections': 'VPC peering connections',
  'import.collect.step.ListTransitRouterVpcAttachments':
    'transit router VPC attachments of each CEN',
  'import.collect.step.DescribeSecurityGroups': 'security groups',
  'import.collect.step.DescribeSecurityGroupAttribute': 'rules of each security group',
  'import.collect.step.DescribeInstances':
    'ECS instances (private IPs and security groups of self-managed databases)',
  'import.collect.step.DescribeDBInstances': 'RDS instances',
  'import.collect.step.DescribeDBInstanceNetInfo': 'addresses of each RDS instance',
  'import.collect.step.DescribeDBInstanceIPArrayList': 'whitelists of each RDS instance',
  'import.collect.step.DescribeDBClusters': 'PolarDB clusters',
  'import.collect.step.DescribeDBClusterEndpoints': 'addresses of each PolarDB cluster',
  'import.collect.step.DescribeDBClusterAccessWhitelist': 'whitelists of each PolarDB cluster',
  'import.collect.step.ListResourceGroups': 'DataWorks resource groups (serverless and exclusive)',
  'import.collect.step.ListNetworks': 'VPC bindings of each serverless resource group',
  'import.collect.step.ListRoutes': 'routes of each binding',
  'import.collect.step.ListProjects': 'DataWorks workspaces (their ids only)',
  'import.collect.step.ListDataSources':
    'data sources of each workspace (the importer keeps no credential)',
  'import.collect.step.ListTasks': 'tasks of each workspace (resource group and data source)',
  'importText.afterApply': '{what}, {reason} ({origin})',
  'importText.prefixed': '{address}: {message}',
  'importText.notImported': 'not imported: {why}',
  'importText.what.zone': 'zone',
  'importText.what.region': 'region',
  'importText.what.eip': 'eip',
  'importText.what.cidr': 'its CIDR block',
  'importText.what.vpcOfVSwitch': 'its VPC (vswitch_id)',
  'importText.what.vSwitch': 'its vSwitch',
  'importText.what.source': 'its source',
  'importText.what.whitelist': 'whitelist entries',
  'importText.what.whitelistEntry': 'a whitelist entry',
  'importText.what.vpcOrVSwitch': 'its VPC or vSwitch',
  'importText.what.properties': 'its connection properties',
  'importText.what.eipOf': 'EIP of {address}',
  'importText.what.cidrFrom': 'a CIDR block from {source}',
  'importText.what.route': 'route {address}',
  'importText.reason.afterApply': 'known after apply',
  'importText.reason.cloud': 'read from the cloud when Terraform runs',
  'importText.reason.cycle': 'a reference cycle',
  'importText.reason.moduleMissing': 'the module is not on disk',
  'importText.reason.noValue': 'the variable has no value',
  'importText.reason.count': 'its count is not known',
  'importText.reason.forEach': 'its for_each is not known',
  'importText.reason.terraformRuns': 'known when Terraform runs',
  'importText.reason.fileMissing': 'the file is not in the imported directory',
  'importText.reason.dependsOnApply': 'depends on a value known after apply',
  'importText.reason.function': 'the function {name} is not evaluated by dwnet',
  'importText.dataCenterRanges':
    'the address ranges of the data center behind {address} are not in the Terraform source: add them',
  'importText.vpcNat':
    '{address} is a VPC (intranet) NAT gateway, not a way to the Internet: not imported',
  'importText.defaultWhitelist':
    "no whitelist in the source: a new instance's whitelist is 127.0.0.1 (nothing may connect)",
  'importText.hostName':
    'its private address is the host name {host}; the format needs an IP address there',
  'importText.publicEndpoint':
    'it also has a public endpoint {host} ({address}); over the Internet it is scenario 5',
  'importText.publicEndpointNoHost':
    'it also has a public endpoint ({address}); over the Internet it is scenario 5',
  'importText.multiZone': 'a multi-zone instance: its vSwitches are in this VPC',
  'importText.ownAccount': 'the account Terraform imports with',
  'importText.fewerMembers':
    'not imported: fewer than two imported networks (one a VPC) are members of it',
  'importText.natNotImported': 'NAT gateway {address} not imported: {why}',
  'importText.snatNotImported': 'SNAT entry {address} not imported: {why}',
  'importText.vSwitchOf': 'vSwitch {address}: {why}',
  'importText.natVSwitchElsewhere': 'its vSwitch is not a vSwitch of this VPC',
  'importText.vpcMissing': 'its VPC (vpc_id) is not imported',
  'importText.vpcMissingSg':
    'its VPC (vpc_id) is not imported (a security group belongs to one VPC)',
  'importText.vpcOrVSwitchMissing': 'its VPC (vswitch_id / vpc_id) is not imported',
  'importText.sgMissing': 'its security group is not imported',
  'importText.vpnVpcMissing': 'the VPC of its VPN gateway is not imported',
  'importText.peeringVpcMissing': 'one of its VPCs (vpc_id, accepting_vpc_id) is not imported',
  'importText.natMissing': 'its NAT gateway (snat_table_id) is not imported',
  'importText.rgMissing': 'its resource group (dw_resource_group_id) is not imported',
  'importText.bindingMissing': 'its network binding (network_id) is not imported',
  'importText.instanceMissing': 'its instance {id} is not in this import',
  'importText.noAddress': 'its address is not in its connection properties',
  'importText.privateNoVpc': 'its address {host} is private but in no imported VPC',
  'importText.acceptingMissing':
    'the accepting VPC {vpc} (region {region}, account {account}) is not in the Terraform source; add it to vpcs with its CIDR block, and a vpcPeering connection between the two',
  'importText.secondaryNoVpc': 'its VPC was not imported; secondary CIDR block left out',
  'importText.variableNoValue':
    'variable "{name}" has no default and no value (pass --var or --var-file)',
  'importText.moduleVariableNoValue': 'variable "{name}" of {module} has no default and no value',
  'importText.undeclaredVariable':
    'a value is given for the undeclared variable "{name}"; it is ignored',
  'importText.functionNotEvaluated':
    'the function {name}() is not evaluated by dwnet; values that use it are left unresolved',
  'importText.moduleNotOnDisk':
    'module "{name}" (source "{source}") is not on disk: run `terraform init` so that .terraform/modules holds it; its resources are not imported',
  'importText.localCycle':
    'local.{name} refers to itself through other locals (a cycle); its value is not known',
  'importText.selfCycle': '{address} refers to itself (a cycle); its values are not known',
  'importText.countUnknown':
    'the count of {address} is not known statically ({why}); it is not imported',
  'importText.forEachUnknown':
    'the for_each of {address} is not known statically ({why}); it is not imported',
  'importText.exclusiveBindings':
    'vpcBindings and eip: no API exposes the network settings of an exclusive resource group; add them from the DataWorks console (Resource Groups → Network Settings)',
  'importText.syncOneSide':
    "ListTasks names one data source of a sync task ({which}); the other is in the task's script: set source and destination",
  'importText.whitelistInternet':
    'whitelist: {host} is on the Internet; its whitelist is not in any Alibaba Cloud response',
  'importText.aliyunVpcNat':
    'VPC NAT gateway {id} (intranet) not imported: it is not a way to the Internet',
  'importText.noVariable': 'there is no variable "{name}"',
  'importText.noResource': 'there is no resource {address} in this module',
  'importText.dynamicForEach':
    'the for_each of the dynamic "{name}" blocks of {address} is not known statically ({why}); those blocks are not imported',
  'importText.dynamicForEachNoWhy':
    'the for_each of the dynamic "{name}" blocks of {address} is not known statically; those blocks are not imported',
  'importText.forEachUnknownNoWhy':
    'the for_each of {address} is not known statically; it is not imported',
  'importText.snatIps':
    'SNAT IPs {ips} not imported: the format has one EIP per SNAT entry (a whitelist needs every one of them)',
  'importText.ruleNoIpv4': 'rule {rule} not imported: it has no IPv4 CIDR block (cidr_ip)',
  'graph.detail.classic': 'classic network',
  'graph.group.okDataSources': '{count} data sources, all connected',
  'importText.skip.eip': 'EIP not on a NAT gateway',
  'importText.skip.vpcNat': 'VPC NAT gateway, not a way to the Internet',
  'importText.skip.noDataSource': 'no data source to reach',
  'importText.skip.rgMissing': 'resource group not imported',
  'importText.skip.status': 'status {status}',
  'importText.skip.noNetwork': '{type}, no network set-up',
  'graph.more': '… and {count} more',
  'import.editorHeader':
    'Imported from {label} by dwnet ({source, select, terraform {Terraform} other {Alibaba Cloud API responses}}).\nAdd your tasks, then save it as *.dwnet.json to check it. `dwnet import … --merge <this file>`\nrefreshes what came from the source and keeps what you add by hand.',
  'import.noFiles': '{label}: no files to import',
  'import.hclNotLoaded': 'cannot read Terraform HCL: {reason}',
  'importText.bindingNotImported': 'the binding from {address} not imported: {why}',
  'importText.vpcOrVSwitchNotImported': 'its VPC or vSwitch is not imported',
  'importText.ruleNotImported': 'rule {rule} not imported: {why}',
  'importText.what.protocol': 'its protocol',
  'importText.ruleProtocol': 'its protocol {protocol} is not tcp, udp, icmp, gre or all',
  'importText.ruleDirection': 'its direction (type) is not ingress or egress',
  'importText.ruleNamesGroup':
    'it names a security group, not a CIDR block, which the format cannot say yet',
  'importText.what.secondaryCidr': 'a secondary CIDR block',
  'importText.what.itsSecondaryCidr': 'its secondary CIDR block',
  'importText.secondaryNotString': 'a secondary CIDR block that is not a string',
  'importText.noSecondaryBlock': '{address} has no secondary_cidr_block',
  'importText.what.none': '(none)',
  'importText.what.noVpc': '(no VPC)',
  'importText.what.noVSwitch': '(no vSwitch)',
  'importText.aliyunBindingNotImported':
    'binding to {vpc} / {vSwitch} not imported: not in DescribeVpcs / DescribeVSwitches',
  'importText.taskNotImported':
    'task {task} not imported: its resource group {group} is not in ListResourceGroups',
  'importText.dataSourceNotImported': 'data source {name} not imported: {why}',
  'importText.instanceNotInResponses':
    'its instance {id} is not in DescribeDBInstances or DescribeDBClusters (collect {region})',
  'importText.what.regionNamed': 'region {region}',
  'importText.what.itsRegion': 'its region',
  'importText.noInstanceOrAddress': 'its connection properties name no instance or address',
  'importText.addressInNoNetwork':
    'its address {host} is in no VPC, vSwitch or data center of the responses',
  'importText.databaseNotImported':
    '{kind, select, rds {RDS instance} other {PolarDB cluster}} {id} not imported: its VPC {vpc} is not in DescribeVpcs',
  'importText.addressNotInResponses': 'address: {operation} of {id} not in the responses',
  'importText.whitelistSkipped':
    'whitelist entries {entries} not imported (not IPv4 addresses or CIDR blocks)',
  'importText.list': '{first}; {rest}',
  'importText.vpcNotInResponsesSkipped': 'its VPC {vpc} is not in DescribeVpcs; skipped',
  'importText.natGatewayOf': 'NAT gateway {id}: {why}',
  'importText.natVSwitchNotInResponses':
    'its vSwitch {vSwitch} is not in DescribeVSwitches; the gateway was not imported (the format needs its vSwitch)',
  'importText.securityGroupOf': 'security group {id}: {why}',
  'importText.aliyunRule': 'rule {id} of {group}',
  'importText.what.noId': '(no id)',
  'importText.aliyunRuleDirection': '{label} not imported: direction {direction}',
  'importText.aliyunRuleProtocol':
    "{label} ({direction} {protocol} {ports}) not imported: the format's protocols are TCP, UDP, ICMP, GRE and ALL",
  'importText.aliyunRuleNoCidr':
    "{label} ({direction} {what}) not imported: the format's rules name IPv4 CIDR blocks",
  'importText.what.securityGroup': 'security group {id}',
  'importText.what.prefixList': 'prefix list {id}',
  'importText.what.ipv6': 'IPv6 {ip}',
  'importText.what.noCidr': 'no CIDR',
  'importText.aliyunRulePorts': '{label} not imported: port range {range} not understood',
  'importText.aliyunConnectionNotImported':
    'connection {id} ({type}) not imported: fewer than two of its members are in the responses ({members})',
  'importText.cenMemberMissing':
    'member {member}: not in the responses (collect its region or account)',
  'importText.memberMissing': 'member {member}: not in the responses',
  'importText.vpnGatewayVpcMissing':
    'the VPC of VPN gateway {gateway}: DescribeVpnGateways does not name one in the responses',
  'importText.dataCenterCidrsMissing':
    'the CIDR blocks of the data center behind {what} {id}: no route in the responses names them; add them',
  'importText.what.vbr': 'virtual border router',
  'importText.what.vpnConnection': 'VPN connection',
  'importText.ecsSgMissing':
    'securityGroup: the security groups of ECS instance {id} ({groups}) are not in the responses',
  'importText.what.noneWord': 'none',
  'importText.hostingUnknown':
    'hosting: {host} is in VPC {vpc} but no RDS, PolarDB or ECS response holds it',
  'importText.hostOnInternet':
    'the host {host} is in no response: taken to be on the Internet (change the network if it is in a VPC or data center)',
  'importText.fieldOperationMissing': '{field}: {operation} of {id} not in the responses',
  'importText.fieldOperationMissingUnchecked':
    '{field}: {operation} of {id} not in the responses (not checked)',
  'importText.vpcNoCidr': 'VPC {id} has no IPv4 CidrBlock; skipped',
  'importText.snatNoSource': 'SNAT entry {entry} of {id} has no source vSwitch or CIDR; skipped',
  'importText.eipsMissing':
    'EIPs of {id}: its IpLists is empty and DescribeEipAddresses is not in the responses',
  'importText.snatEntriesMissing':
    'SNAT entries: DescribeSnatTableEntries of {id} not in the responses',
  'importText.innerDrop':
    'inner access policy Drop: members of this basic group do not reach each other (the format assumes Accept)',
  'importText.bindingSgMissing': 'securityGroup: {id} is not in DescribeSecurityGroups',
  'importText.defaultNetworkMissing':
    'routes: the default network of {id} is not in ListNetworks; its routes are unknown',
  'importText.vSwitchNoCidr': 'vSwitch {address} has no CIDR block',
  'importText.what.eipBoundBy': 'EIP bound by {address}',
  'importText.eipNotInSource': '{what}: its address is not in the source',
  'importText.snatManyIps': 'the entry uses {count} addresses ({ips}); the format holds one',
  'importText.innerDropTerraform':
    'inner_access_policy is Drop: members of this basic group do not reach each other, which the format assumes they do',
  'importText.portRangeUnreadable': 'its port range {range} cannot be read',
  'importText.what.unknown': '(unknown)',
  'importText.noCidrBlock': 'it has no CIDR block (cidr_block)',
  'importText.natVSwitchNotInVpc': 'its vSwitch (vswitch_id) is not a vSwitch of this VPC',
  'importText.snatSourceNotInVpc': 'its source vSwitch is not a vSwitch of this VPC',
  'importText.connectionPropertiesUnreadable':
    'its connection properties (connection_properties) cannot be read',
} as const satisfies Record<string, string>;
