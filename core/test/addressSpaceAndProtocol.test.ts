// Issue 14: VPC secondary CIDR blocks (`secondaryCidrs`, the VPC's address space is the
// union with `cidr`) and the protocol of security group rules (DataWorks connects over
// TCP: a UDP, ICMP or GRE rule matches none of its traffic). Real fixture files in,
// exact messages, fixes, hovers and graph labels out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, applyEdits, buildGraph, fixEdits, hoverAt, validate } from '../src/index';

const ROOT = join(__dirname, '../../test/fixtures/rules');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function findings(path: string, code: string, locale: 'en' | 'zh-CN' = 'en') {
  return validate(read(path), { locale }).findings.filter((f) => f.code === code);
}

describe('secondary CIDR blocks', () => {
  it('names every block of the VPC when a vSwitch is outside all of them', () => {
    const [finding] = findings(
      'vswitch-outside-vpc/invalid-secondary.dwnet.json',
      'vswitch-outside-vpc',
    );
    expect(finding?.message).toBe(
      "The CIDR block 172.21.1.0/24 of vSwitch 'vsw-c' is not inside the CIDR blocks of VPC 'vpc-hz' (10.0.0.0/16, 172.20.0.0/16).",
    );
    expect(finding?.related?.map((r) => r.pointer)).toEqual([
      '/vpcs/vpc-hz/cidr',
      '/vpcs/vpc-hz/secondaryCidrs/0',
    ]);
    const [chinese] = findings(
      'vswitch-outside-vpc/invalid-secondary.dwnet.json',
      'vswitch-outside-vpc',
      'zh-CN',
    );
    expect(chinese?.message).toBe(
      '交换机“vsw-c”的网段172.21.1.0/24不在专有网络VPC“vpc-hz”的网段（10.0.0.0/16、172.20.0.0/16）内。',
    );
  });

  it('keeps the one-block message of a VPC without secondary blocks', () => {
    const [finding] = findings('vswitch-outside-vpc/invalid.dwnet.json', 'vswitch-outside-vpc');
    expect(finding?.message).toBe(
      "The CIDR block 10.1.1.0/24 of vSwitch 'vsw-b' is not inside 10.0.0.0/16, the CIDR block of VPC 'vpc-hz'.",
    );
  });

  it('reports an address outside both blocks, naming them', () => {
    const [finding] = findings(
      'address-outside-network/invalid-secondary.dwnet.json',
      'address-outside-network',
    );
    expect(finding?.message).toBe(
      "The address 192.168.5.20 of data source 'rds-orders' is outside the CIDR blocks of VPC 'vpc-hz' (10.0.0.0/16, 172.20.0.0/16).",
    );
  });

  it('asks for a route to the secondary block that holds the address, and the fix adds it', () => {
    const text = read('route-missing/invalid-secondary.dwnet.json');
    const [finding] = validate(text).findings.filter((f) => f.code === 'route-missing');
    expect(finding?.message).toContain('192.168.0.0/16');
    const fix = finding?.fixes?.[0];
    expect(fix?.isPreferred).toBe(true);
    const fixed = applyEdits(text, fixEdits(text, fix!));
    expect(fixed).toContain('"routes": ["172.16.0.0/16", "192.168.0.0/16"]');
    expect(validate(fixed).findings.map((f) => f.code)).toEqual([]);
  });

  it('says a route inside a secondary block is the VPC own, naming that block', () => {
    const [finding] = findings('route-own-vpc/invalid-secondary.dwnet.json', 'route-own-vpc');
    expect(finding?.message).toBe(
      "The route 172.20.8.0/24 lies inside 172.20.0.0/16, the CIDR block of VPC 'vpc-hz' that binding 0 of 'rg-serverless' already reaches: remove it.",
    );
  });

  it('reports a secondary block that overlaps the VPC own blocks, on the later block', () => {
    const messages = findings('cidr-conflict/invalid-secondary.dwnet.json', 'cidr-conflict').map(
      (f) => [f.pointer, f.message],
    );
    expect(messages).toEqual([
      [
        '/vpcs/vpc-hz/secondaryCidrs/1',
        "The secondary CIDR block 10.0.128.0/17 of VPC 'vpc-hz' overlaps 10.0.0.0/16, the VPC's CIDR block: a VPC's CIDR blocks may not overlap.",
      ],
      [
        '/vpcs/vpc-hz/secondaryCidrs/3',
        "The secondary CIDR block 192.168.1.0/24 of VPC 'vpc-hz' overlaps 192.168.0.0/16, another of its secondary CIDR blocks: a VPC's CIDR blocks may not overlap.",
      ],
      [
        '/connections/cen-main/members/1',
        "'vpc-sh' (172.20.0.0/20) overlaps 'vpc-hz' (10.0.0.0/16, 172.20.0.0/16, 10.0.128.0/17, 192.168.0.0/16, 192.168.1.0/24) in connection 'cen-main': networks with overlapping CIDR blocks conflict in routing.",
      ],
    ]);
  });

  it('labels a secondary block in the address rules', () => {
    const [finding] = findings('cidr-host-bits/invalid-secondary.dwnet.json', 'cidr-host-bits');
    expect(finding?.message).toBe(
      "'172.20.1.0/16' has host bits set (secondary CIDR block of VPC 'vpc-hz'); its network address is '172.20.0.0/16'.",
    );
  });

  it('shows the secondary blocks in hovers and on the graph', () => {
    const text = read('vswitch-outside-vpc/valid-secondary.dwnet.json');
    const analysis = analyse(text);
    const vpc = hoverAt(analysis, text.indexOf('"vpc-hz": {') + 1);
    expect(vpc?.contents).toContain('CIDR block: `10.0.0.0/16`');
    expect(vpc?.contents).toContain('Secondary CIDR blocks: `172.20.0.0/16`');
    const sw = hoverAt(analysis, text.indexOf('"172.20.1.0/24"') + 1);
    expect(sw?.contents).toContain('VPC `vpc-hz` (`172.20.0.0/16`)');
    const chinese = hoverAt(analyse(text, 'zh-CN'), text.indexOf('"vpc-hz": {') + 1);
    expect(chinese?.contents).toContain('附加网段：`172.20.0.0/16`');
    const node = buildGraph(analysis).nodes.find((n) => n.id === 'vpc:vpc-hz');
    expect(node?.details).toContain('172.20.0.0/16');
  });
});

