// Arrays that the analysis keeps for as long as the document is open.

/**
 * A copy of `list` with no spare room, for an array built by `push` that is then kept:
 * V8 gives an array grown from empty room for 17 elements, and a topology of 10 000 data
 * sources keeps tens of thousands of arrays of one to three (docs/performance.md).
 */
export function exactly<T>(list: T[]): T[] {
  return list.slice();
}
