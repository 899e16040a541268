// The HCL parser adapter: text → a small syntax tree of bodies, blocks, attributes and
// expressions that evaluate.ts walks. Parsing is done by tree-sitter-hcl (the grammar of
// the tree-sitter-grammars project, compiled to WebAssembly, run by web-tree-sitter): it
// gives every expression as a node (operators, for-expressions, splats, templates,
// heredocs), runs offline and bundles (two .wasm files next to dist/cli.js).
// WebAssembly is instantiated asynchronously, once: `loadHclParser` must have finished
// before `parseHcl` (and so `readTerraformConfiguration`) is called. Core does no IO, so
// the caller hands over the bytes of the two .wasm files (HCL_WASM_FILES).
//
// Operands, operators and postfix traversals are flattened and re-parsed with HCL's own
// precedence table, so the result does not depend on how the grammar nests them. A syntax
// error is reported (line, column) and the top-level blocks that contain one are dropped,
// so a half-written block never yields half a resource.
// `require` form: bundlers then take the package's CommonJS build, whose wasm loading works
// in dist/cli.js (the ES module build needs `import.meta.url`, which a CJS bundle lacks).
// It is required when the parser is loaded, not when this module is: every bundle that
// holds the core (`dwnet check`, the language server) would otherwise initialise it. The
// core is typed without node's types; its bundles and tests are CommonJS, with `require`.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the type of that build
import type TreeSitter = require('web-tree-sitter');
declare const require: (module: 'web-tree-sitter') => typeof TreeSitter;
import { importText, type ImportText } from '../text';
import { CstReader } from './hcl-reader';

export type Node = TreeSitter.Node;

export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; from: number }
  | { kind: 'template'; parts: TemplatePart[]; from: number }
  | { kind: 'variable'; name: string; from: number }
  | { kind: 'traverse'; target: Expr; steps: Step[]; from: number }
  | { kind: 'call'; name: string; args: Expr[]; expandLast: boolean; from: number }
  | { kind: 'tuple'; items: Expr[]; from: number }
  | { kind: 'object'; items: ObjectItem[]; from: number }
  | { kind: 'unary'; op: string; operand: Expr; from: number }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; from: number }
  | { kind: 'conditional'; condition: Expr; then: Expr; otherwise: Expr; from: number }
  | {
      kind: 'for';
      keyVar: string | undefined;
      valueVar: string;
      collection: Expr;
      keyExpr: Expr | undefined;
      valueExpr: Expr;
      condition: Expr | undefined;
      grouping: boolean;
      from: number;
    };

/** One step of a traversal; `splat` applies the steps after it to every element. */
export type Step = { attr: string } | { index: Expr } | { splat: true };

/** An object key: a bare identifier is the key itself, anything else is evaluated. */
export interface ObjectItem {
  key: Expr;
  value: Expr;
}

export type TemplatePart =
  | string
  | { interpolation: Expr }
  | { if: Expr; then: TemplatePart[]; otherwise: TemplatePart[] }
  | {
      for: { keyVar: string | undefined; valueVar: string; collection: Expr; body: TemplatePart[] };
    };

export interface Attribute {
  name: string;
  expr: Expr;
  line: number;
}

export interface Block {
  type: string;
  labels: string[];
  body: Body;
  line: number;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export interface HclSyntaxError {
  message: ImportText;
  line: number;
  column: number;
}

export interface ParsedHcl {
  body: Body;
  /** The first syntax error, if any; blocks containing an error are left out of `body`. */
  error?: HclSyntaxError;
}

/**
 * The WebAssembly files `loadHclParser` needs. `npm run build` copies them next to
 * dist/cli.js; from source they are in node_modules (HCL_WASM_MODULES).
 */
export const HCL_WASM_FILES = {
  /** The tree-sitter runtime. */
  runtime: 'web-tree-sitter.wasm',
  /** The HCL grammar. */
  grammar: 'tree-sitter-hcl.wasm',
} as const;

/** Where each of HCL_WASM_FILES is in node_modules (for `require.resolve`). */
export const HCL_WASM_MODULES: Record<string, string> = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
};

let parser: TreeSitter.Parser | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads the parser once (later calls return the same promise). `readWasm` returns the bytes
 * of a file named in HCL_WASM_FILES (the CLI reads them next to dist/cli.js).
 */
export function loadHclParser(readWasm: (fileName: string) => Uint8Array): Promise<void> {
  loading ??= (async () => {
    const { Language, Parser } = require('web-tree-sitter');
    await Parser.init({ wasmBinary: readWasm(HCL_WASM_FILES.runtime) });
    const language = await Language.load(readWasm(HCL_WASM_FILES.grammar));
    const created = new Parser();
    created.setLanguage(language);
    parser = created;
  })();
  return loading;
}

export function hclParserLoaded(): boolean {
  return parser !== undefined;
}

export function parseHcl(text: string): ParsedHcl {
  if (!parser) throw new Error('the HCL parser is not loaded: await loadHclParser(…) first');
  const tree = parser.parse(text);
  if (!tree) throw new Error('the HCL parser gave no tree');
  try {
    const root = tree.rootNode;
    const reader = new CstReader(text);
    const top = root.namedChildren.find((child) => child?.type === 'body');
    const body: Body = top ? reader.body(top, true) : { attributes: [], blocks: [] };
    const result: ParsedHcl = { body };
    if (root.hasError) {
      const bad = firstError(root);
      const line = (bad?.startPosition.row ?? 0) + 1;
      const column = (bad?.startPosition.column ?? 0) + 1;
      // The offending text is not quoted: a broken line may hold a password.
      result.error = {
        message: bad?.isMissing
          ? importText('importText.read.hclMissing', { token: bad.type })
          : importText('importText.read.hclSyntaxError'),
        line,
        column,
      };
    }
    return result;
  } finally {
    tree.delete();
  }
}

function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child && (child.hasError || child.isMissing)) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return node.hasError ? node : undefined;
}
