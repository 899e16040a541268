// The names of a large object (a topology's collections), for the fast parser
// (core/src/wellFormedParse.ts) to find a repeated one without a string per name.
import { ESCAPED } from './compactTree';
import type { CompactTreeBuilder } from './compactTreeBuilder';

/** FNV-1a, over a name's UTF-16 code units; the offset basis as an int32, as the table stores hashes. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

export function nameHash(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** What the table asks the parser of key rows. */
export interface KeyNames {
  /** The hash of an escaped key's name (decoded). */
  nameHash(key: number): number;
  /** Whether two key rows hold the same name. */
  sameName(a: number, b: number): boolean;
}

/**
 * The names of a large object (the data sources, the tasks), as key rows in an open
 * addressing table over their hashes: names are compared in the text, so no string is
 * made for the tens of thousands of ids a topology's collections hold.
 */
export class NameTable {
  /**
   * Key row + 1 per slot (0: empty), grown 8× at half full. Small at first, so that the first
   * large object grows it before `add` is optimised: optimised code that meets a call it has
   * never made is thrown away.
   */
  private keys = new Int32Array(64);
  private hashes = new Int32Array(64);
  private size = 0;

  constructor(
    private readonly parser: KeyNames,
    private readonly rows: CompactTreeBuilder,
    private readonly text: string,
  ) {}

  /** Adds a key row's name; true when the name was there already. */
  add(key: number): boolean {
    const rows = this.rows;
    let hash = FNV_OFFSET;
    if (rows.kinds[key]! & ESCAPED) {
      hash = this.parser.nameHash(key);
    } else {
      // The hash of an unescaped name, read in place: one call less per id of a collection.
      const text = this.text;
      const start = rows.offsets[key]! + 1;
      const end = start + rows.lengths[key]! - 2;
      for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    }
    const { keys, hashes } = this;
    const mask = keys.length - 1;
    let slot = hash & mask;
    for (let held = keys[slot]!; held !== 0; held = keys[slot]!) {
      if (hashes[slot] === hash && this.parser.sameName(held - 1, key)) return true;
      slot = (slot + 1) & mask;
    }
    // At most half full before this name, so there was an empty slot.
    keys[slot] = key + 1;
    hashes[slot] = hash;
    if (++this.size * 2 > keys.length) this.grow();
    return false;
  }

  private grow(): void {
    const { keys, hashes } = this;
    const grownKeys = new Int32Array(keys.length * 8);
    const grownHashes = new Int32Array(keys.length * 8);
    const mask = grownKeys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let slot = hashes[i]! & mask;
      while (grownKeys[slot] !== 0) slot = (slot + 1) & mask;
      grownKeys[slot] = keys[i]!;
      grownHashes[slot] = hashes[i]!;
    }
    this.keys = grownKeys;
    this.hashes = grownHashes;
  }
}
