// A VPC's address space: its primary CIDR block (`cidr`) and its secondary blocks
// (`secondaryCidrs`, Alibaba Cloud's SecondaryCidrBlocks). Every rule and analysis that
// asks "is this inside the VPC" reads the union through these helpers, so a vSwitch, an
// address or a route in a secondary block counts as the VPC's own.
import { contains, uncoveredBlocks, type Ipv4Range } from '../cidr';
import type { CidrValue, Vpc } from '../model';
import { oncePerObject } from '../util/memo';

/** The VPC's CIDR blocks as written, the primary block first. */
export function vpcBlocks(vpc: Vpc): CidrValue[] {
  const secondary = vpc.secondaryCidrs;
  if (!vpc.cidr) return secondary;
  // Without a spread: an iterator per VPC (and one result per block) in unoptimised code,
  // where nearly every VPC has no secondary block.
  if (secondary.length === 0) return [vpc.cidr];
  const blocks = new Array<CidrValue>(secondary.length + 1);
  blocks[0] = vpc.cidr;
  for (let i = 0; i < secondary.length; i++) blocks[i + 1] = secondary[i] as CidrValue;
  return blocks;
}

/** A valid block of the VPC with its range. */
export interface VpcBlock {
  value: CidrValue;
  range: Ipv4Range;
  /** The block in network form (`10.0.0.0/16`), as messages and routes name it. */
  network: string;
}

/**
 * The VPC's valid blocks, the primary block first. Read once per VPC (model objects never
 * change once built): route rules ask for every route of every binding.
 */
export const validVpcBlocks = oncePerObject((vpc: Vpc): readonly VpcBlock[] => {
  const blocks: VpcBlock[] = [];
  for (const value of vpcBlocks(vpc)) {
    if (value.parsed.ok)
      blocks.push({ value, range: value.parsed.range, network: value.parsed.network });
  }
  return blocks;
});

/**
 * Whether every block of the VPC is a valid CIDR block: only then can something be said to
 * lie outside the VPC (a mistyped block is cidr-invalid's finding, and may be the one that
 * holds it).
 */
export function vpcSpaceKnown(vpc: Vpc): boolean {
  // Without the list of `vpcBlocks` and a callback: address-outside-network asks once per
  // data source of a large topology.
  if (vpc.cidr && !vpc.cidr.parsed.ok) return false;
  const secondary = vpc.secondaryCidrs;
  for (let i = 0; i < secondary.length; i++)
    if (!(secondary[i] as CidrValue).parsed.ok) return false;
  return true;
}

/**
 * The ranges of the VPC's valid blocks. Pushed onto a literal, not made by `map`: TurboFan's
 * `map` makes its array with another elements kind than the builtin's, and every reader of
 * these lists compiled before this function was optimised was thrown away ("wrong map").
 */
export const vpcRanges = oncePerObject((vpc: Vpc): readonly Ipv4Range[] => {
  const blocks = validVpcBlocks(vpc);
  const ranges: Ipv4Range[] = [];
  for (let i = 0; i < blocks.length; i++) ranges.push((blocks[i] as VpcBlock).range);
  return ranges;
});

/**
 * Whether the VPC's address space holds all of `range`: one block, or its blocks together
 * (Alibaba Cloud lets no two of them overlap, but a range may span two adjacent blocks).
 */
export function vpcHolds(vpc: Vpc, range: Ipv4Range): boolean {
  const ranges = vpcRanges(vpc);
  // An index loop: no closure per call.
  for (let i = 0; i < ranges.length; i++) if (contains(ranges[i] as Ipv4Range, range)) return true;
  return ranges.length > 1 && uncoveredBlocks(range, ranges).length === 0;
}

/** The VPC's valid blocks as written, for messages (joined by the localizer's list). */
export function vpcBlockValues(vpc: Vpc): string[] {
  return validVpcBlocks(vpc).map((block) => block.value.value);
}
