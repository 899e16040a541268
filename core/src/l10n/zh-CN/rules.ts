// 简体中文 messages of rule messages and quick fix titles (see ../zh-CN.ts).
import type { enRules } from '../en/rules';

export const zhCNRules = (): Record<keyof typeof enRules, string> => ({
  'address-not-public.message':
    '数据源“{ds}”位于公网，但其地址{address}属于{cidr}（{kind}），无法通过公网访问。请使用数据源的公网连接地址；如果数据源位于专有网络VPC或线下IDC中，请改为描述该网络（"type": "vpc"或"dataCenter"）。',
  'address-outside-network.vpc':
    '数据源“{ds}”的地址{address}不在专有网络VPC“{vpc}”的网段{cidr}内。',
  'address-outside-network.vpcBlocks':
    '数据源“{ds}”的地址{address}不在专有网络VPC“{vpc}”的网段（{cidrs}）内。',
  'address-outside-network.dataCenter':
    '数据源“{ds}”的地址{address}不在线下IDC“{dataCenter}”的网段（{cidrs}）内。',
  'address-reserved.message':
    '数据源“{ds}”的地址{address}是交换机“{vSwitch}”（{cidr}）的保留地址：交换机保留第一个地址（{first}）和最后三个地址（{lastFrom}–{last}）。',
  'binding-out-of-scope.account':
    '资源组“{rg}”无法绑定专有网络VPC“{vpc}”：该VPC属于阿里云账号“{vpcAccount}”，而不是“{rgAccount}”。请绑定资源组所在账号和地域的VPC，再将其与此VPC连通（云企业网CEN、VPN网关或高速通道）。',
  'binding-out-of-scope.region':
    '资源组“{rg}”无法绑定专有网络VPC“{vpc}”：该VPC位于地域“{vpcRegion}”，而不是“{rgRegion}”。请绑定资源组所在账号和地域的VPC，再将其与此VPC连通（云企业网CEN、VPN网关或高速通道）。',
  'binding-vpc-unsupported.message':
    'Serverless资源组“{rg}”无法绑定专有网络VPC“{vpc}”（{cidr}）：Serverless资源组不支持网段属于21.0.0.0/8的VPC。',
  'binding-vswitch-mismatch.choices':
    '交换机“{vSwitch}”属于专有网络VPC“{owner}”，不属于资源组“{rg}”绑定的VPC“{vpc}”。请使用“{vpc}”的交换机：{choices}。',
  'binding-vswitch-mismatch.none':
    '交换机“{vSwitch}”属于专有网络VPC“{owner}”，不属于资源组“{rg}”绑定的VPC“{vpc}”。VPC“{vpc}”中没有交换机。',
  'binding-vswitch-mismatch.fix': '替换为“{choice}”（“{vpc}”的交换机）',
  'cidr-conflict.message':
    '连接“{connection}”中，“{later}”（{laterCidrs}）与“{earlier}”（{earlierCidrs}）网段重叠：网段重叠的网络会产生路由冲突。',
  'cidr-conflict.secondary':
    '专有网络VPC“{vpc}”的附加网段{cidr}与{which, select, primary {该VPC的主网段} other {其另一个附加网段}}{other}重叠：同一VPC的网段不能重叠。',
  'cidr-host-bits.message': '“{value}”的主机位不为0（{label}）；其网络地址为“{network}”。',
  'cidr-invalid.symbolic':
    '“{value}”不是有效的应用后才能确定的值（{label}）：请将其来源写在$\\{与\\}之间，例如$\\{alicloud_vswitch.dw.cidr_block\\}。',
  'cidr-invalid.symbolicFixed':
    '“{value}”是应用后才能确定的值，但{label}必须事先确定：请直接填写网段（即您设置的cidr_block），例如10.0.0.0/16。',
  'cidr-invalid.needsPrefix': '“{value}”不是网段：{label}需要前缀长度，例如“{value}/24”。',
  'cidr-invalid.message':
    '“{value}”不是有效的IPv4网段（{label}）；请写成a.b.c.d/n的形式，例如10.0.1.0/24。',
  'classic-network.message':
    '数据源“{ds}”部署在经典网络中：资源组与经典网络中的数据源之间无法建立网络连接。请将“{ds}”迁移到专有网络VPC。',
  'connection-missing.fix.addVpcToCen': '将专有网络VPC“{vpc}”加入云企业网“{cen}”',
  'connection-missing.fix.addTargetToCen': '将{target}加入云企业网“{cen}”',
  'connection-missing.fix.createCen': '在“{vpc}”与“{target}”之间创建云企业网实例“{id}”',
  'connection-missing.fix.createExpressConnect': '在“{vpc}”与“{target}”之间创建高速通道“{id}”',
  'connection-missing.message':
    '专有网络VPC“{vpc}”（资源组“{rg}”的绑定{index}）与数据源“{ds}”所在的{target}未直接连通。{kind, select, vpc {请使用云企业网CEN、VPC对等连接、VPN网关或高速通道连通二者。} other {请使用高速通道或VPN网关连通二者。}}{cen, select, target {云企业网“{cenId}”已包含{target}：请将VPC“{vpc}”加入其中。} binding {云企业网“{cenId}”已包含VPC“{vpc}”：请将{target}加入其中。} other {}}{conflict, select, yes {请先修改其中一个网段：“{vpc}”（{vpcCidrs}）与“{conflictId}”（{conflictCidrs}）网段重叠，网段重叠的网络会产生路由冲突。} other {}}',
  'duplicate-id.message':
    '{collection}中的ID“{id}”重复：同一集合中的ID必须唯一，dwnet只使用第一个定义。',
  'eip-may-change.message':
    '旧版资源组“{rg}”的EIP {eip}可能在扩容后发生变化：每次扩容后请检查，并将最新的EIP添加到其数据源的白名单中。',
  'eip-missing.message':
    '旧版资源组“{rg}”通过公网使用其EIP访问数据源“{ds}”，但未填写"eip"。请在DataWorks控制台（资源组 → 独享资源组 → 详情 → EIP地址）中查看，并将其填写在此处及数据源的白名单中。',
  'internet-unstable.message':
    '数据同步任务“{task}”通过公网与{dataSources}同步数据：无法保障任务的效率和稳定性。建议使用内网或云企业网（CEN）。',
  'ip-invalid.symbolic':
    '“{value}”不是有效的应用后才能确定的值（{label}）：请将其来源写在$\\{与\\}之间，例如$\\{alicloud_eip_address.nat.ip_address\\}。',
  'ip-invalid.hostName': '“{value}”不是有效的IPv4地址（{label}）或主机名。',
  'ip-invalid.endpoint':
    '“{value}”不是有效的IPv4地址（{label}）：请填写该连接地址在网络内解析到的IP地址（路由、白名单和安全组均据此检查）。',
  'ip-invalid.message':
    '“{value}”不是有效的IPv4地址（{label}）；请写成a.b.c.d的形式，例如47.96.1.10。',
  'ipv6-unsupported.message':
    '“{value}”是IPv6值（{label}）：dwnet只检查IPv4网络。请使用IPv4网段或地址。',
  'legacy-resource-group.message':
    '“{rg}”是旧版资源组（{type}）。DataWorks推荐使用Serverless资源组：一个Serverless资源组即可运行数据同步、调度和数据服务任务。',
  'nat-missing.message':
    'Serverless资源组“{rg}”无法访问公网上的数据源“{ds}”：专有网络VPC“{vpc}”（绑定{index}）没有公网NAT网关。请配置一个公网NAT网关，并为其绑定EIP、添加{where, select, vSwitch {交换机“{vSwitch}”的} other {}}SNAT条目。',
  'nat-missing.fix': '在专有网络VPC“{vpc}”中添加NAT网关“{nat}”，并添加“{vSwitch}”的SNAT条目',
  'nat-no-eip.message':
    '专有网络VPC“{vpc}”的NAT网关“{nat}”没有EIP：请为其绑定弹性公网IP（专有网络控制台 → 公网NAT网关），并填写在"eips"中。',
  'region-unknown.message': '“{region}”不是已知的阿里云地域ID。您是否要使用“{best}”？',
  'task-kind-mismatch.message':
    '任务“{task}”是{kind}任务，但“{rg}”是{group}，只能运行{runs}任务。请使用Serverless资源组（可运行所有类型的任务）或类型匹配的资源组。',
  'route-missing.fix': '在“{rg}”的绑定{index}中添加路由“{route}”',
  'route-missing.message':
    '资源组“{rg}”的绑定{index}（专有网络VPC“{vpc}”）没有到数据源“{ds}”{address, select, none {} other {（{address}）}}的路由。请添加目标网段为{needed, select, none {数据源网段} other {{needed}}}的路由{partOf, select, none {} other {（{partOf}中包含该地址且尚无路由覆盖的部分）}}{alternative, select, none {} other {（或{alternative}）}}。',
  'snat-duplicate-source.message':
    'NAT网关“{nat}”的SNAT条目{index}与SNAT条目{first}的源“{source}”重复：一个交换机或网段只能出现在一个SNAT条目中。',
  'snat-eip-unknown.message':
    'NAT网关“{nat}”的SNAT条目{index}使用的EIP {eip}未绑定到该网关{known, select, none {。} other {（其EIP：{known}）。}}',
  'snat-eip-unknown.fix': '替换为{value}',
  'snat-missing.vSwitch': '交换机“{vSwitch}”',
  'snat-missing.partly':
    '专有网络VPC“{vpc}”的NAT网关“{nat}”的SNAT条目未完全覆盖资源组“{rg}”使用的{vSwitch}（{sources}未被覆盖），因此无法访问公网上的数据源“{ds}”。{entries, select, none {请使用该网关的有效EIP为其添加SNAT条目。} other {请添加SNAT条目{entries}。}}',
  'snat-missing.none':
    '专有网络VPC“{vpc}”的NAT网关“{nat}”没有资源组“{rg}”使用的{vSwitch}的SNAT条目，因此无法访问公网上的数据源“{ds}”。{entries, select, none {请使用该网关的有效EIP为其添加SNAT条目。} other {请添加SNAT条目{entries}。}}',
  'snat-missing.fix.partly': '使用EIP {eip}为{sources}添加SNAT条目',
  'snat-missing.fix': '使用EIP {eip}为“{vSwitch}”添加SNAT条目',
  'transitive-path.message':
    '专有网络VPC“{vpc}”（资源组“{rg}”的绑定{index}）需经过{hops}个连接才能到达数据源“{ds}”所在的{target}；默认情况下路由不会跨连接传播。请直接连通这两个网络。',
  'unknown-reference.message':
    '未知的{kind}“{id}”{scope, select, none {} other {（专有网络VPC“{scope}”中）}}{owner, select, none {} other {（“{id}”属于专有网络VPC“{owner}”）}}。{best, select, none {{scope, select, none {} other {专有网络VPC“{scope}”中}}未定义任何{kind}。} other {您是否要使用“{best}”？}}',
  'vpc-cidr-mask.message':
    '专有网络VPC“{vpc}”的网段{cidr}的掩码为/{prefix}：VPC网段的掩码须在/8到/28之间。',
  'vpc-cidr-reserved.message':
    '专有网络VPC“{vpc}”的网段{cidr}使用了保留网段{reserved}：VPC网段不能使用或包含100.64.0.0/10、224.0.0.0/4、127.0.0.0/8或169.254.0.0/16。',
  'vpc-not-associated.vpc':
    '资源组“{rg}”未绑定数据源“{ds}”所在的专有网络VPC“{vpc}”，也未绑定与其连通的VPC。{bind}',
  'vpc-not-associated.internet':
    '资源组“{rg}”未绑定任何专有网络VPC，因此无法通过NAT网关访问公网上的数据源“{ds}”。{bind}',
  'vpc-not-associated.dataCenter':
    '资源组“{rg}”未绑定与数据源“{ds}”所在线下IDC“{dataCenter}”连通的专有网络VPC。{bind}',
  'vpc-not-associated.bindVSwitch': '请将其绑定到专有网络VPC“{vpc}”（交换机“{vSwitch}”）。',
  'vpc-not-associated.bindVpc': '请将其绑定到专有网络VPC“{vpc}”。',
  'vpc-not-associated.bindAny': '请将其绑定到所在地域的专有网络VPC。',
  'vpc-not-associated.fix': '将“{rg}”绑定到专有网络VPC“{vpc}”（交换机“{vSwitch}”）',
  'vswitch-cidr-mask.message':
    '交换机“{vSwitch}”的网段{cidr}的掩码为/{prefix}：交换机网段的掩码须在/16到/29之间。',
  'vswitch-outside-vpc.message':
    '交换机“{vSwitch}”的网段{cidr}不在专有网络VPC“{vpc}”的网段{vpcCidr}内。',
  'vswitch-outside-vpc.blocks':
    '交换机“{vSwitch}”的网段{cidr}不在专有网络VPC“{vpc}”的网段（{vpcCidrs}）内。',
  'vswitch-overlap.message':
    '专有网络VPC“{vpc}”中，交换机“{vSwitch}”的网段{cidr}与交换机“{other}”的网段{otherCidr}重叠。',
  'value-after-apply.message':
    '应用后才能验证：{values}是应用后才能确定的值，此步骤取决于{count, plural, one {该值} other {这些值}}：{step}。请在{count, plural, one {该值} other {这些值}}确定后（terraform apply之后，或填写应用后的值）再次检查。',
  'value-after-apply.snatEip':
    '应用后才能验证：SNAT条目{index}的EIP {eip}必须是NAT网关“{nat}”的EIP之一（{known}），是否如此应用后才能确定。',
  'whitelist-missing.message': '数据源“{ds}”的IP地址白名单未放行{origin}。请添加{add}。',
  'whitelist-missing.partly':
    '资源组“{rg}”的绑定{index}的交换机“{vSwitch}”的整个网段{block}（{listed}未被覆盖）',
  'whitelist-missing.vSwitch': '资源组“{rg}”的绑定{index}的交换机“{vSwitch}”的网段{listed}',
  'whitelist-missing.nat': 'NAT网关“{nat}”为资源组“{rg}”使用的EIP {listed}',
  'whitelist-missing.rgEip': '资源组“{rg}”的EIP {listed}',
  'whitelist-missing.fix': '将{add}添加到“{ds}”的白名单',
  'whitelist-missing.fixOverLimit':
    '将{add}添加到“{ds}”的白名单（添加后白名单超过1,000个条目：请将部分条目合并为更大的网段）',
  'whitelist-too-long.message':
    '数据源“{ds}”的白名单有{count}个条目；白名单最多包含1,000个条目。请将条目合并为更大的网段。',
  'sg-vpc-mismatch.related': '安全组“{sg}”属于专有网络VPC“{vpc}”',
  'sg-vpc-mismatch.binding': '资源组“{rg}”的绑定{index}',
  'sg-vpc-mismatch.dataSource': '数据源“{ds}”（部署在ECS上）',
  'sg-vpc-mismatch.choices':
    '安全组“{sg}”属于专有网络VPC“{owner}”，而不属于{user}所在的VPC“{vpc}”：一个安全组只属于一个VPC。请使用“{vpc}”的安全组：{choices}。',
  'sg-vpc-mismatch.none':
    '安全组“{sg}”属于专有网络VPC“{owner}”，而不属于{user}所在的VPC“{vpc}”：一个安全组只属于一个VPC。VPC“{vpc}”没有安全组：请在securityGroups中添加一个。',
  'sg-vpc-mismatch.fix': '替换为“{choice}”（“{vpc}”的安全组）',
  'rule.address-not-public': '位于公网的数据源使用了私网、共享或保留地址，无法通过公网访问。',
  'rule.address-outside-network': '数据源的地址不在其专有网络VPC或线下IDC的网段内。',
  'rule.address-reserved': '数据源的地址是交换机的保留地址（第一个或最后三个地址）。',
  'rule.binding-out-of-scope': '资源组绑定了其他账号或其他地域的专有网络VPC。',
  'rule.binding-vpc-unsupported': 'Serverless资源组绑定了网段属于21.0.0.0/8的专有网络VPC。',
  'rule.binding-vswitch-mismatch': '绑定的交换机属于另一个专有网络VPC，而不是所绑定的VPC。',
  'rule.cidr-conflict': '同一连接的两个成员网段重叠，或同一专有网络VPC的两个网段重叠。',
  'rule.cidr-host-bits': '网段在前缀长度之外的主机位不为0。',
  'rule.cidr-invalid': '网段不是有效的IPv4网段。',
  'rule.classic-network': '数据源部署在经典网络中，资源组无法访问。',
  'rule.connection-missing': '资源组绑定的专有网络VPC与数据源所在网络未直接连通。',
  'rule.connection-type-mismatch': '连接所连的网络不是其类型能够连接的网络。',
  'rule.ds-sg-ingress-missing':
    '部署在ECS上的数据源的安全组未放行资源组交换机网段或EIP访问数据源端口。',
  'rule.duplicate-id': '同一集合中定义了两次相同的ID。',
  'rule.eip-may-change': '白名单中使用的旧版资源组EIP可能在资源组扩容后发生变化。',
  'rule.eip-missing': '访问公网数据源的旧版资源组未记录其EIP。',
  'rule.encoding-invalid': '文件不是有效的UTF-8文本，未进行分析。',
  'rule.file-too-large': '文件超过文件大小限制（dwnet.maxFileSize、--max-file-size），未进行分析。',
  'rule.file-unreadable': '无法读取文件（文件不存在、无访问权限或是目录），未进行分析。',
  'rule.internet-unstable': '数据同步任务通过公网读写数据源。',
  'rule.ip-invalid': 'IP地址（EIP或数据源地址）不是有效的IPv4地址。',
  'rule.ipv6-unsupported': '使用了IPv6地址或网段；dwnet只检查IPv4。',
  'rule.json-syntax': '文件不是有效的带注释JSON（JSONC）。',
  'rule.legacy-resource-group': '资源组是旧版（独享）资源组；参考文档推荐使用Serverless资源组。',
  'rule.value-after-apply':
    '某个步骤取决于应用后才能确定的值（以其来源表示的符号值）：应用后才能验证。',
  'rule.nat-missing': 'Serverless资源组绑定的专有网络VPC没有用于访问公网数据源的公网NAT网关。',
  'rule.nat-no-eip': 'NAT网关没有EIP。',
  'rule.region-unknown': '地域不是已知的阿里云地域ID。',
  'rule.rg-sg-egress-missing': '资源组绑定的安全组未放行到数据源的出方向流量。',
  'rule.rg-sg-ingress-missing': '资源组绑定的企业级安全组未放行来自其交换机网段的入方向流量。',
  'rule.route-missing': '资源组的绑定没有覆盖另一网络中数据源地址的路由。',
  'rule.route-own-vpc': '绑定的路由位于所绑定专有网络VPC自身的网段内。',
  'rule.route-unused': '绑定的路由未指向与所绑定专有网络VPC连通的任何网络。',
  'rule.schema': '文件不符合拓扑格式（schemas/dwnet.schema.json）。',
  'rule.sg-vpc-mismatch': '绑定或部署在ECS上的数据源使用了其他专有网络VPC的安全组。',
  'rule.snat-duplicate-source': '同一NAT网关的两个SNAT条目使用了相同的源。',
  'rule.snat-eip-unknown': 'SNAT条目使用的EIP不是其NAT网关的EIP。',
  'rule.snat-missing': 'NAT网关没有覆盖资源组交换机的SNAT条目（带EIP）。',
  'rule.suppression-invalid': 'dwnet-ignore注释指定了未知的规则代码，或缺少`-- 原因`。',
  'rule.suppression-unused': 'dwnet-ignore注释未忽略任何问题。',
  'rule.task-kind-mismatch': '任务运行在不支持该类型任务的旧版资源组上。',
  'rule.too-many-findings':
    '文件的问题数超过单个文件的上限（dwnet.maxFindingsPerFile、--max-findings），其余问题未显示。',
  'rule.transitive-path': '资源组的专有网络VPC只能经过两个或更多连接到达数据源所在网络。',
  'rule.unknown-reference': '引用未指向正确类型的对象。',
  'rule.unused': '资源组、数据源、安全组或连接未被使用。',
  'rule.vpc-cidr-mask': '专有网络VPC网段的前缀长度不在/8–/28之间。',
  'rule.vpc-cidr-reserved': '专有网络VPC网段使用或包含保留网段。',
  'rule.vpc-not-associated': '资源组未绑定数据源所在的专有网络VPC，也未绑定与其连通的VPC。',
  'rule.vswitch-cidr-mask': '交换机网段的前缀长度不在/16–/29之间。',
  'rule.vswitch-outside-vpc': '交换机网段不在其专有网络VPC的网段内。',
  'rule.vswitch-overlap': '同一专有网络VPC的两个交换机网段重叠。',
  'rule.whitelist-missing': '数据源的IP地址白名单未包含资源组的交换机网段或EIP。',
  'rule.whitelist-open': '白名单包含0.0.0.0/0，允许所有地址访问。',
  'rule.whitelist-too-long': '白名单条目超过1,000个。',
  'rg-sg-egress-missing.message':
    '资源组“{rg}”的绑定{index}的{type, select, advanced {企业级安全组} other {普通安全组}}“{sg}”未放行到数据源“{ds}”（{address}:{port}）的出方向流量。{why}{advice}',
  'rg-sg-ingress-missing.message':
    '资源组“{rg}”的绑定{index}的企业级安全组“{sg}”未放行来自交换机网段{cidr}的入方向流量。{why}{advice}',
  'ds-sg-ingress-missing.message':
    '承载数据源“{ds}”的ECS实例的安全组“{sg}”未放行来自{needed}（资源组“{rg}”）访问端口{port}的入方向流量。{why}{advice}',
  'whitelist-open.message':
    '数据源“{ds}”的白名单包含{entry}，允许所有地址访问。{needed, select, none {} other {资源组只需要{needed}。}}',
  'whitelist-open.fix': '将{entry}替换为{needed}',
  'route-unused.message':
    '与专有网络VPC“{vpc}”连通的网络均不包含“{rg}”的绑定{index}的路由{route}：请删除此路由，或连通其指向的网络。',
  'route-own-vpc.message':
    '路由{route}位于专有网络VPC“{vpc}”的网段{cidr}内，“{rg}”的绑定{index}已可访问该网段：请删除此路由。',
  'route-missing.overlapping':
    '资源组“{rg}”的绑定{index}（专有网络VPC“{vpc}”）没有到数据源“{ds}”{address, select, none {} other {（{address}）}}的路由。任何路由都无法到达该地址：它位于专有网络VPC“{vpc}”自身的网段{vpcCidr}内；请先修改两个网络之一的网段。',
});
