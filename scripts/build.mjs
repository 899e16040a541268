// Bundles the runtime entry points with esbuild; type checking is `tsc -b`'s job.
import { chmodSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// `bin.dwnet` must run when linked onto PATH by hand (`ln -s …/dist/cli.js ~/bin/dwnet`),
// not only through npm's own bin links, which set the mode themselves: esbuild writes
// files 644, and `npm ci` runs this script through `prepare`.
chmodSync('dist/cli.js', 0o755);

// The HCL parser of `dwnet import terraform` is WebAssembly, read next to the bundle
// (core/src/import/terraform/hcl.ts, HCL_WASM_FILES).
const require = createRequire(import.meta.url);
for (const module of [
  'web-tree-sitter/web-tree-sitter.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
]) {
  copyFileSync(require.resolve(module), `dist/${module.split('/').pop()}`);
}

// The topology diagram's page runs in a webview (a browser), not in Node: one script, and
// elkjs's worker copied beside it (the page starts it as a Web Worker to lay out off its
// own thread). Both are the only files the webview may load (localResourceRoots: dist/).
await build({
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  logLevel: 'warning',
  entryPoints: { diagram: 'client/webview/diagram.ts' },
  outdir: 'dist',
  sourcemap: true,
});
copyFileSync('node_modules/elkjs/lib/elk-worker.min.js', 'dist/elk-worker.min.js');
