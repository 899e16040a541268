// A collection's slots by id: the ids in slot order, and a table from id to slot.
//
// The table is an open-addressing hash table in an `Int32Array` (its contents off V8's heap),
// sized once from how many properties the collection object has: a `Map` grown one `set` at
// a time left each smaller table it outgrew in the young generation, and the ids' array,
// grown by `push`, each smaller array (with the value rows' array, 1.2 MB of the young
// generation in a 10 000 data source check). A collection of a few entities has no table:
// its ids are searched in order.
//
// Ids hashed to the same place are probed for in the next places. Should an id need more
// than `MAX_PROBE` places (ids made to collide), the collection's index becomes a `Map`:
// finding an id never takes more than that many comparisons.

/** Up to this many ids, no table: comparing a few strings costs less than hashing one. */
const SEARCHED_IN_ORDER = 8;
/** The most places an id is looked for in the table before the index turns to a `Map`. */
export const MAX_PROBE = 32;

/** The table of an index whose ids are searched in order: none, shared. */
const NO_PLACES = new Int32Array(0);

/**
 * FNV-1a over the UTF-16 code units of the id `text` holds from `start`, `length` characters
 * long (the whole of `text` by default), its high bits folded into the low ones.
 */
export function idHash(text: string, start = 0, length = text.length): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + length; i++)
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** The slots of a collection: slot → id (`ids`), and id → slot (`slotOf`). */
export class SlotIndex {
  /** Slot → id. */
  readonly ids: readonly string[];
  /** Slot + 1 at each place of the table (0: none); empty when ids are searched in order. */
  private readonly places: Int32Array;
  /** The most places any id stored took to find, less one: where a search may stop. */
  private longestProbe: number;
  /** Id → slot, once ids collided too much for the table. */
  private map: Map<string, number> | undefined;
  /** `ids` itself, written as ids are added. */
  private readonly added: string[];
  private count: number;

  /** An index with room for `capacity` ids. */
  constructor(capacity: number) {
    // Made at its final size, trimmed by `finish` (in place, without a copy).
    this.added = new Array<string>(capacity);
    this.ids = this.added;
    this.places = capacity > SEARCHED_IN_ORDER ? new Int32Array(tableSize(capacity)) : NO_PLACES;
    this.longestProbe = 0;
    this.map = undefined;
    this.count = 0;
  }

  /**
   * Adds `id` as the next slot, unless it has one: answers the slot it already had, or -1 when
   * it was added (the first definition of an id keeps it).
   */
  addFirst(id: string): number {
    const { places, added } = this;
    if (this.map !== undefined || places.length === 0) {
      const before = this.slotOf(id);
      if (before >= 0) return before;
      this.append(id);
      return -1;
    }
    // One search, one hash (a collection of 100 000 ids hashed each twice): nothing is ever
    // removed, so the id, when present, lies before the first empty place of its search,
    // which is where it goes when absent.
    const mask = places.length - 1;
    let place = idHash(id) & mask;
    for (let probe = 0; probe < MAX_PROBE; probe++) {
      // (`!`: masked into range.)
      const entry = places[place]!;
      if (entry === 0) {
        const slot = this.count++;
        added[slot] = id;
        places[place] = slot + 1;
        if (probe > this.longestProbe) this.longestProbe = probe;
        return -1;
      }
      if (added[entry - 1] === id) return entry - 1;
      place = (place + 1) & mask;
    }
    // Every place searched is taken by another id: the index turns to a `Map`.
    added[this.count++] = id;
    this.turnToMap();
    return -1;
  }

  /** An index of `ids` as given, a later one of an id taking its slot (as a `Map` set in order would). */
  static ofIds(ids: readonly string[]): SlotIndex {
    const index = new SlotIndex(ids.length);
    for (let slot = 0; slot < ids.length; slot++) {
      // (The cast: in range.)
      const id = ids[slot] as string;
      if (index.map !== undefined) {
        index.append(id);
      } else if (index.addFirst(id) >= 0) {
        // Rare (an id given twice): the map answers the later slot.
        index.added[index.count++] = id;
        index.turnToMap();
      }
    }
    return index.finish();
  }

  /** Ends the building: `ids` holds exactly the ids added. */
  finish(): this {
    // Trimmed in place: no copy.
    if (this.added.length !== this.count) this.added.length = this.count;
    return this;
  }

  /** The slot of an id, -1 when none has it. */
  slotOf(id: string): number {
    if (this.map !== undefined) return this.map.get(id) ?? -1;
    const { places, added } = this;
    if (places.length === 0) {
      const { count } = this;
      for (let slot = 0; slot < count; slot++) if (added[slot] === id) return slot;
      return -1;
    }
    const mask = places.length - 1;
    let place = idHash(id) & mask;
    for (let probe = 0; probe <= this.longestProbe; probe++) {
      // (`!`: masked into range.)
      const entry = places[place]!;
      if (entry === 0) return -1;
      if (added[entry - 1] === id) return entry - 1;
      place = (place + 1) & mask;
    }
    return -1;
  }

  /**
   * The slot of the id `text` holds from `start`, `length` characters long (a reference,
   * read in the file's text without making its string), -1 when none has it.
   */
  slotOfText(text: string, start: number, length: number): number {
    if (this.map !== undefined) return this.map.get(text.slice(start, start + length)) ?? -1;
    const { places, added } = this;
    if (places.length === 0) {
      const { count } = this;
      for (let slot = 0; slot < count; slot++) {
        // (The cast: in range.)
        const id = added[slot] as string;
        if (id.length === length && text.startsWith(id, start)) return slot;
      }
      return -1;
    }
    const mask = places.length - 1;
    let place = idHash(text, start, length) & mask;
    for (let probe = 0; probe <= this.longestProbe; probe++) {
      // (`!`: masked into range.)
      const entry = places[place]!;
      if (entry === 0) return -1;
      // (The cast: a slot stored.)
      const id = added[entry - 1] as string;
      if (id.length === length && text.startsWith(id, start)) return entry - 1;
      place = (place + 1) & mask;
    }
    return -1;
  }

  /** Whether the ids turned this index into a `Map` (a test's question). */
  get mapped(): boolean {
    return this.map !== undefined;
  }

  /**
   * Gives `id`, which has no slot yet, the next one, where no table holds slots: the ids are
   * searched in order, or the index is a `Map` (`addFirst` places an id in the table itself).
   */
  private append(id: string): void {
    const slot = this.count++;
    this.added[slot] = id;
    if (this.map !== undefined) this.map.set(id, slot);
  }

  /** The ids added so far in a `Map`, each later one of an id taking its slot. */
  private turnToMap(): void {
    const map = new Map<string, number>();
    const { added, count } = this;
    for (let slot = 0; slot < count; slot++) map.set(added[slot] as string, slot);
    this.map = map;
  }
}

/** The table's size for `capacity` ids: a power of two, at most a third full. */
function tableSize(capacity: number): number {
  let size = 16;
  while (size < capacity * 3) size *= 2;
  return size;
}
