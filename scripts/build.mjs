// Bundles the runtime entry points with esbuild; type checking is `tsc -b`'s job.
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
