// Bundles the runtime entry points with esbuild; type checking is `tsc -b`'s job.
import { build } from 'esbuild';

await build({
  entryPoints: {
    cli: 'cli/src/main.ts',
    server: 'server/src/main.ts',
    extension: 'client/src/extension.ts',
  },
  // The extension host provides `vscode`; nothing else imports it.
  external: ['vscode'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
