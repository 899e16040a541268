// The one place where dwnet does address arithmetic. Parsing and validation go
// through `ip-address`; ranges are kept as unsigned 32-bit integers so that
// containment and overlap are two comparisons.
import type { MessageKey } from './l10n';
import { Address4, Address6 } from 'ip-address';

export interface Ipv4Range {
  /** First address, as an unsigned 32-bit integer. */
  start: number;
  /** Last address, inclusive. */
  end: number;
  prefix: number;
}

export type AddressProblem = 'invalid' | 'ipv6';

/**
 * A value known only after apply (`"${alicloud_eip_address.nat.ip_address}"`): not an
 * address yet, but not a mistake either. Two symbolic values with the same origin are equal.
 */
export interface SymbolicParse {
  ok: false;
  problem: 'symbolic';
  /** The Terraform-style address of the value's source, as written between `${` and `}`. */
  origin: string;
}

const SYMBOLIC = /^\$\{\s*([^{}\s](?:[^{}]*[^{}\s])?)\s*\}$/;

/** The symbolic value a text writes, when it is one (`${origin}`). */
export function symbolicValue(text: string): SymbolicParse | undefined {
  if (text.charCodeAt(0) !== 36 /* $ */) return undefined;
  const match = SYMBOLIC.exec(text);
  return match ? { ok: false, problem: 'symbolic', origin: match[1]! } : undefined;
}

/** True when the text starts like a symbolic value (`${`), well formed or not. */
export function looksSymbolic(text: string): boolean {
  return text.startsWith('${');
}

export type CidrParse =
  | {
      ok: true;
      range: Ipv4Range;
      /** The canonical network form, e.g. `10.0.1.0/24`. */
      network: string;
      /** True when bits are set beyond the prefix (`10.0.1.5/24`). */
      hostBits: boolean;
    }
  | { ok: false; problem: AddressProblem }
  | SymbolicParse;

export type IpParse =
  | { ok: true; value: number; text: string }
  | { ok: false; problem: AddressProblem }
  | SymbolicParse;

const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(\/\d{1,2})?$/;

/** The prefix of the last address `canonicalAddress` read: 0–32, or -1 when it had none. */
let canonicalPrefix = -1;
/** Where the last number `canonicalNumber` read ends. */
let numberEnd = 0;

/**
 * The decimal number at `start` of `text`, written the canonical way (no leading zero) and at
 * most `max`, or -1; it ends at `numberEnd`.
 */
function canonicalNumber(text: string, start: number, max: number, end: number): number {
  let number = 0;
  let i = start;
  for (; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    if (i > start && number === 0) return -1; // a leading zero
    number = number * 10 + (ch - 48);
    if (number > max) return -1;
  }
  if (i === start) return -1;
  numberEnd = i;
  return number;
}

/**
 * The address of `a.b.c.d` or `a.b.c.d/n` written the canonical way (octets 0–255 and a
 * prefix 0–32, without leading zeros), as an unsigned 32-bit integer, or -1; its prefix is
 * left in `canonicalPrefix`. ip-address's answer for such a text is known without asking it.
 * Read character by character: a regex's match array and captures were six objects a value,
 * and a large topology has tens of thousands of them.
 */
function canonicalAddress(text: string): number {
  return canonicalAddressIn(text, 0, text.length);
}

/** `canonicalAddress` of the characters of `text` from `start` to `end`. */
function canonicalAddressIn(text: string, start: number, end: number): number {
  canonicalPrefix = -1;
  let value = 0;
  let i = start;
  for (let octet = 0; octet < 4; octet++) {
    if (octet > 0 && (i >= end || text.charCodeAt(i++) !== 46) /* . */) return -1;
    const number = canonicalNumber(text, i, 255, end);
    if (number < 0) return -1;
    value = value * 256 + number;
    i = numberEnd;
  }
  if (i === end) return value;
  if (text.charCodeAt(i) !== 47 /* / */) return -1;
  const prefix = canonicalNumber(text, i + 1, 32, end);
  if (prefix < 0 || numberEnd !== end) return -1;
  canonicalPrefix = prefix;
  return value;
}

/**
 * The address the characters of `text` from `start` to `end` write, when they are an address
 * `parseIp` reads without its cache (a canonical dotted quad, no prefix); else -1, and
 * `parseIp` of the string decides. Read in place: no string and no parse object, for the
 * addresses of a large topology's data sources.
 */
export function canonicalIpIn(text: string, start: number, end: number): number {
  const value = canonicalAddressIn(text, start, end);
  return value >= 0 && canonicalPrefix < 0 ? value : -1;
}

// Keyed by the text alone (one cache per kind): a key built by concatenation would be a
// new string to hash on every lookup.
const cidrCache = new Map<string, CidrParse>();
const bareCidrCache = new Map<string, CidrParse>();
const CACHE_LIMIT = 200_000;

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

function looksLikeIpv6(text: string): boolean {
  return text.includes(':') && Address6.isValid(text);
}

/**
 * Parses an IPv4 CIDR. With `allowBareAddress`, `10.0.0.1` means `10.0.0.1/32`
 * (whitelists, routes and security group rules accept single addresses).
 */
