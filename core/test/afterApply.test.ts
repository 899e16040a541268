// Values known only after apply (`"${origin}"`, SPEC §2 as extended by issue 14): what a user
// sees when a topology holds them. Same-origin values are equal; a step another symbolic value
// decides is "not checked until applied" (value-after-apply, information), never a false error.
import { describe, expect, it } from 'vitest';
import { analyse, explain, fixAll, hoverAt, validate } from '../src/index';

const EIP = '${alicloud_eip_address.nat.ip_address}';

/** A serverless group reaching an internet data source through a NAT gateway whose EIP is `eip`. */
function internet(options: {
  eip?: string;
  whitelist: string[];
  rules?: string;
  snatEip?: string;
}): string {
  const eip = options.eip ?? EIP;
  return `{
  "version": 1,
  "defaults": { "account": "main", "region": "cn-hangzhou" },
  "vpcs": {
    "vpc-hz": {
      "cidr": "10.0.0.0/16",
      "vSwitches": { "vsw-dw": { "zone": "cn-hangzhou-h", "cidr": "10.0.1.0/24" } },
      "natGateways": {
        "ngw-hz": {
          "vSwitch": "vsw-dw",
          "eips": [${JSON.stringify(eip)}],
          "snatEntries": [{ "source": "vsw-dw", "eip": ${JSON.stringify(options.snatEip ?? eip)} }]
        }
      }
    }
  },
  "securityGroups": {
    "sg-dw": { "vpc": "vpc-hz", "type": "advanced", "rules": [${options.rules ?? '{ "direction": "egress", "cidr": "0.0.0.0/0", "ports": "3306" }, { "direction": "ingress", "cidr": "10.0.1.0/24" }'}] }
  },
  "resourceGroups": {
    "rg": {
      "type": "serverless",
      "vpcBindings": [{ "vpc": "vpc-hz", "vSwitch": "vsw-dw", "securityGroup": "sg-dw" }]
    }
  },
  "dataSources": {
    "partner": {
      "engine": "mysql",
      "hosting": "selfManaged",
      "network": { "type": "internet", "address": "203.0.113.10", "port": 3306 },
      "whitelist": ${JSON.stringify(options.whitelist)}
    }
  },
  "tasks": { "report": { "kind": "schedule", "resourceGroup": "rg", "dataSources": ["partner"] } }
}
`;
}

const codes = (text: string) =>
  validate(text)
    .findings.filter((f) => f.severity !== 'hint')
    .map((f) => `${f.severity} ${f.code} ${f.pointer}`);

describe('values known only after apply', () => {
  it('are equal when their origins are: the whitelist entry holds the SNAT EIP, every step checked', () => {
    const text = internet({ whitelist: [EIP] });
    expect(codes(text)).toEqual([]);
    const [pair] = validate(text).connectivity;
    expect(pair).toMatchObject({ ok: true, missing: [] });
    expect(explain(text)[0]!.pairs[0]!.state).toBe('connected');
    // Spaces inside the braces do not change the origin.
    expect(codes(internet({ whitelist: ['${ alicloud_eip_address.nat.ip_address }'] }))).toEqual(
      [],
    );
  });

  it('leave a step that needs the number not checked until applied: information, no error', () => {
    const text = internet({ whitelist: ['47.96.1.10'] });
    expect(codes(text)).toEqual(['information value-after-apply /dataSources/partner/whitelist']);
    const finding = validate(text).findings.find((f) => f.code === 'value-after-apply')!;
    expect(finding.message).toBe(
      `Cannot verify until applied: ${EIP} is a value known only after apply, and this step depends on it: Add the EIP ${EIP} to the IP address whitelist of data source 'partner'. Check again once the values are known (after terraform apply, or write the applied values).`,
    );
    expect(finding.scenario).toBe(5);
    expect(finding.fixes).toEqual([]);
    const [pair] = validate(text).connectivity;
    expect(pair).toMatchObject({ ok: true, missing: [] });
    const explained = explain(text)[0]!.pairs[0]!;
    expect(explained.state).toBe('connected, 1 step not checked');
    expect(explained.steps.find((s) => s.code === 'whitelist-missing')).toMatchObject({
      status: 'notChecked',
      reason: `${EIP} is known only after apply`,
    });
    // The checklist shows it: not repeated as a note.
    expect(explained.notes).toEqual([]);
  });

  it('still report a step that fails whatever the value: a private whitelist cannot hold an EIP', () => {
    const text = internet({ whitelist: ['10.0.0.0/8'] });
    expect(codes(text)).toEqual(['error whitelist-missing /dataSources/partner/whitelist']);
    // The fix adds the EIP by its origin, which is then equal to the SNAT entry's.
    const fixed = fixAll(text).text;
    expect(fixed).toContain(`"whitelist": ["10.0.0.0/8", "${EIP}"]`);
    expect(codes(fixed)).toEqual([]);
  });

  it('in security group rules: a drop rule known only after apply may decide, so the step waits', () => {
    const rules = [
      '{ "direction": "egress", "cidr": "0.0.0.0/0", "ports": "3306", "priority": 2 }',
      '{ "direction": "egress", "cidr": "${alicloud_instance.blocked.private_ip}", "ports": "3306", "policy": "drop", "priority": 1 }',
      '{ "direction": "ingress", "cidr": "10.0.1.0/24" }',
    ].join(', ');
    const text = internet({ whitelist: [EIP], rules });
    expect(codes(text)).toEqual(['information value-after-apply /securityGroups/sg-dw']);
    // The same drop rule below the accept rule cannot decide: nothing waits.
    expect(
      codes(internet({ whitelist: [EIP], rules: rules.replace('"priority": 1', '"priority": 3') })),
    ).toEqual([]);
  });

  it("in an SNAT entry: an EIP that may be the gateway's once applied is no snat-eip-unknown error", () => {
    const text = internet({ eip: '47.96.1.10', snatEip: EIP, whitelist: ['47.96.1.10', EIP] });
    expect(codes(text)).toEqual([
      'information value-after-apply /vpcs/vpc-hz/natGateways/ngw-hz/snatEntries/0/eip',
    ]);
    // Two concrete EIPs that differ are still an error.
    expect(
      codes(internet({ eip: '47.96.1.10', snatEip: '47.96.1.11', whitelist: ['47.96.1.10'] })),
    ).toContain('error snat-eip-unknown /vpcs/vpc-hz/natGateways/ngw-hz/snatEntries/0/eip');
  });

  it('hover: where the value comes from and that it is known after apply', () => {
    const text = internet({ whitelist: [EIP] });
    const analysis = analyse(text);
    const offset = text.indexOf(EIP, text.indexOf('"whitelist"')) + 3;
    const hover = hoverAt(analysis, offset)!;
    expect(hover.contents).toContain(`**Value known after apply** \`${EIP}\``);
    expect(hover.contents).toContain(
      'Comes from `alicloud_eip_address.nat.ip_address`: the cloud assigns it when the Terraform configuration is applied',
    );
    const zh = hoverAt(analyse(text, 'zh-CN'), offset)!;
    expect(zh.contents).toContain('**应用后才能确定的值**');
  });
});
