// 简体中文 for the text of `schemas/dwnet.schema.json` that hovers and completion show
// (`markdownDescription` ?? `description`, the enum descriptions, the title and the
// snippets' labels and descriptions), keyed by the English text itself: when the schema
// gains or rewrites a text, its key is missing here and core/test/schemaDescriptions.test.ts
// names it (with its JSON pointer), so English and Chinese cannot drift apart. Add the new English text as a key with its Chinese; remove
// keys the schema no longer has (the test names those too). Code, field names, enum
// values, ids and CIDR examples stay as in English; terms follow GLOSSARY.zh-CN.md.
export const zhCNSchemaDescriptions: Readonly<Record<string, string>> = {
  'A DataWorks network topology checked by dwnet: the resource groups, the VPCs with which they are associated, vSwitches, Internet NAT gateways, network connections (CEN, Express Connect, VPN gateway, VPC peering), data centers, security groups, data sources and the tasks that access them, following *DataWorks: Network connectivity solutions*. Collections are objects keyed by id; references name those ids. Comments and trailing commas are allowed.':
    '由dwnet检查的DataWorks网络拓扑：资源组、资源组绑定的专有网络VPC、交换机、公网NAT网关、网络连接（云企业网CEN、高速通道、VPN网关、VPC对等连接）、线下IDC、安全组、数据源以及访问数据源的任务，依据《DataWorks：网络连通方案》。集合是以ID为键的对象；引用使用这些ID。允许注释和末尾逗号。',
  'The path or URL of this JSON schema, for editors without the dwnet extension. Optional.\n\nExample: `"./schemas/dwnet.schema.json"`':
    '此JSON Schema的路径或URL，供未安装dwnet扩展的编辑器使用。可选。\n\n示例：`"./schemas/dwnet.schema.json"`',
  'The version of the dwnet file format. Required; must be `1`.\n\nExample: `1`':
    'dwnet文件格式的版本。必填；必须为`1`。\n\n示例：`1`',
  'The Alibaba Cloud accounts of the topology, keyed by id. Optional; when present, every `account` (and `defaults.account`) must name one of its keys.\n\nExample: `{ "main": { "uid": "1234567890123456" }, "partner": {} }`':
    '拓扑中的阿里云账号，以ID为键。可选；存在时，每个`account`（以及`defaults.account`）都必须是其中的一个键。\n\n示例：`{ "main": { "uid": "1234567890123456" }, "partner": {} }`',
  'The virtual private clouds (VPCs), keyed by VPC id. Default: none.\n\nExample: `{ "vpc-hz": { "region": "cn-hangzhou", "cidr": "10.0.0.0/16", "vSwitches": { "vsw-hz-a": { "cidr": "10.0.1.0/24" } } } }`':
    '专有网络VPC，以VPC ID为键。默认：无。\n\n示例：`{ "vpc-hz": { "region": "cn-hangzhou", "cidr": "10.0.0.0/16", "vSwitches": { "vsw-hz-a": { "cidr": "10.0.1.0/24" } } } }`',
  'Data centers and other environments outside Alibaba Cloud, keyed by id. Default: none.\n\nExample: `{ "idc-bj": { "cidrs": ["192.168.0.0/16"] } }`':
    '线下IDC及阿里云之外的其他环境，以ID为键。默认：无。\n\n示例：`{ "idc-bj": { "cidrs": ["192.168.0.0/16"] } }`',
  'The network connections (CEN instances, Express Connect circuits, VPN gateways, VPC peering connections), keyed by id. Default: none. Two networks are directly connected when one connection lists both.\n\nExample: `{ "cen-main": { "type": "cen", "members": ["vpc-hz", "vpc-sh"] } }`':
    '网络连接（云企业网CEN实例、高速通道、VPN网关、VPC对等连接），以ID为键。默认：无。一个连接同时列出两个网络时，二者直接连通。\n\n示例：`{ "cen-main": { "type": "cen", "members": ["vpc-hz", "vpc-sh"] } }`',
  'The security groups, keyed by id. Default: none.\n\nExample: `{ "sg-rg": { "vpc": "vpc-hz", "type": "advanced", "rules": [] } }`':
    '安全组，以ID为键。默认：无。\n\n示例：`{ "sg-rg": { "vpc": "vpc-hz", "type": "advanced", "rules": [] } }`',
  'The DataWorks resource groups, keyed by id. Default: none.\n\nExample: `{ "rg-serverless": { "type": "serverless", "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-hz-a" }] } }`':
    'DataWorks资源组，以ID为键。默认：无。\n\n示例：`{ "rg-serverless": { "type": "serverless", "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-hz-a" }] } }`',
  'The data sources, keyed by id. Default: none.\n\nExample: `{ "rds-orders": { "engine": "mysql", "network": { "type": "vpc", "vpc": "vpc-hz" } } }`':
    '数据源，以ID为键。默认：无。\n\n示例：`{ "rds-orders": { "engine": "mysql", "network": { "type": "vpc", "vpc": "vpc-hz" } } }`',
  'The tasks (data synchronization, scheduling, DataService Studio), keyed by id. Each names its resource group and the data sources it accesses. Default: none.\n\nExample: `{ "sync-orders": { "kind": "sync", "resourceGroup": "rg-serverless", "source": "rds-orders", "destination": "holo-dw" } }`':
    '任务（数据同步、调度、数据服务），以ID为键。每个任务指定其资源组和它访问的数据源。默认：无。\n\n示例：`{ "sync-orders": { "kind": "sync", "resourceGroup": "rg-serverless", "source": "rds-orders", "destination": "holo-dw" } }`',
  'Defaults for VPCs and resource groups that set no `account` or `region` of their own. Optional.\n\nExample: `{ "account": "main", "region": "cn-hangzhou" }`':
    '未设置自身`account`或`region`的专有网络VPC和资源组的默认值。可选。\n\n示例：`{ "account": "main", "region": "cn-hangzhou" }`',
  'The Alibaba Cloud account of every VPC and resource group without an `account`. When `accounts` is present it must name one of its keys. Optional; when absent, entities without `account` all belong to one unnamed account.\n\nExample: `"main"`':
    '所有未设置`account`的专有网络VPC和资源组所属的阿里云账号。存在`accounts`时，必须是其中的一个键。可选；缺省时，所有未设置`account`的实体都属于同一个未命名账号。\n\n示例：`"main"`',
  'The region of every VPC and resource group without a `region`. Optional; when absent, entities without `region` all belong to one unnamed region. An Alibaba Cloud region id; an unknown id is reported by `region-unknown` (a warning), not by the schema.\n\nExample: `"cn-hangzhou"`':
    '所有未设置`region`的专有网络VPC和资源组所在的地域。可选；缺省时，所有未设置`region`的实体都属于同一个未命名地域。取值为阿里云地域ID；未知的ID由`region-unknown`（警告）报告，而不是由Schema报告。\n\n示例：`"cn-hangzhou"`',
  'An Alibaba Cloud account of the topology. Its key is the id that `account` properties (and `defaults.account`) refer to. A data source in a VPC of another Alibaba Cloud account than the resource group is scenario 3 of the reference document.':
    '拓扑中的一个阿里云账号。其键是`account`属性（和`defaults.account`）引用的ID。数据源所在的专有网络VPC与资源组属于不同阿里云账号时，为参考文档的场景3。',
  'The Alibaba Cloud account ID (UID), digits only. Optional and informative: dwnet compares accounts by their key in `accounts`, not by UID.\n\nExample: `"1234567890123456"`':
    '阿里云账号ID（UID），仅含数字。可选，仅供参考：dwnet按账号在`accounts`中的键比较账号，而不是按UID。\n\n示例：`"1234567890123456"`',
  'A virtual private cloud (VPC) in one Alibaba Cloud account and region, with its vSwitches and Internet NAT gateways. A resource group is associated with a VPC through `vpcBindings`; a data source is deployed in a VPC through `network: { "type": "vpc" }`.':
    '一个阿里云账号和地域中的专有网络VPC，包含其交换机和公网NAT网关。资源组通过`vpcBindings`绑定专有网络VPC；数据源通过`network: { "type": "vpc" }`部署在专有网络VPC中。',
  'The Alibaba Cloud account the VPC belongs to (a key of `accounts` when `accounts` is present). Default: `defaults.account`. A data source in this VPC belongs to the same account.\n\nExample: `"main"`':
    '专有网络VPC所属的阿里云账号（存在`accounts`时为其中的一个键）。默认：`defaults.account`。此专有网络VPC中的数据源属于同一账号。\n\n示例：`"main"`',
  'The region of the VPC. Default: `defaults.region`. A data source in this VPC resides in the same region. An Alibaba Cloud region id; an unknown id is reported by `region-unknown` (a warning), not by the schema.\n\nExample: `"cn-shanghai"`':
    '专有网络VPC所在的地域。默认：`defaults.region`。此专有网络VPC中的数据源位于同一地域。取值为阿里云地域ID；未知的ID由`region-unknown`（警告）报告，而不是由Schema报告。\n\n示例：`"cn-shanghai"`',
  'The (primary) CIDR block of the VPC. Required. The mask must be /8 to /28 (`vpc-cidr-mask`), and the block may not use or contain 100.64.0.0/10, 224.0.0.0/4, 127.0.0.0/8 or 169.254.0.0/16 (`vpc-cidr-reserved`). Serverless resource groups do not support VPCs in 21.0.0.0/8.\n\nExample: `"10.0.0.0/16"`':
    '专有网络VPC的（主）网段。必填。掩码必须在/8到/28之间（`vpc-cidr-mask`），且网段不能使用或包含100.64.0.0/10、224.0.0.0/4、127.0.0.0/8或169.254.0.0/16（`vpc-cidr-reserved`）。Serverless资源组不支持网段在21.0.0.0/8中的专有网络VPC。\n\n示例：`"10.0.0.0/16"`',
  'The secondary IPv4 CIDR blocks of the VPC (Alibaba Cloud `SecondaryCidrBlocks`; Terraform `secondary_cidr_blocks` or `alicloud_vpc_ipv4_cidr_block`). Default: none. The VPC\'s address space is `cidr` and these blocks: a vSwitch, a data source address or a route in a secondary block belongs to the VPC. Each block follows the rules of `cidr` (masks /8 to /28, no reserved range), and may not overlap `cidr` or another secondary block (`cidr-conflict`).\n\nExample: `["172.20.0.0/16"]`':
    '专有网络VPC的附加IPv4网段（阿里云`SecondaryCidrBlocks`；Terraform `secondary_cidr_blocks`或`alicloud_vpc_ipv4_cidr_block`）。默认：无。专有网络VPC的地址空间是`cidr`加上这些网段：位于附加网段中的交换机、数据源地址或路由都属于该专有网络VPC。每个网段遵循`cidr`的规则（掩码/8到/28，不含保留网段），且不能与`cidr`或其他附加网段重叠（`cidr-conflict`）。\n\n示例：`["172.20.0.0/16"]`',
  'A secondary CIDR block of the VPC.\n\nExample: `"172.20.0.0/16"`':
    '专有网络VPC的一个附加网段。\n\n示例：`"172.20.0.0/16"`',
  'The vSwitches of the VPC, keyed by vSwitch id. Default: none. A resource group binding names one of them.\n\nExample: `{ "vsw-hz-a": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" } }`':
    '专有网络VPC的交换机，以交换机ID为键。默认：无。资源组的网络绑定指定其中一个交换机。\n\n示例：`{ "vsw-hz-a": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" } }`',
  'The Internet NAT gateways of the VPC, keyed by id. Default: none. Needed when a serverless resource group associated with this VPC accesses a data source on the Internet (scenario 5).\n\nExample: `{ "ngw-hz": { "vSwitch": "vsw-hz-a", "eips": ["47.96.1.10"], "snatEntries": [{ "source": "vsw-hz-a", "eip": "47.96.1.10" }] } }`':
    '专有网络VPC的公网NAT网关，以ID为键。默认：无。绑定此专有网络VPC的Serverless资源组访问公网上的数据源时需要（场景5）。\n\n示例：`{ "ngw-hz": { "vSwitch": "vsw-hz-a", "eips": ["47.96.1.10"], "snatEntries": [{ "source": "vsw-hz-a", "eip": "47.96.1.10" }] } }`',
  'A vSwitch of the VPC. A resource group is associated with a VPC through one of its vSwitches; the **CIDR block of the vSwitch with which the resource group is associated** is what the IP address whitelist of the data source and the security group rules must allow.':
    '专有网络VPC的交换机。资源组通过其中一个交换机绑定专有网络VPC；数据源的IP地址白名单和安全组规则必须放行的，正是**资源组所绑定交换机的网段**。',
  'The zone of the vSwitch. Optional: dwnet does not check zones; it is kept so that the file mirrors the console.\n\nExample: `"cn-hangzhou-h"`':
    '交换机所在的可用区。可选：dwnet不检查可用区；保留此属性是为了让文件与控制台一致。\n\n示例：`"cn-hangzhou-h"`',
  'The CIDR block of the vSwitch. Required. The mask must be /16 to /29 (`vswitch-cidr-mask`), the block must lie inside the VPC\'s `cidr` (`vswitch-outside-vpc`) and must not overlap another vSwitch of the same VPC (`vswitch-overlap`). A vSwitch reserves its first address and its last three addresses.\n\nThis is the CIDR block to add to the IP address whitelist of a data source accessed over a VPC.\n\nExample: `"10.0.1.0/24"`':
    '交换机的网段。必填。掩码必须在/16到/29之间（`vswitch-cidr-mask`），网段必须位于专有网络VPC的`cidr`之内（`vswitch-outside-vpc`），且不能与同一专有网络VPC的其他交换机重叠（`vswitch-overlap`）。交换机保留其第一个地址和最后三个地址。\n\n通过专有网络VPC访问数据源时，需将此网段添加到数据源的IP地址白名单。\n\n示例：`"10.0.1.0/24"`',
  'An Internet NAT gateway of the VPC. By default, serverless resource groups cannot access the Internet: to access a data source on the Internet (scenario 5), configure an Internet NAT gateway for the VPC with which the resource group is associated, associate it with an elastic IP address (EIP), and configure an SNAT entry for the vSwitch with which the resource group is associated.':
    '专有网络VPC的公网NAT网关。Serverless资源组默认无法访问公网：要访问公网上的数据源（场景5），需为资源组绑定的专有网络VPC配置公网NAT网关，为其绑定弹性公网IP（EIP），并为资源组绑定的交换机配置SNAT条目。',
  'The id of the vSwitch (of the same VPC) in which the NAT gateway is deployed. Required.\n\nExample: `"vsw-hz-a"`':
    'NAT网关所在交换机（同一专有网络VPC）的ID。必填。\n\n示例：`"vsw-hz-a"`',
  'The elastic IP addresses (EIPs) associated with the Internet NAT gateway. Default: none, which `nat-no-eip` reports: a NAT gateway without an EIP gives no Internet access. A value known only after apply may be written as its Terraform origin, `"${alicloud_eip_address.nat.ip_address}"` (`value-after-apply`).\n\nExample: `["47.96.1.10"]`':
    '公网NAT网关绑定的弹性公网IP（EIP）。默认：无，此时由`nat-no-eip`报告：没有EIP的NAT网关无法提供公网访问。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_eip_address.nat.ip_address}"`（`value-after-apply`）。\n\n示例：`["47.96.1.10"]`',
  'The SNAT entries of the Internet NAT gateway. Default: none. A serverless resource group reaches the Internet only through an SNAT entry whose `source` covers its vSwitch (`snat-missing`).\n\nExample: `[{ "source": "vsw-hz-a", "eip": "47.96.1.10" }]`':
    '公网NAT网关的SNAT条目。默认：无。Serverless资源组只能通过`source`覆盖其交换机的SNAT条目访问公网（`snat-missing`）。\n\n示例：`[{ "source": "vsw-hz-a", "eip": "47.96.1.10" }]`',
  'A source network address translation (SNAT) entry of the Internet NAT gateway: traffic from `source` accesses the Internet from the public IP address `eip`.':
    '公网NAT网关的SNAT（源地址转换）条目：来自`source`的流量通过公网IP地址`eip`访问公网。',
  'What the SNAT entry translates: the id of a vSwitch of the same VPC, or a CIDR block (a bare IP address means /32). Required. To serve a serverless resource group it must cover the vSwitch with which the resource group is associated. A vSwitch or CIDR block may appear in one SNAT entry of the gateway only (`snat-duplicate-source`). A value known only after apply may be written as its Terraform origin, `"${alicloud_vswitch.dw.cidr_block}"` (`value-after-apply`).\n\nExample: `"vsw-hz-a"` or `"10.0.1.0/24"`':
    'SNAT条目转换的对象：同一专有网络VPC中交换机的ID，或一个网段（单个IP地址表示/32）。必填。要服务于Serverless资源组，它必须覆盖资源组绑定的交换机。一个交换机或网段只能出现在网关的一个SNAT条目中（`snat-duplicate-source`）。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_vswitch.dw.cidr_block}"`（`value-after-apply`）。\n\n示例：`"vsw-hz-a"`或`"10.0.1.0/24"`',
  'The public IP address (EIP) of the SNAT entry: one of the gateway\'s `eips` (`snat-eip-unknown`). Required. This is the public IP address to add to the IP address whitelist of a data source on the Internet. A value known only after apply may be written as its Terraform origin, `"${alicloud_eip_address.nat.ip_address}"` (`value-after-apply`).\n\nExample: `"47.96.1.10"`\n\nAn entry without an EIP is incomplete: dwnet reports `snat-missing` until it has one.':
    'SNAT条目的公网IP地址（EIP）：必须是网关`eips`中的一个（`snat-eip-unknown`）。必填。访问公网上的数据源时，需将此公网IP地址添加到数据源的IP地址白名单。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_eip_address.nat.ip_address}"`（`value-after-apply`）。\n\n示例：`"47.96.1.10"`\n\n没有EIP的条目不完整：在设置EIP之前，dwnet会报告`snat-missing`。',
  "A data center or another environment outside Alibaba Cloud (another cloud, an office network), described by the CIDR blocks it holds. A data source there is scenario 4: connect the data center to the VPC with which the resource group is associated (Express Connect circuit or VPN gateway), add a route, and add the vSwitch's CIDR block to the whitelist.":
    '线下IDC或阿里云之外的其他环境（其他云、办公网络），以其包含的网段描述。其中的数据源属于场景4：将线下IDC连接到资源组绑定的专有网络VPC（高速通道或VPN网关），添加路由，并将交换机的网段添加到白名单。',
  'The CIDR blocks of the data center\'s network. Required. A data source with `network: { "type": "dataCenter" }` must have its `address` inside one of them; the route added for the resource group is usually one of them.\n\nExample: `["192.168.0.0/16"]`':
    '线下IDC网络的网段。必填。`network: { "type": "dataCenter" }`的数据源，其`address`必须位于其中一个网段内；为资源组添加的路由通常就是其中一个网段。\n\n示例：`["192.168.0.0/16"]`',
  'A network connection between VPCs and data centers: a CEN instance, an Express Connect circuit, a VPN gateway or a VPC peering connection. Connections are undirected: two networks are **directly connected** when one connection lists both in `members`. Routes are not propagated across connections by default, so a path through two or more connections (indirect) does not count.':
    '专有网络VPC与线下IDC之间的网络连接：云企业网（CEN）实例、高速通道、VPN网关或VPC对等连接。连接是无向的：一个连接的`members`同时列出两个网络时，二者**直接连通**。路由默认不会跨连接传播，因此经过两个或以上连接的路径（间接连通）不算数。',
  'The network connection tool. Required. Which members each type may join is checked by `connection-type-mismatch`.\n\nExample: `"cen"`':
    '网络连接方式。必填。每种类型可以连接哪些成员由`connection-type-mismatch`检查。\n\n示例：`"cen"`',
  'Cloud Enterprise Network (CEN) instance: connects VPCs across regions and Alibaba Cloud accounts (scenarios 2 and 3), and may also list data centers attached to it. At least two members, at least one of them a VPC.':
    '云企业网（CEN）实例：跨地域、跨阿里云账号连接专有网络VPC（场景2和3），也可以列出接入它的线下IDC。至少两个成员，其中至少一个是专有网络VPC。',
  'Express Connect circuit: connects the network environment of a data center with a VPC (scenario 4), or two VPCs. Exactly two members, at least one of them a VPC.':
    '高速通道：将线下IDC的网络环境与专有网络VPC连接（场景4），或连接两个专有网络VPC。恰好两个成员，其中至少一个是专有网络VPC。',
  'VPN gateway: connects a VPC with a data center or with another VPC over an encrypted tunnel. Exactly two members, at least one of them a VPC.':
    'VPN网关：通过加密隧道将专有网络VPC与线下IDC或另一个专有网络VPC连接。恰好两个成员，其中至少一个是专有网络VPC。',
  'VPC peering connection: connects exactly two VPCs.': 'VPC对等连接：恰好连接两个专有网络VPC。',
  'The ids of the VPCs and data centers the connection joins (keys of `vpcs` or `dataCenters`), each at most once. Required. How many members each `type` takes is checked by `connection-type-mismatch`; members whose CIDR blocks overlap are reported by `cidr-conflict`.\n\nExample: `["vpc-hz", "vpc-sh"]`':
    '连接所连通的专有网络VPC和线下IDC的ID（`vpcs`或`dataCenters`的键），每个最多出现一次。必填。每种`type`接受的成员数量由`connection-type-mismatch`检查；网段重叠的成员由`cidr-conflict`报告。\n\n示例：`["vpc-hz", "vpc-sh"]`',
  "A security group in a VPC. A resource group binding names the security group selected when the resource group was associated with the VPC; a data source hosted on an ECS instance names the instance's security group. With no matching rule, a basic security group denies inbound and allows outbound traffic; an advanced security group denies both.":
    '专有网络VPC中的安全组。资源组的网络绑定指定绑定专有网络VPC时选择的安全组；部署在ECS实例上的数据源指定该实例的安全组。没有匹配的规则时，普通安全组拒绝入方向、允许出方向流量；企业级安全组两个方向都拒绝。',
  'The id of the VPC the security group belongs to. Required.\n\nExample: `"vpc-hz"`':
    '安全组所属专有网络VPC的ID。必填。\n\n示例：`"vpc-hz"`',
  'Basic or advanced security group. Default: `"basic"`.\n\nExample: `"advanced"`':
    '普通安全组或企业级安全组。默认：`"basic"`。\n\n示例：`"advanced"`',
  'Basic security group (default): with no matching rule, inbound traffic is denied and outbound traffic is allowed.':
    '普通安全组（默认）：没有匹配的规则时，拒绝入方向流量，允许出方向流量。',
  'Advanced security group: with no matching rule, inbound and outbound traffic are both denied. For a resource group, add an outbound rule with the IP address of the data source and an inbound rule with the CIDR block of the vSwitch with which the resource group is associated.':
    '企业级安全组：没有匹配的规则时，入方向和出方向流量都被拒绝。对于资源组，需添加授权对象为数据源IP地址的出方向规则，以及授权对象为资源组所绑定交换机网段的入方向规则。',
  'The security group rules. Default: none.\n\nExample: `[{ "direction": "egress", "cidr": "172.16.5.20/32", "ports": "3306" }, { "direction": "ingress", "cidr": "10.0.1.0/24" }]`':
    '安全组规则。默认：无。\n\n示例：`[{ "direction": "egress", "cidr": "172.16.5.20/32", "ports": "3306" }, { "direction": "ingress", "cidr": "10.0.1.0/24" }]`',
  'A security group rule: an inbound (`ingress`) or outbound (`egress`) rule with its protocol, authorization object (`cidr`), port range, action and priority. Among the rules of one direction that match the traffic, the one with the highest priority (lowest number) decides; `drop` beats `accept` at equal priority.':
    '安全组规则：入方向（`ingress`）或出方向（`egress`）规则，包含协议、授权对象（`cidr`）、端口范围、授权策略和优先级。在同一方向上匹配流量的规则中，优先级最高（数字最小）的规则生效；优先级相同时，`drop`优先于`accept`。',
  'Whether this is an inbound or an outbound rule. Required.\n\nExample: `"egress"`':
    '规则是入方向规则还是出方向规则。必填。\n\n示例：`"egress"`',
  'Inbound rule: `cidr` is the source of the traffic. In the advanced security group of a resource group: the CIDR block of the vSwitch with which the resource group is associated. In the security group of an ECS-hosted data source: that vSwitch CIDR block, or the EIP over the Internet.':
    '入方向规则：`cidr`是流量的来源。在资源组的企业级安全组中：资源组所绑定交换机的网段。在部署于ECS的数据源的安全组中：该交换机网段，或通过公网访问时的EIP。',
  'Outbound rule: `cidr` is the destination of the traffic. In the advanced security group of a resource group: the IP address of the data source that the resource group needs to access.':
    '出方向规则：`cidr`是流量的目的地。在资源组的企业级安全组中：资源组需要访问的数据源的IP地址。',
  'The protocol the rule applies to (Alibaba Cloud `IpProtocol`, Terraform `ip_protocol`). Default: `"all"`. DataWorks connects to data sources over TCP: a `udp`, `icmp` or `gre` rule matches none of its traffic, neither to accept nor to drop. With `icmp` and `gre`, `ports` is `"all"` (Alibaba Cloud\'s -1/-1).\n\nExample: `"tcp"`':
    '规则适用的协议（阿里云`IpProtocol`，Terraform `ip_protocol`）。默认：`"all"`。DataWorks通过TCP连接数据源：`udp`、`icmp`或`gre`规则不匹配其任何流量，既不允许也不拒绝。`icmp`和`gre`的`ports`为`"all"`（即阿里云的-1/-1）。\n\n示例：`"tcp"`',
  'TCP: the protocol of every DataWorks connection.': 'TCP：所有DataWorks连接使用的协议。',
  'UDP: matches no DataWorks traffic.': 'UDP：不匹配任何DataWorks流量。',
  'ICMP (ping): matches no DataWorks traffic.': 'ICMP（ping）：不匹配任何DataWorks流量。',
  'GRE: matches no DataWorks traffic.': 'GRE：不匹配任何DataWorks流量。',
  'Every protocol, TCP included (default).': '所有协议，包括TCP（默认）。',
  'The authorization object: the CIDR block (or IP address, meaning /32) the rule applies to. Required. `"0.0.0.0/0"` means any address. A value known only after apply may be written as its Terraform origin, `"${alicloud_instance.etl.private_ip}"` (`value-after-apply`).\n\nExample: `"172.16.5.20/32"`':
    '授权对象：规则适用的网段（或IP地址，表示/32）。必填。`"0.0.0.0/0"`表示任意地址。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_instance.etl.private_ip}"`（`value-after-apply`）。\n\n示例：`"172.16.5.20/32"`',
  'The port range: one port (`"3306"`), a range (`"1-65535"`) or `"all"`. Default: `"all"`.\n\nExample: `"3306"`':
    '端口范围：单个端口（`"3306"`）、一个范围（`"1-65535"`）或`"all"`。默认：`"all"`。\n\n示例：`"3306"`',
  'The action of the rule. Default: `"accept"`. At equal priority `drop` beats `accept`.\n\nExample: `"accept"`':
    '规则的授权策略。默认：`"accept"`。优先级相同时，`drop`优先于`accept`。\n\n示例：`"accept"`',
  'Allow the matching traffic (default).': '允许匹配的流量（默认）。',
  'Deny the matching traffic.': '拒绝匹配的流量。',
  'The priority of the rule, from 1 to 100; 1 is the highest. Default: `1`.\n\nExample: `1`':
    '规则的优先级，取值1到100；1为最高。默认：`1`。\n\n示例：`1`',
  'A DataWorks resource group: a serverless resource group, or an old-version exclusive resource group for Data Integration, scheduling or DataService Studio. It reaches data sources through the VPCs with which it is associated (`vpcBindings`).':
    'DataWorks资源组：Serverless资源组，或旧版的数据集成独享资源组、独享调度资源组、数据服务独享资源组。它通过绑定的专有网络VPC（`vpcBindings`）访问数据源。',
  'The kind of resource group. Required. Old-version exclusive resource groups run only their kind of task (`task-kind-mismatch`) and are flagged by `legacy-resource-group`: the reference document recommends serverless resource groups.\n\nExample: `"serverless"`':
    '资源组的类型。必填。旧版独享资源组只能运行其对应类型的任务（`task-kind-mismatch`），并由`legacy-resource-group`标记：参考文档推荐使用Serverless资源组。\n\n示例：`"serverless"`',
  'Serverless resource group (recommended; the reference document also calls it a general-purpose resource group): runs data synchronization, scheduling and DataService Studio tasks. Cannot access the Internet by default: it uses an Internet NAT gateway of the VPC with which it is associated (scenario 5).':
    'Serverless资源组（推荐；参考文档也称之为通用型资源组）：运行数据同步、调度和数据服务任务。默认无法访问公网：它使用所绑定专有网络VPC的公网NAT网关（场景5）。',
  'Exclusive resource group for Data Integration (old-version): runs `sync` tasks. Accesses the Internet from its automatically associated EIP (`eip`).':
    '数据集成独享资源组（旧版）：运行`sync`任务。通过自动绑定的EIP（`eip`）访问公网。',
  'Exclusive resource group for scheduling (old-version): runs `schedule` tasks. Accesses the Internet from its automatically associated EIP (`eip`).':
    '独享调度资源组（旧版）：运行`schedule`任务。通过自动绑定的EIP（`eip`）访问公网。',
  'Exclusive resource group for DataService Studio (old-version): runs `dataService` tasks. Accesses the Internet from its automatically associated EIP (`eip`).':
    '数据服务独享资源组（旧版）：运行`dataService`任务。通过自动绑定的EIP（`eip`）访问公网。',
  'The Alibaba Cloud account the resource group belongs to (a key of `accounts` when `accounts` is present). Default: `defaults.account`. A data source in a VPC of another account is scenario 3.\n\nExample: `"main"`':
    '资源组所属的阿里云账号（存在`accounts`时为其中的一个键）。默认：`defaults.account`。数据源位于其他账号的专有网络VPC中时，为场景3。\n\n示例：`"main"`',
  'The region the resource group resides in. Default: `defaults.region`. A data source in a VPC of another region is scenario 2. An Alibaba Cloud region id; an unknown id is reported by `region-unknown` (a warning), not by the schema.\n\nExample: `"cn-hangzhou"`':
    '资源组所在的地域。默认：`defaults.region`。数据源位于其他地域的专有网络VPC中时，为场景2。取值为阿里云地域ID；未知的ID由`region-unknown`（警告）报告，而不是由Schema报告。\n\n示例：`"cn-hangzhou"`',
  'The VPCs with which the resource group is associated, each through one vSwitch. Default: none. A data source is reached through one of them: the binding to the data source\'s own VPC (scenario 1), or to a VPC connected to the data source\'s network (scenarios 2 to 4), or to a VPC with an Internet NAT gateway (scenario 5, serverless).\n\nExample: `[{ "vpc": "vpc-hz", "vSwitch": "vsw-hz-a", "securityGroup": "sg-rg", "routes": ["172.16.0.0/16"] }]`':
    '资源组绑定的专有网络VPC，每个通过一个交换机绑定。默认：无。数据源通过其中一个绑定访问：绑定到数据源自身所在的专有网络VPC（场景1），或绑定到与数据源网络相连的专有网络VPC（场景2到4），或绑定到有公网NAT网关的专有网络VPC（场景5，Serverless）。\n\n示例：`[{ "vpc": "vpc-hz", "vSwitch": "vsw-hz-a", "securityGroup": "sg-rg", "routes": ["172.16.0.0/16"] }]`',
  'Exclusive (old-version) resource groups only: the EIP automatically associated with the resource group (EIPAddress, in the Basic Information section of its Details page). Add it to the IP address whitelist of data sources on the Internet (scenario 5). Serverless resource groups have none: they use the EIP of an SNAT entry, and dwnet reports `eip` on a serverless group. The EIP may change when the resource group is scaled out (`eip-may-change`).\n\nExample: `"47.97.2.2"`':
    '仅限独享（旧版）资源组：自动绑定到资源组的EIP（详情页“基本信息”区域中的EIPAddress）。访问公网上的数据源时，将其添加到数据源的IP地址白名单（场景5）。Serverless资源组没有此地址：它们使用SNAT条目的EIP，dwnet会报告Serverless资源组上的`eip`。资源组扩容时EIP可能变化（`eip-may-change`）。\n\n示例：`"47.97.2.2"`',
  'An association of the resource group with a VPC (Network Settings, VPC Binding tab, in the DataWorks console): the VPC, the vSwitch, the security group selected, and the routes added for the resource group.':
    '资源组与专有网络VPC的绑定（DataWorks控制台中“网络设置”的“专有网络绑定”页签）：专有网络VPC、交换机、所选安全组，以及为资源组添加的路由。',
  'The id of the VPC with which the resource group is associated. Required. It must be in the resource group\'s account and region (`binding-out-of-scope`).\n\nExample: `"vpc-hz"`':
    '资源组绑定的专有网络VPC的ID。必填。它必须位于资源组的账号和地域中（`binding-out-of-scope`）。\n\n示例：`"vpc-hz"`',
  'The id of a vSwitch of that VPC (`binding-vswitch-mismatch`). Required. Its CIDR block is what the IP address whitelist of the data source and security groups must allow.\n\nExample: `"vsw-hz-a"`':
    '该专有网络VPC中交换机的ID（`binding-vswitch-mismatch`）。必填。数据源的IP地址白名单和安全组必须放行其网段。\n\n示例：`"vsw-hz-a"`',
  'The id of the security group selected when associating the resource group with the VPC: a group of that VPC (`sg-vpc-mismatch`). Optional. For an advanced security group, add an outbound rule with the IP address of the data source and an inbound rule with the CIDR block of the vSwitch.\n\nExample: `"sg-rg"`':
    '资源组绑定专有网络VPC时所选安全组的ID：必须是该专有网络VPC中的安全组（`sg-vpc-mismatch`）。可选。对于企业级安全组，需添加授权对象为数据源IP地址的出方向规则，以及授权对象为交换机网段的入方向规则。\n\n示例：`"sg-rg"`',
  'The routes added for the resource group in the DataWorks console (General reference: Add a route): the CIDR blocks (or IP addresses, meaning /32) of the data sources in other networks that the resource group accesses through this VPC. Needed for data sources in another region, another Alibaba Cloud account or a data center (scenarios 2 to 4). Default: none. A value known only after apply may be written as its Terraform origin, `"${alicloud_vswitch.db.cidr_block}"` (`value-after-apply`).\n\nExample: `["172.16.0.0/16"]`':
    '在DataWorks控制台中为资源组添加的路由（通用参考：添加路由）：资源组通过此专有网络VPC访问的其他网络中数据源的网段（或IP地址，表示/32）。数据源位于其他地域、其他阿里云账号或线下IDC时需要（场景2到4）。默认：无。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_vswitch.db.cidr_block}"`（`value-after-apply`）。\n\n示例：`["172.16.0.0/16"]`',
  'A data source that tasks access: a database, a data service or other data, and the network environment in which it is deployed. A data source that no task uses is not checked for connectivity.':
    '任务访问的数据源：数据库、数据服务或其他数据，以及其部署所在的网络环境。没有任务使用的数据源不检查网络连通。',
  'The data source type. Required. It gives the default `network.port`.\n\nExample: `"mysql"`':
    '数据源类型。必填。它决定默认的`network.port`。\n\n示例：`"mysql"`',
  'MySQL (for example ApsaraDB RDS for MySQL). Default port 3306.':
    'MySQL（例如云数据库RDS MySQL版）。默认端口3306。',
  'PostgreSQL (for example ApsaraDB RDS for PostgreSQL). Default port 5432.':
    'PostgreSQL（例如云数据库RDS PostgreSQL版）。默认端口5432。',
  'SQL Server (for example ApsaraDB RDS for SQL Server). Default port 1433.':
    'SQL Server（例如云数据库RDS SQL Server版）。默认端口1433。',
  'Oracle. Default port 1521.': 'Oracle。默认端口1521。',
  'PolarDB. Default port 3306.': '云原生数据库PolarDB。默认端口3306。',
  'MongoDB (for example ApsaraDB for MongoDB). Default port 3717.':
    'MongoDB（例如云数据库MongoDB版）。默认端口3717。',
  'Redis (for example Tair / ApsaraDB for Redis). Default port 6379.':
    'Redis（例如云数据库Tair / Redis版）。默认端口6379。',
  'Hologres. Default port 80.': 'Hologres。默认端口80。',
  'MaxCompute. Default port 443.': 'MaxCompute。默认端口443。',
  'Kafka (for example ApsaraMQ for Kafka). Default port 9092.':
    'Kafka（例如云消息队列Kafka版）。默认端口9092。',
  'Elasticsearch. Default port 9200.': 'Elasticsearch。默认端口9200。',
  'ClickHouse. Default port 8123.': 'ClickHouse。默认端口8123。',
  'Object Storage Service (OSS). Default port 443.': '对象存储OSS。默认端口443。',
  'Any other data source or business service. Default port 443.':
    '其他任何数据源或业务服务。默认端口443。',
  'Who runs the data source. Optional; only `"ecs"` changes what is checked (the ECS instance\'s `securityGroup`).\n\nExample: `"managed"`':
    '由谁运行数据源。可选；只有`"ecs"`会改变检查内容（ECS实例的`securityGroup`）。\n\n示例：`"managed"`',
  'An Alibaba Cloud service (for example ApsaraDB RDS, PolarDB, Hologres).':
    '阿里云服务（例如云数据库RDS、云原生数据库PolarDB、Hologres）。',
  'Self-managed on an Elastic Compute Service (ECS) instance: its security group (`securityGroup`) must allow access from the CIDR block of the vSwitch with which the resource group is associated, or from the EIP over the Internet.':
    '在云服务器ECS实例上自建：其安全组（`securityGroup`）必须放行来自资源组所绑定交换机网段的访问，或通过公网来自EIP的访问。',
  'Self-managed in a data center, in another cloud environment or on the Internet.':
    '在线下IDC、其他云环境或公网上自建。',
  'The IP address whitelist of the data source: CIDR blocks or IP addresses (meaning /32). Absent: the data source has no whitelist and nothing is checked. When present it must contain the CIDR block of the vSwitch with which the resource group is associated (access over a VPC, scenarios 1 to 4), the EIP of the SNAT entry (serverless resource group over the Internet) or the EIP of the old-version resource group (scenario 5). At most 1,000 entries; `0.0.0.0/0` opens the data source to everyone (`whitelist-open`). A value known only after apply may be written as its Terraform origin, `"${alicloud_eip_address.nat.ip_address}"` (`value-after-apply`).\n\nExample: `["10.0.1.0/24"]`':
    '数据源的IP地址白名单：网段或IP地址（表示/32）。缺省：数据源没有白名单，不做检查。存在时，必须包含资源组所绑定交换机的网段（通过专有网络VPC访问，场景1到4）、SNAT条目的EIP（Serverless资源组通过公网访问）或旧版资源组的EIP（场景5）。最多1,000条；`0.0.0.0/0`会向所有人开放数据源（`whitelist-open`）。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_eip_address.nat.ip_address}"`（`value-after-apply`）。\n\n示例：`["10.0.1.0/24"]`',
  'With `hosting: "ecs"`: the id of the ECS instance\'s security group, a group of the data source\'s VPC (`sg-vpc-mismatch`). It must have an inbound rule that allows the CIDR block of the vSwitch with which the resource group is associated (over the Internet: the EIP) on the data source\'s port. Optional.\n\nExample: `"sg-db"`':
    '`hosting: "ecs"`时：ECS实例安全组的ID，必须是数据源所在专有网络VPC中的安全组（`sg-vpc-mismatch`）。该安全组必须有一条入方向规则，在数据源的端口上放行资源组所绑定交换机的网段（通过公网访问时：EIP）。可选。\n\n示例：`"sg-db"`',
  'The network environment in which the data source is deployed. `type` decides which other properties are allowed:\n\n| `type` | properties | scenario |\n|---|---|---|\n| `vpc` | `vpc` (required), `address`, `port` | 1 (same account and region), 2 (other region), 3 (other account) |\n| `dataCenter` | `dataCenter` (required), `address`, `port` | 4 |\n| `internet` | `address` (required), `port` | 5 |\n| `classic` | none | not supported: migrate the data source to a VPC |\n\nExample: `{ "type": "vpc", "vpc": "vpc-sh", "address": "172.16.5.20", "port": 3306 }`':
    '数据源部署所在的网络环境。`type`决定允许哪些其他属性：\n\n| `type` | 属性 | 场景 |\n|---|---|---|\n| `vpc` | `vpc`（必填）、`address`、`port` | 1（同账号同地域）、2（跨地域）、3（跨账号） |\n| `dataCenter` | `dataCenter`（必填）、`address`、`port` | 4 |\n| `internet` | `address`（必填）、`port` | 5 |\n| `classic` | 无 | 不支持：请将数据源迁移到专有网络VPC |\n\n示例：`{ "type": "vpc", "vpc": "vpc-sh", "address": "172.16.5.20", "port": 3306 }`',
  'Where the data source is deployed. Required; it decides which of `vpc`, `dataCenter`, `address` and `port` are allowed.\n\nExample: `"vpc"`':
    '数据源部署的位置。必填；它决定允许`vpc`、`dataCenter`、`address`和`port`中的哪些属性。\n\n示例：`"vpc"`',
  'In a VPC on Alibaba Cloud (an Alibaba Cloud service, or self-managed on ECS). Requires `vpc`; allows `address` and `port`. Scenario 1, 2 or 3 depending on the account and region of the VPC.':
    '位于阿里云上的专有网络VPC中（阿里云服务，或在ECS上自建）。需要`vpc`；允许`address`和`port`。根据专有网络VPC的账号和地域，为场景1、2或3。',
  'In a data center or another cloud environment. Requires `dataCenter`; allows `address` and `port`. Scenario 4.':
    '位于线下IDC或其他云环境中。需要`dataCenter`；允许`address`和`port`。场景4。',
  'On the Internet, reached through its public connection address. Requires `address`; allows `port`. Scenario 5. Data synchronization over the Internet is neither efficient nor stable: prefer an internal network or CEN.':
    '位于公网上，通过其公网连接地址访问。需要`address`；允许`port`。场景5。通过公网进行数据同步既不高效也不稳定：建议使用内网或云企业网CEN。',
  'In the classic network. Not supported: network connections cannot be established between a resource group and a data source in the classic network; migrate the data source to a VPC. No other property is allowed.':
    '位于经典网络中。不支持：资源组与经典网络中的数据源之间无法建立网络连接；请将数据源迁移到专有网络VPC。不允许任何其他属性。',
  'Only with `type: "vpc"`, and required there: the id of the VPC in which the data source is deployed. The data source belongs to that VPC\'s account and region.\n\nExample: `"vpc-sh"`':
    '仅用于`type: "vpc"`，且此时必填：数据源部署所在专有网络VPC的ID。数据源属于该专有网络VPC的账号和地域。\n\n示例：`"vpc-sh"`',
  'Only with `type: "dataCenter"`, and required there: the id of the data center in which the data source is deployed.\n\nExample: `"idc-bj"`':
    '仅用于`type: "dataCenter"`，且此时必填：数据源部署所在线下IDC的ID。\n\n示例：`"idc-bj"`',
  'The address of the data source. With `type: "vpc"` or `"dataCenter"`: its private IP address, optional (without it, routes and security group rules are checked against the whole VPC or data center); it must lie inside that network (`address-outside-network`). With `type: "internet"`: required, the public IP address (not a private, shared or reserved one: `address-not-public`) or host name of the public connection address. Not allowed with `type: "classic"`. A value known only after apply may be written as its Terraform origin, `"${alicloud_instance.etl.private_ip}"` (`value-after-apply`).\n\nExample: `"172.16.5.20"`, `"203.0.113.10"` or `"db.example.com"`':
    '数据源的地址。`type: "vpc"`或`"dataCenter"`时：其私网IP地址，可选（缺省时，按整个专有网络VPC或线下IDC检查路由和安全组规则）；它必须位于该网络内（`address-outside-network`）。`type: "internet"`时：必填，公网连接地址的公网IP地址（不能是私网、共享或保留地址：`address-not-public`）或主机名。`type: "classic"`时不允许。apply之后才能确定的值可以写成其Terraform来源，`"${alicloud_instance.etl.private_ip}"`（`value-after-apply`）。\n\n示例：`"172.16.5.20"`、`"203.0.113.10"`或`"db.example.com"`',
  'The port of the data source, 1 to 65535. Default: the engine\'s port (mysql and polardb 3306, postgresql 5432, sqlserver 1433, oracle 1521, mongodb 3717, redis 6379, elasticsearch 9200, clickhouse 8123, kafka 9092, hologres 80, others 443). Not allowed with `type: "classic"`.\n\nExample: `3306`':
    '数据源的端口，1到65535。默认：数据源类型的端口（mysql和polardb 3306，postgresql 5432，sqlserver 1433，oracle 1521，mongodb 3717，redis 6379，elasticsearch 9200，clickhouse 8123，kafka 9092，hologres 80，其他443）。`type: "classic"`时不允许。\n\n示例：`3306`',
  'A DataWorks task that runs on a resource group and accesses data sources. `kind` decides which properties name the data sources:\n\n| `kind` | data sources |\n|---|---|\n| `sync` | `source` and `destination` (both required; no `dataSources`) |\n| `schedule`, `dataService` | `dataSources` (required; no `source` or `destination`) |\n\nEvery task needs its resource group to reach each data source it names.':
    '在资源组上运行并访问数据源的DataWorks任务。`kind`决定由哪些属性指定数据源：\n\n| `kind` | 数据源 |\n|---|---|\n| `sync` | `source`和`destination`（都必填；没有`dataSources`） |\n| `schedule`、`dataService` | `dataSources`（必填；没有`source`或`destination`） |\n\n每个任务都需要其资源组能访问它指定的每个数据源。',
  'The kind of task. Required; it decides whether the task names `source` and `destination` or `dataSources`.\n\nExample: `"sync"`':
    '任务的类型。必填；它决定任务指定`source`和`destination`，还是`dataSources`。\n\n示例：`"sync"`',
  'Data synchronization task (Data Integration): reads `source` and writes `destination`, both required. Runs on a serverless resource group or an exclusive resource group for Data Integration.':
    '数据同步任务（数据集成）：读取`source`并写入`destination`，二者都必填。运行在Serverless资源组或数据集成独享资源组上。',
  'Data development or scheduling task: accesses `dataSources` (required). Runs on a serverless resource group or an exclusive resource group for scheduling.':
    '数据开发或调度任务：访问`dataSources`（必填）。运行在Serverless资源组或独享调度资源组上。',
  'DataService Studio API: queries `dataSources` (required). Runs on a serverless resource group or an exclusive resource group for DataService Studio.':
    '数据服务API：查询`dataSources`（必填）。运行在Serverless资源组或数据服务独享资源组上。',
  'The id of the resource group the task runs on. Required.\n\nExample: `"rg-serverless"`':
    '任务运行所在资源组的ID。必填。\n\n示例：`"rg-serverless"`',
  'Only with `kind: "sync"`, and required there: the id of the data source the data synchronization task reads from.\n\nExample: `"rds-orders"`':
    '仅用于`kind: "sync"`，且此时必填：数据同步任务读取的数据源的ID。\n\n示例：`"rds-orders"`',
  'Only with `kind: "sync"`, and required there: the id of the data source the data synchronization task writes to.\n\nExample: `"holo-dw"`':
    '仅用于`kind: "sync"`，且此时必填：数据同步任务写入的数据源的ID。\n\n示例：`"holo-dw"`',
  'Only with `kind: "schedule"` or `"dataService"`, and required there: the ids of the data sources the task accesses.\n\nExample: `["rds-orders"]`':
    '仅用于`kind: "schedule"`或`"dataService"`，且此时必填：任务访问的数据源的ID。\n\n示例：`["rds-orders"]`',
  // The schema's title, and the labels and descriptions of its snippets (completion).
  'dwnet topology (scenario 1)': 'dwnet拓扑（场景1）',
  'A serverless resource group and an ApsaraDB RDS data source in the same VPC, with a scheduling task':
    '同一专有网络VPC中的Serverless资源组和云数据库RDS数据源，以及一个调度任务',
  'Empty dwnet topology': '空的dwnet拓扑',
  'Just the version': '仅包含版本',
  'Alibaba Cloud account': '阿里云账号',
  'An account with its UID': '包含UID的账号',
  'VPC with one vSwitch': '包含一个交换机的专有网络VPC',
  'A VPC, its CIDR block and one vSwitch': '专有网络VPC、其网段和一个交换机',
  'VPC with a vSwitch and an Internet NAT gateway': '包含交换机和公网NAT网关的专有网络VPC',
  'A VPC whose vSwitch reaches the Internet through an SNAT entry (scenario 5)':
    '交换机通过SNAT条目访问公网的专有网络VPC（场景5）',
  'Data center': '线下IDC',
  'A data center and its CIDR blocks': '线下IDC及其网段',
  'CEN connection': '云企业网CEN连接',
  'A CEN instance connecting two VPCs (other region or other account)':
    '连接两个专有网络VPC（跨地域或跨账号）的云企业网CEN实例',
  'Express Connect circuit': '高速通道',
  'An Express Connect circuit between a VPC and a data center':
    '专有网络VPC与线下IDC之间的高速通道',
  'VPN gateway': 'VPN网关',
  'A VPN gateway between a VPC and a data center': '专有网络VPC与线下IDC之间的VPN网关',
  'VPC peering connection': 'VPC对等连接',
  'A VPC peering connection between two VPCs': '两个专有网络VPC之间的VPC对等连接',
  'Advanced security group with outbound and inbound rules': '包含出方向和入方向规则的企业级安全组',
  'The two rules the reference document asks for when a resource group uses an advanced security group':
    '资源组使用企业级安全组时参考文档要求的两条规则',
  'Basic security group': '普通安全组',
  'A basic security group with no rules': '没有规则的普通安全组',
  'Serverless resource group with one VPC binding': '绑定一个专有网络VPC的Serverless资源组',
  'A serverless resource group associated with a VPC': '绑定专有网络VPC的Serverless资源组',
  'Exclusive resource group for Data Integration': '数据集成独享资源组',
  'An old-version exclusive resource group with its EIP and a VPC binding':
    '包含EIP和专有网络VPC绑定的旧版独享资源组',
  'ApsaraDB RDS for MySQL in a VPC': '专有网络VPC中的云数据库RDS MySQL版',
  'A managed MySQL data source in a VPC, with a whitelist':
    '专有网络VPC中的托管MySQL数据源，包含白名单',
  'MySQL on an ECS instance': 'ECS实例上的MySQL',
  'A self-managed MySQL on ECS, with its security group': 'ECS上自建的MySQL，包含其安全组',
  'Self-managed data source in a data center': '线下IDC中的自建数据源',
  'A database in a data center (scenario 4)': '线下IDC中的数据库（场景4）',
  'Data source on the Internet': '公网上的数据源',
  'A database reached through its public connection address (scenario 5)':
    '通过公网连接地址访问的数据库（场景5）',
  'Data synchronization task': '数据同步任务',
  'A sync task from a source to a destination': '从来源到目标的数据同步任务',
  'Scheduling task': '调度任务',
  'A schedule task that accesses data sources': '访问数据源的调度任务',
  'DataService Studio API': '数据服务API',
  'A dataService task that queries data sources': '查询数据源的数据服务任务',
  Defaults: '默认值',
  'Default account and region': '默认账号和地域',
  vSwitch: '交换机',
  'A vSwitch with its zone and CIDR block': '包含可用区和网段的交换机',
  'Internet NAT gateway with an SNAT entry': '包含SNAT条目的公网NAT网关',
  'A NAT gateway, its EIP and an SNAT entry for a vSwitch': 'NAT网关、其EIP和交换机的SNAT条目',
  'SNAT entry': 'SNAT条目',
  'Translate a vSwitch to an EIP': '将交换机转换为EIP',
  'Outbound rule': '出方向规则',
  'Allow the resource group to access the data source': '允许资源组访问数据源',
  'Inbound rule': '入方向规则',
  'Allow traffic from the vSwitch CIDR block': '允许来自交换机网段的流量',
  'VPC binding': '专有网络VPC绑定',
  'Associate the resource group with a VPC and a vSwitch': '将资源组绑定到专有网络VPC和交换机',
  'VPC binding with a security group and a route': '包含安全组和路由的专有网络VPC绑定',
  'A binding that reaches a data source in a connected VPC or data center':
    '访问已连接的专有网络VPC或线下IDC中数据源的绑定',
  'In a VPC': '位于专有网络VPC中',
  'A data source deployed in a VPC': '部署在专有网络VPC中的数据源',
  'In a data center': '位于线下IDC中',
  'A data source deployed in a data center': '部署在线下IDC中的数据源',
  'On the Internet': '位于公网上',
  'A data source reached through its public connection address': '通过公网连接地址访问的数据源',
  'In the classic network': '位于经典网络中',
  'Not supported: migrate the data source to a VPC': '不支持：请将数据源迁移到专有网络VPC',
  'dwnet DataWorks network topology': 'dwnet DataWorks网络拓扑',
};
