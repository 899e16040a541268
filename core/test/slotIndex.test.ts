// A collection's id index (core/src/model/slotIndex.ts): the answers a `Map` gave, whatever
// the ids, and a `Map` of its own once ids collide too much.
import { describe, expect, it } from 'vitest';
import { idHash, MAX_PROBE, SlotIndex } from '../src/model/slotIndex';
import { analyse } from '../src/validate';

/** The index `addFirst` builds from these ids, and the slot each id's first definition has. */
function indexOf(ids: readonly string[]): { index: SlotIndex; expected: Map<string, number> } {
  const index = new SlotIndex(ids.length);
  const expected = new Map<string, number>();
  for (const id of ids) {
    const before = index.addFirst(id);
    expect(before).toBe(expected.get(id) ?? -1);
    if (!expected.has(id)) expected.set(id, expected.size);
  }
  index.finish();
  return { index, expected };
}

function expectAnswers(index: SlotIndex, expected: Map<string, number>, absent: string[]): void {
  expect(index.ids).toEqual([...expected.keys()]);
  for (const [id, slot] of expected) expect(index.slotOf(id)).toBe(slot);
  for (const id of absent) expect(index.slotOf(id)).toBe(-1);
  // The same ids read in a text, between quotes, without their strings.
  for (const id of [...expected.keys(), ...absent]) {
    const text = `"x${id}y"; "${id}", "${id}x"`;
    const start = text.indexOf(`"${id}",`) + 1;
    expect(index.slotOfText(text, start, id.length)).toBe(expected.get(id) ?? -1);
  }
}

/** `count` ids whose hashes agree in their low `bits` bits: they want the same place of a table. */
function collidingIds(count: number, bits: number): string[] {
  const mask = (1 << bits) - 1;
  const wanted = idHash('seed') & mask;
  const ids: string[] = [];
  for (let n = 0; ids.length < count; n++) {
    const id = `id-${n}`;
    if ((idHash(id) & mask) === wanted) ids.push(id);
  }
  return ids;
}

describe('SlotIndex', () => {
  it('answers like a map, the first definition keeping its slot', () => {
    for (const size of [0, 1, 5, 8, 9, 40, 3000]) {
      const ids = Array.from({ length: size }, (_, i) => `ds-${i}`);
      const repeated = [...ids, ...ids.filter((_, i) => i % 3 === 0)].sort();
      const { index, expected } = indexOf(repeated);
      expect(index.mapped).toBe(false);
      expectAnswers(index, expected, ['', 'ds-', `ds-${size}`, 'DS-1', 'ds-1 ']);
    }
  });

  it('holds empty, Chinese, long and unpaired-surrogate ids', () => {
    const ids = [
      '',
      '数据源-1',
      '数据源-2',
      'a'.repeat(300),
      '\ud800',
      '\udc00',
      'x',
      '',
      '数据源-1',
    ];
    for (const padding of [0, 20]) {
      const padded = [...ids, ...Array.from({ length: padding }, (_, i) => `p${i}`)];
      const { index, expected } = indexOf(padded);
      expectAnswers(index, expected, ['数据源', 'a'.repeat(299), '\ud800\udc00']);
    }
  });

  it('finds ids that hash to the same place', () => {
    // 130 ids given: a table of 512 places, whose place is the hash's low 9 bits. (Other
    // ids that hash into the run the colliding ones fill probe on past it.)
    const colliding = collidingIds(MAX_PROBE / 2, 9);
    const others = Array.from({ length: 100 - colliding.length }, (_, i) => `other-${i}`);
    const { index, expected } = indexOf([...colliding, ...others, ...colliding]);
    expect(index.mapped).toBe(false);
    expectAnswers(index, expected, collidingIds(MAX_PROBE, 9).slice(MAX_PROBE / 2));
  });

  it('turns to a map when ids collide more than it probes', () => {
    const colliding = collidingIds(3 * MAX_PROBE, 9);
    const others = Array.from({ length: 100 - colliding.length }, (_, i) => `other-${i}`);
    const { index, expected } = indexOf([...others, ...colliding, ...others, ...colliding]);
    expect(index.mapped).toBe(true);
    expectAnswers(index, expected, ['other-100', 'id-0x']);
  });

  it('gives a repeated id its later slot when made from a list (as a map set in order)', () => {
    for (const size of [4, 40]) {
      const ids = Array.from({ length: size }, (_, i) => `t-${i % (size - 2)}`);
      const index = SlotIndex.ofIds(ids);
      expect(index.ids).toEqual(ids);
      const map = new Map(ids.map((id, slot) => [id, slot]));
      for (const [id, slot] of map) expect(index.slotOf(id)).toBe(slot);
      expect(index.slotOf('t-x')).toBe(-1);
    }
  });
});

