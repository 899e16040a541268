// The topology schema's validator as ajv standalone code, generated when a bundle or the
// test run is built: core/src/schemaValidator.ts is replaced by this code, so no dwnet
// process loads ajv's compiler or compiles the schema when it starts (about 250 ms of the
// CLI's start-up, measured in docs/performance.md's start-up row).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = join(ROOT, 'schemas/dwnet.schema.json');

/** The module that stands in for it: every loader matches its path with this pattern. */
export const SCHEMA_VALIDATOR_MODULE = /[\\/]core[\\/]src[\\/]schemaValidator\.ts$/;

/**
 * ES module source exporting `schemaValidator()`, as core/src/schemaValidator.ts does, with
 * the options it compiles with there (the two must agree: core/test/schemaValidator.test.ts
 * compares them on every stored document).
 */
export function schemaValidatorSource() {
  const Ajv = require('ajv').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  const ajv = new Ajv({
    allErrors: true,
    strict: false,
    verbose: true,
    code: { source: true, esm: true },
  });
  const validate = ajv.compile(schema);
  return `${standaloneCode(ajv, validate)}\nexport function schemaValidator() { return validate; }\n`;
}

/** The esbuild plugin that substitutes the generated code (scripts/esbuildOptions.mjs). */
export function schemaValidatorEsbuildPlugin() {
  return {
    name: 'dwnet-schema-validator',
    setup(build) {
      build.onLoad({ filter: SCHEMA_VALIDATOR_MODULE }, (args) => ({
        contents: schemaValidatorSource(),
        loader: 'js',
        resolveDir: dirname(args.path),
        watchFiles: [SCHEMA_FILE],
      }));
    },
  };
}

/** The same substitution for vitest (vitest.config.ts), so the tests run the shipped code. */
export function schemaValidatorVitePlugin() {
  return {
    name: 'dwnet-schema-validator',
    enforce: 'pre',
    load(id) {
      return SCHEMA_VALIDATOR_MODULE.test(id.replace(/\?.*$/, ''))
        ? schemaValidatorSource()
        : undefined;
    },
  };
}
