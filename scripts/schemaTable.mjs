// The table the walk on rows checks documents against (core/src/schemaRowsTable.ts's
// `compileSchema` of the schema without annotations), made when a bundle or the test run is
// built and written out as code that builds the same nodes: core/src/schemaRowsPrecompiled.ts
// is replaced by it (scripts/schemaValidator.mjs). Compiling the schema took about 2 ms of
// every fresh process that checks a document (its code runs once, never optimised); building
// the finished nodes takes about a third of that.
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';

const require = createRequire(import.meta.url);

/** core/src's compiler and node constructors, bundled and loaded into this process. */
function tableCompiler(root) {
  const { outputFiles } = buildSync({
    stdin: {
      contents: [
        "export { compileSchema, Unsupported } from './schemaRowsTable';",
        "export { emptyNode, NameList } from './schemaRowsNode';",
      ].join('\n'),
      resolveDir: join(root, 'core/src'),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  const load = runInThisContext(
    `(function (module, exports, require) {${outputFiles[0].text}\n})`,
    { filename: join(root, 'core/src/schemaRowsTable.ts (bundled by scripts/schemaTable.mjs)') },
  );
  load(module, module.exports, require);
  return module.exports;
}

/**
 * ES module source exporting `precompiledTable(emptyNode, NameList)`, which builds the table
 * `compileSchema(rowsSchema)` makes: every node made by `emptyNode` (the same fields, so the
 * same hidden class as the compiler's), then given the fields that differ; objects shared in
 * the table are shared in the copy. A schema the walk does not decide gives `null`, as
 * `compiledSchema` does.
 */
export function precompiledTableSource(root, rowsSchema) {
  const { compileSchema, Unsupported, emptyNode, NameList } = tableCompiler(root);
  let table;
  try {
    table = compileSchema(rowsSchema);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return 'export function precompiledTable() {\n  return null;\n}\n';
  }
  const defaults = emptyNode();
  const nodes = new Map();
  const lists = new Map();
  const isNode = (value) => typeof value === 'object' && value !== null && 'kindOnly' in value;
  const gather = (value) => {
    if (value instanceof NameList) {
      if (value !== defaults.switchValues && !lists.has(value)) lists.set(value, lists.size);
    } else if (Array.isArray(value)) {
      value.forEach(gather);
    } else if (isNode(value)) {
      if (nodes.has(value)) return;
      nodes.set(value, nodes.size);
      Object.values(value).forEach(gather);
    } else if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
      Object.values(value).forEach(gather);
    }
  };
  gather(table);
  const code = (value) => {
    if (value === null) return 'null';
    if (value instanceof NameList)
      return value === defaults.switchValues ? 'NO_NAMES' : `lists[${lists.get(value)}]`;
    if (value instanceof RegExp)
      return `new RegExp(${JSON.stringify(value.source)}, ${JSON.stringify(value.flags)})`;
    if (Array.isArray(value)) return `[${value.map(code).join(', ')}]`;
    if (isNode(value)) return `nodes[${nodes.get(value)}]`;
    if (typeof value === 'number' && !Number.isFinite(value))
      return value > 0 ? 'Infinity' : '-Infinity';
    if (typeof value === 'object') {
      const fields = Object.entries(value).map(([name, field]) => `${name}: ${code(field)}`);
      return `{ ${fields.join(', ')} }`;
    }
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (typeof value === 'string') return JSON.stringify(value);
    throw new Error(`the schema's table holds a ${typeof value}`);
  };
  const lines = [
    'export function precompiledTable(emptyNode, NameList) {',
    '  const nodes = [];',
    `  for (let i = 0; i < ${nodes.size}; i++) nodes.push(emptyNode());`,
    '  const NO_NAMES = nodes[0].switchValues;',
    `  const lists = [${[...lists.keys()].map((list) => `new NameList(${JSON.stringify(list.names)})`).join(', ')}];`,
    '  let node;',
  ];
  for (const [node, index] of nodes) {
    lines.push(`  node = nodes[${index}];`);
    for (const [name, value] of Object.entries(node)) {
      const unchanged = Array.isArray(value)
        ? value.length === 0
        : Object.is(value, defaults[name]);
      if (!unchanged) lines.push(`  node.${name} = ${code(value)};`);
    }
  }
  lines.push('  return nodes[0];', '}', '');
  return lines.join('\n');
}
