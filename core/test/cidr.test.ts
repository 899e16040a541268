// The address fast path (core/src/cidr.ts) against ip-address, the reference: every
// dotted quad, canonical or not, parses to exactly what the library says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { libraryCidr, libraryIp, parseCidr, parseIp } from '../src/cidr';

const octet = fc.oneof(
  fc.integer({ min: 0, max: 255 }).map(String),
  // Leading zeros, too large, empty: the library decides those.
  fc.constantFrom('00', '01', '007', '256', '999', ''),
);
const quad = fc.tuple(octet, octet, octet, octet).map((parts) => parts.join('.'));
const prefix = fc.oneof(
  fc.integer({ min: 0, max: 32 }).map(String),
  fc.constantFrom('08', '33', '99', ''),
);
const address = fc.oneof(
  quad,
  fc.tuple(quad, prefix).map(([q, p]) => `${q}/${p}`),
  fc.string({ maxLength: 20 }),
);

describe('address parsing', () => {
  it('gives what ip-address gives, for CIDR blocks with and without a bare address allowed', () => {
    fc.assert(
      fc.property(address, fc.boolean(), (text, allowBare) => {
        expect(parseCidr(text, allowBare)).toEqual(libraryCidr(text, allowBare));
      }),
      { numRuns: 20_000, seed: 20_261_128 },
    );
  });

  it('gives what ip-address gives, for single addresses', () => {
    fc.assert(
      fc.property(address, (text) => {
        expect(parseIp(text)).toEqual(libraryIp(text));
      }),
      { numRuns: 20_000, seed: 20_261_128 },
    );
  });

  it('reads the edges of the address space', () => {
    expect(parseCidr('0.0.0.0/0', false)).toEqual({
      ok: true,
      range: { start: 0, end: 0xffffffff, prefix: 0 },
      network: '0.0.0.0/0',
      hostBits: false,
    });
    expect(parseCidr('10.0.1.5/24', false)).toEqual({
      ok: true,
      range: { start: 0x0a000100, end: 0x0a0001ff, prefix: 24 },
      network: '10.0.1.0/24',
      hostBits: true,
    });
    expect(parseCidr('255.255.255.255', true)).toMatchObject({
      ok: true,
      range: { start: 0xffffffff, end: 0xffffffff, prefix: 32 },
    });
    expect(parseCidr('10.0.0.1', false)).toEqual({ ok: false, problem: 'invalid' });
  });
});
