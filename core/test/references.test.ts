// The reference table (core/src/references.ts) drives every surface that reads references:
// for each of its fields, in a real file that fills them all, go-to-definition, find
// references, rename, id completion and unknown-reference (with its quick fix) work
// without code of their own. A new row of the table is checked here once the fixture
// has its field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import {
  analyse,
  definitionAt,
  idCompletions,
  referencesAt,
  rename,
  validate,
  type Span,
} from '../src/index';
import { pointerOf } from '../src/parse';
import { REFERENCE_FIELDS } from '../src/references';

const FIXTURE = 'test/fixtures/references/every-field.dwnet.json';
const TEXT = readFileSync(join(__dirname, '../..', FIXTURE), 'utf8');

type Path = (string | number)[];

/** The concrete paths of the document that a field's pattern (`*` an id, `#` an index) matches. */
function pathsMatching(root: Node, pattern: readonly string[]): Path[] {
  let paths: Path[] = [[]];
  for (const segment of pattern) {
    paths = paths.flatMap((path) => {
      const node = findNodeAtLocation(root, path);
      if (segment === '#')
        return node?.type === 'array' ? (node.children ?? []).map((_, i) => [...path, i]) : [];
      if (segment === '*')
        return node?.type === 'object'
          ? (node.children ?? []).map((property) => [
              ...path,
              String(property.children?.[0]?.value),
            ])
          : [];
      return findNodeAtLocation(root, [...path, segment]) ? [[...path, segment]] : [];
    });
  }
  return paths;
}

const textOf = (text: string, span: Span) => text.slice(span.offset, span.offset + span.length);

const root = parseTree(TEXT);
if (!root) throw new Error(`${FIXTURE} does not parse`);

describe('the fixture', () => {
  it('resolves every reference: no unknown-reference, no schema finding', () => {
    const codes = validate(TEXT).findings.map((f) => f.code);
    expect(codes).not.toContain('unknown-reference');
    expect(codes).not.toContain('schema');
  });
});

describe.each(Object.entries(REFERENCE_FIELDS))('reference field %s', (_name, field) => {
  const [path] = pathsMatching(root, field.path);
  const node = path && findNodeAtLocation(root, path);
  const id = node?.value as string;

  it(`is in ${FIXTURE}`, () => {
    expect(node?.type).toBe('string');
  });

  it('goes to the definition of the entity it names, whose references include it', () => {
    const analysis = analyse(TEXT);
    const inside = node!.offset + 1;
    const [definition] = definitionAt(analysis, inside);
    expect(definition && textOf(TEXT, definition)).toBe(JSON.stringify(id));
    const uses = referencesAt(analysis, definition!.offset + 1, false);
    expect(uses).toContainEqual({ offset: node!.offset, length: node!.length });
  });

  it('is renamed with the entity it names', () => {
    const analysis = analyse(TEXT);
    const result = rename(analysis, node!.offset + 1, `${id}-renamed`);
    expect('edits' in result && result.edits).toContainEqual({
      offset: node!.offset,
      length: node!.length,
      content: JSON.stringify(`${id}-renamed`),
    });
  });

  it('offers the ids of its kind, the one it names among them', () => {
    const completions = idCompletions(analyse(TEXT), node!.offset + 1) ?? [];
    expect(completions.map((c) => c.label)).toContain(id);
    expect(new Set(completions.map((c) => c.kind))).toEqual(
      new Set(completions.map((c) => c.kind).filter((kind) => field.kinds.includes(kind as never))),
    );
  });

  it('names an unknown id: unknown-reference at its pointer, the fix restoring the closest id', () => {
    const typo = `${id}x`;
    const text =
      TEXT.slice(0, node!.offset) + JSON.stringify(typo) + TEXT.slice(node!.offset + node!.length);
    const unknown = validate(text).findings.filter((f) => f.code === 'unknown-reference');
    expect(unknown.map((f) => f.pointer)).toEqual([pointerOf(path!)]);
    expect(unknown[0]!.message).toContain(`'${typo}'`);
    expect(unknown[0]!.fixes[0]?.operations).toEqual([{ op: 'set', path, value: id }]);
  });
});
