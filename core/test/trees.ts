// Helpers for tests (and the fuzzer, which runs outside vitest) that compare parse trees
// and walk stored files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from '../src/parse';

/** Every `.json` file below a folder. */
export function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.json') ? [path] : [];
  });
}

/** A node without its parent links, which are checked separately. */
export function treeShape(node: Node | undefined): unknown {
  if (!node) return undefined;
  return {
    type: node.type,
    offset: node.offset,
    length: node.length,
    value: node.value,
    colonOffset: node.colonOffset,
    children: node.children?.map(treeShape),
  };
}

/** The first node below `node` whose parent link does not lead back to its parent. */
export function brokenParentLink(node: Node): Node | undefined {
  for (const child of node.children ?? []) {
    if (child.parent !== node) return child;
    const broken = brokenParentLink(child);
    if (broken) return broken;
  }
  return undefined;
}
