// sg-vpc-mismatch and address-not-public beyond their fixtures: which fixes a mismatch
// offers (and which one runs unattended), and the edges of the ranges that are not public.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../src/index';

const RULES_DIR = join(__dirname, '../../test/fixtures/rules');

function findingsOf(file: string, code: string) {
  const text = readFileSync(join(RULES_DIR, code, file), 'utf8');
  return validate(text).findings.filter((f) => f.code === code);
}

describe('sg-vpc-mismatch fixes', () => {
  it('offers every group of the VPC, the closest first, none preferred when there is a choice', () => {
    const [finding] = findingsOf('invalid.dwnet.json', 'sg-vpc-mismatch');
    expect(finding!.fixes.map((f) => [f.title, f.isPreferred])).toEqual([
      ["Replace with 'sg-prod' (security group of 'vpc-prod')", false],
      ["Replace with 'sg-prod-db' (security group of 'vpc-prod')", false],
    ]);
    expect(finding!.related.map((r) => r.pointer)).toEqual(['/securityGroups/sg-dev/vpc']);
  });

  it("prefers the VPC's only group, for a data source too", () => {
    const [finding] = findingsOf('invalid-2.dwnet.json', 'sg-vpc-mismatch');
    expect(finding!.pointer).toBe('/dataSources/ecs-orders/securityGroup');
    expect(finding!.fixes).toEqual([
      {
        title: "Replace with 'sg-prod-db' (security group of 'vpc-prod')",
        isPreferred: true,
        operations: [
          { op: 'set', path: ['dataSources', 'ecs-orders', 'securityGroup'], value: 'sg-prod-db' },
        ],
      },
    ]);
  });

  it('has no fix when the VPC has no group, and says so', () => {
    const [finding] = findingsOf('invalid-3.dwnet.json', 'sg-vpc-mismatch');
    expect(finding!.fixes).toEqual([]);
    expect(finding!.message).toContain("VPC 'vpc-hz-2' has no security group");
  });
});

/** A data source on the internet at `address`, nothing else. */
function internetAt(address: string): string {
  return JSON.stringify({
    version: 1,
    dataSources: {
      partner: { engine: 'mysql', network: { type: 'internet', address } },
    },
  });
}

describe('address-not-public', () => {
  it.each([
    ['10.0.2.16', '10.0.0.0/8'],
    ['100.64.0.0', '100.64.0.0/10'],
    ['100.127.255.255', '100.64.0.0/10'],
    ['172.31.255.255', '172.16.0.0/12'],
    ['192.0.0.8', '192.0.0.0/24'],
    ['198.19.0.1', '198.18.0.0/15'],
    ['0.0.0.0', '0.0.0.0/8'],
    ['169.254.0.1', '169.254.0.0/16'],
    ['255.255.255.255', '240.0.0.0/4'],
  ])('%s is in %s', (address, block) => {
    const findings = validate(internetAt(address)).findings.filter(
      (f) => f.code === 'address-not-public',
    );
    expect(findings.map((f) => [f.pointer, f.severity])).toEqual([
      ['/dataSources/partner/network/address', 'error'],
    ]);
    expect(findings[0]!.message).toContain(` is in ${block}, `);
  });

  it.each([
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '192.0.2.10',
    '198.51.100.7',
    '203.0.113.10',
    '223.255.255.255',
    '47.96.1.10',
    'db.partner.example.com',
  ])('%s passes', (address) => {
    const codes = validate(internetAt(address)).findings.map((f) => f.code);
    expect(codes).not.toContain('address-not-public');
    expect(codes).not.toContain('ip-invalid');
  });

  it('leaves private addresses of VPC and data center sources alone', () => {
    const text = JSON.stringify({
      version: 1,
      dataCenters: { idc: { cidrs: ['192.168.0.0/16'] } },
      dataSources: {
        onPremises: {
          engine: 'mysql',
          network: { type: 'dataCenter', dataCenter: 'idc', address: '192.168.10.5' },
        },
      },
    });
    expect(validate(text).findings.map((f) => f.code)).not.toContain('address-not-public');
  });
});
