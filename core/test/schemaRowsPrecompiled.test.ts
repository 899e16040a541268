// The table the build generates code for (scripts/schemaTable.mjs, in place of
// core/src/schemaRowsPrecompiled.ts in the bundles and here) against `compileSchema` of the
// same schema: the same nodes, fields, name lists and patterns, shared where the compiler's
// are shared, and every node with the compiler's fields in the compiler's order.
import { describe, expect, it } from 'vitest';
import { emptyNode, NameList } from '../src/schemaRowsNode';
import { precompiledTable } from '../src/schemaRowsPrecompiled';
import { rowsSchema } from '../src/schemaRowsSchema';
import { compileSchema } from '../src/schemaRowsTable';

/** Where two graphs differ (a path and why), or undefined when they are the same. */
function difference(a: unknown, b: unknown): string | undefined {
  const matched = new Map<object, object>();
  const compare = (x: unknown, y: unknown, path: string): string | undefined => {
    if (typeof x !== 'object' || x === null || typeof y !== 'object' || y === null)
      return Object.is(x, y) ? undefined : `${path}: ${String(x)} against ${String(y)}`;
    const earlier = matched.get(x);
    if (earlier !== undefined) return earlier === y ? undefined : `${path}: shared differently`;
    matched.set(x, y);
    if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return `${path}: another class`;
    if (x instanceof RegExp && y instanceof RegExp)
      return x.source === y.source && x.flags === y.flags ? undefined : `${path}: pattern`;
    if (ArrayBuffer.isView(x) && ArrayBuffer.isView(y))
      return compare(Array.from(x as Uint8Array), Array.from(y as Uint8Array), path);
    const keys = Object.keys(x);
    if (keys.join() !== Object.keys(y).join()) return `${path}: fields ${keys.join()}`;
    for (const key of keys) {
      const found = compare(
        (x as Record<string, unknown>)[key],
        (y as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return compare(a, b, 'root');
}

describe('the precompiled table of the schema', () => {
  it('is generated for the test run as for the bundles', () => {
    expect(precompiledTable).toBeTypeOf('function');
  });

  it('is the table compileSchema makes of the schema', () => {
    // (`!`: the test above.)
    const built = precompiledTable!(emptyNode, NameList);
    expect(built).not.toBeNull();
    expect(difference(built, compileSchema(rowsSchema))).toBeUndefined();
  });

  it('tells a difference (the comparison is not blind)', () => {
    const built = precompiledTable!(emptyNode, NameList);
    const compiled = compileSchema(rowsSchema);
    compiled.properties[0]!.minimum = 1;
    expect(difference(built, compiled)).toMatch(/minimum/);
    const other = compileSchema(rowsSchema);
    other.properties[1] = other.properties[2]!;
    expect(difference(built, other)).toMatch(/shared differently|against|fields/);
  });
});
