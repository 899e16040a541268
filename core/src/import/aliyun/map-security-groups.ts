// Aliyun mapper: security groups and their rules.
import { importText, type ImportText } from '../text';
import type { ImportComment } from '../topology';
import { type Found, type Value, fromText, optional, portsOf } from './helpers';
import { ruleProtocol } from '../protocol';
import { assignIds } from './ids';
import { NetworkMapper } from './map-network';
import { type Item, list, text } from './responses';

export abstract class SecurityGroupMapper extends NetworkMapper {
  // ---- security groups -------------------------------------------------------------------

  protected mapSecurityGroups(): void {
    const groups = new Map<string, Found>();
    for (const f of this.all('DescribeSecurityGroups')) {
      const id = text(f.item, 'SecurityGroupId');
      if (id && !groups.has(id)) groups.set(id, f);
    }
    const attributes = new Map<string, Found>();
    for (const f of this.all('DescribeSecurityGroupAttribute')) {
      const id = text(f.item, 'SecurityGroupId') ?? f.response.qualifier;
      if (!id) continue;
      const previous = attributes.get(id);
      if (previous) {
        // A second page (NextToken): its permissions join the first page's.
        const merged = [
          ...list(previous.item, 'Permissions', 'Permission'),
          ...list(f.item, 'Permissions', 'Permission'),
        ];
        attributes.set(id, {
          item: { ...previous.item, Permissions: { Permission: merged } },
          response: previous.response,
        });
      } else attributes.set(id, f);
      if (!groups.has(id)) groups.set(id, f);
    }
    const usable = [...groups].filter(([cloud, f]) => {
      const vpc = text(f.item, 'VpcId') ?? text(attributes.get(cloud)?.item, 'VpcId');
      if (vpc && this.vpcIds.has(vpc)) return true;
      this.note(
        'warning',
        importText('importText.securityGroupOf', {
          id: cloud,
          why: importText('importText.vpcNotInResponsesSkipped', {
            vpc: vpc ?? importText('importText.what.none'),
          }),
        }),
        f,
        cloud,
      );
      return false;
    });
    const ids = assignIds(
      usable.map(([cloud, f]) => ({
        cloudId: cloud,
        ...optional('name', text(f.item, 'SecurityGroupName')),
      })),
      this.taken,
      'sg',
    );
    for (const [cloud, f] of usable) {
      const attribute = attributes.get(cloud);
      const vpcCloud = text(f.item, 'VpcId') ?? text(attribute?.item, 'VpcId') ?? '';
      const id = ids.get(cloud) ?? cloud;
      this.securityGroupIds.set(cloud, id);
      const type = (
        text(f.item, 'SecurityGroupType') ??
        text(attribute?.item, 'SecurityGroupType') ??
        'normal'
      ).toLowerCase();
      const value: Value = {
        vpc: this.vpcIds.get(vpcCloud) ?? vpcCloud,
        type: type === 'enterprise' ? 'advanced' : 'basic',
      };
      const comments: ImportComment[] = [{ path: [], kind: 'from', text: fromText(f, cloud) }];
      if (!attribute) {
        comments.push({
          path: [],
          kind: 'unresolved',
          text: importText('importText.fieldOperationMissing', {
            field: 'rules',
            operation: 'DescribeSecurityGroupAttribute',
            id: cloud,
          }),
        });
      } else {
        const rules: Value[] = [];
        for (const permission of list(attribute.item, 'Permissions', 'Permission')) {
          const rule = this.rule(permission, cloud);
          if ('skipped' in rule)
            comments.push({ path: ['rules'], kind: 'unresolved', text: rule.skipped });
          else rules.push(rule.rule);
        }
        value['rules'] = rules;
        if (attribute !== f)
          comments.push({ path: ['rules'], kind: 'from', text: fromText(attribute, cloud) });
        const inner = (text(attribute.item, 'InnerAccessPolicy') ?? '').toLowerCase();
        if (type !== 'enterprise' && inner === 'drop') {
          comments.push({
            path: ['type'],
            kind: 'unresolved',
            text: importText('importText.innerDrop'),
          });
        }
      }
      this.collection('securityGroups').set(id, { value, comments });
      this.count('securityGroups');
    }
  }

  /** A permission as a dwnet rule, or why it was not imported. */
  protected rule(permission: Item, group: string): { rule: Value } | { skipped: ImportText } {
    const direction = (text(permission, 'Direction') ?? '').toLowerCase();
    const ruleId = text(permission, 'SecurityGroupRuleId') ?? '';
    const label = importText('importText.aliyunRule', {
      id: ruleId || importText('importText.what.noId'),
      group,
    });
    if (direction !== 'ingress' && direction !== 'egress')
      return {
        skipped: importText('importText.aliyunRuleDirection', {
          label,
          direction: direction || importText('importText.what.none'),
        }),
      };
    const protocol = ruleProtocol(text(permission, 'IpProtocol'));
    if (protocol === undefined) {
      return {
        skipped: importText('importText.aliyunRuleProtocol', {
          label,
          direction,
          protocol: text(permission, 'IpProtocol') ?? '',
          ports: text(permission, 'PortRange') ?? '',
        }),
      };
    }
    const cidr =
      direction === 'ingress' ? text(permission, 'SourceCidrIp') : text(permission, 'DestCidrIp');
    if (!cidr) {
      const group = text(permission, direction === 'ingress' ? 'SourceGroupId' : 'DestGroupId');
      const prefixList = text(
        permission,
        direction === 'ingress' ? 'SourcePrefixListId' : 'DestPrefixListId',
      );
      const ipv6 = text(
        permission,
        direction === 'ingress' ? 'Ipv6SourceCidrIp' : 'Ipv6DestCidrIp',
      );
      const what = group
        ? importText('importText.what.securityGroup', { id: group })
        : prefixList
          ? importText('importText.what.prefixList', { id: prefixList })
          : ipv6
            ? importText('importText.what.ipv6', { ip: ipv6 })
            : importText('importText.what.noCidr');
      return { skipped: importText('importText.aliyunRuleNoCidr', { label, direction, what }) };
    }
    // ALL is the format's default: written only when the rule names one protocol.
    const rule: Value = protocol === 'all' ? { direction, cidr } : { direction, protocol, cidr };
    // ICMP and GRE have no ports (-1/-1): the format's `all`, the default.
    const ports =
      protocol === 'icmp' || protocol === 'gre' ? 'all' : portsOf(text(permission, 'PortRange'));
    if (ports === undefined)
      return {
        skipped: importText('importText.aliyunRulePorts', {
          label,
          // As the source has it, even absent.
          range: String(text(permission, 'PortRange')),
        }),
      };
    if (ports !== 'all') rule['ports'] = ports;
    const policy = (text(permission, 'Policy') ?? 'accept').toLowerCase();
    if (policy === 'drop') rule['policy'] = 'drop';
    const priority = Number(text(permission, 'Priority') ?? '1');
    if (Number.isInteger(priority) && priority >= 1 && priority <= 100 && priority !== 1)
      rule['priority'] = priority;
    return { rule };
  }
}
