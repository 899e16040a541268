// Address tests the data source rules make once per data source, written without a range
// object per address: a topology of 10 000 data sources asks each of them several times.
import type { Ipv4Range } from '../cidr';

/** Whether one of `ranges` holds the address `value` (`contains(range, hostRange(value))`). */
export function someRangeHolds(ranges: readonly Ipv4Range[], value: number): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Ipv4Range;
    if (range.start <= value && value <= range.end) return true;
  }
  return false;
}
