// The topology schema's validator as ajv standalone code, generated when a bundle or the
// test run is built: core/src/schemaValidator.ts is replaced by this code, so no dwnet
// process loads ajv's compiler or compiles the schema when it starts (about 250 ms of the
// CLI's start-up, measured in docs/performance.md's start-up row). The schema the walk on
// rows reads (core/src/schemaRowsSchema.ts) is replaced by a copy without annotations, and
// the table the walk makes of it (core/src/schemaRowsPrecompiled.ts) by code that builds it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompiledTableSource } from './schemaTable.mjs';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = join(ROOT, 'schemas/dwnet.schema.json');

/** The module that stands in for it: every loader matches its path with this pattern. */
export const SCHEMA_VALIDATOR_MODULE = /[\\/]core[\\/]src[\\/]schemaValidator\.ts$/;
/** The schema as the walk on rows reads it (core/src/schemaRowsSchema.ts), substituted too. */
const ROWS_SCHEMA_MODULE = /[\\/]core[\\/]src[\\/]schemaRowsSchema\.ts$/;
/** The table made of that schema (core/src/schemaRowsPrecompiled.ts, scripts/schemaTable.mjs). */
const ROWS_TABLE_MODULE = /[\\/]core[\\/]src[\\/]schemaRowsPrecompiled\.ts$/;
/** Any of these modules. */
const GENERATED_MODULES =
  /[\\/]core[\\/]src[\\/](schemaValidator|schemaRowsSchema|schemaRowsPrecompiled)\.ts$/;

/**
 * Keywords the walk on rows skips: annotations, and the editor's extensions (the list
 * core/src/schemaRowsTable.ts reads too).
 */
const ANNOTATIONS = new Set(
  JSON.parse(readFileSync(join(ROOT, 'core/src/schemaAnnotations.json'), 'utf8')),
);

/** A schema without its annotations; property names (in `properties`) are kept as they are. */
function withoutAnnotations(schema) {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const result = {};
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (keyword === 'properties' || keyword === 'definitions')
      result[keyword] = Object.fromEntries(
        Object.entries(argument).map(([name, value]) => [name, withoutAnnotations(value)]),
      );
    else if (['additionalProperties', 'items', 'if', 'then', 'else'].includes(keyword))
      result[keyword] = withoutAnnotations(argument);
    else if (keyword === 'allOf') result[keyword] = argument.map(withoutAnnotations);
    else result[keyword] = argument;
  }
  return result;
}

/** The source a loader substitutes for a module of core/src, or undefined for any other. */
function generatedSource(path) {
  if (SCHEMA_VALIDATOR_MODULE.test(path)) return schemaValidatorSource();
  if (ROWS_SCHEMA_MODULE.test(path)) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    return `export const rowsSchema = ${JSON.stringify(withoutAnnotations(schema))};\n`;
  }
  if (ROWS_TABLE_MODULE.test(path)) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    return precompiledTableSource(ROOT, withoutAnnotations(schema));
  }
  return undefined;
}

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
  return lazyValidator(standaloneCode(ajv, validate));
}

/**
 * The standalone code made into a function run on first use. At a module's top level its
 * schema objects (`schema11`: about 130 KB of literals, kept for `verbose` errors) were made
 * when any process loaded the bundle, and their text was in the CLI's code cache; yet only a
 * document that the walk on rows cannot find certainly valid is given to the validator.
 */
function lazyValidator(code) {
  const exports = /^"use strict";export const validate = (\w+);export default \1;/.exec(code);
  if (exports === null) throw new Error('ajv standalone code no longer starts as expected');
  return [
    'let validate;',
    'export function schemaValidator() {',
    `  validate ??= (() => {${code.slice(exports[0].length)}\nreturn ${exports[1]};})();`,
    '  return validate;',
    '}',
    '',
  ].join('\n');
}

/** The esbuild plugin that substitutes the generated code (scripts/esbuildOptions.mjs). */
export function schemaValidatorEsbuildPlugin() {
  return {
    name: 'dwnet-schema-validator',
    setup(build) {
      build.onLoad({ filter: GENERATED_MODULES }, (args) => ({
        contents: generatedSource(args.path),
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
      return generatedSource(id.replace(/\?.*$/, ''));
    },
  };
}
