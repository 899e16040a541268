// What every dwnet bundle shares (the product in scripts/build.mjs, the benchmark, the
// fuzzer, the end-to-end suite): one Node 20 CommonJS file.
import { schemaValidatorEsbuildPlugin } from './schemaValidator.mjs';

export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's UMD build hides its requires from esbuild; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  // The schema's validator is compiled here, not when a process starts.
  plugins: [schemaValidatorEsbuildPlugin()],
};
