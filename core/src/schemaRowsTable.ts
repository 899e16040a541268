// The table core/src/schemaRows.ts walks the rows against: one node per schema object,
// every node with the same fields (so that the walk reads them at fixed places), made from
// the JSON schema. A keyword it does not know is `Unsupported`: the walk then decides no
// document, and ajv validates every one.
import { Kind } from './compactTree';
import ANNOTATION_KEYWORDS from './schemaAnnotations.json';
import {
  emptyNode,
  NameList,
  type Choices,
  type SchemaNode,
  type SlotPlan,
} from './schemaRowsNode';

/**
 * Keywords that never make a value invalid: annotations and the editor's extensions (the
 * list scripts/schemaValidator.mjs strips from the bundles' copy of the schema), and the
 * schema's own `$schema` and `definitions` (which `$ref` reads).
 */
const ANNOTATIONS = new Set(['$schema', 'definitions', ...ANNOTATION_KEYWORDS]);

export class Unsupported extends Error {}

function isReferenceOrAnnotation(keyword: string): boolean {
  return keyword === '$ref' || ANNOTATIONS.has(keyword);
}

const KINDS_OF_TYPE: Record<string, readonly Kind[] | undefined> = {
  object: [Kind.Object],
  array: [Kind.Array],
  string: [Kind.String],
  number: [Kind.Number],
  integer: [Kind.Number],
  boolean: [Kind.True, Kind.False],
  null: [Kind.Null],
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface NamesOnly {
  properties: Record<string, unknown>;
  required: string[];
}

/** `properties` and `required` only (or `true`): decided from the bits and value rows of one pass. */
function namesOnly(node: unknown): NamesOnly | undefined {
  if (node === true) return { properties: {}, required: [] };
  if (!isObject(node)) return undefined;
  for (const keyword of Object.keys(node))
    if (keyword !== 'properties' && keyword !== 'required' && !ANNOTATIONS.has(keyword))
      return undefined;
  const properties = node.properties ?? {};
  const required = node.required ?? [];
  if (!isObject(properties) || !Array.isArray(required)) return undefined;
  if (!required.every((name): name is string => typeof name === 'string')) return undefined;
  return { properties, required };
}

interface Foldable {
  condition?: NamesOnly;
  then?: NamesOnly;
  otherwise?: NamesOnly;
}

/** A part of `allOf` (or a schema's own `if`) decided in the object's own pass, if it can be. */
function foldable(part: unknown): Foldable | undefined {
  const plain = namesOnly(part);
  if (plain) return { then: plain };
  if (!isObject(part) || part.if === undefined) return undefined;
  for (const keyword of Object.keys(part))
    if (keyword !== 'if' && keyword !== 'then' && keyword !== 'else' && !ANNOTATIONS.has(keyword))
      return undefined;
  const condition = namesOnly(part.if);
  const then = part.then === undefined ? undefined : namesOnly(part.then);
  const otherwise = part.else === undefined ? undefined : namesOnly(part.else);
  if (!condition || (part.then !== undefined && !then) || (part.else !== undefined && !otherwise))
    return undefined;
  return { condition, then, otherwise };
}

function choices(values: unknown[]): Choices {
  const strings: string[] = [];
  const others: (number | boolean | null)[] = [];
  for (const value of values) {
    if (typeof value === 'string') strings.push(value);
    else if (value === null || typeof value === 'number' || typeof value === 'boolean')
      others.push(value);
    else throw new Unsupported('a const or enum value that is not a primitive');
  }
  return { strings: new NameList(strings), others };
}

class TableBuilder {
  /** The node of each `#/definitions/<name>`, made once (a definition may refer to itself). */
  private readonly definitions = new Map<string, SchemaNode>();

  constructor(private readonly root: Record<string, unknown>) {}

  node(schema: unknown, isRoot = false): SchemaNode {
    // A schema that only refers to a definition is that definition's node: the walk makes
    // one call less per value of it (every entity of a collection).
    if (
      !isRoot &&
      isObject(schema) &&
      schema.$ref !== undefined &&
      Object.keys(schema).every(isReferenceOrAnnotation)
    )
      return this.definition(schema.$ref);
    return this.fill(emptyNode(), schema, isRoot);
  }

  private fill(node: SchemaNode, schema: unknown, isRoot = false): SchemaNode {
    if (schema === true) return node;
    if (schema === false) {
      node.never = true;
      node.kindOnly = false;
      return node;
    }
    if (!isObject(schema)) throw new Unsupported('a schema that is not an object');
    const objectKeywords: Record<string, unknown> = {};
    const folded: Foldable[] = [];
    for (const [keyword, argument] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      switch (keyword) {
        case '$id':
          if (!isRoot) throw new Unsupported('$id below the root');
          break;
        case '$ref':
          node.parts.push(this.definition(argument));
          break;
        case 'type':
          this.type(node, argument);
          break;
        case 'enum':
          if (!Array.isArray(argument)) throw new Unsupported('enum');
          node.enums.push(choices(argument));
          break;
        case 'const':
          node.enums.push(choices([argument]));
          break;
        case 'pattern':
          if (typeof argument !== 'string') throw new Unsupported('pattern');
          // As ajv compiles it.
          node.pattern = new RegExp(argument, 'u');
          break;
        case 'minimum':
        case 'maximum':
          if (typeof argument !== 'number') throw new Unsupported(keyword);
          node.numeric = true;
          if (keyword === 'minimum') node.minimum = argument;
          else node.maximum = argument;
          break;
        case 'properties':
        case 'required':
        case 'additionalProperties':
          objectKeywords[keyword] = argument;
          break;
        case 'items':
          if (!isObject(argument) && typeof argument !== 'boolean')
            throw new Unsupported('items as a list');
          node.items = this.node(argument);
          break;
        case 'uniqueItems':
          if (typeof argument !== 'boolean') throw new Unsupported('uniqueItems');
          node.unique = argument;
          break;
        case 'allOf':
          if (!Array.isArray(argument)) throw new Unsupported('allOf');
          for (const part of argument) {
            const rule = foldable(part);
            if (rule) folded.push(rule);
            else node.parts.push(this.node(part));
          }
          break;
        case 'if': {
          const rule = foldable({ if: argument, then: schema.then, else: schema.else });
          if (rule) {
            folded.push(rule);
          } else {
            node.condition = this.node(argument);
            node.then = schema.then === undefined ? null : this.node(schema.then);
            node.otherwise = schema.else === undefined ? null : this.node(schema.else);
          }
          break;
        }
        case 'then':
        case 'else':
          // Read with `if`; without one, ajv ignores them.
          break;
        default:
          throw new Unsupported(`keyword ${keyword}`);
      }
    }
    if (Object.keys(objectKeywords).length > 0 || folded.length > 0)
      this.object(node, objectKeywords, folded);
    node.kindOnly = Object.keys(schema).every(
      (keyword) => keyword === 'type' || ANNOTATIONS.has(keyword),
    );
    return node;
  }

  private definition(reference: unknown): SchemaNode {
    const prefix = '#/definitions/';
    if (typeof reference !== 'string' || !reference.startsWith(prefix))
      throw new Unsupported(`$ref ${String(reference)}`);
    const name = reference.slice(prefix.length);
    const known = this.definitions.get(name);
    if (known) return known;
    const definitions = this.root.definitions;
    if (!isObject(definitions) || !Object.hasOwn(definitions, name))
      throw new Unsupported(`$ref ${reference}`);
    // Registered before it is filled: a definition may refer to itself.
    const node = emptyNode();
    this.definitions.set(name, node);
    return this.fill(node, definitions[name]);
  }

  private type(node: SchemaNode, argument: unknown): void {
    const types: unknown[] = Array.isArray(argument) ? argument : [argument];
    let mask = 0;
    for (const type of types) {
      const kinds = typeof type === 'string' ? KINDS_OF_TYPE[type] : undefined;
      if (!kinds) throw new Unsupported(`type ${String(type)}`);
      for (const kind of kinds) mask |= 1 << kind;
    }
    node.types &= mask;
    // `number` beside `integer` accepts any number.
    if (types.includes('integer') && !types.includes('number')) {
      node.integer = true;
      node.numeric = true;
    }
  }

  private object(node: SchemaNode, keywords: Record<string, unknown>, folded: Foldable[]): void {
    const own = namesOnly({
      properties: keywords.properties ?? {},
      required: keywords.required ?? [],
    });
    if (!own) throw new Unsupported('properties or required');
    node.additional =
      keywords.additionalProperties === undefined ? null : this.node(keywords.additionalProperties);
    const names = Object.keys(own.properties);
    node.properties = names.map((name) => this.node(own.properties[name]));
    // A name only `required` or a rule mentions is an additional property here.
    const indexOf = (name: string): number => {
      let index = names.indexOf(name);
      if (index < 0) {
        index = names.push(name) - 1;
        node.properties.push(node.additional ?? emptyNode());
      }
      // A bit per name.
      if (names.length > 30) throw new Unsupported('more than 30 properties');
      return index;
    };
    const bits = (list: string[]) => list.reduce((mask, name) => mask | (1 << indexOf(name)), 0);
    const plan = (part: NamesOnly | undefined): SlotPlan | null => {
      if (!part) return null;
      const indexes: number[] = [];
      const nodes: SchemaNode[] = [];
      let forbidden = 0;
      for (const name of Object.keys(part.properties)) {
        const schema = part.properties[name];
        if (schema === false) forbidden |= 1 << indexOf(name);
        else if (!acceptsAnything(schema)) {
          indexes.push(indexOf(name));
          nodes.push(this.node(schema));
        }
      }
      return { indexes, nodes, required: bits(part.required), forbidden };
    };
    node.required = bits(own.required);
    // Conditions on one discriminator (a task's `kind`, a network's `type`) are decided by one
    // look-up of its value among every rule's strings, instead of a walk per rule.
    let switchName: string | undefined;
    const switchValues: string[] = [];
    node.rules = folded.map((rule) => {
      const discriminator = rule.condition && discriminatorOf(rule.condition);
      let cases = 0;
      let absentHolds = false;
      if (discriminator && (switchName ?? discriminator.name) === discriminator.name) {
        switchName = discriminator.name;
        absentHolds = !discriminator.required;
        for (const value of discriminator.values) {
          let index = switchValues.indexOf(value);
          if (index < 0) index = switchValues.push(value) - 1;
          if (index > 30) throw new Unsupported('more than 31 values of a discriminator');
          cases |= 1 << index;
        }
      }
      return {
        condition: cases !== 0 ? null : plan(rule.condition),
        cases,
        absentHolds,
        then: plan(rule.then),
        otherwise: plan(rule.otherwise),
      };
    });
    if (switchName !== undefined) node.switchIndex = indexOf(switchName);
    node.switchValues = new NameList(switchValues);
    node.names = new NameList(names);
  }
}

/** `true`, or a schema of annotations only. */
function acceptsAnything(schema: unknown): boolean {
  return (
    schema === true || (isObject(schema) && Object.keys(schema).every((k) => ANNOTATIONS.has(k)))
  );
}

/**
 * The one property a condition asks for one of some strings (`const` or `enum`, beside
 * `type: string` at most), and whether it requires that property; undefined for any other
 * condition. Such a condition holds exactly when that property's value is one of the strings
 * (or the property is absent, if not required): `const` and `enum` compare strings by value.
 */
function discriminatorOf(
  condition: NamesOnly,
): { name: string; values: string[]; required: boolean } | undefined {
  const names = Object.keys(condition.properties);
  if (names.length !== 1) return undefined;
  const name = names[0]!;
  if (condition.required.some((required) => required !== name)) return undefined;
  const schema = condition.properties[name];
  if (!isObject(schema)) return undefined;
  let values: unknown[] | undefined;
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword) || (keyword === 'type' && argument === 'string')) continue;
    if (values !== undefined) return undefined;
    if (keyword === 'const') values = [argument];
    else if (keyword === 'enum' && Array.isArray(argument)) values = argument;
    else return undefined;
  }
  if (!values?.length || !values.every((value) => typeof value === 'string')) return undefined;
  return { name, values: values as string[], required: condition.required.length > 0 };
}

