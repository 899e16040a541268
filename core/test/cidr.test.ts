// The address fast path (core/src/cidr.ts) against ip-address, the reference: every
// dotted quad, canonical or not, parses to exactly what the library says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blocksOf,
  canonicalIpIn,
  dottedQuad,
  formatRange,
  libraryCidr,
  libraryIp,
  looksLikeBareAddress,
  parseCidr,
  parseIp,
  uncoveredBlocks,
  type Ipv4Range,
} from '../src/cidr';

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

  it('reads an address in place, within a longer text, as parseIp reads it without its cache', () => {
    fc.assert(
      fc.property(
        address,
        fc.string({ maxLength: 4 }),
        fc.string({ maxLength: 4 }),
        (text, before, after) => {
          const parsed = parseIp(text);
          const inPlace = canonicalIpIn(
            before + text + after,
            before.length,
            before.length + text.length,
          );
          // Either the value parseIp gives, or -1: a text it reads another way (its cache, the library).
          if (inPlace >= 0) expect(parsed).toEqual({ ok: true, value: inPlace, text });
          else if (parsed.ok)
            expect(/^(0|[1-9][0-9]{0,2})(\.(0|[1-9][0-9]{0,2})){3}$/.test(text)).toBe(false);
        },
      ),
      { numRuns: 20_000, seed: 20_261_207 },
    );
    expect(canonicalIpIn('"10.1.2.3"', 1, 9)).toBe(0x0a010203);
    expect(canonicalIpIn('"10.1.2.3/32"', 1, 12)).toBe(-1);
    expect(canonicalIpIn('"10.1.2.3"', 1, 8)).toBe(-1);
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

  // A data source's address and the EIPs a data source sees are read by dottedQuad, a
  // reader without a cache (one call per data source).
  it('reads every address parseIp accepts as the same value with dottedQuad', () => {
    fc.assert(
      fc.property(address, (text) => {
        const parsed = parseIp(text);
        if (parsed.ok) expect(dottedQuad(text)).toBe(parsed.value);
      }),
      { numRuns: 20_000, seed: 20_261_206 },
    );
  });

  it('reads four groups of one to three digits, each at most 255, and nothing else', () => {
    expect(dottedQuad('10.0.0.1')).toBe(0x0a000001);
    expect(dottedQuad('255.255.255.255')).toBe(0xffffffff);
    expect(dottedQuad('010.000.000.001')).toBe(0x0a000001);
    for (const text of [
      '1.2.3',
      '1.2.3.4.5',
      '256.0.0.1',
      '1..2.3',
      '1.2.3.4/32',
      '1234.1.1.1',
      '1.2.3.4.',
      ' 1.2.3.4',
      '',
    ])
      expect(dottedQuad(text)).toBeUndefined();
  });

  it('tells a bare address, valid or not, from a host name', () => {
    for (const text of ['10.0.0.1', '999.1.1.1', '10.0', '::1', 'fe80::1'])
      expect(looksLikeBareAddress(text)).toBe(true);
    for (const text of ['db.example.com', '10.0.0.0/24', 'mysql-1'])
      expect(looksLikeBareAddress(text)).toBe(false);
  });
});

// Coverage as a union (SPEC §3): checked against a brute force over every address of a
// small range. Aligned blocks are nested or disjoint, so the fewest blocks that hold a set
// of addresses are the blocks inside the set whose parent block is not.
describe('uncovered part of a block', () => {
  const BASE = 0x0a000000; // 10.0.0.0: the small ranges sit here, in 10.0.0.0/24
  const block = (start: number, prefix: number): Ipv4Range => {
    const size = 2 ** (32 - prefix);
    const aligned = Math.floor(start / size) * size;
    return { start: aligned, end: aligned + size - 1, prefix };
  };
  const smallBlock = fc
    .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 24, max: 32 }))
    .map(([offset, prefix]) => block(BASE + offset, prefix));

  function bruteForce(target: Ipv4Range, entries: Ipv4Range[]): Ipv4Range[] {
    const left = new Set<number>();
    for (let a = target.start; a <= target.end; a++)
      if (!entries.some((e) => e.start <= a && a <= e.end)) left.add(a);
    const inside = (b: Ipv4Range) => {
      for (let a = b.start; a <= b.end; a++) if (!left.has(a)) return false;
      return true;
    };
    const result: Ipv4Range[] = [];
    for (let prefix = 24; prefix <= 32; prefix++) {
      for (let start = BASE; start < BASE + 256; start += 2 ** (32 - prefix)) {
        const b = block(start, prefix);
        if (inside(b) && (prefix === 24 || !inside(block(start, prefix - 1)))) result.push(b);
      }
    }
    return result.sort((a, b) => a.start - b.start);
  }

  it('is exactly the addresses no entry holds, in the fewest blocks, in address order', () => {
    fc.assert(
      fc.property(smallBlock, fc.array(smallBlock, { maxLength: 6 }), (target, entries) => {
        const blocks = uncoveredBlocks(target, entries);
        expect(blocks).toEqual(bruteForce(target, entries));
      }),
      { numRuns: 2_000, seed: 20_261_206 },
    );
  });

  it('names the uncovered half of a /23 that one /24 covers, and nothing when two do', () => {
    const range = (text: string) => {
      const parsed = parseCidr(text, true);
      if (!parsed.ok) throw new Error(text);
      return parsed.range;
    };
    const vSwitch = range('10.12.4.0/23');
    expect(uncoveredBlocks(vSwitch, [range('10.12.4.0/24')]).map(formatRange)).toEqual([
      '10.12.5.0/24',
    ]);
    expect(uncoveredBlocks(vSwitch, [range('10.12.4.0/24'), range('10.12.5.0/24')])).toEqual([]);
    expect(
      uncoveredBlocks(range('10.0.0.0/24'), [range('10.0.0.64/26'), range('10.0.0.200')]).map(
        formatRange,
      ),
    ).toEqual([
      '10.0.0.0/26',
      '10.0.0.128/26',
      '10.0.0.192/29',
      '10.0.0.201/32',
      '10.0.0.202/31',
      '10.0.0.204/30',
      '10.0.0.208/28',
      '10.0.0.224/27',
    ]);
  });

  it('handles the edges of the address space', () => {
    const all: Ipv4Range = { start: 0, end: 2 ** 32 - 1, prefix: 0 };
    const top: Ipv4Range = { start: 2 ** 32 - 256, end: 2 ** 32 - 1, prefix: 24 };
    expect(uncoveredBlocks(all, [])).toEqual([all]);
    const rest = uncoveredBlocks(all, [top]);
    expect(rest.map((b) => b.prefix)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(formatRange(rest[0]!)).toBe('0.0.0.0/1');
    expect(formatRange(rest[23]!)).toBe('255.255.254.0/24');
    expect(rest[23]!.end).toBe(2 ** 32 - 257);
    expect(uncoveredBlocks(top, [all])).toEqual([]);
    expect(blocksOf(0, 2 ** 32 - 1)).toEqual([all]);
    expect(blocksOf(2 ** 32 - 1, 2 ** 32 - 1)).toEqual([
      { start: 2 ** 32 - 1, end: 2 ** 32 - 1, prefix: 32 },
    ]);
  });
});