export function parseCidr(text: string, allowBareAddress: boolean): CidrParse {
  const cache = allowBareAddress ? bareCidrCache : cidrCache;
  const cached = cache.get(text);
  if (cached) return cached;
  return remember(cache, text, computeCidr(text, allowBareAddress));
}

function dotted(value: number): string {
  return `${value >>> 24}.${(value >>> 16) & 255}.${(value >>> 8) & 255}.${value & 255}`;
}

function computeCidr(text: string, allowBareAddress: boolean): CidrParse {
  // The common case, canonical dotted quads, without the library's object model.
  const value = canonicalAddress(text);
  const written = canonicalPrefix;
  if (value >= 0 && (written >= 0 || allowBareAddress)) {
    const prefix = written >= 0 ? written : 32;
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    const start = (value & mask) >>> 0;
    const end = (start | ~mask) >>> 0;
    const hostBits = value !== start;
    return {
      ok: true,
      range: { start, end, prefix },
      // A canonical text with its prefix and no host bits is its network form already.
      network: hostBits || written < 0 ? `${dotted(start)}/${prefix}` : text,
      hostBits,
    };
  }
  return symbolicValue(text) ?? libraryCidr(text, allowBareAddress);
}

/** parseCidr through ip-address: the reference the fast path is tested against. */
export function libraryCidr(text: string, allowBareAddress: boolean): CidrParse {
  if (looksLikeIpv6(text)) return { ok: false, problem: 'ipv6' };
  if (!DOTTED_QUAD.test(text)) return { ok: false, problem: 'invalid' };
  if (!text.includes('/') && !allowBareAddress) return { ok: false, problem: 'invalid' };
  const withMask = text.includes('/') ? text : `${text}/32`;
  if (!Address4.isValid(withMask)) return { ok: false, problem: 'invalid' };
  const address = new Address4(withMask);
  const prefix = address.subnetMask;
  const start = Number(address.startAddress().bigInt());
  const end = Number(address.endAddress().bigInt());
  const value = Number(address.bigInt());
  return {
    ok: true,
    range: { start, end, prefix },
    network: `${address.startAddress().correctForm()}/${prefix}`,
    hostBits: value !== start,
  };
}

const ipCache = new Map<string, IpParse>();

/** Parses a single IPv4 address (no prefix). */
export function parseIp(text: string): IpParse {
  // A canonical address is read without the cache: reading it costs no more than hashing
  // it, and the 10 000 data sources' addresses of a large topology are mostly distinct.
  const value = canonicalAddress(text);
  if (value >= 0 && canonicalPrefix < 0) return { ok: true, value, text };
  const cached = ipCache.get(text);
  if (cached) return cached;
  return remember(ipCache, text, symbolicValue(text) ?? libraryIp(text));
}

/** parseIp through ip-address: the reference the fast path is tested against. */
export function libraryIp(text: string): IpParse {
  if (looksLikeIpv6(text)) return { ok: false, problem: 'ipv6' };
  if (!DOTTED_QUAD.test(text) || text.includes('/')) return { ok: false, problem: 'invalid' };
  if (!Address4.isValid(text)) return { ok: false, problem: 'invalid' };
  return { ok: true, value: Number(new Address4(text).bigInt()), text };
}

/** True when the text is shaped like an IP address (digits and dots), valid or not. */
export function looksLikeAddress(text: string): boolean {
  return /^[\d./]+$/.test(text) || text.includes(':');
}

/** True when the text is shaped like a single address (digits and dots, or IPv6), valid or not. */
export function looksLikeBareAddress(text: string): boolean {
  return /^[\d.]+$/.test(text) || text.includes(':');
}

/**
 * The value of four dot-separated groups of one to three digits, each at most 255 (leading
 * zeros allowed, as the console reads them); undefined for anything else. Read character by
 * character: the connectivity analysis reads every data source's address with it.
 */
export function dottedQuad(text: string): number | undefined {
  let value = 0;
  let group = 0;
  let digits = 0;
  let groups = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 46; /* a final dot ends the last group */
    if (ch >= 48 && ch <= 57) {
      if (++digits > 3) return undefined;
      group = group * 10 + (ch - 48);
    } else if (ch === 46 /* . */) {
      if (digits === 0 || group > 255 || ++groups > 4) return undefined;
      value = value * 256 + group;
      group = 0;
      digits = 0;
    } else {
      return undefined;
    }
  }
  return groups === 4 ? value : undefined;
}

/** A host name as accepted for internet data sources (RFC 1123 labels). */
export function isHostName(text: string): boolean {
  if (text.length > 253 || looksLikeAddress(text)) return false;
  return /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)(\.(?!-)[A-Za-z0-9-]{1,63}(?<!-))*\.?$/.test(text);
}

export function hostRange(value: number): Ipv4Range {
  return { start: value, end: value, prefix: 32 };
}

