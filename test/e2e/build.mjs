// Bundles the e2e suite (test/e2e/suite/*.ts, mocha included) into out/e2e/suite/, one
// CommonJS file per entry point, for an extension host to load as its `extensionTestsPath`.
// `vscode` stays external: the extension host provides it.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SUITE_DIR = join(ROOT, 'out/e2e/suite');

/** Builds the suite; returns the absolute path of each entry point's bundle. */
export async function buildSuite() {
  await build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'test/e2e/suite/main.ts',
      untrusted: 'test/e2e/suite/untrusted.ts',
      'zh-cn': 'test/e2e/suite/chinese.ts',
    },
    outdir: SUITE_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    // No source map: the extension host formats stacks itself and ignores them. Failures
    // are told by their messages.
    logLevel: 'warning',
    // Mocha's parallel mode resolves its worker files by path; the suite runs serially and
    // never loads them.
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return {
    main: join(SUITE_DIR, 'main.js'),
    untrusted: join(SUITE_DIR, 'untrusted.js'),
    chinese: join(SUITE_DIR, 'zh-cn.js'),
  };
}
