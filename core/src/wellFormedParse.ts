// The fast path of parsing, for the document a user has open nearly all the time: one
// without a single syntax error. In one pass over the text it builds exactly the tree
// jsonc-parser's parseTree builds (same node shapes, offsets and values, so every later
// stage is unchanged), and with it the plain value schema validation needs and the list of
// repeated property names. jsonc-parser's visitor-based scanner spends most of its time on
// per-token callbacks; this loop reads character codes directly (see docs/performance.md).
// The plain value is left to the engine's native JSON.parse, on the text with its comments
// and trailing commas blanked out: building it here would cost more than the whole parse.
//
// It never guesses: at the first thing a well-formed document cannot contain, it gives up
// and the caller parses with jsonc-parser, which recovers from errors and reports them.
// A differential test holds the two parsers to the same trees.
import type { Node, NodeType } from 'jsonc-parser';

/** A tree node while it is being built (jsonc-parser's Node type is read-only). */
interface TreeNode {
  type: NodeType;
  offset: number;
  length: number;
  parent?: TreeNode;
  children?: TreeNode[];
  value?: unknown;
  colonOffset?: number;
}

export interface WellFormedDocument {
  root: Node;
  /** Property nodes whose name already appeared earlier in the same object. */
  repeatedProperties: Node[];
  /** Start and end offsets of every comment and trailing comma: what strict JSON lacks. */
  nonJsonSpans: number[];
}

/** Thrown (never an Error: no stack to capture) to leave the fast path. */
const GIVE_UP = Symbol('not well-formed');

const enum Char {
  Tab = 9,
  LineFeed = 10,
  CarriageReturn = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  UpperE = 69,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  LowerF = 102,
  LowerN = 110,
  LowerT = 116,
  OpenBrace = 123,
  CloseBrace = 125,
  Star = 42,
}

/** Up to this many properties, a repeated name is found by comparing names directly. */
const SMALL_OBJECT = 16;

const ESCAPES: Record<number, string> = {
  [Char.Quote]: '"',
  [Char.Backslash]: '\\',
  [Char.Slash]: '/',
  98: '\b',
  [Char.LowerF]: '\f',
  [Char.LowerN]: '\n',
  114: '\r',
  [Char.LowerT]: '\t',
};