/** The table of a JSON schema (draft-07, as dwnet's); throws `Unsupported`. */
export function compileSchema(schema: unknown): SchemaNode {
  if (!isObject(schema)) throw new Unsupported('a schema that is not an object');
  const root = new TableBuilder(schema).node(schema, true);
  markShortcuts(root, new Set());
  return root;
}

/**
 * Sets `strings`, `objectOnly` and `arrayOnly` on every node, once the table is complete (a definition
 * is filled after the nodes that refer to it are made).
 */
function markShortcuts(node: SchemaNode | null, done: Set<SchemaNode>): void {
  if (node === null || done.has(node)) return;
  done.add(node);
  const plain = !node.never && node.parts.length === 0 && node.condition === null;
  const choices = node.enums.length === 1 ? node.enums[0] : undefined;
  // One enum of strings only: no other kind of value can be one of them.
  node.strings =
    plain &&
    !node.kindOnly &&
    (node.types & (1 << Kind.String)) !== 0 &&
    node.pattern === null &&
    choices !== undefined &&
    choices.others.length === 0
      ? choices.strings
      : null;
  node.objectOnly =
    plain && node.types === 1 << Kind.Object && node.enums.length === 0 && node.names !== null;
  node.arrayOnly =
    plain && node.types === 1 << Kind.Array && node.enums.length === 0 && node.items !== null;
  const next: (SchemaNode | null)[] = [
    node.items,
    node.additional,
    node.condition,
    node.then,
    node.otherwise,
    ...node.properties,
    ...node.parts,
  ];
  for (const rule of node.rules)
    for (const plan of [rule.condition, rule.then, rule.otherwise])
      if (plan) next.push(...plan.nodes);
  for (const child of next) markShortcuts(child, done);
}
