// Bundles the runtime entry points with esbuild; type checking is `tsc -b`'s job.
import { copyFileSync } from 'node:fs';
import { build } from 'esbuild';
import { NODE_BUNDLE } from './esbuildOptions.mjs';

await build({
  ...NODE_BUNDLE,
  entryPoints: {
    cli: 'cli/src/main.ts',
    server: 'server/src/main.ts',
    extension: 'client/src/extension.ts',
  },
  // The extension host provides `vscode`; nothing else imports it.
  external: ['vscode'],
  outdir: 'dist',
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
});

// `dwnet import terraform` parses HCL with tree-sitter, whose runtime and grammar are
// WebAssembly files read at run time next to dist/cli.js.
copyFileSync('node_modules/web-tree-sitter/web-tree-sitter.wasm', 'dist/web-tree-sitter.wasm');
copyFileSync(
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
  'dist/tree-sitter-hcl.wasm',
);
