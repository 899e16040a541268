// The compact tree (core/src/compactTree.ts): node views that keep their identity, and an
// entity's rows spliced in after an edit, with every view before, inside and after it
// showing what a fresh parse of the new text shows.
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { CompactNode, type CompactTree } from '../src/compactTree';
import { eachProperty, MAX_NESTING_DEPTH, pathOf, propertyValue, type Node } from '../src/parse';
import { parseWellFormed } from '../src/wellFormedParse';
import { brokenParentLink, treeShape } from './trees';

function treeOf(text: string): CompactTree {
  const parsed = parseWellFormed(text, MAX_NESTING_DEPTH);
  if (!parsed) throw new Error(`not well-formed: ${text}`);
  return parsed.tree;
}

const BEFORE = [
  '{',
  '  "dataSources": {',
  '    "ds-a": { "engine": "mysql", "whitelist": ["10.0.0.0/24"] },',
  '    "ds-b": { "engine": "kafka", "name": "esc\\u0061ped \\"b\\"" },',
  '    "ds-c": { "engine": "redis", "port": 6380 }',
  '  },',
  '  "after": [true, null, -1.5e2]',
  '}',
].join('\n');

/** BEFORE with ds-b's value replaced; returns the new text and the value's new text. */
function withValueOfB(replacement: string): { text: string; value: string } {
  const start = BEFORE.indexOf('{ "engine": "kafka"');
  const end = BEFORE.indexOf('},\n    "ds-c"') + 1;
  return { text: BEFORE.slice(0, start) + replacement + BEFORE.slice(end), value: replacement };
}

/** Splices `replacement` in for ds-b's value, as the incremental analysis does. */
function splice(tree: CompactTree, replacement: string): string {
  const { text, value } = withValueOfB(replacement);
  const dataSources = propertyValue(tree.root, 'dataSources')!;
  const property = dataSources.children![1]! as CompactNode;
  const oldLength = property.children![1]!.length;
  tree.replaceValue(property, treeOf(value), value.length - oldLength, text);
  return text;
}

