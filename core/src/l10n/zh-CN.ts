// 简体中文 messages, in the words of Alibaba Cloud's Chinese console and documentation
// (GLOSSARY.zh-CN.md): full-width punctuation in sentences, ids, CIDR blocks and code in
// half-width, no space between Chinese and Latin text (as the console writes 专有网络VPC).
import type { MessageKey } from './en';

export const zhCN: Record<MessageKey, string> = {
  quoted: '“{value}”',
  'validate.internalError': 'dwnet无法分析此文件（内部错误：{error}），请报告此问题。',
  'syntax.empty': '文件为空：拓扑是一个JSON对象，例如`\\{ "version": 1 \\}`。',
  'syntax.tooDeep': '嵌套超过{depth}层：这不是拓扑文件，dwnet不再继续分析。',
  'syntax.InvalidSymbol': '意外的字符。',
  'syntax.InvalidNumberFormat': '无效的数字。',
  'syntax.PropertyNameExpected': '此处应为属性名（使用双引号）。',
  'syntax.ValueExpected': '此处应为值。',
  'syntax.ColonExpected': '属性名后应为冒号。',
  'syntax.CommaExpected': '条目之间应为逗号。',
  'syntax.CloseBraceExpected': '此处应为右花括号`\\}`。',
  'syntax.CloseBracketExpected': '此处应为右方括号`]`。',
  'syntax.EndOfFileExpected': '此处应为文件结尾：拓扑是一个JSON对象。',
  'syntax.InvalidCommentToken': '无效的注释。',
  'syntax.UnexpectedEndOfComment': '注释未闭合（应为`*/`）。',
  'syntax.UnexpectedEndOfString': '字符串未闭合（应为`"`）。',
  'syntax.UnexpectedEndOfNumber': '数字不完整。',
  'syntax.InvalidUnicode': '无效的Unicode转义序列。',
  'syntax.InvalidEscapeCharacter': '字符串中有无效的转义字符。',
  'syntax.InvalidCharacter': '字符串中有无效字符（控制字符必须转义）。',
  'syntax.other': '语法错误（{name}）。',
  'suppression.fix.removeComment': '删除此注释',
  'suppression.problem.unknownCode': '“{code}”不是dwnet的规则代码',
  'suppression.problem.unknownCodeDidYouMean':
    '“{code}”不是dwnet的规则代码（您是否要使用“{best}”？）',
  'suppression.problem.noCode': '未指定规则代码',
  'suppression.problem.unsilenceable': '“{code}”不能被忽略',
  'suppression.problem.noReason': '未说明原因（请添加`-- <原因>`）',
  'suppression.problem.noEntryFollows': '其后没有条目',
  'suppression.problemSeparator': '；',
  'suppression.invalid': '此{directive}注释无效：{problems}。',
  'suppression.unused.file':
    '此{directive}注释未忽略任何问题：此文件中没有{codes}问题。请删除此注释。',
  'suppression.unused.here': '此{directive}注释未忽略任何问题：此处没有{codes}问题。请删除此注释。',
  'suppression.unused.at':
    '此{directive}注释未忽略任何问题：“{pointer}”上没有{codes}问题。请删除此注释。',
  'label.vpcCidr': '专有网络VPC“{vpc}”的网段',
  'label.vSwitchCidr': '交换机“{vSwitch}”的网段',
  'label.natEip': 'NAT网关“{nat}”的EIP',
  'label.snatSource': 'NAT网关“{nat}”的SNAT条目{index}的源网段',
  'label.snatEip': 'NAT网关“{nat}”的SNAT条目{index}的EIP',
  'label.dataCenterCidr': '线下IDC“{dataCenter}”的网段',
  'label.sgRule': '安全组“{sg}”的规则{index}',
  'label.route': '资源组“{rg}”的绑定{index}的路由',
  'label.rgEip': '资源组“{rg}”的EIP',
  'label.whitelistEntry': '数据源“{ds}”的白名单条目',
  'label.dsAddress': '数据源“{ds}”的地址',
  'related.taskUses': '任务“{task}”使用数据源“{ds}”',
  'related.dataSource': '数据源“{ds}”',
  'related.binding': '资源组“{rg}”的绑定{index}',
  'related.resourceGroup': '资源组“{rg}”',
  'related.vSwitch': '交换机“{vSwitch}”',
  'related.vpc': '专有网络VPC“{vpc}”',
  'related.vpcCidr': '专有网络VPC“{vpc}”的网段',
  'related.member': '成员“{member}”',
  'fix.replaceWith': '替换为“{value}”',
  'address-not-public.message':
    '数据源“{ds}”位于公网，但其地址{address}属于{cidr}（{kind}），无法通过公网访问。请使用数据源的公网连接地址；如果数据源位于专有网络VPC或线下IDC中，请改为描述该网络（"type": "vpc"或"dataCenter"）。',
  'address-outside-network.vpc':
    '数据源“{ds}”的地址{address}不在专有网络VPC“{vpc}”的网段{cidr}内。',
  'address-outside-network.dataCenter':
    '数据源“{ds}”的地址{address}不在线下IDC“{dataCenter}”的网段（{cidrs}）内。',
  'address-reserved.message':
    '数据源“{ds}”的地址{address}是交换机“{vSwitch}”（{cidr}）的保留地址：交换机保留第一个地址（{first}）和最后三个地址（{lastFrom}–{last}）。',
  'binding-out-of-scope.account':
    '资源组“{rg}”无法绑定专有网络VPC“{vpc}”：该VPC属于阿里云账号“{vpcAccount}”，而不是“{rgAccount}”。请绑定资源组所在账号和地域的VPC，再将其与此VPC连通（云企业网CEN、VPN网关或高速通道）。',
  'binding-out-of-scope.region':
    '资源组“{rg}”无法绑定专有网络VPC“{vpc}”：该VPC位于地域“{vpcRegion}”，而不是“{rgRegion}”。请绑定资源组所在账号和地域的VPC，再将其与此VPC连通（云企业网CEN、VPN网关或高速通道）。',
  'value.none': '（无）',
  'binding-vpc-unsupported.message':
    'Serverless资源组“{rg}”无法绑定专有网络VPC“{vpc}”（{cidr}）：Serverless资源组不支持网段属于21.0.0.0/8的VPC。',
  'binding-vswitch-mismatch.choices':
    '交换机“{vSwitch}”属于专有网络VPC“{owner}”，不属于资源组“{rg}”绑定的VPC“{vpc}”。请使用“{vpc}”的交换机：{choices}。',
  'binding-vswitch-mismatch.none':
    '交换机“{vSwitch}”属于专有网络VPC“{owner}”，不属于资源组“{rg}”绑定的VPC“{vpc}”。VPC“{vpc}”中没有交换机。',
  'binding-vswitch-mismatch.fix': '替换为“{choice}”（“{vpc}”的交换机）',
  'cidr-conflict.message':
    '连接“{connection}”中，“{later}”（{laterCidrs}）与“{earlier}”（{earlierCidrs}）网段重叠：网段重叠的网络会产生路由冲突。',
  'cidr-host-bits.message': '“{value}”的主机位不为0（{label}）；其网络地址为“{network}”。',
  'cidr-invalid.needsPrefix': '“{value}”不是网段：{label}需要前缀长度，例如“{value}/24”。',
  'cidr-invalid.message':
    '“{value}”不是有效的IPv4网段（{label}）；请写成a.b.c.d/n的形式，例如10.0.1.0/24。',
  'classic-network.message':
    '数据源“{ds}”部署在经典网络中：资源组与经典网络中的数据源之间无法建立网络连接。请将“{ds}”迁移到专有网络VPC。',
  'range.thisNetwork': '“本网络”地址段（RFC 791）',
  'range.private': '私网地址段（RFC 1918）',
  'range.shared': '运营商级NAT共享地址段（RFC 6598）',
  'range.loopback': '环回地址段（RFC 1122）',
  'range.linkLocal': '链路本地地址段（RFC 3927）',
  'range.ietf': 'IETF协议分配地址段（RFC 6890）',
  'range.benchmarking': '基准测试地址段（RFC 2544）',
  'range.multicast': '组播地址段（RFC 5771）',
  'range.reserved': '保留地址段（RFC 1112）',
  'connection.listed': '{count, plural, =1 {仅一个网络} other {#个网络}}',
  'connection.expressConnect.count':
    '高速通道连接恰好两个网络（一个专有网络VPC与一个线下IDC或另一个VPC）；“{connection}”列出了{listed}。',
  'connection.vpnGateway.count':
    'VPN网关连接恰好两个网络（一个专有网络VPC与一个线下IDC或另一个VPC）；“{connection}”列出了{listed}。',
  'connection.expressConnect.noVpc':
    '高速通道连接专有网络VPC与线下IDC或另一个VPC；“{connection}”列出了两个线下IDC。',
  'connection.vpnGateway.noVpc':
    'VPN网关连接专有网络VPC与线下IDC或另一个VPC；“{connection}”列出了两个线下IDC。',
  'connection.vpcPeering.count':
    'VPC对等连接恰好连接两个专有网络VPC；“{connection}”列出了{listed}。',
  'connection.vpcPeering.dataCenter':
    'VPC对等连接只连接两个专有网络VPC；“{connection}”列出了线下IDC（请使用高速通道或VPN网关）。',
  'connection.cen.count': '云企业网CEN实例至少连接两个网络；“{connection}”列出了{listed}。',
  'connection.cen.noVpc':
    '云企业网CEN实例连接专有网络VPC（也可包含线下IDC）；“{connection}”未列出任何VPC。',
  'target.vpc': '专有网络VPC“{id}”',
  'target.dataCenter': '线下IDC“{id}”',
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
  'list.and': '{first}和{last}',
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
  'taskKind.sync': '数据同步',
  'taskKind.schedule': '调度',
  'taskKind.dataService': '数据服务',
  'groupName.exclusiveDataIntegration': '数据集成独享资源组',
  'groupName.exclusiveScheduling': '独享调度资源组',
  'groupName.exclusiveDataService': '数据服务独享资源组',
  'task-kind-mismatch.message':
    '任务“{task}”是{kind}任务，但“{rg}”是{group}，只能运行{runs}任务。请使用Serverless资源组（可运行所有类型的任务）或类型匹配的资源组。',
  'step.runnable':
    '在Serverless资源组{alternative, select, none {} other {或{alternative}}}上运行{kind}任务“{task}”（“{rg}”只能运行{runs}任务）',
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
  'step.classic-network': '将数据源“{ds}”从经典网络迁移到专有网络VPC（经典网络无法连通）',
  'step.binding-out-of-scope': '绑定资源组所在账号和地域的专有网络VPC，而不是“{vpc}”',
  'step.binding-vpc-unsupported':
    '绑定网段不在21.0.0.0/8内的专有网络VPC，而不是“{vpc}”（Serverless资源组不支持该网段）',
  'step.connection-missing.vpc':
    '直接连通专有网络VPC“{vpc}”与VPC“{target}”（云企业网CEN、VPC对等连接、VPN网关或高速通道）',
  'step.connection-missing.dataCenter':
    '直接连通专有网络VPC“{vpc}”与线下IDC“{target}”（高速通道、VPN网关或云企业网CEN）',
  'step.route-missing': '在资源组绑定的专有网络VPC“{vpc}”中添加目标网段为{needed}的路由',
  'step.route-missing.target': '“{target}”的网段',
  'step.whitelist-missing.eip': '将EIP {needed}添加到数据源“{ds}”的IP地址白名单',
  'step.whitelist-missing.vSwitch':
    '将交换机“{vSwitch}”的网段{needed}添加到数据源“{ds}”的IP地址白名单',
  'step.vpc-not-associated.vpc': '将资源组“{rg}”绑定到专有网络VPC“{vpc}”',
  'step.vpc-not-associated.any': '将资源组“{rg}”绑定到其所在地域的专有网络VPC',
  'step.ip-invalid': '更正资源组“{rg}”的EIP“{eip}”',
  'step.eip-missing': '记录旧版资源组“{rg}”的EIP（DataWorks控制台：资源组 → 详情 → EIP地址）',
  'step.nat-missing': '为专有网络VPC“{vpc}”配置公网NAT网关',
  'step.nat-no-eip': '为NAT网关“{nat}”绑定EIP',
  'step.snat-missing': '在NAT网关“{nat}”上为交换机“{vSwitch}”配置SNAT条目',
  'scenario.1': '同一阿里云账号、同地域',
  'scenario.2': '同一阿里云账号、跨地域',
  'scenario.3': '跨阿里云账号',
  'scenario.4': '数据源位于线下IDC',
  'scenario.5': '数据源位于公网',
  'scenario.classic': '经典网络（不支持）',
  'explain.undecided.whitelist': '将{source}添加到数据源“{ds}”的IP地址白名单',
  'explain.undecided.whitelist.reason': '文件未给出其“whitelist”',
  'explain.undecided.securityGroup':
    '在承载数据源“{ds}”的ECS实例的安全组中，添加允许来自{cidr}、端口{port}的入方向规则',
  'explain.undecided.securityGroup.reason': '文件未给出其“securityGroup”',
  'explain.source.eip': 'EIP {eip}',
  'explain.source.vSwitch': '交换机“{vSwitch}”的网段{cidr}',
  'explain.connectivityTest':
    '在DataWorks中进行连通性测试：在数据集成的数据源页面，对数据源“{ds}”和资源组“{rg}”单击测试连通性',
  'explain.connectivityTest.reason': '只有DataWorks能测试实际网络',
  'status.notChecked': '未检查',
  'status.missing': '缺少{count}个步骤',
  'status.notConnected': '未连通',
  'status.connectedNotChecked': '已连通，{count}个步骤未检查',
  'status.connected': '已连通',
  'hop.resourceGroup': '资源组',
  'hop.snatVia': '通过EIP {eip}进行SNAT',
  'hop.noSnat': '此交换机没有SNAT条目',
  'hop.rgEip': '资源组的EIP {eip}',
  'hop.rgEipUnknown': '资源组的EIP未知',
  'hop.internet': '公网',
  'hop.connection': '连接',
  'hop.noDirectConnection': '无直接连接',
  'hop.vpc': '专有网络VPC',
  'hop.dataCenter': '线下IDC',
  'hop.dataSource': '数据源',
  'hop.dataSourceAt': '{engine}（{address}:{port}）',
  'explain.note.unknownReference': '此组合中有引用指向不存在的对象；请先修正未知引用。',
  'explain.note.schema': '数据源的网络信息不完整；请先修正结构错误。',
  'scenario.unknown': '未知',
  'lens.unknownReference': '未知引用',
  'lens.incompleteNetwork': '网络信息不完整',
  'lens.classic': '经典网络 · 不支持',
  'lens.scenario': '场景{scenario} · {state}',
  'lens.noDataSource': '无数据源',
  'lens.pair': '{ds}：{title}',
  'kind.account': '阿里云账号',
  'kind.vSwitch': '交换机',
  'kind.network': '专有网络VPC或线下IDC',
  'kind.vpc': '专有网络VPC',
  'kind.securityGroup': '安全组',
  'kind.dataCenter': '线下IDC',
  'kind.resourceGroup': '资源组',
  'kind.dataSource': '数据源',
  'unknown-reference.message':
    '未知的{kind}“{id}”{scope, select, none {} other {（专有网络VPC“{scope}”中）}}{owner, select, none {} other {（“{id}”属于专有网络VPC“{owner}”）}}。{best, select, none {{scope, select, none {} other {专有网络VPC“{scope}”中}}未定义任何{kind}。} other {您是否要使用“{best}”？}}',
  'unused.resourceGroup': '资源组“{rg}”未被任何任务使用。',
  'unused.dataSource': '数据源“{ds}”未被任何任务使用，因此不检查其网络连通。',
  'unused.securityGroup': '安全组“{sg}”未被任何绑定或数据源使用。',
  'unused.connection.invalid':
    '连接“{connection}”未连通任何网络：其类型无法连接其成员（connection-type-mismatch），因此没有路径使用它。',
  'unused.connection': '连接“{connection}”未将任何资源组的专有网络VPC连通到任务使用的数据源。',
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
  'vswitch-overlap.message':
    '专有网络VPC“{vpc}”中，交换机“{vSwitch}”的网段{cidr}与交换机“{other}”的网段{otherCidr}重叠。',
  'whitelist-missing.message': '数据源“{ds}”的IP地址白名单未放行{origin}。请添加{add}。',
  'whitelist-missing.partly':
    '资源组“{rg}”的绑定{index}的交换机“{vSwitch}”的整个网段{block}（{listed}未被覆盖）',
  'whitelist-missing.vSwitch': '资源组“{rg}”的绑定{index}的交换机“{vSwitch}”的网段{listed}',
  'whitelist-missing.nat': 'NAT网关“{nat}”为资源组“{rg}”使用的EIP {listed}',
  'whitelist-missing.rgEip': '资源组“{rg}”的EIP {listed}',
  'whitelist-missing.fix': '将{add}添加到“{ds}”的白名单',
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
  'schema.topology': '拓扑',
  'schema.pointer': '“{pointer}”',
  'schema.unknownProperty':
    '{where}中有未知属性“{name}”。{hint, select, best {您是否要使用“{best}”？} allowed {允许的属性：{allowed}。} other {}}',
  'schema.required': '{where}中缺少必需属性“{name}”。',
  'schema.notAllowed': '此处不允许使用属性“{name}”。',
  'schema.notAllowedWith': '此处不允许使用属性“{name}”（{by}为“{value}”时）。',
  'schema.type': '{where}必须是{expected}，而不是{actual}。',
  'jsonType.object': '对象',
  'jsonType.array': '数组',
  'jsonType.string': '字符串',
  'jsonType.number': '数字',
  'jsonType.integer': '整数',
  'jsonType.boolean': '布尔值',
  'jsonType.null': 'null',
  'jsonType.nothing': '空',
  'schema.enum':
    '“{value}”不是{where}的有效值。允许的值：{allowed}。{hint, select, generalPurpose {您是否要使用“serverless”？参考文档中的通用型资源组在此即Serverless资源组：它可运行数据同步、调度和数据服务任务。} best {您是否要使用“{best}”？} other {}}',
  'schema.const': '{where}必须是{value}。',
  'schema.pattern': '“{value}”不是有效的{name}（{where}）：{hint}。',
  'schema.patternGeneric': '必须匹配{pattern}',
  'schema.hint.ports': '请填写端口（"3306"）、端口范围（"1-65535"）或"all"',
  'schema.hint.uid': '阿里云账号UID只包含数字',
  'schema.other': '{where}无效（{detail}）。',
  'schema.invalid': '不符合格式',
  'schema.repeated': '属性“{name}”在{where}中出现了两次；只使用第一个。',
  'schema.ports.range': '端口号范围为1到65535',
  'schema.ports.reversed': '端口范围顺序颠倒；请写成"{high}-{low}"',
  'schema.ports': '“{text}”不是安全组“{sg}”中有效的端口范围：{problem}。',
  'schema.serverlessEip':
    '“eip”只适用于旧版（独享）资源组：Serverless资源组“{rg}”通过其专有网络VPC中NAT网关的EIP访问公网。请删除此属性。',
  'rule.address-not-public': '位于公网的数据源使用了私网、共享或保留地址，无法通过公网访问。',
  'rule.address-outside-network': '数据源的地址不在其专有网络VPC或线下IDC的网段内。',
  'rule.address-reserved': '数据源的地址是交换机的保留地址（第一个或最后三个地址）。',
  'rule.binding-out-of-scope': '资源组绑定了其他账号或其他地域的专有网络VPC。',
  'rule.binding-vpc-unsupported': 'Serverless资源组绑定了网段属于21.0.0.0/8的专有网络VPC。',
  'rule.binding-vswitch-mismatch': '绑定的交换机属于另一个专有网络VPC，而不是所绑定的VPC。',
  'rule.cidr-conflict': '同一连接的两个成员网段重叠。',
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
  'limits.size.mb': '{size} MB，超过dwnet的上限{limit} MB',
  'limits.size.bytes': '{bytes}字节，超过dwnet的上限{limit} MB（{limitBytes}字节）',
  'limits.fileTooLarge':
    '此文件大小为{size}（设置项dwnet.maxFileSize，命令行参数--max-file-size）；未进行分析。',
  'limits.severity.error': '{count}个错误',
  'limits.severity.warning': '{count}个警告',
  'limits.severity.information': '{count}个提示信息',
  'limits.severity.hint': '{count}个建议',
  'limits.tooMany':
    '另有{hiddenText}个问题未显示（{breakdown}）：dwnet每个文件最多显示{limit}个问题，按严重程度优先（设置项dwnet.maxFindingsPerFile，命令行参数--max-findings）。',
  'input.utf16':
    '此文件是UTF-16文本（以UTF-16字节顺序标记开头），未进行分析。请将其保存为UTF-8（GBK、GB 18030或Latin-1编码的文件必须转换）。',
  'input.notUtf8':
    '此文件不是有效的UTF-8：字节偏移{offset}处的字节{byte}不属于任何UTF-8字符，未进行分析。请将其保存为UTF-8（GBK、GB 18030或Latin-1编码的文件必须转换）。',
  'input.unreadable': '无法读取此文件：{reason}。',
  // @@end
};