describe('security group rule protocols', () => {
  it('names a UDP accept rule that would have matched the TCP traffic', () => {
    const [finding] = findings(
      'rg-sg-egress-missing/invalid-protocol.dwnet.json',
      'rg-sg-egress-missing',
    );
    expect(finding?.message).toContain(
      'Rule 1 (accept UDP 10.0.2.15/32, port 3306, priority 1) matches the address and port but accepts UDP only, and DataWorks connects over TCP.',
    );
    const [chinese] = findings(
      'rg-sg-egress-missing/invalid-protocol.dwnet.json',
      'rg-sg-egress-missing',
      'zh-CN',
    );
    expect(chinese?.message).toContain('但仅允许UDP流量，而DataWorks通过TCP连接。');
  });

  it('keeps the fix as it was: an accept rule without a protocol (all, TCP included)', () => {
    const text = read('ds-sg-ingress-missing/invalid-protocol.dwnet.json');
    const [finding] = validate(text).findings.filter((f) => f.code === 'ds-sg-ingress-missing');
    expect(finding?.message).toContain('accepts UDP only');
    const fix = finding?.fixes?.[0];
    expect(fix?.isPreferred).toBe(true);
    const fixed = applyEdits(text, fixEdits(text, fix!));
    expect(fixed).toContain('{ "direction": "ingress", "cidr": "10.0.1.0/24", "ports": "3306"');
    expect(validate(fixed).findings.map((f) => f.code)).toEqual([]);
  });

  it('lets an ICMP inbound rule count for nothing', () => {
    const [finding] = findings(
      'rg-sg-ingress-missing/invalid-protocol.dwnet.json',
      'rg-sg-ingress-missing',
    );
    expect(finding?.message).toContain('accepts ICMP only');
  });
});