export function contains(outer: Ipv4Range, inner: Ipv4Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Ipv4Range, b: Ipv4Range): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function formatIp(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

export function formatRange(range: Ipv4Range): string {
  return `${formatIp(range.start)}/${range.prefix}`;
}

export interface Interval<T> {
  range: Ipv4Range;
  item: T;
}

/**
 * Finds overlapping intervals in O(n log n + k): sorts by start and sweeps, keeping
 * the interval that reaches furthest so far. Reports each later interval once, with
 * an earlier one (in input order) that it overlaps.
 */
export function findOverlaps<T>(intervals: Interval<T>[]): { later: T; earlier: T }[] {
  const indexed = intervals.map((interval, order) => ({ ...interval, order }));
  indexed.sort((a, b) => a.range.start - b.range.start || a.order - b.order);
  const result: { later: T; earlier: T }[] = [];
  const reported = new Set<number>();
  let reach: (typeof indexed)[number] | undefined;
  for (const current of indexed) {
    if (reach && current.range.start <= reach.range.end) {
      const [earlier, later] = reach.order < current.order ? [reach, current] : [current, reach];
      if (!reported.has(later.order)) {
        reported.add(later.order);
        result.push({ later: later.item, earlier: earlier.item });
      }
    }
    if (!reach || current.range.end > reach.range.end) reach = current;
  }
  return result;
}

/** Well-known ranges a VPC may not use (SPEC §4, `vpc-cidr-reserved`). */
export const RESERVED_VPC_RANGES: readonly { cidr: string; range: Ipv4Range }[] = [
  '100.64.0.0/10',
  '224.0.0.0/4',
  '127.0.0.0/8',
  '169.254.0.0/16',
].map((cidr) => {
  const parsed = parseCidr(cidr, false);
  if (!parsed.ok) throw new Error(`bad constant ${cidr}`);
  return { cidr, range: parsed.range };
});

const unsupported = parseCidr('21.0.0.0/8', false);
/** Serverless resource groups cannot bind VPCs in this range. */
export const SERVERLESS_UNSUPPORTED_RANGE: Ipv4Range = unsupported.ok
  ? unsupported.range
  : { start: 0, end: 0, prefix: 32 };

/**
 * The fewest CIDR blocks that together hold exactly the addresses `start`–`end`
 * (inclusive), in address order: each block is the largest aligned one that starts where
 * the previous ended and does not pass `end`.
 */
export function blocksOf(start: number, end: number): Ipv4Range[] {
  const blocks: Ipv4Range[] = [];
  let next = start;
  while (next <= end) {
    let prefix = 0;
    // Plain arithmetic, not bit operations: sizes reach 2^32, past a 32-bit integer.
    for (; prefix < 32; prefix++) {
      const size = 2 ** (32 - prefix);
      if (next % size === 0 && next + size - 1 <= end) break;
    }
    const last = next + 2 ** (32 - prefix) - 1;
    blocks.push({ start: next, end: last, prefix });
    next = last + 1;
  }
  return blocks;
}

/**
 * The part of `target` that none of `entries` holds, as the fewest CIDR blocks (empty when
 * the union of the entries covers it). Coverage is the union: `10.0.1.0/25` and
 * `10.0.1.128/25` together cover `10.0.1.0/24`. Sorts the entries that overlap the target
 * and sweeps them once.
 */
export function uncoveredBlocks(target: Ipv4Range, entries: readonly Ipv4Range[]): Ipv4Range[] {
  // The common cases, one entry holding all of it or none touching it, without sorting
  // (this runs for every whitelist of every pair).
  if (entries.some((entry) => contains(entry, target))) return [];
  const inside = entries.filter((entry) => overlaps(entry, target));
  if (inside.length === 0) return [target];
  inside.sort((a, b) => a.start - b.start);
  const gaps: Ipv4Range[] = [];
  let next = target.start;
  for (const entry of inside) {
    if (entry.start > next) gaps.push(...blocksOf(next, entry.start - 1));
    if (entry.end >= next) next = entry.end + 1;
    if (next > target.end) return gaps;
  }
  gaps.push(...blocksOf(next, target.end));
  return gaps;
}

/**
 * Ranges no host on the Internet can have (`address-not-public`), from the IANA IPv4
 * special-purpose address registry: private, shared, loopback, link-local and the like.
 * The documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) are left out:
 * examples use them to stand for public addresses (RFC 5737).
 */
export const NON_PUBLIC_RANGES: readonly { cidr: string; range: Ipv4Range; kind: MessageKey }[] = (
  [
    ['0.0.0.0/8', 'range.thisNetwork'],
    ['10.0.0.0/8', 'range.private'],
    ['100.64.0.0/10', 'range.shared'],
    ['127.0.0.0/8', 'range.loopback'],
    ['169.254.0.0/16', 'range.linkLocal'],
    ['172.16.0.0/12', 'range.private'],
    ['192.0.0.0/24', 'range.ietf'],
    ['192.168.0.0/16', 'range.private'],
    ['198.18.0.0/15', 'range.benchmarking'],
    ['224.0.0.0/4', 'range.multicast'],
    ['240.0.0.0/4', 'range.reserved'],
  ] as const
).map(([cidr, kind]) => {
  const parsed = parseCidr(cidr, false);
  if (!parsed.ok) throw new Error(`bad constant ${cidr}`);
  return { cidr, range: parsed.range, kind };
});
