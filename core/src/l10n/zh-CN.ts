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
  // @@end
};
