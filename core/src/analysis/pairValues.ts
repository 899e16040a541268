// What a pair's evaluation reads of a network or a data source. A network's blocks are
// worked out once per object, not once per pair: a large topology has thousands of pairs per
// network. Model objects are never changed once built (an incremental analysis replaces
// data sources and tasks with new objects), so the results hold for as long as the objects
// live (oncePerObject). A data source's address is read once per pair (`readAddress`).
import { dottedQuad, hostRange, looksLikeBareAddress, type Ipv4Range } from '../cidr';
import type { CidrValue, DataCenter, DataSource, Vpc } from '../model';
import { oncePerObject } from '../util/memo';
import { originOf, valueKey } from './afterApply';
import type { StepTarget } from './steps';
import { validVpcBlocks, type VpcBlock } from './vpcSpace';

/** The network a data source sits in, as the steps towards it need it. */
export interface Target {
  id: string;
  kind: 'vpc' | 'dataCenter';
  vpc?: Vpc;
  dataCenter?: DataCenter;
  /** The CIDRs of the network. */
  ranges: { range: Ipv4Range; text: string }[];
  /** What a route step records of it. */
  summary: StepTarget;
}

/** The range of a valid CIDR value. */
export function cidrRange(value: CidrValue | undefined): Ipv4Range | undefined {
  const parsed = value?.parsed;
  return parsed?.ok ? parsed.range : undefined;
}

/** The canonical network form of a valid CIDR value (`10.0.1.0/24`). */
export function networkForm(value: CidrValue | undefined): string | undefined {
  const parsed = value?.parsed;
  return parsed?.ok ? parsed.network : undefined;
}

/** A valid CIDR value as a target's block: its range and its network form. */
function block(value: CidrValue | undefined): Target['ranges'] {
  const parsed = value?.parsed;
  return parsed?.ok ? [{ range: parsed.range, text: parsed.network }] : [];
}

export const vpcTarget = oncePerObject((vpc: Vpc): Target => ({
  id: vpc.id,
  kind: 'vpc',
  vpc,
  // The VPC's address space: its CIDR block and its secondary CIDR blocks.
  ranges: vpcTargetRanges(vpc),
  summary: { id: vpc.id, kind: 'vpc' },
}));

/**
 * A VPC's valid blocks as a target's, pushed onto a literal, not made by `map`: TurboFan's
 * inlined `map` makes its array with another elements kind than the builtin, and the readers
 * of a target's ranges compiled for the one were thrown away at the other ("wrong map").
 */
function vpcTargetRanges(vpc: Vpc): Target['ranges'] {
  const blocks = validVpcBlocks(vpc);
  const ranges: Target['ranges'] = [];
  for (let i = 0; i < blocks.length; i++) {
    const valid = blocks[i] as VpcBlock;
    ranges.push({ range: valid.range, text: valid.network });
  }
  return ranges;
}

export const dataCenterTarget = oncePerObject((dc: DataCenter): Target => ({
  id: dc.id,
  kind: 'dataCenter',
  dataCenter: dc,
  ranges: dc.cidrs.flatMap(block),
  summary: { id: dc.id, kind: 'dataCenter' },
}));

export interface DataSourceAddress {
  range?: Ipv4Range;
  hostName?: string;
  /** A value known only after apply (`${…}`), in its canonical form. */
  symbolic?: string;
  text?: string;
}

/**
 * The route to the address alone (`a.b.c.d/32`), when it is one: made by the steps that
 * name it, not for a pair whose steps are only counted.
 */
export function hostRoute(address: DataSourceAddress): string | undefined {
  return address.range && address.text !== undefined ? `${address.text}/32` : undefined;
}

/**
 * Read once per pair and handed to every step that needs it; not remembered per data
 * source, which would keep an object per data source for as long as the document is open.
 */
export function readAddress(ds: DataSource): DataSourceAddress {
  const field = ds.network?.address;
  if (field === undefined) return {};
  const address = field.value;
  // The parse the address rules read too (kept on the value), else read as the console does
  // (leading zeros): an address the parse accepts, this reads alike.
  const parsed = field.parsed;
  const value = parsed.ok ? parsed.value : dottedQuad(address);
  if (value !== undefined) return { range: hostRange(value), text: address };
  if (looksLikeBareAddress(address)) return { text: address };
  if (originOf(parsed) !== undefined) return { symbolic: valueKey(field), text: address };
  return { hostName: address, text: address };
}
