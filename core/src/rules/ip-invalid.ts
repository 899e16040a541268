// IP-valued fields (EIPs, data source addresses) must be IPv4 addresses; Internet
// data sources may also use a host name. A value known only after apply is written
// symbolically (`${origin}`) and is not an error; a malformed one is.
import { isHostName, looksSymbolic } from '../cidr';
import type { AddressField } from '../analysis/addresses';
import { irregularAddresses } from './items';
import type { Rule } from './rule';

export const rule: Rule = {
  meta: {
    code: 'ip-invalid',
    description: 'An IP address (EIP or data source address) is not a valid IPv4 address.',
    defaultSeverity: 'error',
    fixable: false,
    category: 'addresses-and-structure',
  },
  reads: 'ownEntity',
  check(context) {
    const fields = irregularAddresses(context.addresses());
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i] as AddressField;
      if (field.kind === 'cidr') continue;
      const text = field.value.value;
      if (field.kind === 'address' && field.allowHostName && isHostName(text)) continue;
      const parsed = field.value.parsed;
      if (parsed.ok || parsed.problem !== 'invalid') continue;
      // Internal endpoints such as rm-….mysql.rds.aliyuncs.com are host names; the checks
      // of a VPC or data center need the address they resolve to.
      const endpoint = field.kind === 'address' && !field.allowHostName && isHostName(text);
      context.report({
        node: field.value.node,
        pointer: field.value.pointer,
        message: context.l10n.t(
          looksSymbolic(text)
            ? 'ip-invalid.symbolic'
            : field.kind === 'address' && field.allowHostName
              ? 'ip-invalid.hostName'
              : endpoint
                ? 'ip-invalid.endpoint'
                : 'ip-invalid.message',
          { value: text, label: context.l10n.t(field.label.key, field.label.params) },
        ),
      });
    }
  },
};