describe('the compact tree', () => {
  it('reads as the tree jsonc-parser builds, values decoded from the text', () => {
    const tree = treeOf(BEFORE);
    expect(treeShape(tree.root)).toEqual(treeShape(parseTree(BEFORE)));
    const b = propertyValue(propertyValue(tree.root, 'dataSources'), 'ds-b');
    expect(propertyValue(b, 'name')?.value).toBe('escaped "b"');
    expect(propertyValue(tree.root, 'after')?.children?.map((n) => n.value)).toEqual([
      true,
      null,
      -150,
    ]);
  });

  it("gives every node the path of jsonc-parser's node at the same place, keys included", () => {
    const tree = treeOf(BEFORE);
    const paths = (node: Node): unknown[] => [
      pathOf(node),
      ...(node.children ?? []).flatMap((child) => paths(child)),
    ];
    const expected = paths(parseTree(BEFORE)!);
    expect(paths(tree.root)).toEqual(expected);
    expect(expected).toContainEqual(['dataSources', 'ds-a', 'whitelist', 0]);
    expect(expected).toContainEqual(['after', 2]);
    // After a splice, the rows after it still give their paths, and the new rows theirs.
    const text = splice(tree, '{ "engine": "kafka", "whitelist": ["1.2.3.4", "5.6.7.8"] }');
    expect(paths(tree.root)).toEqual(paths(parseTree(text)!));
  });

  it('makes one view per node, whichever way it is reached', () => {
    const tree = treeOf(BEFORE);
    const dataSources = propertyValue(tree.root, 'dataSources')!;
    const viaChildren = dataSources.children![2]!.children![1]!;
    const viaName = propertyValue(dataSources, 'ds-c');
    expect(viaName).toBe(viaChildren);
    expect(viaChildren.parent?.parent).toBe(dataSources);
    const visited: string[] = [];
    eachProperty(dataSources, (key, value) => {
      visited.push(String(key.value));
      expect(value.parent?.children?.[0]).toBe(key);
    });
    expect(visited).toEqual(['ds-a', 'ds-b', 'ds-c']);
  });

  it('keeps every view where its node is through many edits (which compact its list of views)', () => {
    const tree = treeOf(BEFORE);
    const dataSources = propertyValue(tree.root, 'dataSources')!;
    const c = propertyValue(dataSources, 'ds-c')!;
    const port = propertyValue(c, 'port')!;
    let text = BEFORE;
    for (let i = 0; i < 1500; i++) {
      text = splice(tree, i % 2 ? '{ "engine": "kafka", "whitelist": ["1.2.3.4"] }' : '{}');
      // Views of the new value's nodes, which the next edit moves to a copy of its rows.
      const b = propertyValue(dataSources, 'ds-b')!;
      for (const property of b.children ?? []) expect(property.children).toHaveLength(2);
    }
    expect(propertyValue(dataSources, 'ds-c')).toBe(c);
    expect(propertyValue(c, 'port')).toBe(port);
    expect(port.value).toBe(6380);
    expect(treeShape(tree.root)).toEqual(treeShape(parseTree(text)));
    expect(brokenParentLink(tree.root)).toBeUndefined();
  });

  it.each([
    ['the same number of nodes', '{ "engine": "kafkb", "name": "x" }'],
    ['more nodes', '{ "engine": "kafka", "name": "x", "whitelist": ["1.2.3.4", "5.6.7.8"] }'],
    ['fewer nodes', '{}'],
  ])('splices an entity with %s in place of the old one', (_, replacement) => {
    const tree = treeOf(BEFORE);
    const dataSources = propertyValue(tree.root, 'dataSources')!;
    const a = propertyValue(dataSources, 'ds-a')!;
    const c = propertyValue(dataSources, 'ds-c')!;
    const port = propertyValue(c, 'port')!;
    const after = propertyValue(tree.root, 'after')!;
    const oldB = propertyValue(dataSources, 'ds-b')!;
    const oldName = propertyValue(oldB, 'name')!;
    const oldNameOffset = oldName.offset;

    const text = splice(tree, replacement);

    // The whole tree is the fresh parse of the new text.
    expect(treeShape(tree.root)).toEqual(treeShape(parseTree(text)));
    expect(brokenParentLink(tree.root)).toBeUndefined();
    // Views before and after the entity are the same objects, where their nodes now are.
    expect(propertyValue(dataSources, 'ds-a')).toBe(a);
    expect(propertyValue(dataSources, 'ds-c')).toBe(c);
    expect(propertyValue(c, 'port')).toBe(port);
    expect(propertyValue(tree.root, 'after')).toBe(after);
    expect(text.slice(port.offset, port.offset + port.length)).toBe('6380');
    expect(port.value).toBe(6380);
    expect(after.children?.map((n) => n.value)).toEqual([true, null, -150]);
    // The property holds the new value; the old value's views still show the old entity.
    const newB = propertyValue(dataSources, 'ds-b')!;
    expect(newB).not.toBe(oldB);
    expect(newB.parent?.children?.[1]).toBe(newB);
    expect(text.slice(newB.offset, newB.offset + newB.length)).toBe(replacement);
    expect(oldName.value).toBe('escaped "b"');
    expect(oldName.offset).toBe(oldNameOffset);
    expect(oldB.parent).toBeUndefined();
  });

  it('stays right along a chain of splices', () => {
    const tree = treeOf(BEFORE);
    const c = propertyValue(propertyValue(tree.root, 'dataSources'), 'ds-c')!;
    for (const replacement of ['{}', '{ "a": [1, [2, [3]]] }', '{ "engine": "x" }', '{ }']) {
      const text = splice(tree, replacement);
      // Each splice starts from BEFORE's text around ds-b, which the tree must now show.
      expect(treeShape(tree.root)).toEqual(treeShape(parseTree(text)));
      expect(c.offset).toBe(text.indexOf('{ "engine": "redis"'));
    }
  });
});