describe('collections indexed from the tree', () => {
  /** A topology with these data source keys (raw JSON text) in order. */
  function topology(keys: string[], broken: boolean): string {
    const sources = keys.map((key, i) => `${key}: { "engine": "mysql", "port": ${1000 + i} }`);
    // A trailing comma: the parser's fast path gives up, and jsonc-parser's tree is read.
    return `{ "version": 1, "dataSources": { ${sources.join(', ')}${broken ? ',' : ''} } }`;
  }

  for (const broken of [false, true])
    it(`decodes escaped keys and keeps first definitions (${broken ? 'jsonc-parser' : 'compact'} tree)`, () => {
      for (const filler of [0, 30]) {
        const keys = [
          '"ds-1"',
          '"\\u0064s-1"',
          '""',
          '"数据源"',
          '"\\u6570\\u636e\\u6e90"',
          '"ds-2"',
          ...Array.from({ length: filler }, (_, i) => `"f-${i}"`),
        ];
        const { model } = analyse(topology(keys, broken));
        if (model === undefined) throw new Error('no model');
        const { dataSources } = model;
        expect(dataSources.ids).toEqual([
          'ds-1',
          '',
          '数据源',
          'ds-2',
          ...keys.slice(6).map((k) => JSON.parse(k) as string),
        ]);
        expect(dataSources.slotOf('ds-1')).toBe(0);
        expect(dataSources.at(0).keyNode.offset).toBe(topology(keys, broken).indexOf('"ds-1"'));
        expect(dataSources.slotOf('数据源')).toBe(2);
        expect(dataSources.slotOf('ds-3')).toBe(-1);
        expect(dataSources.duplicates.map((d) => d.id)).toEqual(['ds-1', '数据源']);
      }
    });
});

describe("a VPC's vSwitches and NAT gateways", () => {
  it('are mapped by first definition, later ones listed in document order', () => {
    const text = `{ "version": 1, "vpcs": { "vpc-1": { "cidr": "10.0.0.0/16",
      "vSwitches": { "a": { "cidr": "10.0.1.0/24" }, "b": 7, "\\u0061": { "cidr": "10.0.2.0/24" },
        "b": { "cidr": "10.0.3.0/24" }, "c": { "cidr": "10.0.4.0/24" }, "a": { "cidr": "10.0.5.0/24" } },
      "natGateways": { "n": { "vSwitch": "a" }, "n": { "vSwitch": "c" } } } } }`;
    const { model } = analyse(text);
    if (model === undefined) throw new Error('no model');
    const vpc = model.vpcs.at(0);
    expect([...vpc.vSwitches].map(([id, v]) => [id, v.cidr?.value])).toEqual([
      ['a', '10.0.1.0/24'],
      ['b', '10.0.3.0/24'],
      ['c', '10.0.4.0/24'],
    ]);
    expect([...vpc.natGateways.keys()]).toEqual(['n']);
    expect(vpc.natGateways.get('n')?.vSwitch?.value).toBe('a');
    expect(
      model.nestedDuplicates.map((d) => [d.id, d.keyNode.offset === text.indexOf('"\\u0061"')]),
    ).toEqual([
      ['a', true],
      ['a', false],
      ['n', false],
    ]);
  });
});