class WellFormedParser {
  private pos = 0;
  readonly repeatedProperties: Node[] = [];
  readonly nonJsonSpans: number[] = [];
  /** The children of the objects and arrays being read, innermost last. */
  private readonly pending: TreeNode[] = [];

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
  ) {}

  document(parent: TreeNode | undefined): WellFormedDocument {
    const root = this.value(parent, 0);
    if (this.skipTrivia() === this.text.length) {
      // jsonc-parser's root has no `parent` property at all; a subtree's root keeps it.
      if (!parent) delete root.parent;
      const { repeatedProperties, nonJsonSpans } = this;
      return { root: root as Node, repeatedProperties, nonJsonSpans };
    }
    throw GIVE_UP;
  }

  /** Skips whitespace and comments; returns the new position. */
  private skipTrivia(): number {
    const text = this.text;
    const length = text.length;
    let pos = this.pos;
    while (pos < length) {
      const ch = text.charCodeAt(pos);
      if (
        ch === Char.Space ||
        ch === Char.LineFeed ||
        ch === Char.CarriageReturn ||
        ch === Char.Tab
      ) {
        pos++;
      } else if (ch === Char.Slash) {
        const next = text.charCodeAt(pos + 1);
        const start = pos;
        if (next === Char.Slash) {
          pos += 2;
          while (pos < length) {
            const c = text.charCodeAt(pos);
            if (c === Char.LineFeed || c === Char.CarriageReturn) break;
            pos++;
          }
        } else if (next === Char.Star) {
          const close = text.indexOf('*/', pos + 2);
          if (close < 0) throw GIVE_UP;
          pos = close + 2;
        } else {
          throw GIVE_UP;
        }
        this.nonJsonSpans.push(start, pos);
      } else {
        break;
      }
    }
    this.pos = pos;
    return pos;
  }

  private value(parent: TreeNode | undefined, depth: number): TreeNode {
    const pos = this.skipTrivia();
    const ch = this.text.charCodeAt(pos);
    switch (ch) {
      case Char.OpenBrace:
        return this.object(parent, depth + 1);
      case Char.OpenBracket:
        return this.array(parent, depth + 1);
      case Char.Quote: {
        const value = this.string();
        return { type: 'string', offset: pos, length: this.pos - pos, parent, value };
      }
      case Char.LowerT:
        return this.literal(parent, 'true', true);
      case Char.LowerF:
        return this.literal(parent, 'false', false);
      case Char.LowerN:
        return this.literal(parent, 'null', null);
      default:
        if (ch === Char.Minus || (ch >= Char.Zero && ch <= Char.Nine)) return this.number(parent);
        throw GIVE_UP;
    }
  }

  private object(parent: TreeNode | undefined, depth: number): TreeNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const text = this.text;
    const node: TreeNode = { type: 'object', offset: this.pos, length: -1, parent, children: [] };
    // Children gather on a shared stack and are copied out at the end in an array of
    // their exact size.
    const pending = this.pending;
    const first = pending.length;
    this.pos++;
    let pos = this.skipTrivia();
    // Names seen so far, once the object is too big to compare them one by one.
    let names: Set<unknown> | undefined;
    if (text.charCodeAt(pos) !== Char.CloseBrace) {
      for (;;) {
        if (text.charCodeAt(pos) !== Char.Quote) throw GIVE_UP;
        const name = this.string();
        // Nodes are created with every field they will have, and the property's children
        // as one two-element array: growing an empty array by push reserves room for 17.
        const property: TreeNode = {
          type: 'property',
          offset: pos,
          length: -1,
          parent: node,
          children: undefined,
          colonOffset: -1,
        };
        // The fields in the order of every other leaf: one hidden class for all strings
        // keeps property reads on the tree monomorphic (moving offsets after an edit).
        const key: TreeNode = {
          type: 'string',
          offset: pos,
          length: this.pos - pos,
          parent: property,
          value: name,
        };
        const colon = this.skipTrivia();
        if (text.charCodeAt(colon) !== Char.Colon) throw GIVE_UP;
        property.colonOffset = colon;
        this.pos = colon + 1;
        const child = this.value(property, depth);
        property.children = [key, child];
        property.length = child.offset + child.length - pos;
        let repeated = false;
        if (names) {
          repeated = names.has(name);
          names.add(name);
        } else if (pending.length - first < SMALL_OBJECT) {
          for (let i = first; i < pending.length && !repeated; i++)
            repeated = pending[i]!.children![0]!.value === name;
        } else {
          names = new Set(pending.slice(first).map((p) => p.children![0]!.value));
          repeated = names.has(name);
          names.add(name);
        }
        if (repeated) this.repeatedProperties.push(property as Node);
        pending.push(property);
        if (this.endsAfterEntry(Char.CloseBrace)) break;
        pos = this.pos;
      }
    }
    return this.close(node, first);
  }

  /**
   * After an entry of an object or array: true at the closing bracket (a trailing comma
   * before it included), false after a comma with another entry to come.
   */
  private endsAfterEntry(close: Char.CloseBrace | Char.CloseBracket): boolean {
    const text = this.text;
    const after = this.skipTrivia();
    const next = text.charCodeAt(after);
    if (next === close) return true;
    if (next !== Char.Comma) throw GIVE_UP;
    this.pos = after + 1;
    if (text.charCodeAt(this.skipTrivia()) !== close) return false;
    // A trailing comma, as jsonc-parser allows with allowTrailingComma.
    this.nonJsonSpans.push(after, after + 1);
    return true;
  }

  /** Ends the object or array at the closing bracket under `pos`, with its children. */
  private close(node: TreeNode, first: number): TreeNode {
    const pending = this.pending;
    this.pos++;
    node.length = this.pos - node.offset;
    node.children = pending.slice(first);
    pending.length = first;
    return node;
  }

  private array(parent: TreeNode | undefined, depth: number): TreeNode {
    if (depth > this.maxDepth) throw GIVE_UP;
    const node: TreeNode = { type: 'array', offset: this.pos, length: -1, parent, children: [] };
    const pending = this.pending;
    const first = pending.length;
    this.pos++;
    if (this.text.charCodeAt(this.skipTrivia()) !== Char.CloseBracket) {
      do pending.push(this.value(node, depth));
      while (!this.endsAfterEntry(Char.CloseBracket));
    }
    return this.close(node, first);
  }

  /** Reads the string whose opening quote is at `pos`; leaves `pos` after the closing quote. */
  private string(): string {
    const text = this.text;
    const start = this.pos + 1;
    let pos = start;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch === Char.Quote) {
        this.pos = pos + 1;
        return text.slice(start, pos);
      }
      if (ch === Char.Backslash) return this.escapedString(start, pos);
      // Control characters (line breaks included) and the end of the text are errors.
      if (!(ch >= Char.Space)) throw GIVE_UP;
      pos++;
    }
  }

  private escapedString(start: number, firstEscape: number): string {
    const text = this.text;
    let result = text.slice(start, firstEscape);
    let pos = firstEscape;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch === Char.Quote) {
        this.pos = pos + 1;
        return result;
      }
      if (ch === Char.Backslash) {
        const escape = text.charCodeAt(pos + 1);
        if (escape === 117 /* u */) {
          const hex = text.slice(pos + 2, pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw GIVE_UP;
          result += String.fromCharCode(parseInt(hex, 16));
          pos += 6;
        } else {
          const decoded = ESCAPES[escape];
          if (decoded === undefined) throw GIVE_UP;
          result += decoded;
          pos += 2;
        }
        continue;
      }
      if (!(ch >= Char.Space)) throw GIVE_UP;
      const run = pos;
      do pos++;
      while (
        pos < text.length &&
        text.charCodeAt(pos) >= Char.Space &&
        text.charCodeAt(pos) !== Char.Quote &&
        text.charCodeAt(pos) !== Char.Backslash
      );
      result += text.slice(run, pos);
    }
  }

  private number(parent: TreeNode | undefined): TreeNode {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    if (text.charCodeAt(pos) === Char.Minus) pos++;
    const first = text.charCodeAt(pos);
    if (first === Char.Zero) pos++;
    else if (first > Char.Zero && first <= Char.Nine) pos = this.digits(pos + 1);
    else throw GIVE_UP;
    if (text.charCodeAt(pos) === Char.Dot) {
      const fraction = this.digits(pos + 1);
      if (fraction === pos + 1) throw GIVE_UP;
      pos = fraction;
    }
    const e = text.charCodeAt(pos);
    if (e === Char.LowerE || e === Char.UpperE) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === Char.Plus || sign === Char.Minus) pos++;
      const exponent = this.digits(pos);
      if (exponent === pos) throw GIVE_UP;
      pos = exponent;
    }
    this.pos = pos;
    const value = Number(text.slice(start, pos));
    return { type: 'number', offset: start, length: pos - start, parent, value };
  }

  private digits(from: number): number {
    const text = this.text;
    let pos = from;
    for (;;) {
      const ch = text.charCodeAt(pos);
      if (ch >= Char.Zero && ch <= Char.Nine) pos++;
      else return pos;
    }
  }

  private literal(
    parent: TreeNode | undefined,
    word: 'true' | 'false' | 'null',
    value: boolean | null,
  ): TreeNode {
    const start = this.pos;
    if (!this.text.startsWith(word, start)) throw GIVE_UP;
    // `trueish` is one unknown word to jsonc-parser, not `true` followed by garbage; either
    // way the container's next check rejects it, because no comma or bracket follows.
    this.pos = start + word.length;
    return {
      type: value === null ? 'null' : 'boolean',
      offset: start,
      length: word.length,
      parent,
      value,
    };
  }
}

/**
 * The tree, value and repeated properties of a document without syntax errors whose nesting
 * stays within `maxDepth` brackets; `undefined` for any other document.
 */
export function parseWellFormed(
  text: string,
  maxDepth: number,
  /** For a subtree parsed alone (core/src/incremental.ts): the parent of its root. */
  parent?: Node,
): WellFormedDocument | undefined {
  try {
    return new WellFormedParser(text, maxDepth).document(parent as TreeNode | undefined);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    // A stack overflow cannot happen within maxDepth, but if the engine disagrees, the
    // error-tolerant parser (behind its own nesting guard) still gets the document.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
