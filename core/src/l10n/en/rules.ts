// English messages of rule messages and quick fix titles (see ../en.ts).
export const enRules = {
  'address-not-public.message':
    'Data source \'{ds}\' is on the internet, but its address {address} is in {cidr}, a {kind} that cannot be reached over the Internet. Use the data source\'s public connection address; if it sits in a VPC or a data center, describe that network instead ("type": "vpc" or "dataCenter").',
  'address-outside-network.vpc':
    "The address {address} of data source '{ds}' is outside {cidr}, the CIDR block of VPC '{vpc}'.",
  'address-outside-network.vpcBlocks':
    "The address {address} of data source '{ds}' is outside the CIDR blocks of VPC '{vpc}' ({cidrs}).",
  'address-outside-network.dataCenter':
    "The address {address} of data source '{ds}' is outside the CIDR blocks of data center '{dataCenter}' ({cidrs}).",
  'address-reserved.message':
    "The address {address} of data source '{ds}' is reserved by vSwitch '{vSwitch}' ({cidr}): a vSwitch reserves its first address ({first}) and its last three ({lastFrom}–{last}).",
  'binding-out-of-scope.account':
    "Resource group '{rg}' cannot be associated with VPC '{vpc}': the VPC is in account '{vpcAccount}', not '{rgAccount}'. Bind a VPC of the group's own account and region and connect it to this VPC (CEN, VPN gateway or Express Connect).",
  'binding-out-of-scope.region':
    "Resource group '{rg}' cannot be associated with VPC '{vpc}': the VPC is in region '{vpcRegion}', not '{rgRegion}'. Bind a VPC of the group's own account and region and connect it to this VPC (CEN, VPN gateway or Express Connect).",
  'binding-vpc-unsupported.message':
    "Serverless resource group '{rg}' cannot be associated with VPC '{vpc}' ({cidr}): serverless resource groups do not support VPCs in 21.0.0.0/8.",
  'binding-vswitch-mismatch.choices':
    "vSwitch '{vSwitch}' belongs to VPC '{owner}', not to VPC '{vpc}' bound by resource group '{rg}'. Use a vSwitch of '{vpc}': {choices}.",
  'binding-vswitch-mismatch.none':
    "vSwitch '{vSwitch}' belongs to VPC '{owner}', not to VPC '{vpc}' bound by resource group '{rg}'. VPC '{vpc}' has no vSwitch.",
  'binding-vswitch-mismatch.fix': "Replace with '{choice}' (vSwitch of '{vpc}')",
  'cidr-conflict.message':
    "'{later}' ({laterCidrs}) overlaps '{earlier}' ({earlierCidrs}) in connection '{connection}': networks with overlapping CIDR blocks conflict in routing.",
  'cidr-conflict.secondary':
    "The secondary CIDR block {cidr} of VPC '{vpc}' overlaps {other}, {which, select, primary {the VPC's CIDR block} other {another of its secondary CIDR blocks}}: a VPC's CIDR blocks may not overlap.",
  'cidr-host-bits.message':
    "'{value}' has host bits set ({label}); its network address is '{network}'.",
  'cidr-invalid.symbolic':
    "'{value}' is not a valid value known after apply ({label}): write its origin between $\\{ and \\}, for example $\\{alicloud_vswitch.dw.cidr_block\\}.",
  'cidr-invalid.symbolicFixed':
    "'{value}' is a value known only after apply, but the {label} must be known before: write the CIDR block itself (the cidr_block you set), for example 10.0.0.0/16.",
  'cidr-invalid.needsPrefix':
    "'{value}' is not a CIDR block: the {label} needs a prefix length, for example '{value}/24'.",
  'cidr-invalid.message':
    "'{value}' is not a valid IPv4 CIDR block ({label}); write it as a.b.c.d/n, for example 10.0.1.0/24.",
  'classic-network.message':
    "Data source '{ds}' is deployed in the classic network: network connections cannot be established between a resource group and data sources in the classic network. Migrate '{ds}' to a VPC.",
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
  'ip-invalid.symbolic':
    "'{value}' is not a valid value known after apply ({label}): write its origin between $\\{ and \\}, for example $\\{alicloud_eip_address.nat.ip_address\\}.",
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
  'task-kind-mismatch.message':
    "Task '{task}' is a {kind} task, but '{rg}' is an {group}, which runs only {runs} tasks. Use a serverless resource group (it runs every kind of task) or a group of the matching type.",
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
  'unknown-reference.message':
    "Unknown {kind} '{id}'{scope, select, none {} other { in VPC '{scope}'}}{owner, select, none {} other { ('{id}' belongs to VPC '{owner}')}}.{best, select, none { No {kind}{scope, select, none {} other { in VPC '{scope}'}} is defined.} other { Did you mean '{best}'?}}",
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
  'vswitch-outside-vpc.blocks':
    "The CIDR block {cidr} of vSwitch '{vSwitch}' is not inside the CIDR blocks of VPC '{vpc}' ({vpcCidrs}).",
  'vswitch-overlap.message':
    "The CIDR block {cidr} of vSwitch '{vSwitch}' overlaps {otherCidr} of vSwitch '{other}' in VPC '{vpc}'.",
  'value-after-apply.message':
    'Cannot verify until applied: {values} {count, plural, one {is a value} other {are values}} known only after apply, and this step depends on {count, plural, one {it} other {them}}: {step}. Check again once the values are known (after terraform apply, or write the applied values).',
  'value-after-apply.snatEip':
    "Cannot verify until applied: the EIP {eip} of SNAT entry {index} must be one of the EIPs of NAT gateway '{nat}' ({known}), and whether it is is known only after apply.",
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
  'whitelist-missing.fixOverLimit':
    "Add {add} to the whitelist of '{ds}' (it then holds more than 1,000 entries: merge some into wider CIDR blocks)",
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
  'rule.cidr-conflict':
    'Two members of one connection, or two CIDR blocks of one VPC, have overlapping CIDR blocks.',
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
  'rule.value-after-apply':
    'A step depends on a value known only after apply (a symbolic value written as its origin): it cannot be verified until applied.',
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
  'rg-sg-egress-missing.message':
    "{type, select, advanced {Advanced} other {Basic}} security group '{sg}' (binding {index} of resource group '{rg}') does not allow outbound traffic to data source '{ds}' at {address}:{port}. {why} {advice}",
  'rg-sg-ingress-missing.message':
    "Advanced security group '{sg}' (binding {index} of resource group '{rg}') does not allow inbound traffic from the vSwitch CIDR block {cidr}. {why} {advice}",
  'ds-sg-ingress-missing.message':
    "Security group '{sg}' of the ECS instance hosting data source '{ds}' does not allow inbound traffic from {needed} (resource group '{rg}') on port {port}. {why} {advice}",
  'whitelist-open.message':
    "The whitelist of data source '{ds}' contains {entry}, which allows every address.{needed, select, none {} other { The resource groups need only {needed}.}}",
  'whitelist-open.fix': 'Replace {entry} with {needed}',
  'route-unused.message':
    "No network connected to VPC '{vpc}' holds the route {route} of binding {index} of '{rg}': remove it, or connect the network it points to.",
  'route-own-vpc.message':
    "The route {route} lies inside {cidr}, the CIDR block of VPC '{vpc}' that binding {index} of '{rg}' already reaches: remove it.",
  'route-missing.overlapping':
    "Binding {index} of resource group '{rg}' (VPC '{vpc}') has no route to data source '{ds}'{address, select, none {} other { at {address}}}. No route can reach it: the address lies inside {vpcCidr}, the CIDR block of VPC '{vpc}' itself; change the CIDR block of one of the two networks first.",
} as const satisfies Record<string, string>;
