// The edited entity's new value, parsed alone and spliced into the previous tree, which
// becomes the new version's (see ARCHITECTURE.md "Incremental analysis": the tree is the
// one thing an incremental analysis takes over from the previous one).
import { Kind } from '../compactTree';
import {
  blankSpans,
  MAX_NESTING_DEPTH,
  nodeToValue,
  type Node,
  type ParsedDocument,
} from '../parse';
import { schemaProblemsOf, type SchemaProblems } from '../schemaValidation';
import { lazy } from '../util/memo';
import { parseWellFormed } from '../wellFormedParse';
import type { EditedEntity } from './locate';

/** Where an entity's property is in one version of the text. */
export interface Range {
  start: number;
  end: number;
}

export interface SplicedEntity {
  /** The new version's document: the new text on the spliced tree. */
  document: ParsedDocument;
  root: Node;
  /** The entity's new value node. */
  value: Node;
  /** Where the entity's property was, and where it is. */
  before: Range;
  after: Range;
  /** What the schema says of the entity alone (what it says elsewhere is kept). */
  schemaProblems: () => SchemaProblems;
}

/**
 * The document of `text` with the edited entity parsed alone and its rows spliced into the
 * previous tree; undefined, with the previous tree untouched, when the entity's new text is
 * not well-formed.
 */
export function spliceEntity(
  previous: ParsedDocument,
  edited: EditedEntity,
  text: string,
): SplicedEntity | undefined {
  const { edit, property, value, section, id } = edited;
  const spans = previous.commentSpans;
  const root = previous.root;
  if (spans === undefined || root === undefined) return undefined;
  // The rest of the text is unchanged and was well-formed, so the new text is well-formed
  // exactly when this value is.
  const valueText = text.slice(value.offset, value.offset + value.length + edit.delta);
  const parsed = parseWellFormed(valueText, MAX_NESTING_DEPTH - 2);
  if (!parsed || parsed.tree.kind(0) !== Kind.Object) return undefined;

  // Read before the splice, which moves the property's end (its row stays, and grows).
  const propertyEnd = property.offset + property.length;
  // From here on the previous tree is the new version's.
  const tree = property.compactTree;
  const valueRow = tree.replaceValue(property, parsed.tree, edit.delta, text);
  const newValue = tree.node(valueRow);
  const repeatedProperties = parsed.repeatedProperties.map((row) => tree.node(valueRow + row));
  // Comments carry suppressions: the entity's are read from its new text, the others move.
  const valueEnd = value.offset + value.length;
  const commentSpans: number[] = [];
  let i = 0;
  for (; i < spans.length && (spans[i] ?? 0) < value.offset; i += 2)
    commentSpans.push(spans[i] ?? 0, spans[i + 1] ?? 0);
  for (let j = 0; j < parsed.nonJsonSpans.length; j += 2) {
    const start = parsed.nonJsonSpans[j] ?? 0;
    // The other spans are trailing commas.
    if (valueText.charCodeAt(start) === 47 /* / */)
      commentSpans.push(start + value.offset, (parsed.nonJsonSpans[j + 1] ?? 0) + value.offset);
  }
  for (; i < spans.length; i += 2) {
    if ((spans[i] ?? 0) < valueEnd) continue;
    commentSpans.push((spans[i] ?? 0) + edit.delta, (spans[i + 1] ?? 0) + edit.delta);
  }
  return {
    document: { text, root, syntaxProblems: [], commentSpans },
    root,
    value: newValue,
    before: { start: property.offset, end: propertyEnd },
    after: { start: property.offset, end: propertyEnd + edit.delta },
    schemaProblems: lazy(() =>
      schemaProblemsOf({
        value: {
          [section]: {
            [id]:
              repeatedProperties.length > 0
                ? nodeToValue(newValue)
                : (JSON.parse(blankSpans(valueText, parsed.nonJsonSpans)) as unknown),
          },
        },
        repeatedProperties,
      }),
    ),
  };
}
