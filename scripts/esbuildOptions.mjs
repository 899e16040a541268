import { fileURLToPath } from 'node:url';

// What every dwnet bundle shares (the product in scripts/build.mjs, the benchmark, the
// fuzzer, the end-to-end suite): one Node 20 CommonJS file.
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  // web-tree-sitter's ESM build (which esbuild would pick) needs import.meta.url, which a
  // CommonJS bundle lacks; its CommonJS build runs as is.
  alias: {
    'web-tree-sitter': fileURLToPath(
      new URL('../node_modules/web-tree-sitter/web-tree-sitter.cjs', import.meta.url),
    ),
  },
  logLevel: 'warning',
};
