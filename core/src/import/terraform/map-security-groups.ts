// Terraform mapper: security groups and their rules.
import type { JsonValue } from '../topology';
import { NetworkMapper } from './map-network';
import {
  type JsonObject,
  integer,
  isUnknown,
  portsOf,
  symbolicOf,
  text,
  unresolvedText,
} from './map-shared';

export abstract class SecurityGroupMapper extends NetworkMapper {
  protected mapSecurityGroups(): void {
    for (const resource of this.ofType('alicloud_security_group')) {
      const values = resource.values;
      const vpc = this.entityOf(values['vpc_id'], 'vpcs');
      if (!vpc) {
        this.note(
          resource,
          'unresolved',
          'not imported: its VPC (vpc_id) is not imported (a security group belongs to one VPC)',
        );
        continue;
      }
      const kind = text(values['security_group_type'])?.toLowerCase();
      const value: JsonObject = {
        vpc: vpc.id,
        type: kind === 'enterprise' ? 'advanced' : 'basic',
        rules: [],
      };
      const entity = this.addEntity(
        'securityGroups',
        resource,
        this.name(resource, 'security_group_name', 'name'),
        'sg',
        value,
      );
      const inner = text(values['inner_access_policy'])?.toLowerCase();
      if (kind !== 'enterprise' && inner === 'drop') {
        this.comment(
          entity,
          ['type'],
          'note',
          'inner_access_policy is Drop: members of this basic group do not reach each other, which the format assumes they do',
        );
      }
    }
    for (const resource of this.ofType('alicloud_security_group_rule')) {
      const values = resource.values;
      const group = this.entityOf(values['security_group_id'], 'securityGroups');
      if (!group) {
        this.note(resource, 'unresolved', 'not imported: its security group is not imported');
        continue;
      }
      const rules = group.value['rules'] as JsonValue[];
      const rulesPath = ['rules'];
      const skip = (why: string) =>
        this.comment(
          group,
          rulesPath,
          'unresolved',
          `rule ${resource.address} not imported: ${why}`,
        );
      const protocol = (text(values['ip_protocol']) ?? 'all').toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'all') {
        skip(
          `its protocol is ${protocol} and the format has no protocol yet (it would count as TCP)`,
        );
        continue;
      }
      const direction = text(values['type'])?.toLowerCase();
      if (direction !== 'ingress' && direction !== 'egress') {
        skip('its direction (type) is not ingress or egress');
        continue;
      }
      const cidrValue = values['cidr_ip'];
      const symbolic = symbolicOf(cidrValue);
      if (symbolic !== undefined) this.afterApply++;
      const cidr = symbolic ?? text(cidrValue);
      if (cidr === undefined) {
        if (isUnknown(cidrValue)) skip(unresolvedText('its CIDR block', cidrValue));
        else if (
          values['source_security_group_id'] !== undefined &&
          values['source_security_group_id'] !== null
        )
          skip('it names a security group, not a CIDR block, which the format cannot say yet');
        else skip('it has no IPv4 CIDR block (cidr_ip)');
        continue;
      }
      const rule: JsonObject = { direction, cidr };
      const ports = portsOf(values['port_range']);
      if (ports === undefined) {
        skip(`its port range ${text(values['port_range']) ?? '(unknown)'} cannot be read`);
        continue;
      }
      if (ports !== 'all') rule['ports'] = ports;
      const policy = text(values['policy'])?.toLowerCase();
      if (policy === 'drop') rule['policy'] = 'drop';
      const priority = integer(values['priority']);
      if (priority !== undefined && priority !== 1 && priority >= 1 && priority <= 100)
        rule['priority'] = priority;
      group.comments.push({
        path: ['rules', rules.length],
        kind: 'from',
        text: this.fromText(resource),
      });
      rules.push(rule);
    }
  }
}
