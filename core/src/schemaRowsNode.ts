// The nodes of the table core/src/schemaRowsTable.ts makes from the schema, which the
// parser and the walk read (core/src/wellFormedParse.ts, core/src/schemaRowsWalk.ts): every
// node with the same fields, so that they are read at fixed places.
import { KEY_NAMES, NAME_SHIFT } from './compactTree';

/**
 * Names to look a row's text up among (no two alike), their characters also in one typed
 * array: compared there, a character costs no check of a string's representation, which
 * `charCodeAt` of a name repeats for each (the walk compares every key of a document).
 */
export class NameList {
  readonly codes: Uint16Array;
  /** Where each name's characters start in `codes`, and where the last one ends. */
  readonly starts: Int32Array;
  readonly count: number;
  /**
   * Hints, which no verdict depends on. Per name (after the first entry, which is for the
   * start of an object), the index of the name that followed it as a key last time: the
   * order of the schema at first, then the document's.
   */
  readonly after: Int32Array;
  /** The index of the last value found among these (an enum's values repeat). */
  last = 0;
  /** Per name, the bits a string row of its text carries above `NAME_SHIFT` (0: none). */
  readonly keyNames: Uint8Array;

  constructor(readonly names: readonly string[]) {
    this.count = names.length;
    this.keyNames = new Uint8Array(names.length);
    for (let i = 0; i < names.length; i++)
      this.keyNames[i] = (KEY_NAMES.indexOf(names[i]!) + 1) << NAME_SHIFT;
    this.after = new Int32Array(names.length + 1);
    for (let i = 0; i <= names.length; i++) this.after[i] = i;
    this.starts = new Int32Array(names.length + 1);
    let length = 0;
    for (let i = 0; i < names.length; i++) {
      this.starts[i] = length;
      length += names[i]!.length;
    }
    this.starts[names.length] = length;
    this.codes = new Uint16Array(length);
    for (let i = 0; i < names.length; i++)
      for (let c = 0; c < names[i]!.length; c++)
        this.codes[this.starts[i]! + c] = names[i]!.charCodeAt(c);
  }
}

/** `enum` or `const`: the values a value must be one of. */
export interface Choices {
  strings: NameList;
  others: (number | boolean | null)[];
}

/**
 * A schema that only names properties, against an object's slots: name indexes and their
 * nodes (other than `true`), the bits of the names it requires and of those it forbids
 * (`false`), decided from the bits alone.
 */
export interface SlotPlan {
  indexes: number[];
  nodes: SchemaNode[];
  required: number;
  forbidden: number;
}

/** `if`/`then`/`else` (or a part of `allOf` without `if`) decided in the object's own pass. */
export interface SlotRule {
  /** null: the rule always applies, unless `cases` decides it. */
  condition: SlotPlan | null;
  /**
   * A condition that only asks the object's discriminator (`SchemaNode.switchIndex`) for one
   * of some strings: a bit per value of `switchValues` it holds for (0: not such a condition).
   */
  cases: number;
  /** Whether that condition holds when the discriminator is absent (it does not require it). */
  absentHolds: boolean;
  then: SlotPlan | null;
  otherwise: SlotPlan | null;
}

export interface SchemaNode {
  /** Only `type` (or nothing): the walk checks the kind in place, without a call. */
  kindOnly: boolean;
  /** Exactly "a string, one of these" (`enum` or `const`): looked up in place. */
  strings: NameList | null;
  /** Exactly "an object" with properties to check: its pass is called directly. */
  objectOnly: boolean;
  /** Exactly "an array" whose items (and `uniqueItems`) are checked: the parser checks it as it reads it. */
  arrayOnly: boolean;
  /** The `false` schema. */
  never: boolean;
  /** A bit per row kind (`Kind`) the value may have. */
  types: number;
  /** Whether `integer`, `minimum` or `maximum` apply to a number. */
  numeric: boolean;
  integer: boolean;
  minimum: number;
  maximum: number;
  pattern: RegExp | null;
  /** Each `enum` and `const`: the value must be one of each. */
  enums: Choices[];
  items: SchemaNode | null;
  unique: boolean;
  /** The names an object's pass looks for (`properties`, then names only `required` or a rule mentions); null: no pass. */
  names: NameList | null;
  /** The node of each name (`additionalProperties`' for a name not in `properties`). */
  properties: SchemaNode[];
  /** `additionalProperties`; null for any value. */
  additional: SchemaNode | null;
  required: number;
  rules: SlotRule[];
  /** The name index of the property the rules' `cases` read (-1: none), and its values. */
  switchIndex: number;
  switchValues: NameList;
  /** Schemas the value must also satisfy: `$ref` targets, parts of `allOf` not folded into rules. */
  parts: SchemaNode[];
  /** An `if` not folded into rules, with its `then` and `else` (null: any value). */
  condition: SchemaNode | null;
  then: SchemaNode | null;
  otherwise: SchemaNode | null;
}

const ANY_KIND = 0xff;
const NO_NAMES = new NameList([]);

/** A node that any value satisfies, to fill. */
export function emptyNode(): SchemaNode {
  return {
    kindOnly: true,
    strings: null,
    objectOnly: false,
    arrayOnly: false,
    never: false,
    types: ANY_KIND,
    numeric: false,
    integer: false,
    minimum: -Infinity,
    maximum: Infinity,
    pattern: null,
    enums: [],
    items: null,
    unique: false,
    names: null,
    properties: [],
    additional: null,
    required: 0,
    rules: [],
    switchIndex: -1,
    switchValues: NO_NAMES,
    parts: [],
    condition: null,
    then: null,
    otherwise: null,
  };
}
