// Broken copies of a topology's plain value, for the tests that hold a schema validator to
// ajv (schemaValidator.test.ts: the generated code; schemaRows.test.ts: the walk on rows).
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Copies of `value` broken once each: an unknown property, a wrong type, a missing member. */
export function brokenCopies(value: Json): Json[] {
  const copies: Json[] = [];
  const visit = (node: Json, replace: (next: Json) => Json): void => {
    if (node === null || typeof node !== 'object') {
      copies.push(replace(typeof node === 'string' ? 42 : 'text'));
      return;
    }
    if (Array.isArray(node)) {
      copies.push(replace([...node, { unexpected: true }]));
      node.forEach((item, index) =>
        visit(item, (next) => replace(node.map((old, i) => (i === index ? next : old)))),
      );
      return;
    }
    copies.push(replace({ ...node, unexpectedProperty: 1 }));
    for (const key of Object.keys(node)) {
      const { [key]: removed, ...rest } = node;
      copies.push(replace(rest));
      visit(removed as Json, (next) => replace({ ...node, [key]: next }));
    }
  };
  visit(value, (next) => next);
  return copies;
}
