// Terraform mapper: security groups and their rules.
import { importText, notImported, prefixedWords, type ImportWords } from '../text';
import type { JsonValue } from '../topology';
import { ruleProtocol } from '../protocol';
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
        this.note(resource, 'unresolved', notImported(importText('importText.vpcMissingSg')));
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
        this.note(resource, 'unresolved', notImported(importText('importText.sgMissing')));
        continue;
      }
      const rules = group.value['rules'] as JsonValue[];
      const rulesPath = ['rules'];
      // `rule <address> not imported: <why>`; the catalogue has no such sentence, so an
      // unknown value's text holds it as what is unknown.
      const notImportedRule = `rule ${resource.address} not imported`;
      const skip = (why: ImportWords) => this.comment(group, rulesPath, 'unresolved', why);
      const protocolValue = values['ip_protocol'];
      if (isUnknown(protocolValue)) {
        skip(unresolvedText(`${notImportedRule}: its protocol`, protocolValue));
        continue;
      }
      const protocol = ruleProtocol(text(protocolValue));
      if (protocol === undefined) {
        skip(
          `${notImportedRule}: its protocol ${text(protocolValue) ?? ''} is not tcp, udp, icmp, gre or all`,
        );
        continue;
      }
      const direction = text(values['type'])?.toLowerCase();
      if (direction !== 'ingress' && direction !== 'egress') {
        skip(`${notImportedRule}: its direction (type) is not ingress or egress`);
        continue;
      }
      const cidrValue = values['cidr_ip'];
      const symbolic = symbolicOf(cidrValue);
      if (symbolic !== undefined) this.afterApply++;
      const cidr = symbolic ?? text(cidrValue);
      if (cidr === undefined) {
        if (isUnknown(cidrValue))
          skip(
            unresolvedText(
              prefixedWords(notImportedRule, importText('importText.what.cidr')),
              cidrValue,
            ),
          );
        else if (
          values['source_security_group_id'] !== undefined &&
          values['source_security_group_id'] !== null
        )
          skip(
            `${notImportedRule}: it names a security group, not a CIDR block, which the format cannot say yet`,
          );
        else skip(importText('importText.ruleNoIpv4', { rule: resource.address }));
        continue;
      }
      // `all` is the format's default: written only when the rule names one protocol.
      const rule: JsonObject =
        protocol === 'all' ? { direction, cidr } : { direction, protocol, cidr };
      // ICMP and GRE have no ports (Alibaba Cloud's -1/-1): the format's `all`, the default.
      const ports =
        protocol === 'icmp' || protocol === 'gre' ? 'all' : portsOf(values['port_range']);
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
