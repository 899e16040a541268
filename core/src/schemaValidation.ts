// Validates plain values against schemas/dwnet.schema.json with its precompiled validator.
import type { ErrorObject } from 'ajv';
import schema from '../../schemas/dwnet.schema.json';
import type { Node, PlainDocument, SchemaInput } from './parse';
import { schemaValidator } from './schemaValidator';

/** What the schema stage reports, found as soon as the document is parsed. */
export interface SchemaProblems {
  errors: ErrorObject[];
  /** Property nodes whose name already appeared earlier in the same object. */
  repeatedProperties: Node[];
}

const VALUE_KEYWORDS = new Set([
  'enum',
  'const',
  'pattern',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'uniqueItems',
]);

export { schema };

/** ajv's errors, minus the `if` wrappers that only repeat their `then` branch's error. */
export function validateAgainstSchema(value: unknown): ErrorObject[] {
  const validate = schemaValidator();
  if (validate(value)) return [];
  const seen = new Set<string>();
  const errors: ErrorObject[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if') continue;
    const key = `${error.instancePath}\0${error.keyword}\0${JSON.stringify(error.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  // A value of the wrong type fails its enum or range too; the type error says it all.
  const wrongType = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors.filter(
    (e) => e.keyword === 'type' || !wrongType.has(e.instancePath) || !VALUE_KEYWORDS.has(e.keyword),
  );
}

/**
 * The schema's errors for a document's plain value. The analysis asks right after parsing,
 * and drops the plain value: kept while the model is built, its hundreds of thousands of
 * objects would survive every young-generation collection and be copied to the old one.
 */
export function schemaProblemsOf(plain: PlainDocument): SchemaProblems {
  return {
    errors: validateAgainstSchema(plain.value),
    repeatedProperties: plain.repeatedProperties,
  };
}

/**
 * The schema's problems of a well-formed document: none when its rows certainly follow the
 * schema (no plain value is made), else ajv's on its plain value. A document with a
 * repeated property goes to ajv, which sees the first of each name, as the model does.
 */
export function schemaProblemsOfWellFormed(input: SchemaInput): SchemaProblems {
  if (input.repeatedProperties.length === 0 && input.certainlyValid)
    return { errors: [], repeatedProperties: [] };
  return schemaProblemsOf(input.plainDocument());
}

/** The property names a schema object allows (for "did you mean"). */
export function schemaPropertyNames(parentSchema: unknown): string[] {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)
    ?.properties;
  return properties ? Object.keys(properties).filter((k) => k !== '$schema') : [];
}
